/**
 * Reads what `ctr --debug content fetch-object --hosts-dir DIR REF` did. containerd's resolver logs
 * each manifest request (`msg="do request" … request.method=HEAD url=…/manifests/…`), each answer
 * (`msg="fetch response received" … response.status="404 Not Found"`), and moves on with
 * `msg="trying next host"` (with `error=` when no answer came). Blob probes (a digest reference's
 * fallback) are not endpoints of the route and are skipped. One pass, indexOf only: linear time.
 */
import { classifyError } from './classify.js';
import type { AttemptOutcome, PullAttempt } from './types.js';
import { linesOf } from './lines.js';

/** `http://h:p/v2/repo/manifests/x?ns=…` → `h:p/repo`, or undefined for anything but a manifest URL. */
export function manifestEndpoint(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const i = u.pathname.lastIndexOf('/manifests/');
  if (i === -1) return undefined;
  let repo = u.pathname.slice(0, i);
  if (repo.startsWith('/v2/')) repo = repo.slice(3);
  else if (repo === '/v2') repo = '';
  return u.host + repo;
}

/** The value of `key=` in a logrus text line: quoted (with \" escapes) or bare. */
export function field(line: string, key: string): string | undefined {
  const at = line.indexOf(` ${key}=`);
  if (at === -1) return undefined;
  const from = at + key.length + 2;
  if (line[from] !== '"') {
    const sp = line.indexOf(' ', from);
    return line.slice(from, sp === -1 ? line.length : sp);
  }
  let out = '';
  for (let i = from + 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      out += line[++i];
      continue;
    }
    if (c === '"') return out;
    out += c;
  }
  return out;
}

function outcomeOfStatus(status: number): { outcome: AttemptOutcome; detail?: string } {
  if (status >= 200 && status < 300) return { outcome: 'served' };
  if (status === 404) return { outcome: 'missing', detail: 'manifest unknown' };
  if (status === 401) return { outcome: 'denied', detail: 'authentication required or refused' };
  if (status === 403) return { outcome: 'denied', detail: 'access denied' };
  return { outcome: 'unreachable', detail: `HTTP status ${status}` };
}

export interface CtrTrace {
  attempts: PullAttempt[];
  from?: string;
}

export function parseCtrTrace(output: string, exitCode: number | null): CtrTrace {
  const attempts: PullAttempt[] = [];
  const byEndpoint = new Map<string, PullAttempt>();
  let open: PullAttempt | undefined;
  for (const line of linesOf(output)) {
    if (line.includes('msg="do request"')) {
      if (!line.includes('request.method=HEAD') && !line.includes('request.method=GET')) continue;
      const ep = manifestEndpoint(field(line, 'url') ?? '');
      if (ep === undefined) {
        open = undefined;
        continue;
      }
      open = byEndpoint.get(ep);
      if (!open) {
        open = { endpoint: ep, outcome: 'unreachable', detail: 'no answer' };
        byEndpoint.set(ep, open);
        attempts.push(open);
      }
    } else if (line.includes('msg="fetch response received"') && open) {
      const status = Number((field(line, 'response.status') ?? '').slice(0, 3));
      const o = outcomeOfStatus(status);
      open.outcome = o.outcome;
      if (o.detail) open.detail = o.detail;
      else delete open.detail;
    } else if (line.includes('msg="trying next host"') && open) {
      const err = field(line, 'error');
      if (err !== undefined) Object.assign(open, classifyError(err, open.endpoint));
      open = undefined;
    }
  }
  if (exitCode !== 0) {
    for (const a of attempts)
      if (a.outcome === 'served') Object.assign(a, { outcome: 'unreachable', detail: 'client failed' });
    return { attempts };
  }
  const served = [...attempts].reverse().find((a) => a.outcome === 'served');
  return { attempts, ...(served ? { from: served.endpoint } : {}) };
}
