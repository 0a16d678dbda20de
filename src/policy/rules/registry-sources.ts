/**
 * Rules on `image.config.openshift.io/cluster` spec.registrySources (linux-mco.md §2.1–2.3): what MCO
 * rejects, drops silently, or writes into policy.json in a way that stops platform images from pulling.
 */
import type { Finding, ImageConfig, Loc } from '../../model/types.js';
import { parseNormalizedNamed, referenceName } from '../../render/linux/docker-reference.js';
import { scopeIsNestedInsideScope } from '../../render/linux/scopes.js';
import type { RuleContext, RuleModule } from '../types.js';
import { entriesOf, finding, hostOf, list } from './helpers.js';

export const INTERNAL_REGISTRY = 'image-registry.openshift-image-registry.svc:5000';
/** The repositories every release payload's images come from (release and component images). */
export const QUAY_PAYLOAD_REPOS = [
  'quay.io/openshift-release-dev/ocp-release',
  'quay.io/openshift-release-dev/ocp-v4.0-art-dev'
];

const fieldLoc = (img: ImageConfig, field: string, index?: number): Loc =>
  (index !== undefined ? img.fieldLocs[`${field}.${index}`] : undefined) ?? img.fieldLocs[field] ?? img.loc;

const objectOf = (img: ImageConfig): string => `Image/${img.name}`;

/** The release payload's repository (ClusterVersion image or configured), or undefined if unparsable. */
export function payloadRepo(releaseImage: string): string | undefined {
  if (!releaseImage) return undefined;
  try {
    return referenceName(parseNormalizedNamed(releaseImage));
  } catch {
    return undefined;
  }
}

const covered = (scope: string, by: readonly string[]): boolean => by.some((b) => scopeIsNestedInsideScope(scope, b));

function allowedAndBlocked(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  if (!img?.allowedRegistries?.length || !img.blockedRegistries?.length) return [];
  return [
    finding('allowed-and-blocked', {
      message:
        'allowedRegistries and blockedRegistries are both set. MCO refuses the whole image configuration ("only one of ' +
        'AllowedRegistries or BlockedRegistries may be specified"): no node gets this change or any later mirror or ' +
        'registry change until one list is removed, and the cluster only says so in the machine-config-controller log. ' +
        'Keep one list: allowedRegistries (everything else is rejected) or blockedRegistries (everything else is allowed).',
      loc: fieldLoc(img, 'blockedRegistries'),
      object: objectOf(img)
    })
  ];
}

function allowedMissingRequired(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  const allowed = img?.allowedRegistries;
  if (!img || !allowed?.length) return [];
  const missing: string[] = [];
  if (!covered('registry.redhat.io', allowed)) missing.push('registry.redhat.io');
  if (!QUAY_PAYLOAD_REPOS.every((r) => covered(r, allowed))) missing.push('quay.io');
  const payload = payloadRepo(ctx.head.releaseImage);
  if (payload && !QUAY_PAYLOAD_REPOS.includes(payload) && !covered(payload, allowed)) missing.push(payload);
  if (!covered(INTERNAL_REGISTRY, allowed)) missing.push(INTERNAL_REGISTRY);
  if (!missing.length) return [];
  return [
    finding('allowed-registries-missing-required', {
      message:
        `allowedRegistries does not include ${list(missing)}. With allowedRegistries set, policy.json on every node ` +
        'rejects every other registry, so release payload and operator images (and images built into the internal ' +
        'registry) stop pulling: nodes that restart a platform pod or join the cluster cannot start it, and upgrades ' +
        `stall. Add ${list(missing)} to allowedRegistries (OpenShift documents these as required).`,
      loc: fieldLoc(img, 'allowedRegistries'),
      object: objectOf(img)
    })
  ];
}

