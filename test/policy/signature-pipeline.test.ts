// Signature-policy rules through the real pipeline (load → model → render → plan → policy).
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { run } from './support.js';

const KEY = Buffer.from(
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
).toString('base64');

const RELEASE_IDMS = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: release}
spec:
  imageDigestMirrors:
  - source: quay.io/openshift-release-dev/ocp-release
    mirrors: [mirror.corp.example.com:5000/ocp/release]
`;

const cip = (apiVersion: string, scope: string, keyData = KEY) => `apiVersion: ${apiVersion}
kind: ClusterImagePolicy
metadata: {name: team}
spec:
  scopes: [${scope}]
  policy:
    rootOfTrust:
      policyType: PublicKey
      publicKey:
        keyData: ${keyData}
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
      - name: web
        image: registry.example.com/team/web:1
`;

const ofRule = <F extends { rule: string }>(fs: F[], rule: string): F[] => fs.filter((f) => f.rule === rule);

describe('signature policies in the plan', () => {
  it('release mirrors under the 4.22 payload policy are an error unless declared signed', () => {
    const hit = ofRule(run({ 'idms.yaml': RELEASE_IDMS }).findings, 'signature-mirror-unsigned');
    expect(hit).toEqual([expect.objectContaining({ severity: 'error', file: 'idms.yaml', line: 6 })]);
    const ok = run(
      { 'idms.yaml': RELEASE_IDMS },
      { config: 'policy: {signedMirrors: [mirror.corp.example.com:5000/ocp]}' }
    );
    expect(ofRule(ok.findings, 'signature-mirror-unsigned')).toEqual([]);
    const old = run({ 'idms.yaml': RELEASE_IDMS }, { config: 'openshiftVersion: "4.20"' });
    expect(ofRule(old.findings, 'signature-mirror-unsigned')).toEqual([]);
  });

  it('an unserved apiVersion is a kind-not-served error and the object is not rendered', () => {
    const r = run({ 'cip.yaml': cip('config.openshift.io/v1alpha1', 'registry.example.com/team') });
    expect(ofRule(r.findings, 'kind-not-served')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining(
          'OpenShift 4.22 no longer serves config.openshift.io/v1alpha1 ClusterImagePolicy (removed in 4.20)'
        )
      })
    ]);
    expect(r.head.linux.policyJson.content).not.toContain('registry.example.com/team');
  });

  it('renders a served policy into policy.json and reports a typo scope and a bad key', () => {
    const good = run({
      'cip.yaml': cip('config.openshift.io/v1', 'registry.example.com/team'),
      'web.yaml': deployment
    });
    expect(good.head.linux.policyJson.content).toContain('"registry.example.com/team": [');
    expect(ofRule(good.findings, 'signature-scope-unused')).toEqual([]);
    const typo = run({
      'cip.yaml': cip('config.openshift.io/v1', 'registry.example.com/teem'),
      'web.yaml': deployment
    });
    expect(ofRule(typo.findings, 'signature-scope-unused')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'cip.yaml', line: 5 })
    ]);
    const notAKey = Buffer.from('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n').toString('base64');
    const bad = run({
      'cip.yaml': cip('config.openshift.io/v1', 'registry.example.com/team', notAKey),
      'web.yaml': deployment
    });
    expect(ofRule(bad.findings, 'signature-key-invalid')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'cip.yaml', line: 10 })
    ]);
  });

  it('the plan words a new signature requirement with its pools and reloads CRI-O without drain', () => {
    const r = run({ 'cip.yaml': cip('config.openshift.io/v1', 'registry.example.com/team') }, { base: {} });
    expect(r.head.files.map((f) => f.path)).toContain('/etc/containers/registries.d/sigstore-registries.yaml');
    const team = r.plan.registries.find((x) => x.source === 'registry.example.com/team');
    expect(team?.summary).toEqual([
      'signature policy for registry.example.com/team now required on pools master, worker'
    ]);
    for (const p of r.plan.pools) expect(p.disruption).toBe('reload');
  });
});
