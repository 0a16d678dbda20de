/**
 * One ClusterImagePolicy / ImagePolicy `spec.policy` as the containers/image `sigstoreSigned` policy
 * requirement MCO builds from it (helpers.go `policyItemFromSpec`, same behaviour release-4.20 … main;
 * release-4.19 read config/v1alpha1 with the same result). The requirement is a Go struct, so its
 * fields come out in c/image's declaration order (signature/policy_types.go `prSigstoreSigned`), not sorted.
 */
import type { SigstoreVerificationPolicy } from '../../model/image-policy.js';
import { parseNormalizedNamed } from './docker-reference.js';
import { goQuote } from './go-format.js';
import { decodeGoBytes, encodeGoBytes, type GoStruct } from './go-json.js';

export type RequirementResult =
  { requirement: GoStruct; error?: undefined } | { requirement?: undefined; error: string };

/** A byte field as Go writes it back: decoded from the manifest's base64, re-encoded canonically. */
function bytesField(text: string | undefined, field: string): string | undefined {
  if (text === undefined) return undefined;
  const b = decodeGoBytes(text);
  if (!b) throw new RequirementError(`${field}: illegal base64 data`);
  return encodeGoBytes(b);
}

class RequirementError extends Error {}

function signedIdentity(policy: SigstoreVerificationPolicy): GoStruct {
  const id = policy.signedIdentity;
  if (id === undefined) return { type: 'matchRepoDigestOrExact' };
  switch (id.matchPolicy) {
    case 'RemapIdentity':
      // c/image validateIdentityRemappingPrefix accepts every value the API's pattern admits.
      return {
        type: 'remapIdentity',
        prefix: id.remapIdentity?.prefix ?? '',
        signedPrefix: id.remapIdentity?.signedPrefix ?? ''
      };
    case 'ExactRepository': {
      const repo = id.exactRepository?.repository ?? '';
      try {
        parseNormalizedNamed(repo);
      } catch (e) {
        throw new RequirementError(
          `error getting signedIdentity for ExactRepository: Invalid format of dockerRepository ${goQuote(repo)}: ${(e as Error).message}`
        );
      }
      return { type: 'exactRepository', dockerRepository: repo };
    }
    case 'MatchRepository':
      return { type: 'matchRepository' };
    case 'MatchRepoDigestOrExact':
      return { type: 'matchRepoDigestOrExact' };
    default:
      throw new RequirementError(`unknown signedIdentity match policy: ${id.matchPolicy}`);
  }
}

/** c/image prSigstoreSignedPKI field order; subject fields only when non-empty (MCO adds them so). */
function pkiStruct(policy: SigstoreVerificationPolicy): GoStruct {
  const pki = policy.rootOfTrust.pki!;
  const out: GoStruct = { caRootsData: bytesField(pki.caRootsData, 'caRootsData')! };
  const inter = pki.caIntermediatesData ? bytesField(pki.caIntermediatesData, 'caIntermediatesData') : undefined;
  if (inter) out.caIntermediatesData = inter;
  const email = pki.pkiCertificateSubject?.email ?? '';
  const host = pki.pkiCertificateSubject?.hostname ?? '';
  if (email === '' && host === '') {
    throw new RequirementError('At least one of subjectEmail, subjectHostname must be specified');
  }
  if (email !== '') out.subjectEmail = email;
  if (host !== '') out.subjectHostname = host;
  return out;
}

/** MCO `policyItemFromSpec` + c/image `NewPRSigstoreSigned`. */
export function policyRequirement(policy: SigstoreVerificationPolicy): RequirementResult {
  try {
    const rot = policy.rootOfTrust;
    let keyData: string | undefined;
    let fulcio: GoStruct | undefined;
    let rekor: string | undefined;
    let pki: GoStruct | undefined;
    if (rot.policyType === 'PublicKey' && rot.publicKey) {
      keyData = bytesField(rot.publicKey.keyData, 'keyData');
      // An empty rekorKeyData is Go's len()==0: no Rekor requirement.
      if (rot.publicKey.rekorKeyData) rekor = bytesField(rot.publicKey.rekorKeyData, 'rekorKeyData');
    } else if (rot.policyType === 'FulcioCAWithRekor' && rot.fulcioCAWithRekor) {
      const f = rot.fulcioCAWithRekor;
      const subject = f.fulcioSubject ?? { oidcIssuer: '', signedEmail: '' };
      if (!subject.oidcIssuer) throw new RequirementError('oidcIssuer not specified');
      if (!subject.signedEmail) throw new RequirementError('subjectEmail not specified');
      fulcio = {
        caData: bytesField(f.fulcioCAData, 'fulcioCAData')!,
        oidcIssuer: subject.oidcIssuer,
        subjectEmail: subject.signedEmail
      };
      rekor = bytesField(f.rekorKeyData ?? '', 'rekorKeyData');
    } else if (rot.policyType === 'PKI' && rot.pki) {
      pki = pkiStruct(policy);
    } else {
      throw new RequirementError(
        'exactly one of keyPath, keyPaths, keyData, keyDatas, fulcio, and pki must be specified'
      );
    }
    const out: GoStruct = { type: 'sigstoreSigned' };
    if (keyData !== undefined) out.keyData = keyData;
    if (fulcio) out.fulcio = fulcio;
    if (rekor !== undefined && rekor !== '') out.rekorPublicKeyData = rekor;
    else if (fulcio) {
      throw new RequirementError(
        'At least one of rekorPublickeyPath, rekorPublicKeyPaths, rekorPublickeyData and rekorPublicKeyDatas must be specified if fulcio is used'
      );
    }
    if (pki) out.pki = pki;
    out.signedIdentity = signedIdentity(policy);
    return { requirement: out };
  } catch (e) {
    if (e instanceof RequirementError) return { error: e.message };
    throw e;
  }
}
