import { parseNamed, referenceName } from './docker-reference.js';
import { goJsonString } from './go-json.js';
import { validateRegistriesConfScopes } from './validate.js';

// templates/<role>/01-<role>-container-runtime/_base/files/policy.yaml, byte for byte.
export const POLICY_JSON_TEMPLATE = `{
    "default": [
        {
            "type": "insecureAcceptAnything"
        }
    ],
    "transports":
        {
            "docker-daemon":
                {
                    "": [{"type":"insecureAcceptAnything"}]
                }
        }
}
`;

export const ERR_PARSING_REFERENCE = 'error parsing reference of release image';

export type PolicyResult =
  | { json: string; error?: undefined }
  | { json?: undefined; error: string; field: 'allowed' | 'blocked' | 'releaseImage'; index?: number };

type Requirement = Record<string, unknown>;
interface Policy {
  default: Requirement[];
  transports: Record<string, Record<string, Requirement[]>>;
}

/**
 * json.MarshalIndent(v, "", "  "). Map keys are byte-sorted; the only structs involved (Policy and the
 * requirement types) have field orders that happen to be sorted too.
 */
export function goMarshalIndent(v: unknown, indent = ''): string {
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => inner + goMarshalIndent(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (keys.length === 0) return '{}';
    return (
      '{\n' +
      keys
        .map((k) => `${inner}${goJsonString(k)}: ${goMarshalIndent((v as Record<string, unknown>)[k], inner)}`)
        .join(',\n') +
      '\n' +
      indent +
      '}'
    );
  }
  if (typeof v === 'string') return goJsonString(v);
  return JSON.stringify(v);
}

/**
 * Both lists set is refused, except an allowed list that is only the payload's repository (MCO adds it
 * itself beside a blocked list). Shared by the plain and the ClusterImagePolicy-aware policy.json.
 */
export function listsConflict(
  blocked: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
  releaseImage: string
): { error: string; field: 'releaseImage' | 'allowed' } | undefined {
  if ((allowed?.length ?? 0) === 0 || (blocked?.length ?? 0) === 0) return undefined;
  let payloadName: string | undefined;
  if (releaseImage !== '') {
    try {
      payloadName = referenceName(parseNamed(releaseImage));
    } catch {
      return { error: ERR_PARSING_REFERENCE, field: 'releaseImage' };
    }
  }
  if (allowed!.length === 1 && allowed![0] === payloadName) return undefined;
  return {
    error: 'invalid images config: only one of AllowedRegistries or BlockedRegistries may be specified',
    field: 'allowed'
  };
}

/**
 * MCO helpers.go `updatePolicyJSON(template, policyBlocked, allowed, releaseImage)` without
 * ClusterImagePolicies. `undefined` lists are Go nil: with both nil the template bytes are returned
 * untouched, which is why the node file keeps its 4-space template formatting.
 * `releaseImage` "" means the payload is unknown; then the internal payload exception cannot apply.
 */
export function updatePolicyJSON(
  template: string,
  blocked: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
  releaseImage: string
): PolicyResult {
  const conflict = listsConflict(blocked, allowed, releaseImage);
  if (conflict) return { error: conflict.error, field: conflict.field };
  if (allowed === undefined && blocked === undefined) return { json: template };

  const failure = validateRegistriesConfScopes([], blocked, allowed, [], [], []);
  if (failure) {
    const site = failure.site as { list: 'blocked' | 'allowed'; index: number };
    return { error: failure.message, field: site.list, index: site.index };
  }

  const policy = JSON.parse(template) as Policy;
  const scopes: Record<string, Requirement[]> = {};
  if ((allowed?.length ?? 0) > 0) {
    policy.default = [{ type: 'reject' }];
    for (const reg of allowed!) scopes[reg] = [{ type: 'insecureAcceptAnything' }];
  }
  if ((blocked?.length ?? 0) > 0) {
    policy.default = [{ type: 'insecureAcceptAnything' }];
    for (const reg of blocked!) scopes[reg] = [{ type: 'reject' }];
  }
  if (Object.keys(scopes).length > 0) {
    policy.transports.docker = scopes;
    // The atomic transport cannot express scopes with three or more path separators.
    policy.transports.atomic = Object.fromEntries(Object.entries(scopes).filter(([k]) => k.split('/').length - 1 < 3));
  }
  return { json: goMarshalIndent({ default: policy.default, transports: policy.transports }) };
}
