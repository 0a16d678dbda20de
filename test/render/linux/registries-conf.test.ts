// Version switches, entry order, nested scopes and wildcards of the registries.conf rendering.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { parseOcpVersion } from '../../../src/model/version.js';
import { renderLinux } from '../../../src/render/linux/index.js';
import { editRegistriesConfig } from '../../../src/render/linux/edit-registries.js';
import { decodedTemplate, encodeRegistriesConf, tomlString } from '../../../src/render/linux/registries-conf.js';
import { encodeSearchRegistries } from '../../../src/render/linux/search-registries.js';
import { modelFromCase, type CaseInput } from './case-model.js';

const v = (s: string) => parseOcpVersion(s)!;
const render = (input: CaseInput, version = '4.20', releaseImage = '') =>
  renderLinux(modelFromCase(input), { version: v(version), releaseImage });
const rule = (source: string, mirrors: string[], mirrorSourcePolicy = '') => ({ source, mirrors, mirrorSourcePolicy });

describe('version switches', () => {
  const icsp = {
    icsp: [{ spec: { repositoryDigestMirrors: [{ source: 'quay.io/app', mirrors: ['m.example.com/app'] }] } }]
  };

  it('4.12 writes mirror-by-digest-only on the registry and plain mirrors, without the auth-helper key', () => {
    expect(render(icsp, '4.12').registriesConf.content).toBe(
      'unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]\n' +
        'short-name-mode = ""\n\n' +
        '[[registry]]\n  prefix = ""\n  location = "quay.io/app"\n  mirror-by-digest-only = true\n\n' +
        '  [[registry.mirror]]\n    location = "m.example.com/app"\n'
    );
  });

  it('4.12 ignores IDMS and ITMS, which the operator does not know yet', () => {
    const out = render(
      { idms: [{ spec: { imageDigestMirrors: [{ source: 'quay.io/a', mirrors: ['m.io/a'] }] } }] },
      '4.12'
    );
    expect(out.registriesConf.origin).toBe('template');
  });

  it('4.12 nested propagation copies mirror-by-digest-only to the child entry', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      undefined,
      ['quay.io/app/sub'],
      [rule('quay.io/app', ['m.io/app'])],
      [],
      [],
      {
        legacyMirrorByDigestOnly: true
      }
    );
    expect(conf.registries[1]).toMatchObject({
      location: 'quay.io/app/sub',
      blocked: true,
      mirrorByDigestOnly: true,
      mirrors: [{ location: 'm.io/app/sub', pullFromMirror: '' }]
    });
  });

  it('4.18 has no additional-layer-store-auth-helper key; 4.19 has it', () => {
    const idms = {
      idms: [{ spec: { imageDigestMirrors: [{ source: 'quay.io/app', mirrors: ['m.example.com/app'] }] } }]
    };
    expect(render(idms, '4.18').registriesConf.content).not.toContain('additional-layer-store-auth-helper');
    expect(render(idms, '4.18').registriesConf.content).toContain('pull-from-mirror = "digest-only"');
    expect(render(idms, '4.19').registriesConf.content).toContain(
      'short-name-mode = ""\nadditional-layer-store-auth-helper = ""\n'
    );
    expect(encodeSearchRegistries(['quay.io'], v('4.18'))).toBe(
      'unqualified-search-registries = ["quay.io"]\nshort-name-mode = ""\n'
    );
  });
});

describe('entry order and merging', () => {
  it('digest sources sorted, then new tag sources, then blocked, then insecure scopes in list order', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      ['zz.insecure.io', 'aa.insecure.io'],
      ['zz.blocked.io', 'aa.blocked.io'],
      [],
      [rule('z.digest.io', ['m.io/z']), rule('a.digest.io', ['m.io/a'])],
      [rule('t.tag.io', ['m.io/t']), rule('a.digest.io', ['tagm.io/a'])]
    );
    expect(conf.registries.map((r) => r.location)).toEqual([
      'a.digest.io',
      'z.digest.io',
      't.tag.io',
      'zz.blocked.io',
      'aa.blocked.io',
      'zz.insecure.io',
      'aa.insecure.io'
    ]);
    expect(conf.registries[0]!.mirrors).toEqual([
      { location: 'm.io/a', insecure: false, pullFromMirror: 'digest-only' },
      { location: 'tagm.io/a', insecure: false, pullFromMirror: 'tag-only' }
    ]);
  });

  it('ICSP and IDMS for one source merge into one digest list; NeverContactSource from any set blocks the source', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      undefined,
      undefined,
      [rule('quay.io/x', ['o2.io/x'])],
      [rule('quay.io/x', ['o3.io/x'], 'NeverContactSource'), rule('quay.io/x', ['o1.io/x'])],
      []
    );
    expect(conf.registries).toHaveLength(1);
    expect(conf.registries[0]!.blocked).toBe(true);
    expect(conf.registries[0]!.mirrors.map((m) => m.location)).toEqual(['o1.io/x', 'o2.io/x', 'o3.io/x']);
  });

  it('keeps the source in the mirror list when it does not sort last', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      undefined,
      undefined,
      [],
      [rule('src.io/a', ['z1.io/a', 'src.io/a', 'y2.io/a'])],
      []
    );
    expect(conf.registries[0]!.mirrors.map((m) => m.location)).toEqual(['z1.io/a', 'src.io/a', 'y2.io/a']);
  });
});

