/**
 * What the API server of one OpenShift release accepts of a ClusterImagePolicy / ImagePolicy
 * (openshift/api `config/v1/types_image_policy.go` validation markers and the payload CRDs'
 * served versions, per release branch: docs/openshift-versions.md). A rejected object never reaches
 * MCO, so it is left out of rendering and reported as an error: a merge gate must not skip it.
 */
import type { ImagePolicyObject } from './image-policy.js';
import type { OpenShiftRelease } from './openshift-versions.js';
import type { Finding, Loc } from './types.js';

const DOMAIN_COMPONENT = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const PATH = '(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*';
export const WILDCARD_SCOPE = new RegExp(`^\\*(?:\\.${DOMAIN_COMPONENT})+$`);
// The API's pattern with `[-]*` written `-+` (same language, no catastrophic backtracking).
export const SCOPE = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})+(?::[0-9]+)?|localhost(?::[0-9]+)?)${PATH}` +
    '(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$'
);
const MAX_SCOPES = 256;
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const MAX_SCOPE_LENGTH = 512;

export interface ApiCheckResult {
  findings: Finding[];
  /** Objects the API server would accept on this release. */
  accepted: ImagePolicyObject[];
}

function scopeProblem(scope: string): string | undefined {
  if (scope.length > MAX_SCOPE_LENGTH) return `Too long: may not be more than ${MAX_SCOPE_LENGTH} bytes`;
  const host = scope.split('/')[0]!;
  if (host.split('.').length === 1 && host.split(':')[0] !== 'localhost') {
    return "invalid image scope format, scope must contain a fully qualified domain name or 'localhost'";
  }
  if (scope.includes('*')) {
    return WILDCARD_SCOPE.test(scope)
      ? undefined
      : 'invalid image scope with wildcard, a wildcard can only be at the start of the domain and is only supported for subdomain matching, not path matching';
  }
  return SCOPE.test(scope) ? undefined : 'invalid repository namespace or image specification in the image scope';
}

/** The PEM text inside a base64 []byte field, or a problem with it. */
function pemField(value: string, field: string, kind: 'PUBLIC KEY' | 'CERTIFICATE'): string | undefined {
  const s = value.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return `${field}: illegal base64 data`;
  const text = Buffer.from(s, 'base64').toString('latin1');
  if (!text.startsWith(`-----BEGIN ${kind}-----`))
    return `the ${field} must start with base64 encoding of '-----BEGIN ${kind}-----'.`;
  if (!text.endsWith(`-----END ${kind}-----\n`) && !text.endsWith(`-----END ${kind}-----`)) {
    return `the ${field} must end with base64 encoding of '-----END ${kind}-----'.`;
  }
  return undefined;
}

function policyProblems(p: ImagePolicyObject, release: OpenShiftRelease): string[] {
  const out: string[] = [];
  const rot = p.policy.rootOfTrust;
  const types = ['PublicKey', 'FulcioCAWithRekor', ...(release.sigstoreImageVerificationPKI ? ['PKI'] : [])];
  if (!types.includes(rot.policyType)) {
    out.push(
      `spec.policy.rootOfTrust.policyType: Unsupported value: "${rot.policyType}": supported values on OpenShift ${release.version}: ${types.map((t) => `"${t}"`).join(', ')}`
    );
  }
  const union = [
    ['PublicKey', 'publicKey', rot.publicKey],
    ['FulcioCAWithRekor', 'fulcioCAWithRekor', rot.fulcioCAWithRekor],
    ['PKI', 'pki', rot.pki]
  ] as const;
  for (const [type, field, value] of union) {
    if ((rot.policyType === type) !== (value !== undefined)) {
      out.push(`spec.policy.rootOfTrust: ${field} is required when policyType is ${type}, and forbidden otherwise`);
    }
  }
  const pem: [string | undefined, string, 'PUBLIC KEY' | 'CERTIFICATE'][] = [
    [rot.publicKey?.keyData, 'keyData', 'PUBLIC KEY'],
    [rot.publicKey?.rekorKeyData, 'rekorKeyData', 'PUBLIC KEY'],
    [rot.fulcioCAWithRekor?.fulcioCAData, 'fulcioCAData', 'CERTIFICATE'],
    [rot.fulcioCAWithRekor?.rekorKeyData, 'rekorKeyData', 'PUBLIC KEY'],
    [rot.pki?.caRootsData, 'caRootsData', 'CERTIFICATE'],
    [rot.pki?.caIntermediatesData, 'caIntermediatesData', 'CERTIFICATE']
  ];
  for (const [value, field, kind] of pem) {
    const problem = value !== undefined ? pemField(value, field, kind) : undefined;
    if (problem) out.push(`spec.policy.rootOfTrust: ${problem}`);
  }
  if (rot.pki && !rot.pki.pkiCertificateSubject.email && !rot.pki.pkiCertificateSubject.hostname) {
    out.push(
      'spec.policy.rootOfTrust.pki.pkiCertificateSubject: at least one of email or hostname must be set in pkiCertificateSubject'
    );
  }
  const id = p.policy.signedIdentity;
  if (id) {
    if (!['MatchRepoDigestOrExact', 'MatchRepository', 'ExactRepository', 'RemapIdentity'].includes(id.matchPolicy)) {
      out.push(`spec.policy.signedIdentity.matchPolicy: Unsupported value: "${id.matchPolicy}"`);
    }
    if ((id.matchPolicy === 'ExactRepository') !== (id.exactRepository !== undefined)) {
      out.push(
        'spec.policy.signedIdentity: exactRepository is required when matchPolicy is ExactRepository, and forbidden otherwise'
      );
    }
    if ((id.matchPolicy === 'RemapIdentity') !== (id.remapIdentity !== undefined)) {
      out.push(
        'spec.policy.signedIdentity: remapIdentity is required when matchPolicy is RemapIdentity, and forbidden otherwise'
      );
    }
  }
  return out;
}

const objectId = (p: ImagePolicyObject): string => `${p.kind}/${p.name}`;

function reject(p: ImagePolicyObject, loc: Loc, message: string): Finding {
  return {
    rule: 'api-rejected',
    severity: 'error',
    message: `${objectId(p)}: ${message}`,
    file: loc.file,
    line: loc.line,
    object: objectId(p)
  };
}

/** Version-aware admission of the repository's policy objects. */
export function admitImagePolicies(objects: readonly ImagePolicyObject[], release: OpenShiftRelease): ApiCheckResult {
  const findings: Finding[] = [];
  const accepted: ImagePolicyObject[] = [];
  for (const p of objects) {
    const before = findings.length;
    if (!release.imagePolicyApiVersions.includes(p.apiVersion)) {
      const served = release.imagePolicyApiVersions;
      findings.push(
        reject(
          p,
          p.loc,
          served.length === 0
            ? `OpenShift ${release.version} does not serve ${p.kind} on the Default feature set (SigstoreImageVerification is off); the object is refused and no signature is required`
            : `apiVersion ${p.apiVersion} is not served by OpenShift ${release.version} (served: ${served.join(', ')}); the object is refused`
        )
      );
    } else if (p.kind === 'ImagePolicy' && !DNS_LABEL.test(p.namespace ?? '')) {
      // The namespace names a node file (/etc/crio/policies/<namespace>.json): only a real one is used.
      findings.push(
        reject(
          p,
          p.loc,
          p.namespace
            ? `metadata.namespace: Invalid value: "${p.namespace}": a namespace must be a DNS-1123 label`
            : 'metadata.namespace is not set: registry-plan cannot tell which namespace the policy applies to (set it in the manifest)'
        )
      );
    } else {
      if (p.scopes.length > MAX_SCOPES)
        findings.push(
          reject(p, p.loc, `spec.scopes: Too many: ${p.scopes.length}: must have at most ${MAX_SCOPES} items`)
        );
      const seen = new Set<string>();
      p.scopes.forEach((s, i) => {
        const problem = seen.has(s) ? `Duplicate value: "${s}"` : scopeProblem(s);
        seen.add(s);
        if (problem) findings.push(reject(p, p.scopeLocs[i] ?? p.loc, `spec.scopes[${i}]: ${problem}`));
      });
      for (const m of policyProblems(p, release)) findings.push(reject(p, p.keyLoc ?? p.loc, m));
    }
    if (findings.length === before) accepted.push(p);
  }
  return { findings, accepted };
}
