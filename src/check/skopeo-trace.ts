/**
 * Reads what `skopeo --debug inspect --raw` did. containers/image logs, per pull source, in order:
 *   msg="Trying to access \"<reference>\""
 *   msg="Accessing \"<reference>\" failed: <error>"     (only when that source failed)
 * and the first source that does not fail serves the manifest (c/image's newImageSource fetches the
 * manifest inside each attempt). A source refused as blocked (NeverContactSource) is logged as a failed
 * attempt although nothing was sent: it is left out. A blocked registry or a broken configuration ends with a
 * `level=fatal` line and no attempt. One pass over the lines, each searched with indexOf: linear time.
 */
import { classifyError } from './classify.js';
import type { PullAttempt } from './types.js';
import { linesOf } from './lines.js';

const TRYING = 'msg="Trying to access \\"';
const ACCESSING = 'msg="Accessing \\"';
const FAILED = '\\" failed: ';
const FATAL = 'level=fatal msg="';

/** `host/repo@sha256:…` or `host/repo:tag` → `host/repo`. */
export function endpointOf(reference: string): string {
  const at = reference.indexOf('@');
  const name = at === -1 ? reference : reference.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return colon > slash ? name.slice(0, colon) : name;
}

export interface SkopeoTrace {
  attempts: PullAttempt[];
  /** The endpoint that served, when the client exited 0. */
  from?: string;
  /** The fatal error, classified; set when the client failed before or after its attempts. */
  fatal?: { outcome: PullAttempt['outcome']; detail: string; blocked: boolean };
}

export function parseSkopeoTrace(output: string, exitCode: number | null): SkopeoTrace {
  const attempts: PullAttempt[] = [];
  let open: { reference: string; endpoint: string } | undefined;
  let fatal: SkopeoTrace['fatal'];
  for (const line of linesOf(output)) {
    const t = line.indexOf(TRYING);
    if (t !== -1) {
      const from = t + TRYING.length;
      const close = line.indexOf('\\"', from);
      if (close === -1) continue;
      const reference = line.slice(from, close);
      open = { reference, endpoint: endpointOf(reference) };
      continue;
    }
    const a = line.indexOf(ACCESSING);
    if (a !== -1 && open) {
      const f = line.indexOf(FAILED, a + ACCESSING.length);
      if (f === -1) continue;
      const error = line.slice(f + FAILED.length);
      // A blocked entry is refused before any request: not an endpoint that was asked.
      if (!error.includes(' is blocked in '))
        attempts.push({ endpoint: open.endpoint, ...classifyError(error, open.reference, open.endpoint) });
      open = undefined;
      continue;
    }
    const k = line.indexOf(FATAL);
    if (k !== -1) {
      const text = line.slice(k + FATAL.length);
      const blocked = text.includes(' is blocked in ');
      fatal = blocked
        ? { outcome: 'missing', detail: 'registry blocked', blocked }
        : { ...classifyError(text), blocked };
    }
  }
  if (open) {
    // The last source tried neither failed nor was followed by another: it served, unless the client
    // did not finish (killed at the timeout) or failed afterwards.
    if (exitCode === 0) {
      attempts.push({ endpoint: open.endpoint, outcome: 'served' });
      return { attempts, from: open.endpoint };
    }
    attempts.push({
      endpoint: open.endpoint,
      outcome: 'unreachable',
      detail: exitCode === null ? 'timed out' : (fatal?.detail ?? 'client failed')
    });
  }
  return { attempts, ...(fatal ? { fatal } : {}) };
}
