#!/usr/bin/env node
// Bundles src/index.ts into dist/ (the committed bundle GitHub runs). ncc writes into a fresh staging
// folder and dist/ is replaced only when the build succeeds: a failed build (a type error, a missing
// dependency) leaves the committed bundle as it was instead of a half-deleted one. Staging in a fresh
// folder also drops chunk files an earlier build made and this one no longer does.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const staging = join(root, '.dist-build');
const dist = join(root, 'dist');

rmSync(staging, { recursive: true, force: true });
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const r = spawnSync(ncc, ['build', 'src/index.ts', '-o', staging, '--license', 'licenses.txt', '--target', 'es2022'], {
  cwd: root,
  stdio: 'inherit'
});
if (r.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('build-dist: ncc failed; dist/ is left as it was');
  process.exit(r.status ?? 1);
}
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
