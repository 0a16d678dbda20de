/**
 * `plan --check-pulls`: asks the registries whether they hold what the nodes will ask for, with the
 * real clients reading the rendered head files (docs/check-pulls.md). Linux references go through
 * `skopeo inspect --raw` (containers/image, the library CRI-O uses), Windows references through
 * `ctr content fetch-object --hosts-dir` (containerd's resolver, no daemon needed).
 *
 * One PullChecker serves a whole run: bounded parallelism, a timeout per client call and a total
 * budget, results cached per configuration and reference (a digest is immutable; a tag is asked once
 * per run), and hosts found unreachable remembered, so a mirror the runner cannot see costs one
 * timeout per worker and is reported once, not as hundreds of missing images.
 */
import { createHash } from 'node:crypto';
import type { NodeFile } from '../render/types.js';
import { parseCtrTrace } from './ctr-trace.js';
import { clientReference, hostOf, linuxRouteFactory, windowsRouteFactory, type Route } from './route.js';
import { clientEnv, runClient, type ClientRun } from './run-client.js';
import { parseSkopeoTrace } from './skopeo-trace.js';
import type { PullAttempt, PullCheck, PullCheckItem, PullCheckSummary } from './types.js';
import { createWorkspace, removeWorkspace, type Workspace } from './workspace.js';

export interface PullCheckOptions {
  /** A containers-auth.json (the cluster's pull secret, or a read-only robot's); passed to the client, never read. */
  authfile?: string;
  parallelism: number;
  requestTimeoutMs: number;
  budgetMs: number;
  /** A line every hundred checks on long runs. */
  progress?: (line: string) => void;
  skopeo?: string;
  ctr?: string;
  tmpRoot?: string;
}

export const DEFAULT_CHECK_OPTIONS: PullCheckOptions = { parallelism: 8, requestTimeoutMs: 30_000, budgetMs: 600_000 };

export const SKOPEO_MISSING =
  'skopeo is not installed, so no pull was checked: install the Debian/Ubuntu package "skopeo" (apt-get install skopeo); GitHub-hosted Ubuntu runners have it';
export const CTR_MISSING = 'Windows pulls were not checked: ctr (Debian/Ubuntu package "containerd") is not installed';

// Failures that say the host itself cannot be reached from here, whatever the reference.
const HOST_LEVEL = new Set([
  'connection refused',
  'host name does not resolve',
  'timed out',
  'network error',
  'TLS certificate not trusted',
  'TLS handshake failed',
  'plain-HTTP registry not marked insecure'
]);

export const checkKey = (os: 'linux' | 'windows', image: string): string => `${os}\0${image}`;

