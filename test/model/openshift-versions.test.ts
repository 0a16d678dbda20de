// The version table: what each modelled OpenShift release changes (docs/openshift-versions.md).
import { describe, expect, it } from '@jest/globals';
import { createPublicKey } from 'node:crypto';
import {
  lookupRelease,
  NEWEST_GA_VERSION,
  OPENSHIFT_RELEASES,
  releaseFor
} from '../../src/model/openshift-versions.js';
import { payloadImagePolicy, RED_HAT_RELEASE_KEY_DATA } from '../../src/model/payload-image-policy.js';
import { parseOcpVersion } from '../../src/model/version.js';

const rel = (v: string) => {
  const r = lookupRelease(parseOcpVersion(v)!);
  if (!r.release) throw new Error(r.error);
  return r.release;
};
const RELEASE = 'quay.io/openshift-release-dev/ocp-release';
const ART4 = 'quay.io/openshift-release-dev/ocp-v4.0-art-dev';
const ART5 = 'quay.io/openshift-release-dev/ocp-v5.0-art-dev';

describe('version table', () => {
  it('4.20: gate on, v1 served, no payload policy for Default clusters, admin ack before 4.21', () => {
    const r = rel('4.20');
    expect(r).toMatchObject({
      status: 'ga',
      sigstoreImageVerification: true,
      sigstoreImageVerificationPKI: false,
      imagePolicyApiVersions: ['config.openshift.io/v1'],
      payloadPolicyScopes: [],
      ndpCredentialProviderAndIri: false,
      sigstoreAdminAckForNextUpgrade: true
    });
    expect(payloadImagePolicy(r)).toBeUndefined();
  });

  it('4.21: PKI on, the payload requires Red Hat signatures on the release repository', () => {
    const r = rel('4.21');
    expect(r).toMatchObject({
      status: 'ga',
      branches: { mco: 'release-4.21', api: 'release-4.21', updateKeys: 'release-4.21' },
      sigstoreImageVerification: true,
      sigstoreImageVerificationPKI: true,
      imagePolicyApiVersions: ['config.openshift.io/v1'],
      payloadPolicyScopes: [RELEASE],
      ndpCredentialProviderAndIri: false,
      registrySourcesCelRule: false
    });
    expect(payloadImagePolicy(r)?.scopes).toEqual([RELEASE]);
  });

  it('4.22: three payload scopes, credential-provider and IRI disruption entries, no CEL rule yet', () => {
    expect(rel('4.22')).toMatchObject({
      status: 'ga',
      payloadPolicyScopes: [RELEASE, ART4, ART5],
      ndpCredentialProviderAndIri: true,
      registrySourcesCelRule: false,
      imagePolicyApiVersions: ['config.openshift.io/v1']
    });
  });

  it('5.0: pre-release, registrySources CEL rule, same signature behaviour as 4.22', () => {
    expect(rel('5.0')).toMatchObject({
      status: 'pre-release',
      branches: { mco: 'release-5.0', api: 'release-5.0', updateKeys: 'release-5.0' },
      sigstoreImageVerification: true,
      sigstoreImageVerificationPKI: true,
      payloadPolicyScopes: [RELEASE, ART4, ART5],
      ndpCredentialProviderAndIri: true,
      registrySourcesCelRule: true
    });
  });

  it('4.19 and older: no signature policies on the Default feature set', () => {
    for (const v of ['4.12', '4.18', '4.19']) {
      expect(rel(v)).toMatchObject({
        sigstoreImageVerification: false,
        imagePolicyApiVersions: [],
        payloadPolicyScopes: []
      });
    }
  });

  it('the default is the newest GA release', () => {
    const ga = OPENSHIFT_RELEASES.filter((r) => r.status === 'ga');
    expect(NEWEST_GA_VERSION).toBe(ga[ga.length - 1]!.version);
    expect(NEWEST_GA_VERSION).toBe('4.22');
  });

  it('says clearly which versions it does not model', () => {
    expect(lookupRelease(parseOcpVersion('4.23')!).error).toMatch(/4\.23 is not modelled: .*5\.0 code line.*use 5\.0/);
    expect(lookupRelease(parseOcpVersion('4.24')!).error).toBe(
      'OpenShift 4.24 is not modelled: registry-plan models 4.1–4.22 and 5.0–5.2 (newest GA: 4.22)'
    );
    expect(lookupRelease(parseOcpVersion('6.0')!).error).toMatch(/^OpenShift 6\.0 is not modelled/);
    expect(lookupRelease(parseOcpVersion('3.11')!).error).toMatch(/^OpenShift 3\.11 is not modelled/);
  });

  it('releaseFor falls back to the newest modelled release below an unmodelled version', () => {
    expect(releaseFor(parseOcpVersion('4.23')!).version).toBe('4.22');
    expect(releaseFor(parseOcpVersion('5.9')!).version).toBe('5.2');
  });
});

describe('payload default policy', () => {
  it('carries the Red Hat release key as a parseable 4096-bit RSA public key', () => {
    const pem = Buffer.from(RED_HAT_RELEASE_KEY_DATA, 'base64').toString('utf8');
    expect(pem.startsWith('-----BEGIN PUBLIC KEY-----\n')).toBe(true);
    const key = createPublicKey(pem);
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(4096);
  });
});

describe('default version', () => {
  it('DEFAULT_OPENSHIFT_VERSION is the newest GA release of the table', async () => {
    const { DEFAULT_OPENSHIFT_VERSION } = await import('../../src/model/version.js');
    expect(DEFAULT_OPENSHIFT_VERSION).toBe(NEWEST_GA_VERSION);
  });
});
