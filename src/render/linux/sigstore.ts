/**
 * The signature-policy part of MCO's `registriesConfigIgnition` (container_runtime_config_controller.go,
 * release-4.19 … main): policy.json, registries.d/sigstore-registries.yaml and /etc/crio/policies/*.json
 * from the image config's lists, the ClusterImagePolicies (the payload's own included) and the
 * ImagePolicies. A pure function of its input and the release entry; any error fails the whole sync,
 * so the caller keeps every file at its template.
 */
import type { ImagePolicyObject } from '../../model/image-policy.js';
import type { OpenShiftRelease } from '../../model/openshift-versions.js';
import { payloadImagePolicy } from '../../model/payload-image-policy.js';
import { POLICY_JSON_TEMPLATE } from './policy-json.js';
import {
  namespacedPolicyJSONs,
  updatePolicyJSONWithPolicies,
  type NamespacedPolicyFile
} from './sigstore-policy-json.js';
import { sigstoreRegistriesD } from './sigstore-registries-d.js';
import { scopePolicies, type ScopeConflict, type ScopeListFailure } from './sigstore-scopes.js';

export interface SignaturePolicyInput {
  release: OpenShiftRelease;
  /** The repository's ClusterImagePolicies (the payload's `openshift` one is added here by version). */
  clusterImagePolicies: readonly ImagePolicyObject[];
  imagePolicies: readonly ImagePolicyObject[];
  /** After the payload check (getValidBlockedAndAllowedRegistries); undefined = Go nil. */
  policyBlocked?: readonly string[];
  allowed?: readonly string[];
  releaseImage: string;
  /** The registries.conf MCO generated in the same sync; undefined when it wrote none. */
  registriesToml?: string;
  /** Leave the payload's default policy out (OKD, HyperShift): default false. */
  withoutPayloadPolicy?: boolean;
}

export type SignaturePolicyErrorSite =
  | { kind: 'lists'; field: 'allowed' | 'blocked' | 'releaseImage'; index?: number }
  | { kind: 'scope'; failure: ScopeListFailure }
  | { kind: 'policy'; policy: ImagePolicyObject }
  | { kind: 'registries.d'; scope?: string };

export interface SignaturePolicyOutput {
  /** undefined: MCO writes no policy.json, the pool template stays. */
  policyJson?: string;
  registriesD?: string;
  namespaced: NamespacedPolicyFile[];
  /** ImagePolicy scopes dropped because a ClusterImagePolicy covers them. */
  conflicts: ScopeConflict[];
  /** The ClusterImagePolicies MCO applied (repository and payload), empty with the gate off. */
  clusterPolicies: ImagePolicyObject[];
  imagePolicies: ImagePolicyObject[];
  error?: { message: string; site: SignaturePolicyErrorSite };
}

/** The ClusterImagePolicies a cluster of this release holds: the repository's plus the payload's. */
export function effectiveClusterPolicies(
  release: OpenShiftRelease,
  repo: readonly ImagePolicyObject[],
  withoutPayloadPolicy = false
): ImagePolicyObject[] {
  const payload = withoutPayloadPolicy ? undefined : payloadImagePolicy(release);
  // The CVO owns ClusterImagePolicy/openshift: a repository object of that name is overwritten by it.
  return [...(payload ? [payload] : []), ...repo.filter((p) => !(payload && p.name === payload.name))];
}

export function renderSignaturePolicies(input: SignaturePolicyInput): SignaturePolicyOutput {
  const gate = input.release.sigstoreImageVerification;
  const clusterPolicies = gate
    ? effectiveClusterPolicies(input.release, input.clusterImagePolicies, input.withoutPayloadPolicy)
    : [];
  const imagePolicies = gate ? [...input.imagePolicies] : [];
  const out: SignaturePolicyOutput = { namespaced: [], conflicts: [], clusterPolicies, imagePolicies };
  const scopes = scopePolicies(clusterPolicies, imagePolicies);
  if (scopes.error !== undefined)
    return { ...out, error: { message: scopes.error, site: { kind: 'policy', policy: scopes.policy } } };
  out.conflicts = scopes.conflicts;
  const { policyBlocked, allowed } = input;
  if (
    policyBlocked === undefined &&
    allowed === undefined &&
    scopes.cluster.size === 0 &&
    scopes.namespaced.size === 0
  ) {
    return out;
  }
  const p = updatePolicyJSONWithPolicies(
    POLICY_JSON_TEMPLATE,
    policyBlocked,
    allowed,
    input.releaseImage,
    scopes.cluster
  );
  if (p.error !== undefined) return { ...out, error: { message: p.error, site: p.site } };
  const ns = namespacedPolicyJSONs(p.policy, policyBlocked, allowed, scopes.namespaced);
  if (ns.error !== undefined)
    return { ...out, error: { message: ns.error, site: { kind: 'scope', failure: ns.failure } } };
  const d = sigstoreRegistriesD(scopes.cluster.keys(), scopes.namespaced.keys(), input.registriesToml);
  if (d.error !== undefined)
    return { ...out, error: { message: d.error, site: { kind: 'registries.d', scope: d.scope } } };
  return { ...out, policyJson: p.json, registriesD: d.yaml, namespaced: ns.files };
}
