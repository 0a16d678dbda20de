// Signature-policy findings (docs/rules.md) and version-aware admission of the policy objects.
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import type { ImagePolicyObject } from '../../src/model/image-policy.js';
import { admitImagePolicies } from '../../src/model/image-policy-api.js';
import { releaseFor } from '../../src/model/openshift-versions.js';
import { payloadImagePolicy } from '../../src/model/payload-image-policy.js';
import type { MirrorSetObject } from '../../src/model/types.js';
import { parseOcpVersion } from '../../src/model/version.js';
import { signatureFindings, type SignatureCheckInput } from '../../src/policy/rules/signature-policies.js';
import { scopePolicies } from '../../src/render/linux/sigstore-scopes.js';

const rel = (v: string) => releaseFor(parseOcpVersion(v)!);
const loc = (line: number) => ({ file: 'p.yaml', line });
const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();
const KEY = Buffer.from(pem).toString('base64');

function policy(over: Partial<ImagePolicyObject> = {}): ImagePolicyObject {
  const scopes = over.scopes ?? ['registry.example.com/team'];
  return {
    kind: 'ClusterImagePolicy',
    apiVersion: 'config.openshift.io/v1',
    name: 'team',
    loc: loc(1),
    scopes,
    scopeLocs: scopes.map((_, i) => loc(10 + i)),
    policy: { rootOfTrust: { policyType: 'PublicKey', publicKey: { keyData: KEY } } },
    keyLoc: loc(20),
    origin: 'repository',
    ...over
  };
}

function idms(source: string, mirrors: string[], mirrorSourcePolicy = ''): MirrorSetObject {
  return {
    kind: 'ImageDigestMirrorSet',
    name: 'mirrors',
    loc: loc(30),
    entries: [
      { source, mirrors, mirrorSourcePolicy, loc: loc(31), sourceLoc: loc(32), mirrorLocs: mirrors.map(() => loc(33)) }
    ]
  };
}

const input = (over: Partial<SignatureCheckInput>): SignatureCheckInput => ({
  clusterPolicies: [],
  imagePolicies: [],
  mirrorSets: [],
  workloads: [],
  signedMirrors: [],
  conflicts: [],
  ...over
});

describe('signature-mirror-unsigned', () => {
  it('is an error for release mirrors under the 4.21 payload policy, and says how to fix it', () => {
    const f = signatureFindings(
      input({
        clusterPolicies: [payloadImagePolicy(rel('4.21'))!],
        mirrorSets: [idms('quay.io/openshift-release-dev/ocp-release', ['mirror.corp:5000/ocp/release'])]
      })
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'signature-mirror-unsigned',
      severity: 'error',
      loc: loc(32),
      object: 'ImageDigestMirrorSet/mirrors'
    });
    expect(f[0]!.message).toMatch(
      /quay\.io\/openshift-release-dev\/ocp-release .*ClusterImagePolicy\/openshift.*mirror\.corp:5000\/ocp\/release.*policy\.signedMirrors/
    );
  });
  it('is quiet for mirrors declared as carrying signatures, and for unrelated sources', () => {
    const cip = [payloadImagePolicy(rel('4.22'))!];
    expect(
      signatureFindings(
        input({
          clusterPolicies: cip,
          signedMirrors: ['mirror.corp:5000'],
          mirrorSets: [idms('quay.io/openshift-release-dev', ['mirror.corp:5000/ocp'])]
        })
      )
    ).toEqual([]);
    expect(
      signatureFindings(input({ clusterPolicies: cip, mirrorSets: [idms('registry.example.com', ['m.example.com'])] }))
    ).toEqual([]);
  });
  it('is a warning for a repository policy unless the entry never contacts the source', () => {
    const m = [idms('registry.example.com', ['m.example.com'])];
    expect(signatureFindings(input({ clusterPolicies: [policy()], mirrorSets: m }))[0]).toMatchObject({
      severity: 'warning'
    });
    const never = [idms('registry.example.com', ['m.example.com'], 'NeverContactSource')];
    expect(signatureFindings(input({ clusterPolicies: [policy()], mirrorSets: never }))[0]).toMatchObject({
      severity: 'error'
    });
  });
});

