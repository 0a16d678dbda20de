/**
 * `ClusterImagePolicy` and `ImagePolicy` (config.openshift.io): image signature policies that MCO turns
 * into `sigstoreSigned` requirements on nodes. Byte fields (`keyData`, `rekorKeyData`, `fulcioCAData`,
 * `caRootsData`, `caIntermediatesData`) are Go `[]byte` in the API: base64 text in the manifest, kept
 * here as written so the renderer can decode them the way encoding/json does and re-encode them.
 */
import type { Loc } from './types.js';

export type ImagePolicyKind = 'ClusterImagePolicy' | 'ImagePolicy';

export interface PublicKeyRootOfTrust {
  keyData: string;
  rekorKeyData?: string;
}

export interface FulcioCAWithRekorRootOfTrust {
  fulcioCAData: string;
  rekorKeyData: string;
  fulcioSubject: { oidcIssuer: string; signedEmail: string };
}

export interface PkiRootOfTrust {
  caRootsData: string;
  caIntermediatesData?: string;
  pkiCertificateSubject: { email?: string; hostname?: string };
}

export interface PolicyRootOfTrust {
  /** "PublicKey" | "FulcioCAWithRekor" | "PKI", verbatim. */
  policyType: string;
  publicKey?: PublicKeyRootOfTrust;
  fulcioCAWithRekor?: FulcioCAWithRekorRootOfTrust;
  pki?: PkiRootOfTrust;
}

export interface PolicyIdentity {
  /** "MatchRepoDigestOrExact" | "MatchRepository" | "ExactRepository" | "RemapIdentity", verbatim. */
  matchPolicy: string;
  exactRepository?: { repository: string };
  remapIdentity?: { prefix: string; signedPrefix: string };
}

/** `ImageSigstoreVerificationPolicy` (4.22+ Go name; `Policy` before): what one object requires. */
export interface SigstoreVerificationPolicy {
  rootOfTrust: PolicyRootOfTrust;
  /** undefined = Go nil: MCO uses matchRepoDigestOrExact. */
  signedIdentity?: PolicyIdentity;
}

export interface ImagePolicyObject {
  kind: ImagePolicyKind;
  /** The manifest's apiVersion, e.g. "config.openshift.io/v1". */
  apiVersion: string;
  name: string;
  /** ImagePolicy only (namespaced). */
  namespace?: string;
  loc: Loc;
  scopes: string[];
  /** Location of each scope, parallel to `scopes`. */
  scopeLocs: Loc[];
  policy: SigstoreVerificationPolicy;
  /** Where the root of trust's key material sits, for findings about it. */
  keyLoc?: Loc;
  /** "repository" for objects read from the scanned files; "payload" for the release payload's own. */
  origin: 'repository' | 'payload';
  annotations?: Record<string, string>;
}

/** The signature-policy objects of one side of one cluster. */
export interface ImagePolicies {
  clusterImagePolicies: ImagePolicyObject[];
  imagePolicies: ImagePolicyObject[];
}
