import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../config/resolve.js';
import { EXIT, type Io } from './io.js';
import type { Settings } from '../config/settings.js';
import { quotePath, resolveInside, unsafePathReason } from '../load/safe-path.js';
import { listWorkingTree, type RepoFile } from '../load/sources.js';
import type { Finding } from '../model/types.js';
import { evaluateSide } from '../pipeline/evaluate-side.js';
import type { SideResult } from '../plan/types.js';
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

/**
 * Writes the node files under `out`; returns the files it refused to write. Every destination is
 * resolved and must lie inside `out`, and no two files may claim the same path or a path under another
 * file, before anything is written.
 */
function writeOutput(out: string, settings: Settings, side: SideResult): NodeFile[] {
  const planned = new Map<string, NodeFile>();
  const refused: NodeFile[] = [];
  for (const f of side.files) {
    const rel = outputPath(f);
    const dest = unsafePathReason(rel) ? undefined : resolveInside(out, rel);
    const clash = [...planned.keys()].some((p) => p === rel || p.startsWith(`${rel}/`) || rel.startsWith(`${p}/`));
    if (!dest || clash) refused.push(f);
    else planned.set(rel, f);
  }
  // Only what this command owns is replaced; a stale hosts.toml from an earlier run would mislead.
  for (const owned of ['linux', 'windows', 'render.json']) rmSync(join(out, owned), { recursive: true, force: true });
  for (const [rel, f] of planned) {
    const dest = resolveInside(out, rel)!;
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, f.content);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'render.json'), renderJson(settings, side));
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
  const refused = writeOutput(out, settings, side);
  io.stdout(renderSummary(out, side));
  const bad = errorsOf(side.inputFindings);
  for (const f of side.inputFindings) io.stderr(`${at(f)}: ${f.severity}: ${f.message}\n`);
  for (const f of refused) {
    io.stderr(
      `error: ${f.node} node file ${quotePath(f.path)} would be written outside ${quotePath(out)} or over another file; not written\n`
    );
  }
  if (bad.length || refused.length) return EXIT.badInput;
  if (side.errors.length) return EXIT.rejected;
  return EXIT.ok;
}