describe('signature-scope-unused', () => {
  const workloads = [
    {
      image: 'registry.example.com/team/app:1',
      file: 'd.yaml',
      line: 3,
      workload: 'Deployment/app',
      container: 'app',
      windows: false
    }
  ];
  it('reports a scope nothing pulls from (a typo), at the scope', () => {
    const f = signatureFindings(
      input({ clusterPolicies: [policy({ scopes: ['registry.example.com/teem'] })], workloads })
    );
    expect(f).toEqual([expect.objectContaining({ rule: 'signature-scope-unused', loc: loc(10) })]);
  });
  it('accepts a scope a workload is under, and stays quiet when the repository pulls nothing', () => {
    expect(signatureFindings(input({ clusterPolicies: [policy()], workloads }))).toEqual([]);
    expect(signatureFindings(input({ clusterPolicies: [policy({ scopes: ['registry.example.com/teem'] })] }))).toEqual(
      []
    );
  });
});

describe('signature-key-invalid', () => {
  it('reports key data that is not a public key', () => {
    const bad = Buffer.from('-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n').toString('base64');
    const p = policy({ policy: { rootOfTrust: { policyType: 'PublicKey', publicKey: { keyData: bad } } } });
    expect(signatureFindings(input({ clusterPolicies: [p] }))).toEqual([
      expect.objectContaining({ rule: 'signature-key-invalid', loc: loc(20), object: 'ClusterImagePolicy/team' })
    ]);
    expect(signatureFindings(input({ clusterPolicies: [policy()] }))).toEqual([]);
  });
});

describe('signature-scope-conflict', () => {
  it('reports ImagePolicy scopes a ClusterImagePolicy overrides', () => {
    const ip = policy({ kind: 'ImagePolicy', namespace: 'app', name: 'n', scopes: ['registry.example.com/team/app'] });
    const s = scopePolicies([policy()], [ip]);
    if (s.error !== undefined) throw new Error(s.error);
    const f = signatureFindings(input({ conflicts: s.conflicts }));
    expect(f).toEqual([
      expect.objectContaining({ rule: 'signature-scope-conflict', object: 'ImagePolicy/app/n', loc: loc(10) })
    ]);
  });
});

describe('admitImagePolicies', () => {
  it('refuses an unserved apiVersion as an error, per version', () => {
    const alpha = policy({ apiVersion: 'config.openshift.io/v1alpha1' });
    const r = admitImagePolicies([alpha, policy()], rel('4.22'));
    expect(r.accepted.map((p) => p.apiVersion)).toEqual(['config.openshift.io/v1']);
    expect(r.findings[0]).toMatchObject({ rule: 'api-rejected', severity: 'error' });
    expect(r.findings[0]!.message).toContain(
      'config.openshift.io/v1alpha1 is not served by OpenShift 4.22 (served: config.openshift.io/v1)'
    );
    expect(admitImagePolicies([policy()], rel('4.19')).findings[0]!.message).toContain(
      'does not serve ClusterImagePolicy'
    );
  });
  it('checks scopes and the PKI gate as the API of that version does', () => {
    const p = policy({ scopes: ['registry/team', 'registry.example.com/Team', 'a.*.com', 'ok.example.com/x:tag'] });
    const msgs = admitImagePolicies([p], rel('4.22')).findings.map((f) => f.message);
    expect(msgs).toEqual([
      expect.stringContaining(
        "spec.scopes[0]: invalid image scope format, scope must contain a fully qualified domain name or 'localhost'"
      ),
      expect.stringContaining('spec.scopes[1]: invalid repository namespace or image specification in the image scope'),
      expect.stringContaining('spec.scopes[2]: invalid image scope with wildcard')
    ]);
    const pki = policy({
      policy: {
        rootOfTrust: { policyType: 'PKI', pki: { caRootsData: KEY, pkiCertificateSubject: { email: 'a@b.c' } } }
      }
    });
    expect(
      admitImagePolicies([pki], rel('4.20'))
        .findings.map((f) => f.message)
        .join('\n')
    ).toContain('Unsupported value: "PKI"');
    expect(
      admitImagePolicies([pki], rel('4.21'))
        .findings.map((f) => f.message)
        .join('\n')
    ).not.toContain('Unsupported value');
  });
});

describe('admitImagePolicies namespaces', () => {
  it('refuses an ImagePolicy without a usable namespace, so no node path is built from it', () => {
    const ip = (namespace?: string) =>
      policy({ kind: 'ImagePolicy', ...(namespace !== undefined ? { namespace } : {}) });
    expect(admitImagePolicies([ip('shop')], rel('4.22')).accepted).toHaveLength(1);
    for (const bad of ['../../etc', 'Shop', '', undefined]) {
      const r = admitImagePolicies([ip(bad)], rel('4.22'));
      expect(r.accepted).toEqual([]);
      expect(r.findings[0]).toMatchObject({ rule: 'api-rejected', severity: 'error' });
    }
  });
});
