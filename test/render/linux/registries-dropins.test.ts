import { describe, expect, it } from '@jest/globals';
import { selectorMatches } from '../../../src/model/label-selector.js';
import { quantityBytes } from '../../../src/model/machine-configs.js';
import { pullEndpointsFrom } from '../../../src/render/linux/pull-sources.js';
import { isRegistriesDropIn, mergeRegistriesConfigs } from '../../../src/render/linux/registries-dropins.js';

const MAIN = {
  path: '/etc/containers/registries.conf',
  text: `unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]

[[registry]]
  location = "quay.io"
  [[registry.mirror]]
    location = "main-mirror.example.com/quay"
`
};
const dropIn = (name: string, text: string) => ({ path: `/etc/containers/registries.conf.d/${name}`, text });
const endpoints = (m: ReturnType<typeof mergeRegistriesConfigs>, image: string) =>
  pullEndpointsFrom(m.loaded, image).endpoints.map((e) => e.location);

describe('mergeRegistriesConfigs (containers/image registries.conf.d)', () => {
  it('a drop-in [[registry]] replaces the whole entry with the same prefix', () => {
    const m = mergeRegistriesConfigs(MAIN, [
      dropIn(
        '50-cache.conf',
        '[[registry]]\nlocation = "quay.io"\n[[registry.mirror]]\nlocation = "cache.example.com/quay"\n'
      )
    ]);
    expect(endpoints(m, 'quay.io/app/web:1')).toEqual(['cache.example.com/quay/app/web', 'quay.io/app/web']);
  });

  it('drop-ins apply in lexical order: the later file wins', () => {
    const a = dropIn(
      '10-a.conf',
      '[[registry]]\nlocation = "docker.io"\n[[registry.mirror]]\nlocation = "a.example.com/hub"\n'
    );
    const b = dropIn(
      '20-b.conf',
      '[[registry]]\nlocation = "docker.io"\n[[registry.mirror]]\nlocation = "b.example.com/hub"\n'
    );
    const m = mergeRegistriesConfigs(MAIN, [b, a]);
    expect(m.applied).toEqual([a.path, b.path]);
    expect(endpoints(m, 'docker.io/library/busybox:1')).toEqual([
      'b.example.com/hub/library/busybox',
      'docker.io/library/busybox'
    ]);
  });

  it('entries of other prefixes are kept; the search list is replaced only when a drop-in sets it', () => {
    const m = mergeRegistriesConfigs(MAIN, [
      dropIn('01-image-searchRegistries.conf', 'unqualified-search-registries = ["quay.io"]\n'),
      dropIn('99-other.conf', '[[registry]]\nlocation = "ghcr.io"\nblocked = true\n')
    ]);
    expect(m.unqualifiedSearchRegistries).toEqual(['quay.io']);
    expect(endpoints(m, 'quay.io/app/web:1')).toEqual(['main-mirror.example.com/quay/app/web', 'quay.io/app/web']);
  });

  it('only *.conf files directly inside registries.conf.d are read', () => {
    expect(isRegistriesDropIn('/etc/containers/registries.conf.d/x.conf')).toBe(true);
    expect(isRegistriesDropIn('/etc/containers/registries.conf.d/x.conf.bak')).toBe(false);
    expect(isRegistriesDropIn('/etc/containers/registries.conf.d/sub/x.conf')).toBe(false);
    const m = mergeRegistriesConfigs(MAIN, [dropIn('x.toml', 'not = [valid')]);
    expect(m.loaded.error).toBeUndefined();
  });

  it('a drop-in c/image cannot load fails every pull, naming the file', () => {
    expect(mergeRegistriesConfigs(MAIN, [dropIn('50-bad.conf', '[[registry]]\ninsecure = "yes"\n')]).loaded.error).toBe(
      '/etc/containers/registries.conf.d/50-bad.conf: registry.insecure must be true or false'
    );
    expect(
      mergeRegistriesConfigs(MAIN, [dropIn('50-bad.conf', '[[registry]]\nprefix = "quay.io"\n')]).loaded.error
    ).toBe(
      'loading drop-in registries configuration "/etc/containers/registries.conf.d/50-bad.conf": invalid condition: location is unset and prefix is not in the format: *.example.com'
    );
  });

  it('an absent registries.conf starts from an empty configuration', () => {
    const m = mergeRegistriesConfigs(undefined, [
      dropIn('a.conf', '[[registry]]\nlocation = "x.io"\nblocked = true\n')
    ]);
    expect(pullEndpointsFrom(m.loaded, 'x.io/a:1').endpoints[0]!.blocked).toBe(true);
  });
});

describe('label selectors and quantities', () => {
  it('evaluates matchLabels and every expression operator', () => {
    const labels = { 'machineconfiguration.openshift.io/role': 'infra', tier: 'a' };
    const sel = (matchExpressions: { key: string; operator: string; values: string[] }[]) =>
      selectorMatches({ matchLabels: {}, matchExpressions }, labels);
    expect(sel([{ key: 'machineconfiguration.openshift.io/role', operator: 'In', values: ['worker', 'infra'] }])).toBe(
      true
    );
    expect(sel([{ key: 'tier', operator: 'NotIn', values: ['a'] }])).toBe(false);
    expect(sel([{ key: 'zone', operator: 'DoesNotExist', values: [] }])).toBe(true);
    expect(sel([{ key: 'zone', operator: 'Exists', values: [] }])).toBe(false);
    expect(sel([{ key: 'tier', operator: 'Equals', values: ['a'] }])).toBe(false);
    expect(selectorMatches(undefined, labels)).toBe(false);
    expect(selectorMatches({ matchLabels: { tier: 'b' }, matchExpressions: [] }, labels)).toBe(false);
  });

  it('resource.Quantity values', () => {
    expect([
      quantityBytes('8G'),
      quantityBytes('1Gi'),
      quantityBytes('-1'),
      quantityBytes('1.5k'),
      quantityBytes('1e3')
    ]).toEqual([8e9, 2 ** 30, -1, 1500, 1000]);
    expect(quantityBytes('8 G')).toBeUndefined();
  });
});
