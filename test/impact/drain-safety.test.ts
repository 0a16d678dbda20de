import { describe, expect, it } from '@jest/globals';
import { isSafeContainerRegistryConfChanges } from '../../src/impact/drain-safety.js';
import { RegistriesConfParseError } from '../../src/model/registries-conf.js';
import { DRAIN_TEST_CONFIGS as MC } from './fixtures/drain-test-configs.js';

const TEMPLATE = "unqualified-search-registries = ['registry.access.redhat.com', 'docker.io']\n";
const HEAD = 'unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]\nshort-name-mode = ""\n';

type M = { location: string; pfm?: string; insecure?: boolean };
function conf(regs: { scope: string; blocked?: boolean; insecure?: boolean; mbdo?: boolean; mirrors?: M[] }[]): string {
  let s = HEAD;
  for (const r of regs) {
    const wildcard = r.scope.startsWith('*.');
    s += `\n[[registry]]\n  prefix = "${wildcard ? r.scope : ''}"\n`;
    if (!wildcard) s += `  location = "${r.scope}"\n`;
    if (r.insecure) s += '  insecure = true\n';
    if (r.blocked) s += '  blocked = true\n';
    if (r.mbdo) s += '  mirror-by-digest-only = true\n';
    for (const m of r.mirrors ?? []) {
      s += `\n  [[registry.mirror]]\n    location = "${m.location}"\n`;
      if (m.insecure) s += '    insecure = true\n';
      if (m.pfm) s += `    pull-from-mirror = "${m.pfm}"\n`;
    }
  }
  return s;
}
const d = (location: string, extra: Partial<M> = {}): M => ({ location, pfm: 'digest-only', ...extra });

