import { linePatch } from '../diff/line-patch.js';
import type { MirrorSetChanges, NodeFileChange } from '../impact/decide.js';
import type { Finding, NodeDisruptionPolicy } from '../model/types.js';
import { DOCKER_CERTS_D, isUnder } from '../model/node-paths.js';
import type { OcpVersion } from '../model/version.js';
import type { EffectiveFile, PoolRendered } from '../render/linux/merge-machine-configs.js';
import { poolSpecs } from '../render/linux/pool-files.js';
import type { NodeFile } from '../render/types.js';
import { pullFilesOf, type PoolFileChange } from './machine-config-diff.js';
import { decidePoolImpacts, evaluateMachineConfigs, type MachineConfigSide, type PoolImpact } from './pool-impact.js';
import type { PlanFile, SideResult } from './types.js';

/**
 * The MachineConfig half of a cluster plan (docs/node-files.md): each pool's effective files from every
 * MachineConfig it selects — generated, templates and the repository's own — decide its node impact,
 * add the files the repository's MachineConfigs write to the diff, and feed the pull simulation.
 */
export interface MachineConfigPlan {
  impacts: Map<string, PoolImpact>;
  findings: Finding[];
  /** Files written by the repository's MachineConfigs or ContainerRuntimeConfigs, one entry per distinct change. */
  files: PlanFile[];
  /** Per pool, the pull files a node reads (registries.conf, drop-ins, policy.json), before and after. */
  pullFiles: Map<string, { before: NodeFile[]; after: NodeFile[] }>;
}

export interface MachineConfigPlanInput {
  version: OcpVersion;
  base?: SideResult;
  head: SideResult;
  /** The Linux files the operators keep on nodes for each side (the head's are the base's when MCO rejects it). */
  linuxBefore: NodeFile[];
  linuxAfter: NodeFile[];
  userPolicy?: NodeDisruptionPolicy;
  overrideDrainConfigMap: boolean;
  /** Which mirror-set objects the change creates, deletes or modifies (for the documentation notes). */
  mirrorSetChanges?: MirrorSetChanges;
}

export function sideOf(side: SideResult, files: NodeFile[]): MachineConfigSide {
  const model = side.model;
  const ca = model.image?.additionalTrustedCA ? model.openshiftConfigMaps[model.image.additionalTrustedCA] : undefined;
  return {
    pools: poolSpecs(model.pools),
    registriesFiles: files
      .filter((f) => f.origin === 'generated' && !isUnder(DOCKER_CERTS_D, f.path))
      .map((f) => ({ path: f.path, content: f.content })),
    machineConfigs: model.machineConfigs,
    containerRuntimeConfigs: model.containerRuntimeConfigs,
    trustedCAKeys: ca ? [...Object.keys(ca.data), ...Object.keys(ca.binaryData)] : []
  };
}

export const fromRepo = (f: EffectiveFile | undefined): boolean =>
  !!f && (f.writer.origin === 'repo' || f.writer.origin === 'generated-containerruntime');

const textOf = (f: EffectiveFile | undefined): string =>
  f === undefined ? '' : (f.content ?? `(contents cannot be decoded: ${f.problem ?? 'unknown'})\n`);

/** Characters safe in a section title whatever renders it; the diff body shows the exact path. */
const safeTitle = (s: string): string => s.replace(/[^A-Za-z0-9._/:+-]/g, '_');

function planFile(c: PoolFileChange, pools: string[]): PlanFile {
  const before = textOf(c.before);
  const after = textOf(c.after);
  const writerOf = (f: EffectiveFile | undefined): string | undefined =>
    f
      ? `${f.writer.origin === 'repo' ? 'MachineConfig' : f.writer.origin === 'template' ? 'template' : 'generated'} ${f.writer.name}`
      : undefined;
  const diff =
    before === after
      ? `(same contents; the Ignition entry changed: mode, encoding, compression or ownership)\n`
      : linePatch(
          { name: `a${c.path}`, text: before, header: writerOf(c.before) ?? 'absent' },
          { name: `b${c.path}`, text: after, header: writerOf(c.after) ?? 'absent' },
          3
        );
  return {
    node: 'linux',
    path: c.path,
    change: c.change,
    diff,
    origin: { before: c.before ? 'machineconfig' : 'absent', after: c.after ? 'machineconfig' : 'absent' },
    pools,
    writer: {
      ...(c.before ? { before: c.before.writer.name } : {}),
      ...(c.after ? { after: c.after.writer.name } : {})
    },
    title: machineConfigFileTitle(c.path, c.change, pools)
  };
}

