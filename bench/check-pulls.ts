import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench -- --check-pulls` (run.ts starts this file under `flock /tmp/rp-e2e.lock`): the time
 * `registry-plan plan --check-pulls` takes for N workload references (default 500) against the loopback
 * registries of the e2e harness. 80% of the references are on the mirror (served), 20% are not
 * (missing, NeverContactSource), all by digest, each in its own repository, so every reference is one
 * real `skopeo inspect --raw`. Times the whole process (node start, Git, render, checks) against the
 * same plan without the check, and prints the checker's own summary.
 *
 * Options: --refs N --parallelism N
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const harness = join(root, 'test', 'e2e', 'harness');
// seed.sh needs the four registries of the e2e harness
const REGISTRIES = 'source:5001:0 mirror:5002:0 other:5003:0 mirrortls:5443:1';
const MIRROR = '127.0.0.1:5002';
const SOURCE = '127.0.0.1:5001';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): string {
  const r = spawnSync(cmd, args, { env, cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Copies image A (seeded by seed.sh) into `repo` by cross-repository mounts and a manifest PUT. */
async function copyInto(
  repo: string,
  from: string,
  manifest: Buffer,
  mediaType: string,
  blobs: string[]
): Promise<void> {
  for (const b of blobs) {
    const r = await fetch(`http://${MIRROR}/v2/${repo}/blobs/uploads/?mount=${b}&from=${from}`, { method: 'POST' });
    if (r.status !== 201) throw new Error(`mount ${b} into ${repo}: HTTP ${r.status}`);
  }
  const r = await fetch(`http://${MIRROR}/v2/${repo}/manifests/bench`, {
    method: 'PUT',
    headers: { 'content-type': mediaType },
    body: new Uint8Array(manifest)
  });
  if (r.status !== 201) throw new Error(`manifest into ${repo}: HTTP ${r.status}`);
}

function git(dir: string, ...args: string[]): string {
  return run(
    'git',
    args,
    {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com'
    },
    dir
  ).trim();
}

function writeRepo(dir: string, refs: string[]): { base: string; head: string } {
  mkdirSync(join(dir, 'apps'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(
    join(dir, 'image.yaml'),
    `apiVersion: config.openshift.io/v1\nkind: Image\nmetadata:\n  name: cluster\nspec:\n  registrySources:\n    insecureRegistries:\n      - ${SOURCE}\n      - ${MIRROR}\n`
  );
  for (let i = 0; i < refs.length; i += 5) {
    const containers = refs
      .slice(i, i + 5)
      .map((image, j) => `        - name: c${j}\n          image: ${image}\n`)
      .join('');
    writeFileSync(
      join(dir, 'apps', `app-${i / 5}.yaml`),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i / 5}\n  namespace: bench\nspec:\n  selector:\n    matchLabels: {app: a${i / 5}}\n  template:\n    metadata:\n      labels: {app: a${i / 5}}\n    spec:\n      containers:\n${containers}`
    );
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  // The PR: every reference of the source now comes from the mirror, and never from the source.
  writeFileSync(
    join(dir, 'idms.yaml'),
    `apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata:\n  name: bench\nspec:\n  imageDigestMirrors:\n    - source: ${SOURCE}/bench\n      mirrors: [${MIRROR}/mirror/bench]\n      mirrorSourcePolicy: NeverContactSource\n`
  );
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'head');
  return { base, head: git(dir, 'rev-parse', 'HEAD') };
}

interface Timed {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function timedPlan(args: string[], cwd: string): Timed {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'registry-plan.js'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function main(): Promise<void> {
  const n = option('refs', 500);
  const parallelism = option('parallelism', 8);
  const state = mkdtempSync(join(tmpdir(), 'registry-plan-bench-check-'));
  const env = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    HARNESS_STATE: state,
    HARNESS_REGISTRIES: REGISTRIES
  };
  try {
    run('bash', [join(harness, 'registry-up.sh')], env);
    run('bash', [join(harness, 'seed.sh')], env);
    const seed = Object.fromEntries(
      readFileSync(join(state, 'seed.env'), 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    );
    const digest = seed['DIGEST']!;
    const from = 'mirror/oss/kubernetes/pause';
    const accept = 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json';
    const res = await fetch(`http://${MIRROR}/v2/${from}/manifests/${digest}`, { headers: { accept } });
    const manifest = Buffer.from(await res.arrayBuffer());
    const parsed = JSON.parse(manifest.toString('utf8')) as {
      config: { digest: string };
      layers: { digest: string }[];
    };
    const blobs = [parsed.config.digest, ...parsed.layers.map((l) => l.digest)];
    const mediaType = res.headers.get('content-type') ?? 'application/vnd.oci.image.manifest.v1+json';
    const t0 = performance.now();
    const refs: string[] = [];
    for (let i = 0; i < n; i++) {
      const name = `app-${String(i).padStart(4, '0')}`;
      if (i % 5 !== 4) await copyInto(`mirror/bench/${name}`, from, manifest, mediaType, blobs);
      refs.push(`${SOURCE}/bench/${name}@${digest}`);
    }
    const seedMs = performance.now() - t0;
    const repo = join(state, 'repo');
    const { base, head } = writeRepo(repo, refs);
    const common = ['plan', '--repo', repo, '--base', base, '--head', head, '--format', 'json'];
    const plain = timedPlan(common, repo);
    const checked = timedPlan([...common, '--check-pulls', '--check-parallelism', String(parallelism)], repo);
    if (checked.status !== 0 && checked.status !== 4)
      throw new Error(`plan --check-pulls exited ${checked.status}: ${checked.stderr}`);
    const report = JSON.parse(checked.stdout) as {
      workloads?: Array<{ check?: { result: string } }>;
      checkPulls?: { clientRuns: number; references: number; elapsedMs: number };
    };
    const counts = new Map<string, number>();
    for (const w of report.workloads ?? [])
      if (w.check) counts.set(w.check.result, (counts.get(w.check.result) ?? 0) + 1);
    const byResult = [...counts].map(([k, v]) => `${v} ${k}`).join(', ');
    process.stdout.write(
      [
        `check-pulls bench: ${n} references by digest (${n - Math.floor(n / 5)} on the mirror, ${Math.floor(n / 5)} not), loopback registries, parallelism ${parallelism}; ${cpus().length} cores, node ${process.version}`,
        `  seeded in ${(seedMs / 1000).toFixed(1)} s; load average ${loadavg()[0]!.toFixed(1)}`,
        `  plan without the check:         ${plain.ms.toFixed(0).padStart(7)} ms (whole process, exit ${plain.status})`,
        `  plan --check-pulls:             ${checked.ms.toFixed(0).padStart(7)} ms (whole process, exit ${checked.status})`,
        `  of which checking:              ${(report.checkPulls?.elapsedMs ?? NaN).toFixed(0).padStart(7)} ms, ${report.checkPulls?.clientRuns ?? '?'} skopeo runs (${((report.checkPulls?.elapsedMs ?? NaN) / n).toFixed(1)} ms per reference); results: ${byResult}`,
        ''
      ].join('\n')
    );
  } finally {
    spawnSync('bash', [join(harness, 'registry-down.sh')], { env, encoding: 'utf8' });
    rmSync(state, { recursive: true, force: true });
  }
}

await main();
