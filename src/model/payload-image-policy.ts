/**
 * The release payload's own `openshift` ClusterImagePolicy, which every self-managed OCP cluster carries
 * from 4.21 on (release-4.20 still ships it for TechPreviewNoUpgrade only). It is not in the scanned
 * repository, so the renderer adds it the way the cluster-version operator applies it.
 *
 * Source: openshift/cluster-update-keys `manifests.rhel/0000_90_openshift-cluster-image-policy.yaml`
 * (release-4.21 b3cae8f, release-4.22 … main 3b5c59c), Apache License 2.0. The key below is the Red Hat
 * release public key exactly as that manifest carries it (base64 of a PEM public key); it is public data.
 * OKD payloads (`manifests/`) and HyperShift/IBM managed clusters
 * (`exclude.release.openshift.io/internal-openshift-hosted`) do not carry the policy.
 */
import type { ImagePolicyObject } from './image-policy.js';
import type { OpenShiftRelease } from './openshift-versions.js';

export const RED_HAT_RELEASE_KEY_DATA =
  'LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQ0lqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUEwQVN5dUgyVExXdkJVcVBIWjRJcAo3NWc3RW5jQmtnUUhkSm5qenhBVzVLUVRNaC9zaUJvQi9Cb1NydGlQTXduQ2hiVENuUU9JUWVadURpRm5odUo3Ck0vRDNiN0pvWDBtMTIzTmNDU242N21BZGpCYTZCZzZrdWtaZ0NQNFpVWmVFU2FqV1gvRWp5bEZjUkZPWFc1N3AKUkRDRU40MkovallsVnF0K2c5K0dya2VyOFN6ODZIM2wwdGJxT2RqYnovVnhIWWh3RjBjdFVNSHN5VlJEcTJRUAp0cXpOWGxtbE1oUy9Qb0ZyNlI0dS83SENuL0srTGVnY08yZkFGT2I0MEt2S1NLS1ZENmxld1VaRXJob3AxQ2dKClhqRHRHbW1POWRHTUY3MW1mNkhFZmFLU2R5K0VFNmlTRjJBMlZ2OVFoQmF3TWlxMmtPekVpTGc0bkFkSlQ4d2cKWnJNQW1QQ3FHSXNYTkdaNC9RK1lUd3dsY2UzZ2xxYjVMOXRmTm96RWRTUjlOODVERVNmUUxRRWRZM0NhbHdLTQpCVDFPRWhFWDF3SFJDVTRkck1PZWo2Qk5XMFZ0c2NHdEhtQ3JzNzRqUGV6aHdOVDh5cGt5UytUMHpUNFRzeTZmClZYa0o4WVNIeWVuU3pNQjJPcDJidnNFM2dyWStzNzRXaEc5VUlBNkRCeGNUaWUxNU5Tekt3Znphb05XT0RjTEYKcDdCWThhYUhFMk1xRnhZRlgrSWJqcGtRUmZhZVFRc291REZkQ2tYRUZWZlBwYkQyZGs2RmxlYU1UUHV5eHRJVApnalZFdEdRSzJxR0NGR2lRSEZkNGhmVitlQ0E2M0pybzF6MHpvQk01QmJJSVEzK2VWRnd0M0FsWnA1VVZ3cjZkCnNlY3FraS95cm12M1kwZHFaOVZPbjNVQ0F3RUFBUT09Ci0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLQ==';

export const PAYLOAD_POLICY_NAME = 'openshift';

/** Where findings about the payload policy point: it is not in any scanned file. */
export const PAYLOAD_POLICY_FILE = '(release payload) ClusterImagePolicy/openshift';

/** The payload's ClusterImagePolicy for this release, or undefined where the payload has none. */
export function payloadImagePolicy(release: OpenShiftRelease): ImagePolicyObject | undefined {
  if (release.payloadPolicyScopes.length === 0) return undefined;
  const loc = { file: PAYLOAD_POLICY_FILE, line: 0 };
  return {
    kind: 'ClusterImagePolicy',
    apiVersion: 'config.openshift.io/v1',
    name: PAYLOAD_POLICY_NAME,
    loc,
    scopes: [...release.payloadPolicyScopes],
    scopeLocs: release.payloadPolicyScopes.map(() => loc),
    policy: { rootOfTrust: { policyType: 'PublicKey', publicKey: { keyData: RED_HAT_RELEASE_KEY_DATA } } },
    keyLoc: loc,
    origin: 'payload'
  };
}
