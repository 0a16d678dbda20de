import { rememberEncoded } from '../../model/registries-conf.js';
import type { OcpVersion } from '../../model/version.js';
import { atLeast } from '../../model/version.js';
import { editRegistriesConfig, EditRegistriesError } from './edit-registries.js';
import type { MirrorRule } from './mirror-sets.js';
import { decodedTemplate, encodeRegistriesConf } from './registries-conf.js';
import { validateRegistriesConfScopes, type ValidationDialect, type ValidationFailure } from './validate.js';

export type UpdateRegistriesResult<R> =
  | { text: string; failure?: undefined; editError?: undefined }
  | { text?: undefined; failure: ValidationFailure<R>; editError?: undefined }
  | { text?: undefined; failure?: undefined; editError: EditRegistriesError };

/** Which release's source/mirror checks apply (validate.ts, docs/api-versions.md). */
export function validationDialect(version: OcpVersion): ValidationDialect {
  return { formatRegex: atLeast(version, '4.16'), legacyConflictMessage: !atLeast(version, '4.15') };
}

/**
 * MCO helpers.go `updateRegistriesConfig(template, insecure, blocked, icsp, idms, itms)`: validate (allowed
 * is not part of this step), edit the decoded template, TOML-encode. Before 4.13 only ICSP exists and
 * the legacy mirror-by-digest-only form is written.
 */
export function updateRegistriesConfig<R extends MirrorRule>(
  insecure: readonly string[] | undefined,
  blocked: readonly string[] | undefined,
  icsp: readonly R[],
  idms: readonly R[],
  itms: readonly R[],
  version: OcpVersion
): UpdateRegistriesResult<R> {
  const legacy = !atLeast(version, '4.13');
  if (legacy) {
    idms = [];
    itms = [];
  }
  const failure = validateRegistriesConfScopes(insecure, blocked, [], icsp, idms, itms, validationDialect(version));
  if (failure) return { failure };
  try {
    const edited = editRegistriesConfig(decodedTemplate(), insecure, blocked, icsp, idms, itms, {
      legacyMirrorByDigestOnly: legacy
    });
    const text = encodeRegistriesConf(edited, version);
    // `edited` is this call's own copy: it becomes what parsing the text gives back (no TOML read).
    rememberEncoded(text, edited);
    return { text };
  } catch (e) {
    if (e instanceof EditRegistriesError) return { editError: e };
    throw e;
  }
}
