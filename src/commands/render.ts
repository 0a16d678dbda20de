import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { UsageError } from '../config/resolve.js';
import { EXIT, type Io } from './io.js';
import type { Settings } from '../config/settings.js';
import { listWorkingTree, type RepoFile } from '../load/sources.js';
import type { Finding } from '../model/types.js';
import { evaluateSide } from '../pipeline/evaluate-side.js';
import type { SideResult } from '../plan/types.js';
import { at, renderJson, renderSummary } from '../report/render-output.js';
import type { NodeFile } from '../render/types.js';

/** Where a node file goes under the output folder: linux/etc/..., windows/C/k/containerd/... */
export function outputPath(f: NodeFile): string {
  const parts = f.node === 'linux' ? f.path.split('/').filter(Boolean) : f.path.split('\\').filter(Boolean);
  if (f.node !== 'linux' && /^[A-Za-z]:$/.test(parts[0]!)) parts[0] = parts[0]!.slice(0, 1);
  // Node paths carry names from the repository (namespaces, registry hosts): never a way out of DIR.
  if (parts.some((p) => p === '.' || p === '..' || p.includes('/') || p.includes('\\') || p.includes('\0'))) {
    throw new UsageError(`refusing to write node file ${JSON.stringify(f.path)}: it would leave the output folder`);
  }
  return join(f.node === 'linux' ? 'linux' : 'windows', ...parts);
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

function writeOutput(out: string, settings: Settings, side: SideResult): void {
  // Only what this command owns is replaced; a stale hosts.toml from an earlier run would mislead.
  for (const owned of ['linux', 'windows', 'render.json']) rmSync(join(out, owned), { recursive: true, force: true });
  for (const f of side.files) {
    const dest = join(out, outputPath(f));
    const root = resolve(out);
    if (!resolve(dest).startsWith(root + sep)) throw new UsageError(`refusing to write ${dest}: outside ${out}`);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, f.content);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'render.json'), renderJson(settings, side));
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
  writeOutput(out, settings, side);
  io.stdout(renderSummary(out, side));
  const bad = errorsOf(side.inputFindings);
  for (const f of side.inputFindings) io.stderr(`${at(f)}: ${f.severity}: ${f.message}\n`);
  if (bad.length) return EXIT.badInput;
  if (side.errors.length) return EXIT.rejected;
  return EXIT.ok;
}
