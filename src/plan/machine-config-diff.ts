import type { MachineConfigObject } from '../model/machine-configs.js';
import { sameEntry, type EffectiveFile, type PoolRendered } from '../render/linux/merge-machine-configs.js';
import type { PoolFilesResult } from '../render/linux/pool-files.js';
import { isRegistriesDropIn, REGISTRIES_CONF, type ConfFile } from '../render/linux/registries-dropins.js';

/**
 * The daemon's view of a pool's update: `CalculateConfigFileDiffs` over the old and new rendered
 * configs (a path is changed when its whole Ignition entry differs, even if the decoded bytes are the
 * same), plus the unit, ssh and OS-level differences `calculatePostConfigChangeAction*` reads.
 */
export interface PoolFileChange {
  path: string;
  change: 'added' | 'removed' | 'modified';
  before?: EffectiveFile;
  after?: EffectiveFile;
}

export interface PoolDiff {
  pool: string;
  files: PoolFileChange[];
  /** Unit names, "sshkeys", and MachineConfig fields (osImageURL, kernelArguments, ...) that changed. */
  other: string[];
  /** The head cannot render (refused or irreconcilable configs): the nodes keep the base config. */
  held: boolean;
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function diffFiles(before: PoolRendered | undefined, after: PoolRendered): PoolFileChange[] {
  const out: PoolFileChange[] = [];
  const old = before?.files ?? new Map<string, EffectiveFile>();
  for (const [path, f] of old) if (!after.files.has(path)) out.push({ path, change: 'removed', before: f });
  for (const [path, f] of after.files) {
    const o = old.get(path);
    if (!o) out.push({ path, change: 'added', after: f });
    else if (!sameEntry(o.entry, f.entry)) out.push({ path, change: 'modified', before: o, after: f });
  }
  return out.sort(byPath);
}

function diffOther(before: PoolRendered | undefined, after: PoolRendered): string[] {
  const out: string[] = [];
  const units = new Set([...(before?.units.keys() ?? []), ...after.units.keys()]);
  for (const u of [...units].sort()) if (before?.units.get(u)?.body !== after.units.get(u)?.body) out.push(u);
  if ((before?.passwd ?? '') !== after.passwd) out.push('sshkeys');
  const fields = new Set([...Object.keys(before?.fields ?? {}), ...Object.keys(after.fields)]);
  for (const f of [...fields].sort()) if (before?.fields[f] !== after.fields[f]) out.push(f);
  return out;
}

/** Per pool of the head side: what its nodes see change. A pool new in the head is diffed against nothing. */
export function diffPools(base: PoolFilesResult | undefined, head: PoolFilesResult): PoolDiff[] {
  return head.pools.map(({ pool, rendered }) => {
    const before = base?.pools.find((p) => p.pool === pool)?.rendered;
    const held = rendered.refused.length > 0 || rendered.irreconcilable.length > 0;
    if (held) return { pool, files: [], other: [], held };
    return { pool, files: diffFiles(before, rendered), other: diffOther(before, rendered), held };
  });
}

/** What containers/image reads on a node of this pool: registries.conf, its drop-ins, policy.json. */
export function pullFilesOf(rendered: PoolRendered): {
  main?: ConfFile;
  dropIns: ConfFile[];
  policy?: string;
  problems: string[];
} {
  const problems: string[] = [];
  const text = (f: EffectiveFile | undefined): string | undefined => {
    if (!f) return undefined;
    if (f.content === undefined) problems.push(`${f.path}: ${f.problem ?? 'contents unknown'}`);
    return f.content;
  };
  const mainFile = rendered.files.get(REGISTRIES_CONF);
  const main = text(mainFile);
  const dropIns: ConfFile[] = [];
  for (const f of rendered.files.values()) {
    if (!isRegistriesDropIn(f.path)) continue;
    const t = text(f);
    if (t !== undefined) dropIns.push({ path: f.path, text: t });
  }
  const policy = text(rendered.files.get('/etc/containers/policy.json'));
  return {
    ...(main !== undefined ? { main: { path: REGISTRIES_CONF, text: main } } : {}),
    dropIns,
    ...(policy !== undefined ? { policy } : {}),
    problems
  };
}

/** The MachineConfig that last wrote a path, for reasons and findings. */
export const writerName = (f: EffectiveFile | undefined): string => f?.writer.name ?? '(none)';

export type { MachineConfigObject };
