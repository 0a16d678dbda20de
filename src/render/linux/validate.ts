import { goQuote } from './go-format.js';
import type { MirrorRule } from './mirror-sets.js';
import { isValidMirror, isValidRegistriesConfScope, isValidSource } from './scopes.js';

/** Where a validation failure points, so the caller can map it back to a file and line. */
export type ValidationSite<R> =
  | { list: 'insecure' | 'blocked' | 'allowed'; index: number }
  | { rule: R; field: 'source' | 'policy' | 'mirror'; index?: number };

export interface ValidationFailure<R> {
  message: string;
  site: ValidationSite<R>;
}

/**
 * MCO helpers.go `validateRegistriesConfScopes(insecure, blocked, allowed, icsp, idms, itms)`. The first
 * failure wins, in the operator's order: insecure, blocked, allowed, then IDMS, ICSP (converted, so with
 * no policy) and ITMS rules, sharing one source-to-policy map across all three kinds.
 */
/**
 * How the operator of a given release checks sources and mirrors. `formatRegex`: the sourceRegex and
 * mirrorRegex checks (MCO commit 65c50f81b, release-4.16 and later); before that only empty entries and
 * `*` were refused, so an ICSP source such as `repo@sha256:…` went into registries.conf verbatim.
 * `conflictMessage` is the 4.13/4.14 wording of the policy-conflict error.
 */
export interface ValidationDialect {
  formatRegex: boolean;
  legacyConflictMessage?: boolean;
}

export const CURRENT_DIALECT: ValidationDialect = { formatRegex: true };

/** release-4.13 … 4.15 helpers.go: the checks before the format regexes. */
function legacyEntryProblem(value: string, what: 'source' | 'mirror'): string | undefined {
  if (value === '') return `invalid empty entry for ${what} configuration`;
  if (value.includes('*')) return `wildcard entries are not supported with mirror configuration ${goQuote(value)}`;
  return undefined;
}

export function validateRegistriesConfScopes<R extends MirrorRule>(
  insecure: readonly string[] | undefined,
  blocked: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
  icsp: readonly R[],
  idms: readonly R[],
  itms: readonly R[],
  dialect: ValidationDialect = CURRENT_DIALECT
): ValidationFailure<R> | undefined {
  const lists: ['insecure' | 'blocked' | 'allowed', readonly string[] | undefined][] = [
    ['insecure', insecure],
    ['blocked', blocked],
    ['allowed', allowed]
  ];
  for (const [list, scopes] of lists) {
    const index = (scopes ?? []).findIndex((s) => !isValidRegistriesConfScope(s));
    if (index >= 0) {
      return { message: `invalid entry for ${list} registries ${goQuote(scopes![index]!)}`, site: { list, index } };
    }
  }

  const sourcePolicy = new Map<string, string>();
  const check = (rule: R, policyIn: string): ValidationFailure<R> | undefined => {
    if (dialect.formatRegex && !isValidSource(rule.source)) {
      return { message: `invalid format for source ${goQuote(rule.source)}`, site: { rule, field: 'source' } };
    }
    const sourceProblem = dialect.formatRegex ? undefined : legacyEntryProblem(rule.source, 'source');
    if (sourceProblem) return { message: sourceProblem, site: { rule, field: 'source' } };
    const policy = policyIn === '' ? 'AllowContactingSource' : policyIn;
    const seen = sourcePolicy.get(rule.source);
    if (seen === undefined) sourcePolicy.set(rule.source, policy);
    else if (seen !== policy) {
      return {
        message: dialect.legacyConflictMessage
          ? `conflicting mirrorSourcePolicy is set for the same source ${goQuote(rule.source)} in imagedigestmirrorsets and/or imagetagmirrorsets`
          : `conflicting mirrorSourcePolicy is set for the same source ${goQuote(rule.source)} in imagedigestmirrorsets, imagetagmirrorsets, or imagecontentsourcepolicies`,
        site: { rule, field: 'policy' }
      };
    }
    for (let i = 0; i < rule.mirrors.length; i++) {
      const mirror = rule.mirrors[i]!;
      if (dialect.formatRegex && !isValidMirror(mirror)) {
        return { message: `invalid format for mirror ${goQuote(mirror)}`, site: { rule, field: 'mirror', index: i } };
      }
      const mirrorProblem = dialect.formatRegex ? undefined : legacyEntryProblem(mirror, 'mirror');
      if (mirrorProblem) return { message: mirrorProblem, site: { rule, field: 'mirror', index: i } };
      if (policy === 'NeverContactSource' && mirror === rule.source) {
        return {
          message: `cannot set mirrorSourcePolicy: NeverContactSource if the source ${goQuote(rule.source)} is one of the mirrors`,
          site: { rule, field: 'mirror', index: i }
        };
      }
    }
    return undefined;
  };

  for (const r of idms) {
    const f = check(r, r.mirrorSourcePolicy);
    if (f) return f;
  }
  for (const r of icsp) {
    const f = check(r, '');
    if (f) return f;
  }
  for (const r of itms) {
    const f = check(r, r.mirrorSourcePolicy);
    if (f) return f;
  }
  return undefined;
}
