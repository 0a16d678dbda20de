import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SHAPE, generateMonorepo, type MonorepoShape } from './generate.js';

/**
 * `npm run bench`: generates the synthetic monorepo, then times, each in fresh processes,
 *  - the parse-everything floor for ONE side (read + yaml.parseAllDocuments of every manifest file), and
 *  - `registry-plan plan` over BOTH sides of the PR (the built bundle's CLI entry),
 * and prints the medians with peak memory. Target: plan ≤ half the floor.
 *
 * Options: --apps N --clusters N --sources N --crds N --runs N --cpu-prof (writes .cpuprofile files for
 * the plan runs under bench/.work/prof). `--check-pulls [--refs N --parallelism N]` times the pull check
 * instead (bench/check-pulls.ts: 500 references against the loopback registries).
 */

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to bench/.work/build/: the project root is three levels up.
const root = resolve(here, '..', '..', '..');
const work = join(root, 'bench', '.work');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

interface ChildResult {
  ms: number;
  maxRssKb: number;
  wallMs: number;
  [k: string]: unknown;
}

function child(script: string, args: string[], nodeFlags: string[] = []): ChildResult {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, join(here, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    cwd: work
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult), wallMs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * `--check-pulls`: the pull-check section (bench/check-pulls.ts), in its own process under the e2e
 * harness lock, because it starts the loopback registries on their fixed ports.
 */
function checkPullsSection(): void {
  const args = [join(here, 'check-pulls.js'), ...process.argv.slice(2).filter((a) => a !== '--check-pulls')];
  const r = spawnSync('flock', ['/tmp/rp-e2e.lock', process.execPath, ...args], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`check-pulls bench failed (${r.status ?? r.error?.message}): ${r.stderr}`);
  process.stdout.write(r.stdout);
}

function main(): void {
  if (process.argv.includes('--check-pulls')) {
    checkPullsSection();
    return;
  }
  const shape: MonorepoShape = {
    apps: option('apps', DEFAULT_SHAPE.apps),
    clusters: option('clusters', DEFAULT_SHAPE.clusters),
    mirroredSources: option('sources', DEFAULT_SHAPE.mirroredSources),
    crdBundles: option('crds', DEFAULT_SHAPE.crdBundles),
    touchedApps: DEFAULT_SHAPE.touchedApps
  };
  const runs = option('runs', 5);
  const prof = process.argv.includes('--cpu-prof');
  if (!existsSync(join(root, 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  // A private copy of the bundle: a build running meanwhile (npm test rebuilds dist/) must not swap it mid-run.
  const snapshot = join(work, 'dist');
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(join(root, 'dist'), snapshot, { recursive: true, filter: (src) => !src.includes('demo-render') });
  const bundle = join(snapshot, 'index.js');

  const repoDir = join(work, 'monorepo');
  rmSync(repoDir, { recursive: true, force: true });
  const t0 = performance.now();
  const repo = generateMonorepo(repoDir, shape);
  const genMs = performance.now() - t0;

  // One untimed pass of each warms the page cache and Git's pack, so runs compare like with like.
  child('floor.js', [repo.dir]);
  child('plan-child.js', [bundle, repo.dir, repo.base, repo.head]);

  const floors: ChildResult[] = [];
  const plans: ChildResult[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(child('floor.js', [repo.dir]));
    plans.push(
      child(
        'plan-child.js',
        [bundle, repo.dir, repo.base, repo.head],
        prof ? ['--cpu-prof', `--cpu-prof-dir=${join(work, 'prof')}`] : []
      )
    );
  }
  const p0 = plans[0]!;
  if (p0['status'] !== 0 && p0['status'] !== 4) throw new Error(`plan exited ${p0['status']}: ${p0['stderr']}`);

  const floorMs = median(floors.map((f) => f.ms));
  const planMs = median(plans.map((p) => p.ms));
  const mb = (kb: number): string => (kb / 1024).toFixed(0);
  const row = (label: string, runs: ChildResult[]): string =>
    `${label.padEnd(44)}${median(runs.map((r) => r.ms))
      .toFixed(0)
      .padStart(9)}${Math.min(...runs.map((r) => r.ms))
      .toFixed(0)
      .padStart(9)}` +
    `${median(runs.map((r) => r.cpuMs as number))
      .toFixed(0)
      .padStart(9)}${median(runs.map((r) => r.wallMs))
      .toFixed(0)
      .padStart(12)}${mb(Math.max(...runs.map((r) => r.maxRssKb))).padStart(14)}`;
  const yamlVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'yaml', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const ratio = planMs / floorMs;
  const cpuRatio = median(plans.map((p) => p.cpuMs as number)) / median(floors.map((f) => f.cpuMs as number));
  const lines = [
    `registry-plan bench: synthetic monorepo, ${repo.files} files (${(repo.bytes / 1e6).toFixed(1)} MB), ${shape.apps} apps, ${shape.clusters} clusters x ${shape.mirroredSources} mirrored sources, ${shape.crdBundles} CRD bundles`,
    `  the PR: 1 cluster's mirrors + ${shape.touchedApps} image bumps; generated and committed in ${(genMs / 1000).toFixed(1)} s`,
    `  machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), node ${process.version}, yaml ${yamlVersion}; median of ${runs} fresh processes`,
    '',
    `${''.padEnd(44)}${'ms'.padStart(9)}${'min ms'.padStart(9)}${'cpu ms'.padStart(9)}${'process ms'.padStart(12)}${'peak RSS MB'.padStart(14)}`,
    row('parse-everything floor (read+parse, 1 side)', floors),
    row(`plan, both sides, ${p0['clusters']} clusters (${p0['changed']} changed)`, plans),
    '',
    `plan / floor = ${ratio.toFixed(2)} (median ms)  (target <= 0.50: ${ratio <= 0.5 ? 'met' : 'MISSED'});  by cpu ms: ${cpuRatio.toFixed(2)};  load average ${loadavg()[0]!.toFixed(1)}`,
    `("ms" is the median of the work itself: main() for plan after the bundle loads (${median(plans.map((p) => p.loadMs as number)).toFixed(0)} ms), the read+parse loop for the floor; "cpu ms" is that process's CPU time (git's own is not counted), steadier on a busy machine; "process ms" adds node startup.)`
  ];
  if (prof) lines.push(`CPU profiles: ${join(work, 'prof')}`);
  process.stdout.write(lines.join('\n') + '\n');
}

main();
