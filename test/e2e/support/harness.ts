/**
 * Drives the loopback registry harness in test/e2e/harness: CNCF distribution registries on 127.0.0.1,
 * a private containerd, and tools/check.mjs, which runs skopeo/ctr per expectation and reports what the
 * clients tried and which registry served the manifest.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'harness');

/** name:port:tls, as tools/common.sh reads it. */
export const HARNESS_REGISTRIES = 'source:5001:0 mirror:5002:0 other:5003:0 mirrortls:5443:1';

export interface LoopbackRegistry {
  name: string;
  hostport: string;
  tls: boolean;
}

export const LOOPBACK_REGISTRIES: LoopbackRegistry[] = HARNESS_REGISTRIES.split(' ').map((s) => {
  const [name, port, tls] = s.split(':') as [string, string, string];
  return { name, hostport: `127.0.0.1:${port}`, tls: tls === '1' };
});

/** Each command the harness runs, with the Debian package that ships it (install-deps.sh installs them). */
const COMMANDS: Record<string, string> = {
  'docker-registry': 'docker-registry',
  skopeo: 'skopeo',
  ctr: 'containerd',
  containerd: 'containerd',
  openssl: 'openssl',
  curl: 'curl',
  unshare: 'util-linux',
  timeout: 'coreutils',
  bash: 'bash'
};

/**
 * Why the suite cannot run here, or null. Client isolation (a private mount namespace that maps every
 * registry hostname to 127.0.0.1) needs root; without it a fallback would reach the real registries.
 */
export function missingPrerequisites(): string | null {
  const missing = Object.keys(COMMANDS).filter(
    (c) => spawnSync('bash', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status !== 0
  );
  const problems: string[] = [];
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((c) => COMMANDS[c]!))];
    problems.push(
      `missing Debian packages: ${packages.join(', ')} (commands not found: ${missing.join(', ')}); ` +
        `install with: sudo bash test/e2e/harness/install-deps.sh, or sudo apt-get install -y ${packages.join(' ')}`
    );
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    problems.push('not running as root (unshare/mount for client isolation)');
  if (process.platform !== 'linux') problems.push(`platform ${process.platform} is not linux`);
  return problems.length > 0 ? problems.join('; ') : null;
}

/**
 * The registries listen on fixed loopback ports (the cases name them), so two runs on one machine (two
 * `npm test` in parallel) would collide. A lock directory serialises them: a second run waits.
 */
const LOCK = path.join(os.tmpdir(), 'registry-plan-e2e.lock');

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function acquireRunLock(timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'owner'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner = 0;
    try {
      owner = Number(fs.readFileSync(path.join(LOCK, 'owner'), 'utf8'));
    } catch {
      // the owner is between mkdir and writing its pid
    }
    if (owner > 0 && !pidAlive(owner)) {
      fs.rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another e2e run (pid ${owner || '?'}) still holds ${LOCK}`);
    sleepMs(500);
  }
}

export function releaseRunLock(): void {
  try {
    if (Number(fs.readFileSync(path.join(LOCK, 'owner'), 'utf8')) === process.pid)
      fs.rmSync(LOCK, { recursive: true, force: true });
  } catch {
    // not ours, or already gone
  }
}

export interface Harness {
  state: string;
  env: NodeJS.ProcessEnv;
  /** DIGEST, DIGEST_B, CA, ... from seed.sh. */
  vars: Record<string, string>;
}

function script(h: { env: NodeJS.ProcessEnv }, name: string, args: string[] = [], timeoutMs = 60_000): string {
  const r = spawnSync('bash', [path.join(HARNESS_DIR, name), ...args], {
    env: h.env,
    encoding: 'utf8',
    timeout: timeoutMs
  });
  if (r.status !== 0) {
    throw new Error(`${name} ${args.join(' ')} failed (status ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  }
  return r.stdout + r.stderr;
}

export function harnessEnv(state: string, registries = HARNESS_REGISTRIES): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: process.env.HOME ?? '/root',
    HARNESS_STATE: state,
    HARNESS_REGISTRIES: registries
  };
}