describe('nested scopes', () => {
  it('insecure marks nested entries and mirrors, and still adds its own entry', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      ['mirror.local'],
      undefined,
      [],
      [rule('quay.io/a', ['mirror.local/a'])],
      []
    );
    expect(conf.registries).toEqual([
      {
        prefix: '',
        location: 'quay.io/a',
        insecure: false,
        blocked: false,
        mirrorByDigestOnly: false,
        mirrors: [{ location: 'mirror.local/a', insecure: true, pullFromMirror: 'digest-only' }]
      },
      { prefix: '', location: 'mirror.local', insecure: true, blocked: false, mirrorByDigestOnly: false, mirrors: [] }
    ]);
  });

  it('a blocked sub-namespace inherits the parent mirrors with its suffix, digest and tag mirrors alike', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      undefined,
      ['quay.io/org/private'],
      [],
      [rule('quay.io/org', ['d.io/org'])],
      [rule('quay.io/org', ['t.io/org'])]
    );
    expect(conf.registries[1]).toMatchObject({
      location: 'quay.io/org/private',
      blocked: true,
      mirrors: [
        { location: 'd.io/org/private', pullFromMirror: 'digest-only' },
        { location: 't.io/org/private', pullFromMirror: 'tag-only' }
      ]
    });
  });

  it('a more specific source with its own mirrors is left alone', () => {
    const conf = editRegistriesConfig(
      decodedTemplate(),
      undefined,
      undefined,
      [],
      [rule('quay.io', ['m.io']), rule('quay.io/x', ['n.io/x'])],
      []
    );
    expect(conf.registries[1]!.mirrors.map((m) => m.location)).toEqual(['n.io/x']);
  });

  it('wildcard blocked and insecure scopes become prefix-only entries; nested wildcards get both flags', () => {
    const conf = editRegistriesConfig(decodedTemplate(), ['*.insecure.com'], ['*.blocked.insecure.com'], [], [], []);
    const text = encodeRegistriesConf(conf, v('4.20'));
    expect(text).toContain('[[registry]]\n  prefix = "*.blocked.insecure.com"\n  insecure = true\n  blocked = true\n');
    expect(text).toContain('[[registry]]\n  prefix = "*.insecure.com"\n  insecure = true\n');
    expect(text).not.toContain('location');
  });

  it.each([[{ blocked: ['foo.redhat.io'] }], [{ insecure: ['registry.redhat.io'] }]])(
    'a wildcard mirror source with a mirror-less entry inside it fails the sync (%j)',
    (extra) => {
      const out = render({
        ...extra,
        idms: [{ spec: { imageDigestMirrors: [{ source: '*.redhat.io', mirrors: ['mirror.local/redhat'] }] } }]
      });
      expect(out.errors.map((e) => e.message)).toEqual([
        'internal error: mirrorsAdjustedForNestedScope for a wildcard scope "*.redhat.io"'
      ]);
      expect(out.errors[0]).toMatchObject({ component: 'mco', file: 'case.yaml' });
      expect(out.registriesConf.origin).toBe('template');
    }
  );

  it('a wildcard mirror source alone renders as a prefix entry', () => {
    const out = render({
      idms: [{ spec: { imageDigestMirrors: [{ source: '*.redhat.io', mirrors: ['mirror.local/redhat'] }] } }]
    });
    expect(out.registriesConf.content).toContain(
      '[[registry]]\n  prefix = "*.redhat.io"\n\n  [[registry.mirror]]\n    location = "mirror.local/redhat"\n'
    );
  });
});

describe('files written and nil versus empty', () => {
  it('an empty insecure list still re-encodes registries.conf; an empty blocked or allowed list does not', () => {
    expect(render({ insecure: [] }).registriesConf.origin).toBe('generated');
    expect(render({ blocked: [] }).registriesConf.origin).toBe('template');
    expect(render({ allowed: [] }).policyJson.origin).toBe('template');
  });

  it('an empty search list writes the drop-in with an empty array', () => {
    expect(render({ search: [] }).searchRegistries?.content).toBe(
      'unqualified-search-registries = []\nshort-name-mode = ""\nadditional-layer-store-auth-helper = ""\n'
    );
  });

  it('an IDMS object without entries still makes MCO write registries.conf', () => {
    expect(render({ idms: [{ spec: { imageDigestMirrors: [] } }] }).registriesConf.origin).toBe('generated');
  });

  it('quotes TOML strings like BurntSushi/toml', () => {
    expect(tomlString('a"b\\c\n\x01')).toBe('"a\\"b\\\\c\\n\\u0001"');
    expect(tomlString('quay.io:443/a-b_c~!$')).toBe('"quay.io:443/a-b_c~!$"');
    expect(tomlString('\x7f é')).toBe('"\\u007f é"');
  });

  // Plain printable ASCII takes a shortcut: every string, through either path, must read back as itself.
  it('writes every string so that a TOML reader reads it back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('"', '\\', '\x7f', '\x00', '\n', 'é'),
            fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c))
          )
        }),
        (text) => expect(parseToml(`k = ${tomlString(text)}`)).toEqual({ k: text })
      ),
      { numRuns: 2000 }
    );
  });

  it('object order does not change the output', () => {
    const a = { spec: { imageDigestMirrors: [{ source: 'q.io/a', mirrors: ['z.io/a'] }] } };
    const b = { spec: { imageDigestMirrors: [{ source: 'q.io/a', mirrors: ['b.io/a', 'z.io/a'] }] } };
    expect(render({ idms: [a, b] }).registriesConf.content).toBe(render({ idms: [b, a] }).registriesConf.content);
  });
});