/** The display title of a file MachineConfigs write: its path, change and pools, in a safe alphabet. */
export function machineConfigFileTitle(path: string, change: string, pools: string[]): string {
  return `${safeTitle(path)} (${change}; pool${pools.length > 1 ? 's' : ''} ${pools.map(safeTitle).join(', ')})`;
}

/** Pull files of a pool as NodeFiles, for the same route simulation the cluster-level files get. */
function pullNodeFiles(rendered: PoolRendered | undefined): NodeFile[] {
  if (!rendered) return [];
  const p = pullFilesOf(rendered);
  const out: NodeFile[] = [];
  if (p.main) out.push({ node: 'linux', path: p.main.path, content: p.main.text, origin: 'generated' });
  for (const d of p.dropIns) out.push({ node: 'linux', path: d.path, content: d.text, origin: 'generated' });
  if (p.policy !== undefined)
    out.push({ node: 'linux', path: '/etc/containers/policy.json', content: p.policy, origin: 'generated' });
  return out;
}

export function planMachineConfigs(input: MachineConfigPlanInput): MachineConfigPlan {
  const baseSide = input.base ? sideOf(input.base, input.linuxBefore) : undefined;
  const headSide = sideOf(input.head, input.linuxAfter);
  const base = baseSide ? evaluateMachineConfigs(baseSide, input.version) : undefined;
  const head = evaluateMachineConfigs(headSide, input.version, baseSide);
  const certChanges: NodeFileChange[] = [];
  const linuxKey = (fs: NodeFile[]): Map<string, string> =>
    new Map(fs.filter((f) => isUnder(DOCKER_CERTS_D, f.path)).map((f) => [f.path, f.content]));
  const cb = linuxKey(input.linuxBefore);
  const ca = linuxKey(input.linuxAfter);
  for (const path of [...new Set([...cb.keys(), ...ca.keys()])].sort()) {
    const change = !cb.has(path)
      ? 'added'
      : !ca.has(path)
        ? 'removed'
        : cb.get(path) !== ca.get(path)
          ? 'modified'
          : undefined;
    if (change) certChanges.push({ path, change, certWriter: true });
  }
  const impacts = decidePoolImpacts(base, head, {
    version: input.version,
    ...(input.userPolicy ? { userPolicy: input.userPolicy } : {}),
    overrideDrainConfigMap: input.overrideDrainConfigMap,
    certChanges,
    ...(input.mirrorSetChanges ? { mirrorSetChanges: input.mirrorSetChanges } : {})
  });
  const groups = new Map<string, { change: PoolFileChange; pools: string[] }>();
  for (const [pool, impact] of impacts) {
    for (const c of impact.diff.files) {
      if (!fromRepo(c.before) && !fromRepo(c.after)) continue;
      const key = JSON.stringify([
        c.path,
        c.change,
        textOf(c.before),
        textOf(c.after),
        c.before?.writer.name,
        c.after?.writer.name
      ]);
      const g = groups.get(key);
      if (g) g.pools.push(pool);
      else groups.set(key, { change: c, pools: [pool] });
    }
  }
  const pullFiles = new Map<string, { before: NodeFile[]; after: NodeFile[] }>();
  for (const { pool, rendered } of head.result.pools) {
    const before = base?.result.pools.find((p) => p.pool === pool)?.rendered;
    const held = impacts.get(pool)?.diff.held;
    pullFiles.set(pool, {
      before: pullNodeFiles(before),
      after: pullNodeFiles(held ? before : rendered)
    });
  }
  return {
    impacts,
    findings: head.findings,
    files: [...groups.values()].map((g) => planFile(g.change, g.pools)),
    pullFiles
  };
}
