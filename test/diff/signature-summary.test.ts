import { describe, expect, it } from '@jest/globals';
import { signaturePolicyChanges } from '../../src/diff/signature-summary.js';
import type { NodeFile } from '../../src/render/types.js';

const signed = (key: string) => ({
  type: 'sigstoreSigned',
  keyData: key,
  signedIdentity: { type: 'matchRepoDigestOrExact' }
});
const policy = (docker: Record<string, unknown[]>, path = '/etc/containers/policy.json'): NodeFile => ({
  node: 'linux',
  path,
  content: JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }], transports: { docker } }),
  origin: 'generated'
});

describe('signaturePolicyChanges', () => {
  it('words a new requirement with the pools it reaches', () => {
    const before = [policy({ 'allow.io': [{ type: 'insecureAcceptAnything' }] })];
    const after = [policy({ 'quay.io/openshift-release-dev/ocp-release': [signed('k')] })];
    expect(signaturePolicyChanges(before, after, ['worker', 'master'])).toEqual([
      {
        source: 'quay.io/openshift-release-dev/ocp-release',
        line: 'signature policy for quay.io/openshift-release-dev/ocp-release now required on pools master, worker'
      }
    ]);
  });
  it('reports removed and changed requirements, and namespace-only scopes once', () => {
    const before = [policy({ 'a.io': [signed('k1')], 'b.io': [signed('k')] })];
    const after = [
      policy({ 'a.io': [signed('k2')] }),
      policy({ 'a.io': [signed('k2')], 'c.io/app': [signed('k')] }, '/etc/crio/policies/shop.json')
    ];
    expect(signaturePolicyChanges(before, after, []).map((x) => x.line)).toEqual([
      'signature policy for a.io changed (keys or identity)',
      'signature policy for b.io no longer required',
      'signature policy for c.io/app now required for namespace shop'
    ]);
  });
});