describe('isSafeContainerRegistryConfChanges (4.13+ pull-from-mirror rules)', () => {
  it('identical files are safe and report nothing', () => {
    const r = isSafeContainerRegistryConfChanges(TEMPLATE, TEMPLATE);
    expect(r).toEqual({ safe: true, unsafe: [], safeChanges: [] });
  });

  it('re-encoding the template (single to double quotes) is not a change', () => {
    expect(isSafeContainerRegistryConfChanges(TEMPLATE, HEAD).safe).toBe(true);
  });

  it('a missing file decodes to an empty config, so adding the search list is an append', () => {
    expect(isSafeContainerRegistryConfChanges(undefined, TEMPLATE).safe).toBe(true);
    // ...and losing it is a shrink.
    const gone = isSafeContainerRegistryConfChanges(TEMPLATE, undefined);
    expect(gone.safe).toBe(false);
    expect(gone.unsafe[0]).toMatch(/unqualified-search-registries shrank/);
  });

  it('appending to unqualified-search-registries is safe, reordering is not', () => {
    const appended = HEAD.replace('"docker.io"]', '"docker.io", "quay.io"]');
    const ok = isSafeContainerRegistryConfChanges(HEAD, appended);
    expect(ok.safe).toBe(true);
    expect(ok.safeChanges).toEqual(['unqualified-search-registries: ["quay.io"] appended']);
    const reordered = HEAD.replace(
      '["registry.access.redhat.com", "docker.io"]',
      '["docker.io", "registry.access.redhat.com"]'
    );
    const bad = isSafeContainerRegistryConfChanges(HEAD, reordered);
    expect(bad.safe).toBe(false);
    expect(bad.unsafe[0]).toMatch(/changed order or content/);
  });

  it('a new source whose mirrors are all digest-only is safe; a tag-only one is not', () => {
    const old = conf([]);
    expect(isSafeContainerRegistryConfChanges(old, conf([{ scope: 'quay.io/app', mirrors: [d('m1/app')] }])).safe).toBe(
      true
    );
    const itms = isSafeContainerRegistryConfChanges(
      old,
      conf([{ scope: 'quay.io/app', mirrors: [d('t1/app', { pfm: 'tag-only' })] }])
    );
    expect(itms.safe).toBe(false);
    expect(itms.unsafe).toEqual([
      'new registry "quay.io/app" has a mirror that is not digest-only: t1/app (pull-from-mirror tag-only)'
    ]);
  });

  it('a new NeverContactSource source (blocked, digest-only mirrors) is safe', () => {
    const r = isSafeContainerRegistryConfChanges(
      conf([]),
      conf([{ scope: 'quay.io/app', blocked: true, mirrors: [d('m1/app')] }])
    );
    expect(r.safe).toBe(true);
    expect(r.safeChanges[0]).toMatch(/NeverContactSource/);
  });

  it('new mirror-less entries (insecure, blocked) are unsafe and say which', () => {
    const r = isSafeContainerRegistryConfChanges(
      conf([]),
      conf([
        { scope: 'bad.example.com', blocked: true },
        { scope: 'ins.example.com', insecure: true }
      ])
    );
    expect(r.safe).toBe(false);
    expect(r.unsafe).toEqual([
      'new registry "bad.example.com" (blocked) has no mirrors and is not mirror-by-digest-only',
      'new registry "ins.example.com" (insecure) has no mirrors and is not mirror-by-digest-only'
    ]);
  });

  it('a mirror-less new entry with mirror-by-digest-only = true is safe', () => {
    expect(isSafeContainerRegistryConfChanges(conf([]), conf([{ scope: 'x.example.com', mbdo: true }])).safe).toBe(
      true
    );
  });

  it('adding a digest-only mirror and reordering mirrors are safe, removing one is not', () => {
    const one = conf([{ scope: 'quay.io/app', mirrors: [d('m1/app')] }]);
    const two = conf([{ scope: 'quay.io/app', mirrors: [d('m1/app'), d('m2/app')] }]);
    const swapped = conf([{ scope: 'quay.io/app', mirrors: [d('m2/app'), d('m1/app')] }]);
    const added = isSafeContainerRegistryConfChanges(one, two);
    expect(added.safe).toBe(true);
    expect(added.safeChanges).toEqual(['registry "quay.io/app": mirror m2/app added as digest-only']);
    const reorder = isSafeContainerRegistryConfChanges(two, swapped);
    expect(reorder.safe).toBe(true);
    expect(reorder.safeChanges).toEqual(['registry "quay.io/app": mirrors reordered']);
    const removed = isSafeContainerRegistryConfChanges(two, one);
    expect(removed.unsafe).toEqual(['registry "quay.io/app": mirror m2/app removed']);
  });

  it('an added tag-only mirror on an existing source is unsafe', () => {
    const one = conf([{ scope: 'quay.io/app', mirrors: [d('m1/app')] }]);
    const withTag = conf([{ scope: 'quay.io/app', mirrors: [d('m1/app'), d('t1/app', { pfm: 'tag-only' })] }]);
    const r = isSafeContainerRegistryConfChanges(one, withTag);
    expect(r.unsafe).toEqual([
      'registry "quay.io/app": mirror t1/app added with pull-from-mirror tag-only (not digest-only)'
    ]);
  });

  it('pull-from-mirror may change to digest-only but not away from it', () => {
    const tag = conf([{ scope: 'q/app', mirrors: [d('m/app', { pfm: 'tag-only' })] }]);
    const dig = conf([{ scope: 'q/app', mirrors: [d('m/app')] }]);
    expect(isSafeContainerRegistryConfChanges(tag, dig).safe).toBe(true);
    expect(isSafeContainerRegistryConfChanges(dig, tag).unsafe).toEqual([
      'registry "q/app": mirror m/app pull-from-mirror changed from digest-only to tag-only'
    ]);
  });

  it('a mirror insecure flag is not compared, but the new insecure scope entry is (D13)', () => {
    const base = conf([{ scope: 'q/app', mirrors: [d('m1.example.com/app')] }]);
    const flagOnly = conf([{ scope: 'q/app', mirrors: [d('m1.example.com/app', { insecure: true })] }]);
    const r = isSafeContainerRegistryConfChanges(base, flagOnly);
    expect(r.safe).toBe(true);
    expect(r.safeChanges[0]).toMatch(/insecure flag changed \(not compared\)/);
  });

  it('source flips to NeverContactSource, or insecure on an existing entry, are unsafe', () => {
    const base = conf([{ scope: 'q/app', mirrors: [d('m/app')] }]);
    expect(
      isSafeContainerRegistryConfChanges(base, conf([{ scope: 'q/app', blocked: true, mirrors: [d('m/app')] }])).unsafe
    ).toEqual(['registry "q/app": blocked changed from false to true']);
    expect(
      isSafeContainerRegistryConfChanges(base, conf([{ scope: 'q/app', insecure: true, mirrors: [d('m/app')] }])).unsafe
    ).toEqual(['registry "q/app": insecure changed from false to true']);
  });

  it('removing a registry is unsafe and names it; every broken rule is listed', () => {
    const two = conf([
      { scope: 'a/x', mirrors: [d('m/x')] },
      { scope: 'b/y', mirrors: [d('m/y')] }
    ]);
    const r = isSafeContainerRegistryConfChanges(
      two,
      conf([{ scope: 'b/y', mirrors: [d('t/y', { pfm: 'tag-only' })] }])
    );
    expect(r.safe).toBe(false);
    expect(r.unsafe).toEqual([
      'registry "a/x" removed',
      'registry "b/y": mirror m/y removed',
      'registry "b/y": mirror t/y added with pull-from-mirror tag-only (not digest-only)'
    ]);
  });

  it('wildcard entries are keyed by prefix', () => {
    const w = conf([{ scope: '*.example.com', mirrors: [d('m.corp/x')] }]);
    expect(isSafeContainerRegistryConfChanges(w, w).safe).toBe(true);
    expect(isSafeContainerRegistryConfChanges(w, conf([])).unsafe).toEqual(['registry "*.example.com" removed']);
  });

  it('a duplicated scope keeps the last entry, as a Go map assignment does', () => {
    const dup = conf([
      { scope: 'q/app', mirrors: [d('old/app')] },
      { scope: 'q/app', mirrors: [d('new/app')] }
    ]);
    const last = conf([{ scope: 'q/app', mirrors: [d('new/app')] }]);
    expect(isSafeContainerRegistryConfChanges(dup, last).safe).toBe(true);
  });

  it('throws a parse error for text that is not TOML', () => {
    expect(() => isSafeContainerRegistryConfChanges('[[registry', HEAD)).toThrow(RegistriesConfParseError);
  });

  describe('drain_test.go pairs (pull-from-mirror generation)', () => {
    const cases: [string, string, boolean][] = [
      ['mc1', 'mc1', true],
      ['mc3', 'mc1', true],
      ['mc1', 'mc3', false],
      ['mc1', 'mc2', true],
      ['mc9', 'mc11', true],
      ['mc4', 'mc7', false],
      ['mc2', 'mc1', false],
      ['mc4', 'mc3', false],
      ['mc3', 'mc4', true],
      ['mc8', 'mc10', false],
      ['mc8', 'mc9', false],
      ['mc12', 'mc13', true]
    ];
    it.each(cases)('%s -> %s safe=%s', (a, b, safe) => {
      expect(isSafeContainerRegistryConfChanges(MC[a], MC[b]).safe).toBe(safe);
    });
  });
});

