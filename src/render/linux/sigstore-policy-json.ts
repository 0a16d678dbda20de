/**
 * policy.json with ClusterImagePolicies (helpers.go `updatePolicyJSON`, release-4.19 … main) and the
 * per-namespace `/etc/crio/policies/<namespace>.json` files from ImagePolicies
 * (`updateNamespacedPolicyJSONs`, `imagePolicyConfigFileList`). Both are json.MarshalIndent of a
 * containers/image `signature.Policy`: two-space indent, map keys byte-sorted, struct fields in
 * declaration order, HTML-safe escaping, no trailing newline.
 */
import { CRIO_POLICIES_DIR } from '../../model/node-paths.js';
import { goMarshalIndentValue, type GoMap, type GoStruct, type GoValue } from './go-json.js';
import { listsConflict } from './policy-json.js';
import type { ClusterScopePolicies, NamespacedScopePolicies } from './sigstore-scopes.js';
import { validatePolicyScopesAgainstLists, type ScopeListFailure } from './sigstore-scopes.js';
import { validateRegistriesConfScopes } from './validate.js';

export { CRIO_POLICIES_DIR } from '../../model/node-paths.js';

/** c/image `signature.Policy`: a struct {default, transports}; transports and scopes are Go maps. */
interface PolicyObject extends GoStruct {
  default: GoStruct[];
  transports: Map<string, Map<string, GoStruct[]>>;
}

export type SigstorePolicyResult =
  | { json: string; policy: PolicyObject; error?: undefined }
  | {
      json?: undefined;
      error: string;
      /** What the error is about, so the caller can point at a file and line. */
      site:
        | { kind: 'lists'; field: 'allowed' | 'blocked' | 'releaseImage'; index?: number }
        | { kind: 'scope'; failure: ScopeListFailure };
    };

/** Decodes the template the way json.Decoder fills signature.Policy (requirements become structs). */
function decodePolicy(text: string): PolicyObject {
  const raw = JSON.parse(text) as { default?: GoStruct[]; transports?: Record<string, Record<string, GoStruct[]>> };
  const transports = new Map<string, Map<string, GoStruct[]>>();
  for (const [t, scopes] of Object.entries(raw.transports ?? {})) {
    transports.set(t, new Map(Object.entries(scopes).map(([s, reqs]) => [s, reqs.map((r) => ({ ...r }))])));
  }
  return { default: (raw.default ?? []).map((r) => ({ ...r })), transports };
}

function clonePolicy(p: PolicyObject): PolicyObject {
  const transports = new Map<string, Map<string, GoStruct[]>>();
  for (const [t, scopes] of p.transports) transports.set(t, new Map([...scopes].map(([s, r]) => [s, [...r]])));
  return { default: [...p.default], transports };
}

export const marshalPolicy = (p: PolicyObject): string =>
  goMarshalIndentValue({ default: p.default, transports: p.transports as unknown as GoMap } as GoValue);

/** The “atomic” transport cannot express scopes with three or more path separators. */
const atomicAllows = (scope: string): boolean => scope.split('/').length - 1 < 3;

/**
 * `updatePolicyJSON(template, policyBlocked, allowed, releaseImage, clusterScopePolicies)`. `undefined`
 * lists are Go nil. With nothing to apply the template bytes come back verbatim (4-space indent).
 */
export function updatePolicyJSONWithPolicies(
  template: string,
  blocked: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
  releaseImage: string,
  cluster: ClusterScopePolicies
): SigstorePolicyResult {
  const conflict = listsConflict(blocked, allowed, releaseImage);
  if (conflict) return { error: conflict.error, site: { kind: 'lists', field: conflict.field } };
  const scopeFailure = validatePolicyScopesAgainstLists(cluster, undefined, allowed, blocked);
  if (scopeFailure) return { error: scopeFailure.message, site: { kind: 'scope', failure: scopeFailure } };

  const policy = decodePolicy(template);
  if (allowed === undefined && blocked === undefined && cluster.size === 0) return { json: template, policy };

  const failure = validateRegistriesConfScopes([], blocked, allowed, [], [], []);
  if (failure) {
    const s = failure.site as { list: 'blocked' | 'allowed'; index: number };
    return { error: failure.message, site: { kind: 'lists', field: s.list, index: s.index } };
  }

  const scopes = new Map<string, GoStruct[]>();
  if ((allowed?.length ?? 0) > 0) {
    policy.default = [{ type: 'reject' }];
    // A scope with a ClusterImagePolicy gets the signature requirement instead of insecureAcceptAnything.
    for (const reg of allowed!) if (!cluster.has(reg)) scopes.set(reg, [{ type: 'insecureAcceptAnything' }]);
  }
  if ((blocked?.length ?? 0) > 0) {
    policy.default = [{ type: 'insecureAcceptAnything' }];
    for (const reg of blocked!) scopes.set(reg, [{ type: 'reject' }]);
  }
  for (const [scope, reqs] of cluster) scopes.set(scope, [...(scopes.get(scope) ?? []), ...reqs]);
  if (scopes.size > 0) {
    policy.transports.set('docker', scopes);
    policy.transports.set('atomic', new Map([...scopes].filter(([s]) => atomicAllows(s))));
  }
  return { json: marshalPolicy(policy), policy };
}

export interface NamespacedPolicyFile {
  namespace: string;
  path: string;
  content: string;
}

export type NamespacedPolicyResult =
  | { files: NamespacedPolicyFile[]; error?: undefined }
  | { files?: undefined; error: string; failure: ScopeListFailure };

/**
 * `updateNamespacedPolicyJSONs` + `imagePolicyConfigFileList`: each namespace's file is the cluster
 * policy with the namespace's scopes appended to `docker` (and to `atomic` where it can express them),
 * files in namespace order.
 */
export function namespacedPolicyJSONs(
  clusterPolicy: PolicyObject,
  blocked: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
  namespaced: NamespacedScopePolicies
): NamespacedPolicyResult {
  const failure = validatePolicyScopesAgainstLists(undefined, namespaced, allowed, blocked);
  if (failure) return { error: failure.message, failure };
  const byNamespace = new Map<string, Map<string, GoStruct[]>>();
  for (const [scope, perNs] of namespaced) {
    for (const [ns, reqs] of perNs) {
      const m = byNamespace.get(ns) ?? new Map<string, GoStruct[]>();
      m.set(scope, [...(m.get(scope) ?? []), ...reqs]);
      byNamespace.set(ns, m);
    }
  }
  const files: NamespacedPolicyFile[] = [];
  for (const ns of [...byNamespace.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const policy = clonePolicy(clusterPolicy);
    const docker = policy.transports.get('docker') ?? new Map<string, GoStruct[]>();
    const atomic = policy.transports.get('atomic') ?? new Map<string, GoStruct[]>();
    policy.transports.set('docker', docker);
    policy.transports.set('atomic', atomic);
    for (const [scope, reqs] of byNamespace.get(ns)!) {
      docker.set(scope, [...(docker.get(scope) ?? []), ...reqs]);
      if (atomicAllows(scope)) atomic.set(scope, [...(atomic.get(scope) ?? []), ...reqs]);
    }
    files.push({ namespace: ns, path: `${CRIO_POLICIES_DIR}/${ns}.json`, content: marshalPolicy(policy) });
  }
  return { files };
}
