/**
 * ClusterImagePolicy and ImagePolicy (config.openshift.io): one manifest into the model. Only shapes are checked here;
 * what the API server of a given OpenShift version accepts (served apiVersion, policyType, scope
 * format) is version-dependent and checked in image-policy-api.ts.
 */
import type {
  ImagePolicyKind,
  ImagePolicyObject,
  PolicyIdentity,
  PolicyRootOfTrust,
  SigstoreVerificationPolicy
} from '../image-policy.js';
import { annotationsOf, type KindTable, type Reader } from '../reader.js';
import type { Loc } from '../types.js';

type ManifestReader = Reader;

const SPEC_POLICY = ['spec', 'policy'];
const ROT = [...SPEC_POLICY, 'rootOfTrust'];

function rootOfTrust(r: ManifestReader): PolicyRootOfTrust | undefined {
  const policyType = r.string([...ROT, 'policyType']);
  if (policyType === undefined) {
    r.reject([...ROT, 'policyType'], 'policyType is required');
    return undefined;
  }
  const out: PolicyRootOfTrust = { policyType };
  if (r.object([...ROT, 'publicKey'])) {
    const p = [...ROT, 'publicKey'];
    const rekor = r.string([...p, 'rekorKeyData']);
    out.publicKey = {
      keyData: r.string([...p, 'keyData']) ?? '',
      ...(rekor !== undefined ? { rekorKeyData: rekor } : {})
    };
  }
  if (r.object([...ROT, 'fulcioCAWithRekor'])) {
    const p = [...ROT, 'fulcioCAWithRekor'];
    out.fulcioCAWithRekor = {
      fulcioCAData: r.string([...p, 'fulcioCAData']) ?? '',
      rekorKeyData: r.string([...p, 'rekorKeyData']) ?? '',
      fulcioSubject: {
        oidcIssuer: r.string([...p, 'fulcioSubject', 'oidcIssuer']) ?? '',
        signedEmail: r.string([...p, 'fulcioSubject', 'signedEmail']) ?? ''
      }
    };
  }
  if (r.object([...ROT, 'pki'])) {
    const p = [...ROT, 'pki'];
    const inter = r.string([...p, 'caIntermediatesData']);
    const email = r.string([...p, 'pkiCertificateSubject', 'email']);
    const hostname = r.string([...p, 'pkiCertificateSubject', 'hostname']);
    out.pki = {
      caRootsData: r.string([...p, 'caRootsData']) ?? '',
      ...(inter !== undefined ? { caIntermediatesData: inter } : {}),
      pkiCertificateSubject: {
        ...(email !== undefined ? { email } : {}),
        ...(hostname !== undefined ? { hostname } : {})
      }
    };
  }
  return out;
}

function signedIdentity(r: ManifestReader): PolicyIdentity | undefined {
  const p = [...SPEC_POLICY, 'signedIdentity'];
  if (!r.object(p)) return undefined;
  const out: PolicyIdentity = { matchPolicy: r.string([...p, 'matchPolicy']) ?? '' };
  const repo = r.string([...p, 'exactRepository', 'repository']);
  if (repo !== undefined) out.exactRepository = { repository: repo };
  if (r.object([...p, 'remapIdentity'])) {
    out.remapIdentity = {
      prefix: r.string([...p, 'remapIdentity', 'prefix']) ?? '',
      signedPrefix: r.string([...p, 'remapIdentity', 'signedPrefix']) ?? ''
    };
  }
  return out;
}

/** The key material's place, for findings about a key that does not parse. */
function keyLoc(r: ManifestReader, rot: PolicyRootOfTrust): Loc {
  if (rot.publicKey) return r.loc([...ROT, 'publicKey', 'keyData']);
  if (rot.fulcioCAWithRekor) return r.loc([...ROT, 'fulcioCAWithRekor', 'fulcioCAData']);
  if (rot.pki) return r.loc([...ROT, 'pki', 'caRootsData']);
  return r.loc(ROT);
}

export function imagePolicyObject(r: ManifestReader, kind: ImagePolicyKind): ImagePolicyObject | undefined {
  const scopes = r.strings(['spec', 'scopes']);
  if (scopes === undefined) {
    r.reject(['spec', 'scopes'], 'scopes is required');
    return undefined;
  }
  if (!r.object(SPEC_POLICY)) {
    r.reject(SPEC_POLICY, 'policy is required');
    return undefined;
  }
  if (!r.object(ROT)) {
    r.reject(ROT, 'rootOfTrust is required');
    return undefined;
  }
  const rot = rootOfTrust(r);
  if (!rot) return undefined;
  const identity = signedIdentity(r);
  const policy: SigstoreVerificationPolicy = { rootOfTrust: rot, ...(identity ? { signedIdentity: identity } : {}) };
  return {
    kind,
    apiVersion: r.doc.apiVersion,
    name: r.doc.name,
    ...(kind === 'ImagePolicy' ? { namespace: r.doc.namespace } : {}),
    loc: r.loc(),
    scopes,
    scopeLocs: scopes.map((_, i) => r.loc(['spec', 'scopes', i])),
    policy,
    keyLoc: keyLoc(r, rot),
    origin: 'repository',
    ...annotationsOf(r)
  };
}

/** Both kinds, matched with their API group; any apiVersion is kept (admission is per OpenShift version). */
export const imagePolicyKinds: KindTable = {
  ClusterImagePolicy: (r, ctx) => {
    if (ctx.group !== 'config.openshift.io' || ctx.isDuplicate(r)) return;
    const p = imagePolicyObject(r, 'ClusterImagePolicy');
    if (p) ctx.model.clusterImagePolicies.push(p);
  },
  ImagePolicy: (r, ctx) => {
    if (ctx.group !== 'config.openshift.io' || ctx.isDuplicate(r)) return;
    const p = imagePolicyObject(r, 'ImagePolicy');
    if (p) ctx.model.imagePolicies.push(p);
  }
};