/** The registries plus `auth`, a plain-HTTP mirror on 5004 that needs the account in harness/auth/. */
export const HARNESS_REGISTRIES_WITH_AUTH = `${HARNESS_REGISTRIES} auth:5004:0:auth`;
export const HARNESS_AUTH = { user: 'rp-e2e', password: 'rp-e2e-pass-5004' };

/**
 * Starts registries (and containerd, unless `containerd: false`) under `state`, and seeds image A under
 * `extraSeeds` as well.
 */
export function startHarness(
  state: string,
  extraSeeds: string[],
  opts: { registries?: string; containerd?: boolean } = {}
): Harness {
  const h = { state, env: harnessEnv(state, opts.registries), vars: {} as Record<string, string> };
  script(h, 'registry-up.sh');
  script(h, 'seed.sh', extraSeeds);
  if (opts.containerd !== false) script(h, 'containerd-up.sh');
  for (const line of fs.readFileSync(path.join(state, 'seed.env'), 'utf8').split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) h.vars[m[1]!] = m[2]!;
  }
  return h;
}

interface Recorded {
  pid: number;
  marker: string;
}

function recordedProcesses(state: string): Recorded[] {
  const file = path.join(state, 'pids');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 4)
    .map((f) => ({ pid: Number(f[2]), marker: f.slice(3).join(' ') }));
}

/** Same test as tools/common.sh pid_alive: the PID runs a command line that still names our config. */
function alive(p: Recorded): boolean {
  try {
    return fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(p.marker);
  } catch {
    return false;
  }
}

/** Stops what the harness recorded and returns the PIDs still running afterwards (should be none). */
export function stopHarness(state: string): number[] {
  const recorded = recordedProcesses(state);
  if (recorded.length === 0) return [];
  spawnSync('bash', [path.join(HARNESS_DIR, 'registry-down.sh')], {
    env: harnessEnv(state),
    encoding: 'utf8',
    timeout: 60_000
  });
  return recorded.filter(alive).map((p) => p.pid);
}

export interface Request {
  registry: string;
  method: string;
  uri: string;
  status: number;
  endpoint: string;
}

export interface Warning {
  kind: string;
  text: string;
  keys?: string[];
}

export interface CheckResult {
  name: string;
  client: 'skopeo' | 'ctr';
  image: string;
  ok: boolean;
  problems: string[];
  tried: string[];
  via: string | null;
  rc: number | null;
  error: string;
  warnings: Warning[];
  requests: Request[];
}

/** One client run, as a failing expectation prints it: the image, the problems, the endpoints tried. */
export function describeResult(r: CheckResult): string {
  return [
    `${r.client} ${r.image}`,
    ...r.problems.map((p) => `  - ${p}`),
    `  tried: ${r.tried.join(' -> ') || '(none)'}`,
    r.rc === 0 ? `  pulled via ${r.via ?? '?'}` : `  error: ${r.error.split('\n')[0]}`
  ].join('\n');
}

export interface CheckReport {
  isolation: string;
  configDir: string;
  logDir: string;
  results: CheckResult[];
  stdout: string;
}

/** Runs every expectation against `configDir` with the real clients (sequentially: log offsets are shared). */
export function runCheck(
  h: Harness,
  configDir: string,
  expectations: object[],
  vars: Record<string, string>,
  label: string
): CheckReport {
  const work = path.join(h.state, 'checks', label);
  fs.mkdirSync(work, { recursive: true });
  const expFile = path.join(work, 'expectations.json');
  const jsonFile = path.join(work, 'results.json');
  fs.writeFileSync(expFile, JSON.stringify({ vars, expectations }, null, 2));
  const r = spawnSync(
    'node',
    [
      path.join(HARNESS_DIR, 'tools', 'check.mjs'),
      '--logs',
      path.join(work, 'logs'),
      '--json',
      jsonFile,
      configDir,
      expFile
    ],
    {
      env: { ...h.env, HARNESS_CTR_SOCK: path.join(h.state, 'containerd', 'containerd.sock') },
      encoding: 'utf8',
      timeout: 300_000
    }
  );
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`check.mjs failed (status ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Omit<CheckReport, 'stdout'>;
  if (report.isolation !== 'on')
    throw new Error(`client isolation is ${report.isolation}; refusing results that may have used the network`);
  return { ...report, stdout: r.stdout };
}
