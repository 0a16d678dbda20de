/**
 * A pull request that adds Windows nodes and, at the same time, the mirror sets they need. WMCO writes
 * hosts.toml into a node when it configures it (nodeconfig.go Configure → createRegistryConfigFiles),
 * and the registry controller rewrites existing nodes one by one over SSH when IDMS/ITMS change. A GitOps
 * sync applies both in an order nobody chose: a Windows node configured before its mirror sets exist pulls
 * from the source registries until the sequential update reaches it, which in a disconnected cluster
 * means pods (the pause image first) that do not start. The documentation's order ("Using Windows
 * containers with a mirror registry"): mirror the images, create the IDMS/ITMS, then add Windows nodes.
 */
import type { Finding, Loc } from '../../model/types.js';
import { WINDOWS_CA_BUNDLE as WINDOWS_CA_BUNDLE_PATH } from '../../model/node-paths.js';
import type { RuleContext, RuleModule } from '../types.js';
import { finding } from './helpers.js';

export const WINDOWS_NODES_WITH_MIRROR_SETS = 'windows-nodes-with-mirror-sets';

const hostsTomls = (files: { node: string; path: string; content: string }[]): Map<string, string> =>
  new Map(
    files.filter((f) => f.node === 'windows' && f.path !== WINDOWS_CA_BUNDLE_PATH).map((f) => [f.path, f.content])
  );

function windowsNodesWithMirrorSets(ctx: RuleContext): Finding[] {
  const { head, base } = ctx;
  const before = base?.windowsNodes ?? 0;
  if (head.windowsNodes <= before) return [];
  const oldFiles = hostsTomls(base?.windows.files ?? []);
  const newFiles = hostsTomls(head.windows.files);
  const changed = [...newFiles].filter(([p, c]) => oldFiles.get(p) !== c).map(([p]) => p);
  if (!changed.length) return [];
  const m = head.model;
  const added = m.machineSets.find(
    (s) => s.windows && !base?.model.machineSets.some((b) => b.name === s.name && b.windows)
  );
  const loc: Loc = added?.loc ??
    m.windowsInstances?.loc ??
    m.machineSets.find((s) => s.windows)?.loc ?? { file: '', line: 0 };
  return [
    finding(WINDOWS_NODES_WITH_MIRROR_SETS, {
      message:
        `This change adds Windows nodes (${before} → ${head.windowsNodes}) and changes the mirror configuration they get ` +
        `(${changed.length} hosts.toml file(s)) in the same sync. WMCO writes hosts.toml into a new node when it configures ` +
        'it and updates existing nodes one at a time afterwards, so a node configured before the mirror sets are applied ' +
        'pulls from the source registries until that update reaches it (in a disconnected cluster its pods do not start). ' +
        'The documented order is mirror sets first, then Windows nodes: merge the ImageDigestMirrorSet/ImageTagMirrorSet ' +
        'first, or give them an earlier sync wave (argocd.argoproj.io/sync-wave, Flux dependsOn).',
      loc,
      ...(added ? { object: `MachineSet/${added.name}` } : {})
    })
  ];
}

export const windowsOrderingRules: RuleModule = {
  checks: { [WINDOWS_NODES_WITH_MIRROR_SETS]: windowsNodesWithMirrorSets }
};
