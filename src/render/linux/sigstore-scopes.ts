/**
 * From policy objects to scope → requirements maps, and MCO's checks of those scopes against the
 * image config's allowed/blocked lists (container_runtime_config_controller.go `getValidScopePolicies`,
 * helpers.go `validateImagePolicyWithAllowedBlockedRegistries`; unchanged release-4.19 … main).
 *
 * MCO lists objects from an informer cache, whose order is unspecified; where that order shows (two
 * policies on one scope, or which of several bad scopes an error names) we use name order, so the
 * output is stable. Both are documented in docs/signature-policies.md.
 */
import type { ImagePolicyObject } from '../../model/image-policy.js';
import { byteCompare, goQuoteSlice, sortedGo } from './go-format.js';
import type { GoStruct } from './go-json.js';
import { scopeIsNestedInsideScope } from './scopes.js';
import { policyRequirement } from './sigstore-requirement.js';

/** scope → requirements, in object order (a Go map; sorted when written). */
export type ClusterScopePolicies = Map<string, GoStruct[]>;
/** scope → namespace → requirements. */
export type NamespacedScopePolicies = Map<string, Map<string, GoStruct[]>>;

export interface ScopeConflict {
  policy: ImagePolicyObject;
  /** ImagePolicy scopes equal to or nested in a ClusterImagePolicy scope: dropped. */
  scopes: string[];
  /** The ImagePolicy status condition message MCO writes (type Pending, reason ConflictScopes). */
  message: string;
}

export type ScopePoliciesResult =
  | {
      cluster: ClusterScopePolicies;
      namespaced: NamespacedScopePolicies;
      conflicts: ScopeConflict[];
      error?: undefined;
    }
  | { error: string; policy: ImagePolicyObject; cluster?: undefined };

const byName = (a: ImagePolicyObject, b: ImagePolicyObject): number =>
  byteCompare(a.namespace ?? '', b.namespace ?? '') || byteCompare(a.name, b.name);

/**
 * `getValidScopePolicies`: every ClusterImagePolicy scope collects its requirement; an ImagePolicy
 * scope equal to or nested in any cluster scope is dropped (and reported), the rest are kept per
 * namespace. Any requirement error fails the whole sync.
 */
export function scopePolicies(
  clusterPolicies: readonly ImagePolicyObject[],
  imagePolicies: readonly ImagePolicyObject[]
): ScopePoliciesResult {
  const cluster: ClusterScopePolicies = new Map();
  for (const cip of [...clusterPolicies].sort(byName)) {
    const r = policyRequirement(cip.policy);
    if (r.error !== undefined) return { error: r.error, policy: cip };
    for (const scope of cip.scopes) cluster.set(scope, [...(cluster.get(scope) ?? []), r.requirement]);
  }
  const namespaced: NamespacedScopePolicies = new Map();
  const conflicts: ScopeConflict[] = [];
  for (const ip of [...imagePolicies].sort(byName)) {
    const r = policyRequirement(ip.policy);
    if (r.error !== undefined) return { error: r.error, policy: ip };
    const ns = ip.namespace ?? '';
    const dropped: string[] = [];
    for (const scope of ip.scopes) {
      if ([...cluster.keys()].some((c) => scopeIsNestedInsideScope(scope, c))) {
        dropped.push(scope);
        continue;
      }
      const perNs = namespaced.get(scope) ?? new Map<string, GoStruct[]>();
      perNs.set(ns, [...(perNs.get(ns) ?? []), r.requirement]);
      namespaced.set(scope, perNs);
    }
    if (dropped.length > 0) {
      conflicts.push({
        policy: ip,
        scopes: dropped,
        message: `has conflicting scope(s) ${goQuoteSlice(dropped)} that equal to or nest inside existing clusterimagepolicy, only policy from clusterimagepolicy scope(s) will be applied`
      });
    }
  }
  return { cluster, namespaced, conflicts };
}

export interface ScopeListFailure {
  message: string;
  scope: string;
  kind: 'ClusterImagePolicy' | 'ImagePolicy';
}

/**
 * `validateImagePolicyWithAllowedBlockedRegistries`: with allowedRegistries set, every policy scope must
 * be nested in an allowed entry; no scope may be nested in a (policy) blocked entry. Cluster scopes are
 * checked before namespaced ones, allowed before blocked, as MCO does.
 */
export function validatePolicyScopesAgainstLists(
  cluster: ReadonlyMap<string, unknown> | undefined,
  namespaced: ReadonlyMap<string, unknown> | undefined,
  allowed: readonly string[] | undefined,
  blocked: readonly string[] | undefined
): ScopeListFailure | undefined {
  const allow = allowed ?? [];
  const block = blocked ?? [];
  if (allow.length === 0 && block.length === 0) return undefined;
  const groups = [
    {
      kind: 'ClusterImagePolicy' as const,
      label: 'clusterimagePolicy',
      scopes: sortedGo(cluster?.keys() ?? [])
    },
    { kind: 'ImagePolicy' as const, label: 'imagePolicy', scopes: sortedGo(namespaced?.keys() ?? []) }
  ];
  for (const g of groups) {
    for (const scope of g.scopes) {
      if (allow.length > 0 && !allow.some((reg) => scopeIsNestedInsideScope(scope, reg))) {
        return {
          kind: g.kind,
          scope,
          message: `${g.label} configured for the scope ${scope} is not nested inside allowedRegistries`
        };
      }
    }
    for (const scope of g.scopes) {
      if (block.some((reg) => scopeIsNestedInsideScope(scope, reg))) {
        return {
          kind: g.kind,
          scope,
          message: `${g.label} configured for the scope ${scope} is nested inside blockedRegistries`
        };
      }
    }
  }
  return undefined;
}
