/**
 * The plain-words lines for signature-policy changes: which scopes now require (or no longer
 * require) signatures, cluster-wide in policy.json or for one namespace in /etc/crio/policies, and on
 * which pools. Read from the rendered files, so the payload's own policy shows like any other.
 */
import { POLICY_JSON } from '../model/node-paths.js';
import type { NodeFile } from '../render/types.js';

const CRIO_POLICY = /^\/etc\/crio\/policies\/([^/]+)\.json$/;

interface Requirement {
  type?: string;
  keyData?: string;
  fulcio?: unknown;
  pki?: unknown;
}

/** scope → a fingerprint of its sigstoreSigned requirements ("" = none). */
function signedScopes(content: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (content === undefined) return out;
  try {
    const p = JSON.parse(content) as { transports?: { docker?: Record<string, Requirement[]> } };
    for (const [scope, reqs] of Object.entries(p.transports?.docker ?? {})) {
      const signed = reqs.filter((r) => r.type === 'sigstoreSigned');
      if (signed.length) out.set(scope, JSON.stringify(signed));
    }
  } catch {
    // An unreadable file has no scopes; the file diff still shows it.
  }
  return out;
}

function files(list: readonly NodeFile[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of list) {
    if (f.node !== 'linux') continue;
    if (f.path === POLICY_JSON) m.set('', f.content);
    const ns = CRIO_POLICY.exec(f.path)?.[1];
    if (ns !== undefined) m.set(ns, f.content);
  }
  return m;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lines keyed by scope, e.g. "signature policy for quay.io/x now required on pools master, worker". */
export function signaturePolicyChanges(
  before: readonly NodeFile[],
  after: readonly NodeFile[],
  pools: readonly string[]
): { source: string; line: string }[] {
  const where = pools.length ? ` on pools ${[...pools].sort(cmp).join(', ')}` : '';
  const b = files(before);
  const a = files(after);
  const out: { source: string; line: string }[] = [];
  for (const key of [...new Set([...b.keys(), ...a.keys()])].sort(cmp)) {
    const o = signedScopes(b.get(key));
    const n = signedScopes(a.get(key));
    const scope = key === '' ? '' : ` for namespace ${key}`;
    for (const s of [...new Set([...o.keys(), ...n.keys()])].sort(cmp)) {
      // A namespace file repeats the cluster scopes; report those once, from policy.json.
      if (key !== '' && (signedScopes(a.get('')).has(s) || signedScopes(b.get('')).has(s))) continue;
      const was = o.get(s);
      const now = n.get(s);
      if (was === now) continue;
      const line =
        was === undefined
          ? `signature policy for ${s} now required${scope}${where}`
          : now === undefined
            ? `signature policy for ${s} no longer required${scope}${where}`
            : `signature policy for ${s} changed (keys or identity)${scope}${where}`;
      out.push({ source: s, line });
    }
  }
  return out;
}