function fingerprint(files: NodeFile[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    h.update(`${f.node}\0${f.path}\0${f.content.length}\0${f.content}\0`);
  return h.digest('hex').slice(0, 16);
}

/** The reference's result from what each endpoint answered (docs/check-pulls.md, "Results"). */
export function decide(route: Route, attempts: PullAttempt[], from: string | undefined): Omit<PullCheck, 'by'> {
  const tried = attempts.map((a) => a.endpoint);
  const isMirror = (ep: string): boolean => route.endpoints.find((e) => e.endpoint === ep)?.mirror ?? true;
  const base = { tried, attempts, sourceAllowed: route.sourceAllowed };
  if (from !== undefined) return { ...base, result: 'served', from, fromMirror: isMirror(from) };
  const mirrors = attempts.filter((a) => isMirror(a.endpoint));
  const inconclusive = mirrors.find((a) => a.outcome === 'denied' || a.outcome === 'unreachable');
  if (inconclusive)
    return {
      ...base,
      result: inconclusive.outcome as 'denied' | 'unreachable',
      detail: `${inconclusive.endpoint}: ${inconclusive.detail ?? ''}`.trim()
    };
  if (mirrors.length > 0) return { ...base, result: 'missing', detail: 'no mirror holds it' };
  const primary = attempts[attempts.length - 1];
  if (primary) {
    const result = primary.outcome === 'served' ? 'missing' : primary.outcome;
    return { ...base, result, ...(primary.detail ? { detail: `${primary.endpoint}: ${primary.detail}` } : {}) };
  }
  return { ...base, result: 'missing', detail: 'no endpoint may be asked' };
}

export class PullChecker {
  private readonly cache = new Map<string, Promise<PullCheck>>();
  private readonly unreachable = new Map<string, { detail: string; references: number }>();
  private readonly started = Date.now();
  private readonly notChecked = new Set<string>();
  private clientRuns = 0;
  private cached = 0;
  private done = 0;
  private references = 0;
  private budgetExhausted = false;
  private available = new Map<string, Promise<boolean>>();

  constructor(private readonly opts: PullCheckOptions) {}

  /** Checks `items` against one side's rendered files; returns results keyed by checkKey. */
  async checkSide(files: NodeFile[], items: PullCheckItem[]): Promise<Map<string, PullCheck>> {
    const out = new Map<string, PullCheck>();
    const unique = [...new Map(items.map((i) => [checkKey(i.os, i.image), i])).values()];
    if (unique.length === 0) return out;
    const fp = fingerprint(files);
    const routes = { linux: linuxRouteFactory(files), windows: windowsRouteFactory(files) };
    let ws: Workspace | undefined;
    const workspace = (): Workspace => (ws ??= createWorkspace(files, fp, this.opts.tmpRoot));
    try {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < unique.length) {
          const item = unique[next++]!;
          const key = `${fp}\0${checkKey(item.os, item.image)}`;
          let p = this.cache.get(key);
          if (p) this.cached++;
          else {
            this.references++;
            p = this.checkOne(item, routes[item.os](item.image), workspace);
            this.cache.set(key, p);
          }
          out.set(checkKey(item.os, item.image), await p);
          if (++this.done % 100 === 0)
            this.opts.progress?.(
              `check-pulls: ${this.done} references checked (${((Date.now() - this.started) / 1000).toFixed(1)} s)`
            );
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(this.opts.parallelism, unique.length)) }, worker));
    } finally {
      if (ws) removeWorkspace(ws);
    }
    return out;
  }

  summary(): PullCheckSummary {
    return {
      references: this.references,
      clientRuns: this.clientRuns,
      cached: this.cached,
      elapsedMs: Date.now() - this.started,
      budgetExhausted: this.budgetExhausted,
      unreachable: [...this.unreachable]
        .map(([host, v]) => ({ host, ...v }))
        .sort((a, b) => (a.host < b.host ? -1 : 1)),
      notChecked: [...this.notChecked]
    };
  }

  private isAvailable(command: string, args: string[]): Promise<boolean> {
    let p = this.available.get(command);
    if (!p) {
      p = runClient(command, args, clientEnv({}), 10_000).then((r) => !r.notFound);
      this.available.set(command, p);
    }
    return p;
  }

  private async checkOne(item: PullCheckItem, route: Route, workspace: () => Workspace): Promise<PullCheck> {
    const by = route.byDigest ? 'digest' : 'tag';
    const planned = route.endpoints.filter((e) => !e.blocked).map((e) => e.endpoint);
    const notChecked = (detail: string): PullCheck => ({ result: 'not-checked', tried: [], by, detail });
    if (route.error !== undefined) return notChecked('the plan cannot route this reference');
    const linux = item.os === 'linux';
    const command = linux ? (this.opts.skopeo ?? 'skopeo') : (this.opts.ctr ?? 'ctr');
    if (!(await this.isAvailable(command, linux ? ['--version'] : ['--version']))) {
      this.notChecked.add(linux ? SKOPEO_MISSING : CTR_MISSING);
      return notChecked(linux ? 'skopeo is not installed' : 'ctr is not installed');
    }
    if (Date.now() - this.started > this.opts.budgetMs) {
      this.budgetExhausted = true;
      this.notChecked.add(`the total time budget (${Math.round(this.opts.budgetMs / 1000)} s) ran out`);
      return notChecked('time budget exhausted');
    }
    // Every endpoint sits on a host already found unreachable: asking again only costs a timeout.
    const hosts = [...new Set(planned.map(hostOf))];
    if (hosts.length > 0 && hosts.every((h) => this.unreachable.has(h))) {
      for (const h of hosts) this.unreachable.get(h)!.references++;
      const attempts = planned.map((ep) => ({
        endpoint: ep,
        outcome: 'unreachable' as const,
        detail: this.unreachable.get(hostOf(ep))!.detail
      }));
      return {
        by,
        ...decide(route, attempts, undefined),
        detail: 'unreachable from this runner (reported once per host)'
      };
    }
    let ref: string;
    try {
      ref = clientReference(item.os, item.image);
    } catch {
      return notChecked('the plan cannot route this reference');
    }
    const ws = workspace();
    this.clientRuns++;
    const run = linux ? await this.runSkopeo(ws, ref) : await this.runCtr(ws, ref);
    const trace = linux ? parseSkopeoTrace(run.output, run.exitCode) : parseCtrTrace(run.output, run.exitCode);
    if (run.timedOut && trace.attempts.length === 0)
      return {
        by,
        ...decide(
          route,
          planned.slice(0, 1).map((ep) => ({ endpoint: ep, outcome: 'unreachable' as const, detail: 'timed out' })),
          undefined
        )
      };
    for (const a of trace.attempts) {
      if (a.outcome !== 'unreachable' || !HOST_LEVEL.has(a.detail ?? '')) continue;
      const u = this.unreachable.get(hostOf(a.endpoint));
      if (u) u.references++;
      else this.unreachable.set(hostOf(a.endpoint), { detail: a.detail!, references: 1 });
    }
    const result: PullCheck = { by, ...decide(route, trace.attempts, trace.from) };
    const fatal = linux ? (trace as ReturnType<typeof parseSkopeoTrace>).fatal : undefined;
    if (trace.attempts.length === 0 && fatal) return { ...result, result: fatal.outcome, detail: fatal.detail };
    return result;
  }

  private runSkopeo(ws: Workspace, image: string): Promise<ClientRun> {
    const args = ['--debug', 'inspect', '--raw', '--retry-times', '0'];
    if (this.opts.authfile) args.push('--authfile', this.opts.authfile);
    else args.push('--no-creds');
    args.push(`docker://${image}`);
    const env = clientEnv({ HOME: ws.home, XDG_RUNTIME_DIR: ws.runtimeDir, _CONTAINERS_ROOTLESS_UID: '65534' });
    return runClient(this.opts.skopeo ?? 'skopeo', args, env, this.opts.requestTimeoutMs);
  }

  private runCtr(ws: Workspace, image: string): Promise<ClientRun> {
    const args = ['--debug', 'content', 'fetch-object'];
    if (ws.hostsDir) args.push('--hosts-dir', ws.hostsDir);
    if (ws.caBundle) args.push('--tlscacert', ws.caBundle);
    args.push('--', image);
    const env = clientEnv({ HOME: ws.home, XDG_RUNTIME_DIR: ws.runtimeDir });
    return runClient(this.opts.ctr ?? 'ctr', args, env, this.opts.requestTimeoutMs, 4 << 20);
  }
}