describe('isSafeContainerRegistryConfChanges (4.8–4.12 mirror-by-digest-only rules)', () => {
  const v = 'mirror-by-digest-only' as const;
  const icsp = (mirrors: string[]) => ({
    scope: 'quay.io/app',
    mbdo: true,
    mirrors: mirrors.map((location) => ({ location }))
  });

  it('a new ICSP source (mirror-by-digest-only = true) is safe', () => {
    const r = isSafeContainerRegistryConfChanges(TEMPLATE, conf([icsp(['m1/app'])]), v);
    expect(r.safe).toBe(true);
    expect(r.safeChanges).toEqual(['new registry "quay.io/app" with mirror-by-digest-only = true']);
  });

  it('the same text is unsafe under the 4.13+ rules, because its mirrors have no pull-from-mirror', () => {
    expect(isSafeContainerRegistryConfChanges(TEMPLATE, conf([icsp(['m1/app'])])).safe).toBe(false);
  });

  it('adding a mirror to a mirror-by-digest-only registry is safe, removing one is not', () => {
    expect(
      isSafeContainerRegistryConfChanges(conf([icsp(['m1/app'])]), conf([icsp(['m1/app', 'm2/app'])]), v).safe
    ).toBe(true);
    expect(
      isSafeContainerRegistryConfChanges(conf([icsp(['m1/app', 'm2/app'])]), conf([icsp(['m1/app'])]), v).unsafe
    ).toEqual(['registry "quay.io/app": mirror m2/app removed']);
  });

  it('flipping mirror-by-digest-only is unsafe', () => {
    const off = conf([{ scope: 'quay.io/app', mirrors: [{ location: 'm1/app' }] }]);
    expect(isSafeContainerRegistryConfChanges(conf([icsp(['m1/app'])]), off, v).unsafe).toEqual([
      'registry "quay.io/app": mirror-by-digest-only changed from true to false'
    ]);
  });

  it('an unchanged entry without mirror-by-digest-only makes any change unsafe (4.8–4.12 quirk)', () => {
    const insecure = { scope: 'ins.example.com', insecure: true };
    const r = isSafeContainerRegistryConfChanges(conf([insecure]), conf([insecure, icsp(['m1/app'])]), v);
    expect(r.safe).toBe(false);
    expect(r.unsafe[0]).toMatch(/"ins.example.com" is unchanged but not mirror-by-digest-only/);
    // The 4.13+ check only looks at changed or new entries.
    const now = conf([insecure, { scope: 'quay.io/app', mirrors: [d('m1/app')] }]);
    expect(isSafeContainerRegistryConfChanges(conf([insecure]), now).safe).toBe(true);
  });
});
