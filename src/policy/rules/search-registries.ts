/**
 * Rules on `containerRuntimeSearchRegistries` (linux-mco.md §2.4, §5.2): short names resolve against
 * every listed registry in turn, and the drop-in MCO writes has no node-disruption policy, so any change
 * drains and reboots every node.
 */
import type { Finding, ImageConfig } from '../../model/types.js';
import type { RuleContext, RuleModule } from '../types.js';
import { finding, list } from './helpers.js';

/** Public registries, by the credentials they take: registries in one group share a login. */
const PUBLIC_REGISTRIES: Record<string, string> = {
  'docker.io': 'Docker Hub',
  'registry-1.docker.io': 'Docker Hub',
  'index.docker.io': 'Docker Hub',
  'quay.io': 'Quay.io',
  'registry.redhat.io': 'Red Hat',
  'registry.connect.redhat.com': 'Red Hat',
  'registry.access.redhat.com': 'Red Hat (anonymous)',
  'ghcr.io': 'GitHub',
  'gcr.io': 'Google',
  'mirror.gcr.io': 'Google',
  'registry.k8s.io': 'Kubernetes (anonymous)',
  'k8s.gcr.io': 'Kubernetes (anonymous)',
  'mcr.microsoft.com': 'Microsoft (anonymous)',
  'public.ecr.aws': 'Amazon ECR Public',
  'nvcr.io': 'NVIDIA NGC',
  'registry.gitlab.com': 'GitLab'
};

export const isPublicRegistry = (host: string): boolean =>
  host in PUBLIC_REGISTRIES ||
  /\.(?:gcr\.io|pkg\.dev|azurecr\.io)$/.test(host) ||
  /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/.test(host);

const credentialGroup = (host: string): string => PUBLIC_REGISTRIES[host] ?? host;

const searchLoc = (img: ImageConfig, i?: number) =>
  (i !== undefined ? img.fieldLocs[`containerRuntimeSearchRegistries.${i}`] : undefined) ??
  img.fieldLocs['containerRuntimeSearchRegistries'] ??
  img.loc;

function publicSearch(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  const out: Finding[] = [];
  (img?.containerRuntimeSearchRegistries ?? []).forEach((r, i) => {
    if (!img || !isPublicRegistry(r)) return;
    out.push(
      finding('search-registries-public', {
        message:
          `containerRuntimeSearchRegistries lists the public registry ${r}. A short image name (no registry) is looked up ` +
          `in each listed registry in turn, with the node's pull secret credentials offered to each, so a pod asking for ` +
          `"myapp" may run whatever anyone published as ${r}/…/myapp. Use fully qualified image names and list only ` +
          'registries you control, or none.',
        loc: searchLoc(img, i),
        object: `Image/${img.name}`
      })
    );
  });
  return out;
}

function mixedCredentials(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  const pub = (img?.containerRuntimeSearchRegistries ?? []).filter(isPublicRegistry);
  const groups = [...new Set(pub.map(credentialGroup))];
  if (!img || groups.length < 2) return [];
  return [
    finding('search-registries-mixed-credentials', {
      message:
        `containerRuntimeSearchRegistries lists public registries that take different credentials (${list(groups)}). A ` +
        'short-name pull tries them in order and sends each the credentials it has: a missing or expired login on the ' +
        "first one makes pulls fail or resolve to another registry's image of the same name. Use fully qualified image " +
        'names instead of search registries.',
      loc: searchLoc(img),
      object: `Image/${img.name}`
    })
  ];
}

function searchReboot(ctx: RuleContext): Finding[] {
  const before = ctx.base?.model.image?.containerRuntimeSearchRegistries;
  const after = ctx.head.model.image?.containerRuntimeSearchRegistries;
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return [];
  const rebooting = ctx.plan.pools.filter((p) => p.reboot && p.nodes > 0);
  if (!rebooting.length) return [];
  const img = ctx.head.model.image ?? ctx.base?.model.image;
  if (!img) return [];
  const nodes = rebooting.reduce((n, p) => n + p.nodes, 0);
  return [
    finding('search-registries-reboot', {
      message:
        `This change to containerRuntimeSearchRegistries drains and reboots every node (${nodes} nodes in ` +
        `${list(rebooting.map((p) => p.name))}): MCO writes it to /etc/containers/registries.conf.d/, which has no default ` +
        'node-disruption policy, unlike registries.conf (the product documentation says CRI-O is only restarted). ' +
        'Schedule it as a maintenance rollout, or add a nodeDisruptionPolicy file rule for ' +
        '/etc/containers/registries.conf.d/01-image-searchRegistries.conf with a Reload of crio.service.',
      loc: ctx.head.model.image ? searchLoc(img) : img.loc,
      object: `Image/${img.name}`
    })
  ];
}

export const searchRegistryRules: RuleModule = {
  checks: {
    'search-registries-public': publicSearch,
    'search-registries-mixed-credentials': mixedCredentials,
    'search-registries-reboot': searchReboot
  }
};