function allowedMissingMirrors(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const img = model.image;
  const allowed = img?.allowedRegistries;
  if (!img || !allowed?.length) return [];
  const entries = entriesOf([...model.idms, ...model.itms, ...model.icsp]);
  if (!entries.some((e) => e.entry.mirrorSourcePolicy === 'NeverContactSource')) return [];
  const missing = [
    ...new Set(
      entries
        .flatMap((e) => e.entry.mirrors)
        .filter((m) => !covered(m, allowed))
        .map(hostOf)
    )
  ].sort();
  if (!missing.length) return [];
  return [
    finding('allowed-registries-missing-mirrors', {
      message:
        `This is a disconnected cluster (NeverContactSource mirrors), and allowedRegistries does not include the mirror ` +
        `registries ${list(missing)}. OpenShift's documentation requires the mirror registries in allowedRegistries for ` +
        'disconnected clusters: image imports and anything that names the mirror directly are rejected otherwise. ' +
        `Add ${list(missing)} to allowedRegistries.`,
      loc: fieldLoc(img, 'allowedRegistries'),
      object: objectOf(img)
    })
  ];
}

function blockedRequired(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  const out: Finding[] = [];
  (img?.blockedRegistries ?? []).forEach((b, i) => {
    const hits = ['registry.redhat.io', 'quay.io'].filter((r) => scopeIsNestedInsideScope(r, b));
    if (!hits.length || !img) return;
    out.push(
      finding('blocked-required-registry', {
        message:
          `blockedRegistries entry "${b}" blocks ${list(hits)}. Platform and operator images come from there: nodes ` +
          'get blocked = true in registries.conf and a reject rule in policy.json, so those images stop pulling (except ' +
          'through a mirror) and pods that need them cannot start. Block narrower repositories instead, or mirror these ' +
          'registries with an ImageDigestMirrorSet and NeverContactSource if the goal is to stop contacting them.',
        loc: fieldLoc(img, 'blockedRegistries', i),
        object: objectOf(img)
      })
    );
  });
  return out;
}

function blockedPayload(ctx: RuleContext): Finding[] {
  const { model, linux } = ctx.head;
  const img = model.image;
  const payload = payloadRepo(ctx.head.releaseImage);
  if (!img || !payload) return [];
  const out: Finding[] = [];
  (img.blockedRegistries ?? []).forEach((b, i) => {
    if (!scopeIsNestedInsideScope(payload, b)) return;
    const kept = (linux.registrySources.registriesBlocked ?? []).includes(b);
    const message = kept
      ? `blockedRegistries entry "${b}" covers the release payload repository ${payload}. MCO keeps it only because a ` +
        'mirror of the payload is reachable, so the payload and every upgrade now depend on that mirror alone: if it ' +
        'lacks an image, nodes cannot pull it. Unblock the payload repository, or make sure the mirror carries every ' +
        'release you will upgrade to.'
      : `blockedRegistries entry "${b}" covers the release payload repository ${payload}, and no unblocked mirror of the ` +
        'payload exists. MCO silently drops the entry (it only logs "cannot block the repository being used by the ' +
        `payload"), so nodes do not block "${b}" at all. Remove it from blockedRegistries, or mirror the payload first.`;
    out.push(
      finding('blocked-payload-registry', {
        severity: kept ? 'warning' : 'error',
        message,
        loc: fieldLoc(img, 'blockedRegistries', i),
        object: objectOf(img)
      })
    );
  });
  return out;
}

function insecureNotAllowed(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  const allowed = img?.allowedRegistries;
  if (!img || !allowed?.length) return [];
  const out: Finding[] = [];
  (img.insecureRegistries ?? []).forEach((r, i) => {
    if (covered(r, allowed)) return;
    out.push(
      finding('insecure-not-allowed', {
        message:
          `insecureRegistries entry "${r}" is not covered by allowedRegistries, so policy.json on every node rejects its ` +
          'images: marking it insecure changes registries.conf (and drains nodes) without making anything pullable. ' +
          `Add "${r}" to allowedRegistries, or drop it from insecureRegistries.`,
        loc: fieldLoc(img, 'insecureRegistries', i),
        object: objectOf(img)
      })
    );
  });
  return out;
}

export const registrySourceRules: RuleModule = {
  checks: {
    'allowed-and-blocked': allowedAndBlocked,
    'allowed-registries-missing-required': allowedMissingRequired,
    'allowed-registries-missing-mirrors': allowedMissingMirrors,
    'blocked-required-registry': blockedRequired,
    'blocked-payload-registry': blockedPayload,
    'insecure-not-allowed': insecureNotAllowed
  }
};
