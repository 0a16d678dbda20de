/**
 * A pull request that edits the configuration edits its own gate. The trusted configuration is the base
 * commit's; the head's is compared with it, and each change that loosens the gate is reported so that a
 * PR cannot pass itself by setting `failOn: never`, excluding the file it breaks, waiving its own
 * finding or raising a limit.
 */
import type { ConfigFile } from './config-file.js';
import type { SeverityOverride } from './policy-section.js';

export interface GateLoosening {
  /** Dotted key in the head configuration ("failOn", "exclude", "waivers.2", ...). */
  key: string;
  message: string;
}

const FAIL_ON_STRICTNESS: Record<string, number> = { warning: 2, error: 1, never: 0 };
const SEVERITY_RANK: Record<SeverityOverride, number> = { error: 3, warning: 2, notice: 1, off: 0 };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const list = (v: string[] | undefined): string[] => v ?? [];

function severities(base: ConfigFile['policy'], head: ConfigFile['policy'], at: string): GateLoosening[] {
  const out: GateLoosening[] = [];
  const b = base?.severities ?? {};
  for (const [rule, sev] of Object.entries(head?.severities ?? {})) {
    const before = b[rule];
    if (before === undefined || SEVERITY_RANK[sev] < SEVERITY_RANK[before]) {
      out.push({
        key: `${at}.severities.${rule}`,
        message: `severity of ${rule} ${before === undefined ? 'set' : `lowered from ${before}`} to ${sev}`
      });
    }
  }
  return out;
}

/** Every other policy key: any value the head changes or removes may let more through. */
function policyKeys(base: ConfigFile['policy'], head: ConfigFile['policy'], at: string): GateLoosening[] {
  const out: GateLoosening[] = [];
  const b = (base ?? {}) as Record<string, unknown>;
  const h = (head ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (key === 'severities' || same(b[key], h[key])) continue;
    if (b[key] === undefined) continue; // a new rule only adds checks
    out.push({ key: `${at}.${key}`, message: `${at}.${key} changed or removed` });
  }
  return out;
}

/**
 * The changes from the base configuration to the head's that loosen the gate: failOn, paths and
 * excludes, waivers, severities and other policy, limits, clusters. Pure; order follows the keys.
 */
export function gateLoosenings(base: ConfigFile, head: ConfigFile): GateLoosening[] {
  const out: GateLoosening[] = [];
  const bf = base.failOn ?? 'error';
  const hf = head.failOn ?? 'error';
  if (FAIL_ON_STRICTNESS[hf]! < FAIL_ON_STRICTNESS[bf]!) {
    out.push({ key: 'failOn', message: `failOn lowered from ${bf} to ${hf}` });
  }
  const newExcludes = list(head.exclude).filter((g) => !list(base.exclude).includes(g));
  if (newExcludes.length) out.push({ key: 'exclude', message: `exclude adds ${newExcludes.join(', ')}` });
  if (!same(list(base.paths), list(head.paths))) out.push({ key: 'paths', message: 'paths changed' });
  (head.waivers ?? []).forEach((w, i) => {
    if (!(base.waivers ?? []).some((b) => same(b, w))) {
      out.push({ key: `waivers.${i}`, message: `new or changed waiver for ${w.rule}` });
    }
  });
  out.push(...severities(base.policy, head.policy, 'policy'), ...policyKeys(base.policy, head.policy, 'policy'));
  const bl = (base.limits ?? {}) as Record<string, number>;
  for (const [k, v] of Object.entries((head.limits ?? {}) as Record<string, number>)) {
    if (bl[k] === undefined || v > bl[k]) out.push({ key: `limits.${k}`, message: `limits.${k} raised to ${v}` });
  }
  const headClusters = new Map((head.clusters ?? []).map((c, i) => [c.name, { c, i }]));
  for (const b of base.clusters ?? []) {
    const h = headClusters.get(b.name);
    if (!h) {
      out.push({ key: 'clusters', message: `cluster ${b.name} removed` });
      continue;
    }
    const at = `clusters.${h.i}`;
    if (!same(b.paths, h.c.paths) || b.kustomize !== h.c.kustomize) {
      out.push({ key: at, message: `cluster ${b.name}: what it scans changed` });
    }
    out.push(...severities(b.policy, h.c.policy, `${at}.policy`), ...policyKeys(b.policy, h.c.policy, `${at}.policy`));
  }
  return out;
}
