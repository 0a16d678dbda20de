import type { RegistriesConf } from '../../model/registries-conf.js';
import { parseNamed, referenceName, type DockerReference } from './docker-reference.js';
import { editRegistriesConfig, type EditOptions } from './edit-registries.js';
import { goQuoteSlice } from './go-format.js';
import type { MirrorRule } from './mirror-sets.js';
import { ERR_PARSING_REFERENCE } from './policy-json.js';
import { findRegistry, loadRegistries, pullSourcesFromReference } from './pull-sources.js';
import { scopeIsNestedInsideScope } from './scopes.js';

export interface RegistrySourcesSpec {
  insecureRegistries?: readonly string[];
  blockedRegistries?: readonly string[];
  allowedRegistries?: readonly string[];
}

export interface BlockedAndAllowed {
  /** `undefined` = Go nil (nothing appended), which decides whether files are written at all. */
  registriesBlocked?: string[];
  policyBlocked?: string[];
  allowed?: string[];
  /** The returned error: logged and skipped by the controller, except `fatal` (release image unparsable). */
  error?: string;
  fatal?: boolean;
  /** Blocked entries dropped because they would cut nodes off the payload. */
  dropped: string[];
  /** Blocked entries covering the payload but kept because a mirror of it stays usable. */
  keptWithMirror: string[];
}

/** Go's append: appending nothing to a nil slice stays nil. */
const goAppend = (a: string[] | undefined, ...items: string[]): string[] | undefined =>
  items.length === 0 ? a : [...(a ?? []), ...items];

/**
 * `payloadRepoHasUnblockedMirror`: a temp registries.conf from insecure, blocked and digest rules, then
 * c/image's pull sources for the payload reference; true if any source is outside every blocked scope.
 * Errors (runtime-utils or c/image loading) propagate like in the operator.
 */
function payloadRepoHasUnblockedMirror(
  payload: DockerReference,
  idmsAndIcsp: readonly MirrorRule[],
  spec: RegistrySourcesSpec,
  opts: EditOptions
): boolean {
  const empty: RegistriesConf = { unqualifiedSearchRegistries: [], shortNameMode: '', registries: [] };
  const tmp = opts.legacyMirrorByDigestOnly
    ? editRegistriesConfig(empty, spec.insecureRegistries, spec.blockedRegistries, idmsAndIcsp, [], [], opts)
    : editRegistriesConfig(empty, spec.insecureRegistries, spec.blockedRegistries, [], idmsAndIcsp, [], opts);
  const loaded = loadRegistries(tmp);
  if (loaded.error !== undefined) throw new Error(loaded.error);
  const reg = findRegistry(loaded.registries, referenceName(payload));
  // The operator dereferences the result unchecked; a miss is a nil-pointer panic in the controller.
  if (!reg) throw new Error('runtime error: invalid memory address or nil pointer dereference');
  for (const s of pullSourcesFromReference(reg, payload)) {
    const name = referenceName(s.reference);
    if (!(spec.blockedRegistries ?? []).some((b) => scopeIsNestedInsideScope(name, b))) return true;
  }
  return false;
}

/**
 * MCO helpers.go `getValidBlockedAndAllowedRegistries(releaseImage, imgSpec, icsp, idms)`: blocked scopes
 * that cover the release payload are dropped (with an error the controller only logs) unless a mirror of
 * the payload stays reachable, in which case the payload repository is allowed explicitly in policy.json.
 * `idmsAndIcsp` is the IDMS rules followed by the ICSP rules converted (no policy).
 */
export function getValidBlockedAndAllowedRegistries(
  releaseImage: string,
  spec: RegistrySourcesSpec,
  idmsAndIcsp: readonly MirrorRule[],
  opts: EditOptions = {}
): BlockedAndAllowed {
  const res: BlockedAndAllowed = { dropped: [], keptWithMirror: [] };
  let payload: DockerReference;
  try {
    payload = parseNamed(releaseImage);
  } catch {
    return { ...res, error: ERR_PARSING_REFERENCE, fatal: true };
  }
  const payloadRepo = referenceName(payload);
  let registriesBlocked: string[] | undefined;
  let policyBlocked: string[] | undefined;
  let allowed: string[] | undefined;
  for (const reg of spec.blockedRegistries ?? []) {
    if (scopeIsNestedInsideScope(payloadRepo, reg)) {
      let hasMirror: boolean;
      try {
        hasMirror = payloadRepoHasUnblockedMirror(payload, idmsAndIcsp, spec, opts);
      } catch (e) {
        return { dropped: [], keptWithMirror: [], error: (e as Error).message };
      }
      if (!hasMirror) {
        res.dropped.push(reg);
        continue;
      }
      res.keptWithMirror.push(reg);
      registriesBlocked = goAppend(registriesBlocked, reg);
      if (payloadRepo !== reg) policyBlocked = goAppend(policyBlocked, reg);
      allowed = goAppend(allowed, payloadRepo);
      continue;
    }
    registriesBlocked = goAppend(registriesBlocked, reg);
    policyBlocked = goAppend(policyBlocked, reg);
  }
  if (res.dropped.length > 0) {
    res.error = `error adding ${goQuoteSlice(res.dropped)} to blocked registries, cannot block the repository being used by the payload`;
  }
  allowed = goAppend(allowed, ...(spec.allowedRegistries ?? []));
  return { ...res, registriesBlocked, policyBlocked, allowed };
}
