#!/usr/bin/env node
// Regenerates the golden files of the reviewer-facing output (test/report/golden/) and the rendered
// examples in docs/examples/ (the demo PR comment, the rollout chart's Mermaid text), then redraws the
// chart's SVG when its Mermaid text changed (needs Chromium; see scripts/render-mermaid-svg.mjs).
// The golden test (test/report/golden.test.ts) fails whenever any of these is stale.
//
//   node scripts/update-examples.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['jest', 'test/report/golden.test.ts'], { UPDATE_GOLDEN: '1', NODE_OPTIONS: '--experimental-vm-modules' });

const mmd = join(ROOT, 'docs', 'examples', 'demo-rollout.mmd');
const svg = join(ROOT, 'docs', 'examples', 'demo-rollout.svg');
const hash = createHash('sha256').update(readFileSync(mmd, 'utf8'), 'utf8').digest('hex');
if (!existsSync(svg) || !readFileSync(svg, 'utf8').split('\n')[0].includes(`sha256:${hash}`)) {
  run(process.execPath, [join(ROOT, 'scripts', 'render-mermaid-svg.mjs'), mmd, svg]);
} else {
  console.log(`${svg} is up to date`);
}
