import { describe, expect, it } from '@jest/globals';
import { mayHoldNodeConfig } from '../../src/load/prefilter.js';

describe('prefilter: near-miss kinds are parsed, not skipped', () => {
  it('lets a misspelled OpenShift kind through, and leaves other groups and unrelated kinds out', () => {
    expect(mayHoldNodeConfig('apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSett\n')).toBe(true);
    expect(mayHoldNodeConfig('apiVersion: config.openshift.io/v1\nkind: imagetagmirrorset\n')).toBe(true);
    expect(mayHoldNodeConfig('apiVersion: route.openshift.io/v1\nkind: Route\n')).toBe(false);
    expect(mayHoldNodeConfig('apiVersion: apps/v1\nkind: Deployment\n')).toBe(false);
  });
  it('lets the platform-image kinds through with their group', () => {
    expect(mayHoldNodeConfig('apiVersion: operators.coreos.com/v1alpha1\nkind: CatalogSource\n')).toBe(true);
    expect(mayHoldNodeConfig('apiVersion: updateservice.operator.openshift.io/v1\nkind: UpdateService\n')).toBe(true);
    expect(mayHoldNodeConfig('apiVersion: machineconfiguration.openshift.io/v1\nkind: PinnedImageSet\n')).toBe(true);
  });
  it('scans a large OpenShift manifest of many Routes without a near miss', () => {
    const text = 'apiVersion: route.openshift.io/v1\nkind: Route\nmetadata: {name: r}\n---\n'.repeat(20000);
    expect(mayHoldNodeConfig(text)).toBe(false);
  });
});
