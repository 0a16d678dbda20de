import { describe, expect, it } from '@jest/globals';
import { classifyChange, groupRegistryChanges, shouldGroup } from '../../src/report/group-registries.js';

describe('classifyChange', () => {
  it('names the mirror host for mirror lines and the source host otherwise', () => {
    expect(classifyChange('quay.io/a', 'mirror m.example:5000/x/a (digest-only) added')).toEqual({
      kind: 'mirror added (digest-only)',
      host: 'm.example:5000'
    });
    expect(classifyChange('quay.io/a', 'mirror m.example/a: pull-from-mirror all → digest-only')).toEqual({
      kind: 'mirror: pull-from-mirror all → digest-only',
      host: 'm.example'
    });
    expect(classifyChange('quay.io', 'Windows: mirror host https://m.example/v2 removed')).toEqual({
      kind: 'Windows: mirror host removed',
      host: 'm.example'
    });
    expect(classifyChange('docker.io', 'blocked: pulls are refused')).toEqual({
      kind: 'blocked: pulls are refused',
      host: 'docker.io'
    });
  });
});

describe('groupRegistryChanges', () => {
  it('a 630-entry ICSP is one group with examples', () => {
    const registries = Array.from({ length: 630 }, (_, i) => ({
      source: `registry.redhat.io/ns${i}/op${i}`,
      summary: [`mirror mirror.corp.example:5000/ns${i}/op${i} (digest-only) added`]
    }));
    registries.push({ source: 'docker.io', summary: ['blocked: pulls are refused'] });
    expect(shouldGroup(registries)).toBe(true);
    const groups = groupRegistryChanges(registries);
    expect(groups.map((g) => [g.kind, g.host, g.sources.length, g.examples.length])).toEqual([
      ['mirror added (digest-only)', 'mirror.corp.example:5000', 630, 3],
      ['blocked: pulls are refused', 'docker.io', 1, 1]
    ]);
    expect(groups[0]!.examples[0]).toEqual({
      source: 'registry.redhat.io/ns0/op0',
      line: 'mirror mirror.corp.example:5000/ns0/op0 (digest-only) added'
    });
  });

  it('separates hosts and kinds', () => {
    const groups = groupRegistryChanges([
      {
        source: 'quay.io/a',
        summary: ['mirror m1.example/a (digest-only) added', 'mirror m2.example/a (all) removed']
      },
      { source: 'quay.io/b', summary: ['mirror m1.example/b (digest-only) added'] }
    ]);
    expect(groups.map((g) => [g.kind, g.host, g.sources])).toEqual([
      ['mirror added (digest-only)', 'm1.example', ['quay.io/a', 'quay.io/b']],
      ['mirror removed (all)', 'm2.example', ['quay.io/a']]
    ]);
    expect(shouldGroup([])).toBe(false);
  });
});
