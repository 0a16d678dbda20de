import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../config/resolve.js';
import { EXIT, type Io } from './io.js';
import type { Settings } from '../config/settings.js';
import { quotePath, resolveInside, unsafePathReason } from '../load/safe-path.js';
import { listWorkingTree, type RepoFile } from '../load/sources.js';
import type { Finding } from '../model/types.js';
import { evaluateSide } from '../pipeline/evaluate-side.js';
import { asNodeFile, poolOverrides, type PoolFile, type PoolOverrides } from '../plan/pool-overrides.js';
import type { SideResult } from '../plan/types.js';
import { CANNOT_EVALUATE_RULES } from '../policy/verdict.js';
import { at, renderJson, renderSummary } from '../report/render-output.js';
import type { NodeFile } from '../render/types.js';

/**
 * Where a node file goes under the output folder, as a `/`-separated relative path: linux/etc/...,
 * windows/C/k/containerd/... Node paths are built from registry names and ConfigMap keys, so a segment
 * may hold anything; the caller checks the result before writing.
 */
export function outputPath(f: NodeFile): string {
  if (f.node === 'linux') return ['linux', ...f.path.replace(/^\/+/, '').split('/')].join('/');
  const parts = f.path.split('\\');
  if (/^[A-Za-z]:$/.test(parts[0]!)) parts[0] = parts[0]!.slice(0, 1);
  return ['windows', ...parts].join('/');
}

export function collectWorkingTree(settings: Settings): RepoFile[] {
  const files: RepoFile[] = [];
  for (const p of settings.paths) {
    const abs = resolve(settings.repo, p);
    if (!existsSync(abs)) throw new UsageError(`${p}: no such file or folder`);
    files.push(...listWorkingTree(abs, settings.repo));
  }
  return files;
}

/** A file to write and where, relative to the output folder. */
interface Planned {
  rel: string;
  file: NodeFile;
}

/** The node files: the operators' at the top, each pool's own MachineConfig pull files under pools/<pool>/. */
function plannedFiles(side: SideResult, overrides: PoolOverrides): Planned[] {
  return [
    ...side.files.map((file) => ({ rel: outputPath(file), file })),
    // Contents that cannot be known are never written as if they were: the finding says why.
    ...overrides.files
      .filter((f) => f.content !== undefined)
      .map((f) => ({ rel: poolOutputPath(f), file: asNodeFile(f) }))
  ];
}

/** pools/<pool>/linux/etc/...: what the nodes of one pool read instead of (or beside) the file at the top. */
export function poolOutputPath(f: PoolFile): string {
  return ['pools', f.pool, outputPath(asNodeFile(f))].join('/');
}

/**
 * Writes the node files under `out`; returns the files it refused to write. Every destination is
 * resolved and must lie inside `out`, and no two files may claim the same path or a path under another
 * file, before anything is written.
 */
function writeOutput(out: string, settings: Settings, side: SideResult, overrides: PoolOverrides): Planned[] {
  const planned = new Map<string, NodeFile>();
  const refused: Planned[] = [];
  for (const p of plannedFiles(side, overrides)) {
    const { rel, file } = p;
    const dest = unsafePathReason(rel) ? undefined : resolveInside(out, rel);
    const clash = [...planned.keys()].some((p) => p === rel || p.startsWith(`${rel}/`) || rel.startsWith(`${p}/`));
    if (!dest || clash) refused.push(p);
    else planned.set(rel, file);
  }
  // Only what this command owns is replaced; a stale hosts.toml from an earlier run would mislead.
  for (const owned of ['linux', 'windows', 'pools', 'render.json']) {
    rmSync(join(out, owned), { recursive: true, force: true });
  }
  for (const [rel, f] of planned) {
    const dest = resolveInside(out, rel)!;
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, f.content);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'render.json'), renderJson(settings, side, overrides));
  return refused;
}

function errorsOf(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/**
 * `registry-plan render`: the files the operators would keep on nodes for the given manifests. The
 * settings come from resolveSettings with scope 'paths': one cluster over the given paths.
 */
export function runRender(settings: Settings, out: string | undefined, io: Io): number {
  if (!out) throw new UsageError('render needs --out DIR');
  const cluster = settings.clusters[0]!;
  const side = evaluateSide(collectWorkingTree(settings), settings, cluster);
  const overrides = poolOverrides(side, cluster.openshiftVersion);
  const refused = writeOutput(out, settings, side, overrides);
  io.stdout(renderSummary(out, side, overrides));
  // As in plan: a pool file whose contents cannot be known means this render cannot vouch for the pool.
  const bad = [
    ...errorsOf(side.inputFindings),
    ...errorsOf(overrides.findings).filter((f) => CANNOT_EVALUATE_RULES.has(f.rule))
  ];
  for (const f of side.inputFindings) io.stderr(`${at(f)}: ${f.severity}: ${f.message}\n`);
  for (const { rel, file } of refused) {
    io.stderr(
      `error: ${file.node} node file ${quotePath(file.path)} would be written to ${quotePath(rel)}, outside ${quotePath(out)} or over another file; not written\n`
    );
  }
  if (bad.length || refused.length) return EXIT.badInput;
  if (side.errors.length) return EXIT.rejected;
  return EXIT.ok;
}
