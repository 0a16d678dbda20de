/**
 * Runs a client (skopeo, ctr) as a child process: no shell, a clean environment, stdin closed, a
 * timeout after which the child (and only it, by its pid) is killed, and at most `maxOutput` bytes of
 * its output kept (the debug traces of a long mirror list stay far below it).
 */
import { spawn } from 'node:child_process';

export interface ClientRun {
  /** null when killed at the timeout or not started. */
  exitCode: number | null;
  output: string;
  timedOut: boolean;
  /** The command is not installed (ENOENT). */
  notFound: boolean;
}

const MAX_OUTPUT = 4 << 20;

export function runClient(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  maxOutput = MAX_OUTPUT
): Promise<ClientRun> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    } catch {
      resolve({ exitCode: null, output: '', timedOut: false, notFound: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (b: Buffer): void => {
      if (size >= maxOutput) return;
      chunks.push(b.subarray(0, maxOutput - size));
      size += b.length;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    let notFound = false;
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') notFound = true;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: timedOut || notFound ? null : code,
        output: Buffer.concat(chunks).toString('utf8'),
        timedOut,
        notFound
      });
    });
  });
}

/** Proxy and trust settings a self-hosted runner may need; nothing else of the caller's environment. */
const PASS_THROUGH = [
  'PATH',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR'
];

export function clientEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LANG: 'C', LC_ALL: 'C' };
  for (const k of PASS_THROUGH) if (process.env[k] !== undefined) env[k] = process.env[k];
  env['PATH'] ??= '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  return { ...env, ...extra };
}
