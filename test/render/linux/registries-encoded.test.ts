// registries.conf text this process encoded is not parsed again (model/registries-conf.ts rememberEncoded):
// what it decodes to and how containers/image loads it must be exactly what reading the TOML gives.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  encodedConf,
  parseRegistriesConf,
  rememberEncoded,
  type RegistriesConf
} from '../../../src/model/registries-conf.js';
import { parseOcpVersion } from '../../../src/model/version.js';
import { encodeRegistriesConf } from '../../../src/render/linux/registries-conf.js';
import { mergeRegistriesConfigs } from '../../../src/render/linux/registries-dropins.js';
import { updateRegistriesConfig } from '../../../src/render/linux/update-registries.js';

const v = parseOcpVersion('4.20')!;
// Plain registry names and strings that need escaping (quotes, backslashes, control and non-ASCII characters).
const text = fc.oneof(
  fc.constantFrom('', 'quay.io', 'quay.io/app', 'mirror.example.com:5000/app', '*.example.com', 'https://x.io/'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a"b', 'a\\b', 'tab\there', 'line\nbreak', 'caf\u00e9.io', '\u0000')
);
const mirror = fc.record({
  location: text,
  insecure: fc.boolean(),
  pullFromMirror: fc.constantFrom('', 'all', 'digest-only', 'tag-only', 'sometimes')
});
const registry = fc.record({
  prefix: text,
  location: text,
  insecure: fc.boolean(),
  blocked: fc.boolean(),
  mirrorByDigestOnly: fc.boolean(),
  mirrors: fc.array(mirror, { maxLength: 3 })
});
const conf: fc.Arbitrary<RegistriesConf> = fc.record({
  unqualifiedSearchRegistries: fc.array(text, { maxLength: 3 }),
  shortNameMode: fc.constantFrom('', 'enforcing', 'permissive', 'disabled', 'sometimes'),
  registries: fc.array(registry, { maxLength: 5 })
});

/** Encodes a copy of `c` and records it, as updateRegistriesConfig does with its own edited copy. */
function encoded(c: RegistriesConf): string {
  const own = structuredClone(c);
  const t = encodeRegistriesConf(own, v);
  rememberEncoded(t, own);
  return t;
}

// The same TOML with one more trailing newline is a different text, so it is read and decoded as any
// repository file would be.
const reread = (t: string): string => t + '\n';

describe('registries.conf encoded by this process', () => {
  it('decodes to what parsing its TOML gives, and loads the same way, as a main file and as a drop-in', () => {
    fc.assert(
      fc.property(conf, conf, (main, dropIn) => {
        const mainText = encoded(main);
        const dropText = encoded(dropIn);
        expect(parseRegistriesConf(mainText)).toEqual(parseRegistriesConf(reread(mainText)));
        const path = '/etc/containers/registries.conf';
        const dropPath = '/etc/containers/registries.conf.d/99-x.conf';
        expect(mergeRegistriesConfigs({ path, text: mainText }, [{ path: dropPath, text: dropText }])).toEqual(
          mergeRegistriesConfigs({ path, text: reread(mainText) }, [{ path: dropPath, text: reread(dropText) }])
        );
        // With no drop-in the main file's list is taken as loaded; an empty drop-in goes through the merge.
        const alone = mergeRegistriesConfigs({ path, text: mainText }, []);
        const merged = mergeRegistriesConfigs({ path, text: mainText }, [{ path: dropPath, text: '' }]);
        expect([alone.loaded, alone.unqualifiedSearchRegistries]).toEqual([
          merged.loaded,
          merged.unqualifiedSearchRegistries
        ]);
      }),
      { numRuns: 400 }
    );
  });

  it('is recorded only when no string needs escaping, and the recorded value is frozen', () => {
    const plain: RegistriesConf = {
      unqualifiedSearchRegistries: ['quay.io'],
      shortNameMode: '',
      registries: [
        {
          prefix: '',
          location: 'quay.io/app',
          insecure: false,
          blocked: true,
          mirrorByDigestOnly: false,
          mirrors: [{ location: 'm.example.com/app', insecure: false, pullFromMirror: 'digest-only' }]
        }
      ]
    };
    const t = encoded(plain);
    const known = encodedConf(t)!;
    expect(known).toEqual(plain);
    expect(Object.isFrozen(known.registries[0]!.mirrors[0])).toBe(true);
    expect(parseRegistriesConf(t)).toBe(known);
    const escaped = { ...plain, registries: [{ ...plain.registries[0]!, location: 'quay.io/"app"' }] };
    expect(encodedConf(encoded(escaped))).toBeUndefined();
    // A field the encoder does not write would make the recorded value differ from the decoded one.
    const extra = { ...plain, unqualifiedSearchRegistries: ['other.io'], extra: 1 } as RegistriesConf;
    expect(encodedConf(encoded(extra))).toBeUndefined();
  });

  it('holds for what the renderer writes from mirror sets, blocked and insecure scopes', () => {
    const scope = fc.constantFrom(
      'quay.io',
      'quay.io/app',
      'quay.io/app/sub',
      '*.example.com',
      'mirror.io:5000/m',
      'a"b'
    );
    const rule = fc.record({
      source: scope,
      mirrors: fc.array(scope, { minLength: 1, maxLength: 3 }),
      mirrorSourcePolicy: fc.constantFrom('', 'NeverContactSource', 'AllowContactingSource')
    });
    fc.assert(
      fc.property(
        fc.array(scope, { maxLength: 2 }),
        fc.array(scope, { maxLength: 2 }),
        fc.array(rule, { maxLength: 4 }),
        fc.array(rule, { maxLength: 3 }),
        fc.constantFrom('4.12', '4.14', '4.19'),
        (insecure, blocked, idms, itms, version) => {
          const r = updateRegistriesConfig(insecure, blocked, [], idms, itms, parseOcpVersion(version)!);
          if (r.text === undefined) return;
          expect(parseRegistriesConf(r.text)).toEqual(parseRegistriesConf(reread(r.text)));
        }
      ),
      { numRuns: 300 }
    );
  });

  it('carries a credential in a registry name exactly as a parse would, so redaction downstream sees the same', () => {
    const r = updateRegistriesConfig(
      [],
      [],
      [{ source: 'bob:hunter2@quay.io/app', mirrors: ['amy:s3cr3t@m.example.com/app'], mirrorSourcePolicy: '' }],
      [],
      [],
      parseOcpVersion('4.12')!
    );
    expect(r.text).toContain('bob:hunter2@quay.io/app');
    expect(encodedConf(r.text!)).toBeDefined();
    expect(parseRegistriesConf(r.text)).toEqual(parseRegistriesConf(reread(r.text!)));
  });
});
