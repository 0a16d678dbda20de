/**
 * The `policy:` and `waivers:` sections of the configuration file: their types, how a cluster's own
 * `policy` merges over the file's, and the checks the JSON Schema cannot express (known rule ids, real
 * calendar dates, a waiver that names what it covers).
 */
import type { Severity } from '../model/types.js';
import { isValidSource } from '../render/linux/scopes.js';
import { RULES_BY_ID } from '../model/rule-catalog.js';

export type SeverityOverride = Severity | 'off';

/** `true` (always), `false` (never), or only when the change touches files under `paths`. */
export type SwitchLimit = boolean | { paths: string[] };
/** A number (always), or `{value, paths}` (only when the change touches files under `paths`). */
export type NumberLimit = number | { value: number; paths: string[] };

export interface DisruptionLimits {
  noReboot?: SwitchLimit;
  noDrain?: SwitchLimit;
  maxRolloutMinutes?: NumberLimit;
  maxRebootedNodes?: NumberLimit;
}

/** The team's rules. Every key is optional; an empty policy leaves only the built-in rules. */
export interface PolicyConfig {
  /** Globs over mirror hosts (host[:port]); a mirror on any other host is a finding. */
  allowedMirrorHosts?: string[];
  /** Globs over hosts no mirror, allowed, insecure or search registry may name. */
  forbiddenHosts?: string[];
  /** Mirror scopes known to carry the sigstore signatures of what they mirror (signature-mirror-unsigned). */
  signedMirrors?: string[];
  /** Registry scopes that must only be pulled through mirrors (every entry for them NeverContactSource). */
  requireNeverContactSource?: string[];
  noInsecureRegistries?: boolean;
  noITMS?: boolean;
  noICSP?: boolean;
  /** Every workload whose pull route changes must stay pullable, even one that was broken before. */
  workloadsMustStayPullable?: boolean;
  /** Waivers by object annotation (registry-plan.io/waive); default true. */
  allowAnnotationWaivers?: boolean;
  disruption?: DisruptionLimits;
  severities?: Record<string, SeverityOverride>;
}

/** A waiver as written in the configuration file. */
export interface WaiverConfig {
  rule: string;
  /** kind/name of the object (a glob: `ImageDigestMirrorSet/vendor-*`). */
  object?: string;
  /** Glob over the repository path of the finding's file. */
  path?: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD; the waiver holds through that day. */
  expires: string;
  /** Only for this cluster of `clusters`. */
  cluster?: string;
}

/** A waiver with the place it was declared, so an expired one can be reported there. */
export interface Waiver extends WaiverConfig {
  file: string;
  line: number;
  origin: 'config' | 'annotation';
}

export const POLICY_KEYS = [
  'allowedMirrorHosts',
  'forbiddenHosts',
  'signedMirrors',
  'requireNeverContactSource',
  'noInsecureRegistries',
  'noITMS',
  'noICSP',
  'workloadsMustStayPullable',
  'allowAnnotationWaivers',
  'disruption',
  'severities'
] as const;

/** A cluster's policy over the file's: scalar and list keys replace, `severities` and `disruption` merge by key. */
export function mergePolicy(base: PolicyConfig, over: PolicyConfig | undefined): PolicyConfig {
  if (!over) return base;
  const out: PolicyConfig = { ...base, ...over };
  if (base.severities || over.severities) out.severities = { ...base.severities, ...over.severities };
  if (base.disruption || over.disruption) out.disruption = { ...base.disruption, ...over.disruption };
  return out;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const OBJECT = /^[A-Za-z][A-Za-z0-9]*\/[^/\s]+$/;

export interface ConfigProblem {
  /** Path inside the configuration document, for its line. */
  path: (string | number)[];
  message: string;
}

export function checkRuleId(
  rule: string,
  path: (string | number)[],
  use: 'severity' | 'waiver'
): ConfigProblem | undefined {
  const info = RULES_BY_ID.get(rule);
  if (!info) return { path, message: `unknown rule id "${rule}" (the rules are listed in docs/rules.md)` };
  if (use === 'severity' && !info.overridable)
    return { path, message: `rule "${rule}" cannot be overridden: ${info.fixed}` };
  if (use === 'waiver' && !info.waivable) return { path, message: `rule "${rule}" cannot be waived: ${info.fixed}` };
  return undefined;
}

function checkPolicy(p: PolicyConfig | undefined, at: (string | number)[]): ConfigProblem[] {
  if (!p) return [];
  const out: ConfigProblem[] = [];
  for (const id of Object.keys(p.severities ?? {})) {
    const problem = checkRuleId(id, [...at, 'severities', id], 'severity');
    if (problem) out.push(problem);
  }
  (p.signedMirrors ?? []).forEach((s, i) => {
    if (!isValidSource(s) || s.startsWith('*')) {
      out.push({
        path: [...at, 'signedMirrors', i],
        message: `"${s}" is not a mirror scope (host[:port][/path]) as an ImageDigestMirrorSet mirror would name it`
      });
    }
  });
  (p.requireNeverContactSource ?? []).forEach((s, i) => {
    if (!isValidSource(s)) {
      out.push({
        path: [...at, 'requireNeverContactSource', i],
        message: `"${s}" is not a registry scope (host[:port][/path] or *.domain) as an ImageDigestMirrorSet source would name it`
      });
    }
  });
  return out;
}

/** Semantic checks of `policy`, every cluster's `policy` and `waivers`, in document order. */
export function checkPolicySections(cfg: {
  policy?: PolicyConfig;
  waivers?: WaiverConfig[];
  clusters?: Array<{ name: string; policy?: PolicyConfig }>;
}): ConfigProblem[] {
  const out = [...checkPolicy(cfg.policy, ['policy'])];
  (cfg.clusters ?? []).forEach((c, i) => out.push(...checkPolicy(c.policy, ['clusters', i, 'policy'])));
  const clusterNames = new Set((cfg.clusters ?? []).map((c) => c.name));
  (cfg.waivers ?? []).forEach((w, i) => {
    const at = ['waivers', i];
    const rule = checkRuleId(w.rule, [...at, 'rule'], 'waiver');
    if (rule) out.push(rule);
    if (w.object === undefined && w.path === undefined) {
      out.push({ path: at, message: 'a waiver must name what it covers: an object (kind/name) or a path glob' });
    }
    if (w.object !== undefined && !OBJECT.test(w.object)) {
      out.push({
        path: [...at, 'object'],
        message: `object "${w.object}" must be kind/name, e.g. ImageDigestMirrorSet/vendor-mirrors`
      });
    }
    if (!isCalendarDate(w.expires))
      out.push({ path: [...at, 'expires'], message: `expires "${w.expires}" is not a date written YYYY-MM-DD` });
    if (w.cluster !== undefined && !clusterNames.has(w.cluster)) {
      out.push({ path: [...at, 'cluster'], message: `cluster "${w.cluster}" is not one of clusters[].name` });
    }
  });
  return out;
}
