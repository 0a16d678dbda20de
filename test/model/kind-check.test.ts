import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseManifests } from '../../src/load/yaml-documents.js';
import { kindFindings } from '../../src/model/kind-check.js';
import { boundedEditDistance, nearMissKind } from '../../src/model/near-miss.js';
import { servedAt } from '../../src/model/served-kinds.js';
import { parseOcpVersion } from '../../src/model/version.js';

const v = (s: string) => parseOcpVersion(s)!;
const docs = (text: string) => parseManifests('k.yaml', text, DEFAULT_LIMITS).docs;

describe('servedAt', () => {
  it('IDMS and ITMS exist from 4.13 only', () => {
    expect(servedAt('ImageDigestMirrorSet', 'config.openshift.io/v1', v('4.12'))).toMatchObject({
      served: false,
      reason: 'not-yet'
    });
    expect(servedAt('ImageTagMirrorSet', 'config.openshift.io/v1', v('4.13'))).toEqual({ served: true });
    expect(servedAt('ImageDigestMirrorSet', 'config.openshift.io/v1', v('5.2'))).toEqual({ served: true });
  });
  it('a known kind under a group/version nobody serves is refused, with the right apiVersion named', () => {
    expect(servedAt('ImageDigestMirrorSet', 'operator.openshift.io/v1alpha1', v('4.20'))).toEqual({
      served: false,
      reason: 'wrong-group-version',
      servedAs: ['config.openshift.io/v1']
    });
    expect(servedAt('ImageContentSourcePolicy', 'operator.openshift.io/v1', v('4.20'))).toMatchObject({
      reason: 'wrong-group-version',
      servedAs: ['operator.openshift.io/v1alpha1']
    });
  });
  it('removed and feature-gated versions', () => {
    expect(servedAt('PinnedImageSet', 'machineconfiguration.openshift.io/v1alpha1', v('4.22'))).toMatchObject({
      reason: 'removed'
    });
    expect(servedAt('PinnedImageSet', 'machineconfiguration.openshift.io/v1alpha1', v('4.17'))).toMatchObject({
      reason: 'feature-gated'
    });
    // release-4.19 payload-manifests/crds serves PinnedImageSet only as v1.
    expect(servedAt('PinnedImageSet', 'machineconfiguration.openshift.io/v1alpha1', v('4.19'))).toMatchObject({
      reason: 'removed'
    });
    expect(servedAt('PinnedImageSet', 'machineconfiguration.openshift.io/v1', v('4.19'))).toEqual({ served: true });
    // release-4.20 payload-manifests/crds serves ClusterImagePolicy only as v1, on every feature set.
    expect(servedAt('ClusterImagePolicy', 'config.openshift.io/v1alpha1', v('4.20'))).toMatchObject({
      reason: 'removed'
    });
    expect(servedAt('MachineConfiguration', 'operator.openshift.io/v1', v('4.14'))).toMatchObject({
      reason: 'not-yet'
    });
  });
  it('other groups that reuse a name are not ours', () => {
    expect(servedAt('Image', 'image.openshift.io/v1', v('4.20'))).toBeUndefined();
    expect(servedAt('Image', 'tekton.dev/v1', v('4.20'))).toBeUndefined();
    expect(servedAt('MachineSet', 'cluster.x-k8s.io/v1beta1', v('4.20'))).toBeUndefined();
    expect(servedAt('Route', 'route.openshift.io/v1', v('4.20'))).toBeUndefined();
  });
});

describe('nearMissKind', () => {
  it('finds typos and case slips of known kinds', () => {
    expect(nearMissKind('ImageDigestMirrorSett')).toBe('ImageDigestMirrorSet');
    expect(nearMissKind('imagedigestmirrorset')).toBe('ImageDigestMirrorSet');
    expect(nearMissKind('ImageTagMirorSet')).toBe('ImageTagMirrorSet');
    expect(nearMissKind('ImageContentSourcePolicys')).toBe('ImageContentSourcePolicy');
    expect(nearMissKind('Imag')).toBe('Image');
  });
  it('leaves exact and unrelated names alone', () => {
    for (const k of [
      'ImageDigestMirrorSet',
      'Route',
      'ImageStream',
      'ImageStreamTag',
      'ImageTag',
      'MachineConfigNode',
      'Machine',
      'KubeletConfig',
      'ImageContentPolicy',
      'ClusterOperator',
      'ImagePruner'
    ])
      expect([k, nearMissKind(k)]).toEqual([k, undefined]);
  });
  it('bounded distance agrees with the textbook definition on small cases', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) d[0]![j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
          );
      return d[a.length]![b.length]!;
    };
    const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'kitten', 'sitting', 'Image', 'Imagee', 'mage', 'xyzzy'];
    for (const a of words)
      for (const b of words)
        for (const limit of [0, 1, 2, 3]) {
          const f = full(a, b);
          expect([a, b, limit, boundedEditDistance(a, b, limit)]).toEqual([a, b, limit, f <= limit ? f : limit + 1]);
        }
  });
  it('a huge kind name costs nothing', () => {
    expect(nearMissKind('I'.repeat(1_000_000))).toBeUndefined();
  });
});

describe('kindFindings', () => {
  it('IDMS on 4.12 is an error naming the kind line', () => {
    const f = kindFindings(
      docs(`apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: a}
spec: {imageDigestMirrors: [{source: quay.io/a, mirrors: [m.example.com/a]}]}
`),
      v('4.12')
    );
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'kind-not-served',
        severity: 'error',
        file: 'k.yaml',
        line: 2,
        object: 'ImageDigestMirrorSet/a'
      })
    ]);
    expect(f[0]!.message).toContain('exists from 4.13');
    expect(
      kindFindings(
        docs(`apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata: {name: a}\n`),
        v('4.13')
      )
    ).toEqual([]);
  });
  it('wrong group/version and misspelled kinds, each with its line', () => {
    const f = kindFindings(
      docs(`apiVersion: operator.openshift.io/v1alpha1
kind: ImageDigestMirrorSet
metadata: {name: a}
---
apiVersion: operator.openshift.io/v1
kind: ImageContentSourcePolicy
metadata: {name: b}
---
apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSett
metadata: {name: c}
---
apiVersion: tekton.dev/v1
kind: ImageDigestMirrorSett
metadata: {name: d}
---
apiVersion: image.openshift.io/v1
kind: Image
metadata: {name: e}
`),
      v('4.20')
    );
    expect(f.map((x) => [x.rule, x.line, x.object])).toEqual([
      ['kind-not-served', 2, 'ImageDigestMirrorSet/a'],
      ['kind-not-served', 6, 'ImageContentSourcePolicy/b'],
      ['kind-misspelled', 10, 'ImageDigestMirrorSett/c']
    ]);
    expect(f[0]!.message).toContain('apiVersion: config.openshift.io/v1');
    expect(f[2]!.message).toContain('looks like ImageDigestMirrorSet');
  });
});
