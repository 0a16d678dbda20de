/**
 * For `render`: the pull files each pool's nodes really read when the repository's own MachineConfigs
 * (or a ContainerRuntimeConfig) write them. `render` writes the image-config controller's files at the
 * top of its output folder; a pool whose MachineConfigs replace or add to them would otherwise be shown
 * as if it read the generated files, which is exactly the "safe by omission" a merge gate must not give.
 */
import type { Finding } from '../model/types.js';
import type { OcpVersion } from '../model/version.js';
import { shapesPulls } from '../render/linux/pull-paths.js';
import type { NodeFile } from '../render/types.js';
import { fromRepo, sideOf } from './machine-config-plan.js';
import { evaluateMachineConfigs } from './pool-impact.js';
import type { SideResult } from './types.js';

export interface PoolFile {
  pool: string;
  /** Absolute node path. */
  path: string;
  /** The decoded contents; undefined when they cannot be known (remote, undecodable): see `problem`. */
  content?: string;
  problem?: string;
  /** The MachineConfig whose contents are in effect (ContainerRuntimeConfig output is named by MCO). */
  writer: string;
  file: string;
  line: number;
}

export interface PoolOverrides {
  files: PoolFile[];
  /** What the MachineConfig rules say about the pools (overrides, unreadable contents, refusals). */
  findings: Finding[];
}

/** Every pull file a pool's nodes read from a MachineConfig of the repository, pool by pool. */
export function poolOverrides(side: SideResult, version: OcpVersion): PoolOverrides {
  const evaluated = evaluateMachineConfigs(sideOf(side, side.files), version);
  const files: PoolFile[] = [];
  for (const { pool, rendered } of evaluated.result.pools) {
    for (const f of rendered.files.values()) {
      if (!fromRepo(f) || !shapesPulls(f.path)) continue;
      files.push({
        pool,
        path: f.path,
        ...(f.content !== undefined ? { content: f.content } : { problem: f.problem ?? 'contents unknown' }),
        writer: f.writer.name,
        file: f.loc.file,
        line: f.loc.line
      });
    }
  }
  files.sort((a, b) => (a.pool === b.pool ? (a.path < b.path ? -1 : 1) : a.pool < b.pool ? -1 : 1));
  return { files, findings: evaluated.findings };
}

/** The node file `render` writes for a pool file (its folder is chosen by the caller). */
export function asNodeFile(f: PoolFile): NodeFile {
  return { node: 'linux', path: f.path, content: f.content ?? '', origin: 'generated' };
}
