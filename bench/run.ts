import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { interleave, measure, median, repeat, type Measured } from './measure.js';
import { generateRealistic, REALISTIC, type RealisticRepo, type RealisticShape } from './realistic.js';

/**
 * `npm run bench`: whole-process figures for `registry-plan plan` on a realistic monorepo (bench/realistic.ts),
 * against two floors of ONE side:
 *  - the physical floor: `git ls-tree -r` + `git cat-file --batch` of every blob (what reading the commit costs);
 *  - the naive floor: read every manifest file of a checkout and YAML-parse it (what a tool that parses
 *    everything costs);
 * plus cold start (`--help`, and the action's entry to its first output). Every figure is a whole process
 * under GNU time: node start-up, bundle load, and the CPU and memory of the git processes it waits for.
 *
 * Options: --runs N, --files N, --clusters N, --mirror-files N, --sources-per-file N, --crds N, --seed N,
 * --scaling (adds the scaling table), --cpu-prof (profiles of the plan runs in bench/.work/prof),
 * --generate-only (generates the repositories and measures nothing). A repository already generated
 * with the same shape is reused (bench/.work/realistic, bench/.work/scaling/<shape>).
 * `--check-pulls [--refs N --parallelism N]` times the pull check instead (bench/check-pulls.ts: 500
 * references against the loopback registries).
 */

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to bench/.work/build/: the project root is three levels up.
const root = resolve(here, '..', '..', '..');
const work = join(root, 'bench', '.work');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A private copy of the bundle (a build running meanwhile must not swap it mid-run) and a CLI entry for it. */
function snapshotBundle(): string {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build`');
  const snapshot = join(work, 'dist');
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(join(root, 'dist'), snapshot, { recursive: true });
  writeFileSync(join(snapshot, 'cli.mjs'), "import { runCli } from './index.js';\nawait runCli();\n");
  return snapshot;
}

interface Figures {
  repo: RealisticRepo;
  physical: Measured;
  naive: Measured;
  plan: Measured;
}

function measureRepo(repo: RealisticRepo, cli: string, runs: number, nodeFlags: string[] = []): Figures {
  const physicalScript = `git ls-tree -r ${repo.base} | awk '$2 == "blob" { print $3 }' | git cat-file --batch > /dev/null`;
  const physical = () => measure('sh', ['-c', physicalScript], repo.dir);
  const naive = () => measure(process.execPath, [join(here, 'floor.js'), repo.dir], repo.dir);
  const out = join(work, 'plan.json');
  const plan = () =>
    measure(
      process.execPath,
      [...nodeFlags, cli, 'plan', '--repo', repo.dir, '--base', repo.base, '--head', repo.head, '--format', 'json'],
      work
    );
  // One untimed pass of each warms the page cache and Git's pack.
  physical();
  naive();
  const first = plan();
  if (first.status !== 0 && first.status !== 4) throw new Error(`plan exited ${first.status}: ${first.stderr}`);
  writeFileSync(out, first.stdout);
  return { repo, ...interleave(runs, { physical, naive, plan }) };
}

/** Milliseconds from spawning `node <args>` to its first byte of output (stdout or stderr). */
function firstOutputMs(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = false;
    const first = () => {
      if (seen) return;
      seen = true;
      done(performance.now() - t0);
    };
    child.stdout.on('data', first);
    child.stderr.on('data', first);
    child.on('error', fail);
    child.on('close', () => (seen ? undefined : fail(new Error(`node ${args.join(' ')} printed nothing`))));
  });
}

async function coldStart(snapshot: string, runs: number): Promise<{ help: Measured; action: number }> {
  const help = repeat(runs, () => measure(process.execPath, [join(snapshot, 'cli.mjs'), '--help'], work));
  // The action's entry with an event it must refuse quickly: the time to its first line of output.
  const env = { PATH: process.env['PATH'], GITHUB_EVENT_NAME: 'workflow_dispatch', RUNNER_TEMP: work };
  const action: number[] = [];
  for (let i = 0; i < runs; i++) action.push(await firstOutputMs([join(snapshot, 'index.js')], env));
  return { help, action: median(action) };
}

const ms = (x: number): string => x.toFixed(0);
const mb = (kb: number): string => (kb / 1024).toFixed(0);

function figureLines(f: Figures): string[] {
  const row = (label: string, m: Measured): string =>
    `${label.padEnd(46)}${ms(m.wallMs).padStart(9)}${ms(m.cpuMs).padStart(9)}${mb(m.maxRssKb).padStart(13)}`;
  const byWall = (a: Measured, b: Measured): string => (a.wallMs / b.wallMs).toFixed(2);
  // Each ratio is judged on wall time and on CPU time apart, unrounded: a shared machine puts them on
  // either side of a target by turns.
  const ratio = (base: Measured, target: number): string => {
    const wall = f.plan.wallMs / base.wallMs;
    const cpu = f.plan.cpuMs / base.cpuMs;
    const verdict = (x: number): string => (x <= target ? 'met' : 'MISSED');
    return `${wall.toFixed(3)} (wall), ${cpu.toFixed(3)} (cpu)   target <= ${target}: ${verdict(wall)} on wall, ${verdict(cpu)} on cpu`;
  };
  return [
    `${''.padEnd(46)}${'wall ms'.padStart(9)}${'cpu ms'.padStart(9)}${'peak RSS MB'.padStart(13)}`,
    row('physical floor (ls-tree + cat-file, 1 side)', f.physical),
    row('naive floor (read + YAML-parse, 1 side)', f.naive),
    row('plan, both sides, whole process', f.plan),
    '',
    `plan / naive floor    = ${ratio(f.naive, 0.15)}`,
    `plan / physical floor = ${ratio(f.physical, 8)}`,
    `naive / physical      = ${byWall(f.naive, f.physical)} (wall)`,
    `peak RSS of plan      = ${mb(f.plan.maxRssKb)} MB   target < 300: ${f.plan.maxRssKb < 300 * 1024 ? 'met' : 'MISSED'}`
  ];
}

function shapeFromArgs(): RealisticShape {
  return {
    files: option('files', REALISTIC.files),
    clusters: option('clusters', REALISTIC.clusters),
    mirrorFiles: option('mirror-files', REALISTIC.mirrorFiles),
    sourcesPerFile: option('sources-per-file', REALISTIC.sourcesPerFile),
    crds: option('crds', REALISTIC.crds),
    seed: option('seed', REALISTIC.seed)
  };
}

function describe(repo: RealisticRepo, s: RealisticShape): string {
  return `${repo.files} files (${(repo.bytes / 1e6).toFixed(0)} MB), ${s.clusters} clusters, ${repo.sources} mirrored sources (${s.mirrorFiles} oc-mirror files x ${s.sourcesPerFile} per cluster), ${s.crds} CRD bundles of 1-4 MB`;
}

/** The scaling table's shapes: one dimension moves at a time. */
function scalingRows(): Array<[string, RealisticShape]> {
  const base: RealisticShape = { files: 4000, clusters: 3, mirrorFiles: 3, sourcesPerFile: 100, crds: 2, seed: 7 };
  return [
    ...[1000, 4000, 16000, 32000].map((files): [string, RealisticShape] => [
      `files ${files}`,
      { ...base, files, crds: Math.max(1, Math.round(files / 1000)) }
    ]),
    ...[10, 1000, 10000].map((n): [string, RealisticShape] => [
      `sources ${n} (1 IDMS)`,
      { ...base, files: 1000, clusters: 1, mirrorFiles: 1, sourcesPerFile: n, crds: 1 }
    ]),
    ...[1, 10, 50].map((clusters): [string, RealisticShape] => [
      `clusters ${clusters}`,
      { ...base, clusters, mirrorFiles: 2 }
    ])
  ];
}

// One folder per shape, kept: a second run measures without regenerating.
const scalingRepo = (label: string, shape: RealisticShape): RealisticRepo =>
  generateRealistic(join(work, 'scaling', label.replace(/[^a-z0-9]+/gi, '-')), shape);

/** The scaling table: plan is timed whole-process, median of `runs`. */
function scaling(cli: string, runs: number): string[] {
  const lines = [
    '| shape | files | MB | sources | plan wall ms | plan cpu ms | peak RSS MB | naive floor ms | physical floor ms |',
    '|---|---|---|---|---|---|---|---|---|'
  ];
  let idms: Measured | undefined;
  for (const [label, shape] of scalingRows()) {
    const repo = scalingRepo(label, shape);
    const f = measureRepo(repo, cli, runs);
    lines.push(
      `| ${label} | ${repo.files} | ${(repo.bytes / 1e6).toFixed(0)} | ${repo.sources} | ${ms(f.plan.wallMs)} | ${ms(f.plan.cpuMs)} | ${mb(f.plan.maxRssKb)} | ${ms(f.naive.wallMs)} | ${ms(f.physical.wallMs)} |`
    );
    process.stderr.write(`  scaling: ${label} done\n`);
    if (label === 'sources 10000 (1 IDMS)') idms = f.plan;
  }
  if (idms) {
    const verdict = (x: number): string => (x < 1500 ? 'met' : 'MISSED');
    lines.push(
      '',
      `a 10,000-source IDMS: ${ms(idms.wallMs)} ms wall (target < 1500: ${verdict(idms.wallMs)}), ${ms(idms.cpuMs)} ms CPU (${verdict(idms.cpuMs)})`
    );
  }
  return lines;
}

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

async function main(): Promise<void> {
  if (process.argv.includes('--check-pulls')) {
    checkPullsSection();
    return;
  }
  mkdirSync(work, { recursive: true });
  if (process.argv.includes('--generate-only')) {
    // Generates (or keeps) the realistic and scaling repositories and measures nothing.
    generateRealistic(join(work, 'realistic'), shapeFromArgs());
    for (const [label, shape] of scalingRows()) scalingRepo(label, shape);
    return;
  }
  const runs = option('runs', 3);
  const snapshot = snapshotBundle();
  const cli = join(snapshot, 'cli.mjs');
  const shape = shapeFromArgs();
  const t0 = performance.now();
  const repo = generateRealistic(join(work, 'realistic'), shape);
  const genS = ((performance.now() - t0) / 1000).toFixed(1);
  const prof = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${join(work, 'prof')}`] : [];
  const figures = measureRepo(repo, cli, runs, prof);
  const cold = await coldStart(snapshot, Math.max(runs, 5));
  const yamlVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'yaml', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const lines = [
    `registry-plan bench: realistic monorepo, ${describe(repo, shape)}`,
    `  the PR: oc-mirror adds one source to cluster-0, some image tags bump; generated in ${genS} s`,
    `  machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), node ${process.version}, yaml ${yamlVersion}; median of ${runs} whole processes each, the commands in turn; load average ${loadavg()[0]!.toFixed(1)}`,
    '',
    ...figureLines(figures),
    '',
    `cold start: registry-plan --help ${ms(cold.help.wallMs)} ms (target < 150: ${cold.help.wallMs < 150 ? 'met' : 'MISSED'}); action entry to first output ${ms(cold.action)} ms (target < 150: ${cold.action < 150 ? 'met' : 'MISSED'})`
  ];
  if (prof.length) lines.push(`CPU profiles: ${join(work, 'prof')}`);
  if (process.argv.includes('--scaling')) lines.push('', ...scaling(cli, Math.min(runs, 3)));
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
