/**
 * Scope predicates shared by every MCO registries code path: runtime-utils ScopeIsNestedInsideScope and
 * IsValidRegistriesConfScope, and the openshift/api source/mirror patterns MCO re-checks for ICSP.
 */
import { MIRROR_SOURCE_PATTERN, MIRROR_PATTERN } from '../../model/patterns.js';

/** runtime-utils `ScopeIsNestedInsideScope(subScope, superScope)`. */
export function scopeIsNestedInsideScope(subScope: string, superScope: string): boolean {
  if (superScope === subScope) return true;
  if (subScope.length > superScope.length && subScope.startsWith(superScope) && subScope[superScope.length] === '/') {
    return true;
  }
  if (superScope.startsWith('*.')) {
    const suffix = superScope.slice(1);
    if (subScope.includes(':')) {
      const host = subScope.split(':')[0]!;
      return host.endsWith(suffix) && !host.includes('/');
    }
    return subScope.split('/')[0]!.endsWith(suffix);
  }
  return false;
}

/** runtime-utils `IsValidRegistriesConfScope`: non-empty, and a `*` only as a leading `*.` of a bare domain. */
export function isValidRegistriesConfScope(scope: string): boolean {
  if (scope === '') return false;
  if (!scope.includes('*')) return true;
  return scope.startsWith('*.') && !/[/@:*]/.test(scope.slice(2));
}

// The openshift/api patterns, as MCO compiles them (helpers.go sourceRegex/mirrorRegex), in their
// linear-time form: see model/patterns.ts.
export { MIRROR_SOURCE_PATTERN as SOURCE_PATTERN, MIRROR_PATTERN } from '../../model/patterns.js';

/** The literal Go patterns, kept for equivalence tests only. */
export const GO_SOURCE_REGEX =
  '^\\*(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+$|^((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?)(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?$';
export const GO_MIRROR_REGEX =
  '^((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?)(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?$';

export const isValidSource = (s: string): boolean => MIRROR_SOURCE_PATTERN.test(s);
export const isValidMirror = (s: string): boolean => MIRROR_PATTERN.test(s);
