// registries.conf text this process encoded is not parsed again (model/registries-conf.ts rememberEncoded):
// what it decodes to and how containers/image loads it must be exactly what reading the TOML gives.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { encodedConf, parseRegistriesConf, type RegistriesConf } from '../../../src/model/registries-conf.js';
import { parseOcpVersion } from '../../../src/model/version.js';
import { encodeRegistriesConf } from '../../../src/render/linux/registries-conf.js';
import { mergeRegistriesConfigs } from '../../../src/render/linux/registries-dropins.js';

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

// The same TOML with one more trailing newline is a different text, so it is read and decoded as any
// repository file would be.
const reread = (t: string): string => t + '\n';

describe('registries.conf encoded by this process', () => {
  it('decodes to what parsing its TOML gives, and loads the same way, as a main file and as a drop-in', () => {
    fc.assert(
      fc.property(conf, conf, (main, dropIn) => {
        const mainText = encodeRegistriesConf(main, v);
        const dropText = encodeRegistriesConf(dropIn, v);
        expect(parseRegistriesConf(mainText)).toEqual(parseRegistriesConf(reread(mainText)));
        const path = '/etc/containers/registries.conf';
        const dropPath = '/etc/containers/registries.conf.d/99-x.conf';
        expect(mergeRegistriesConfigs({ path, text: mainText }, [{ path: dropPath, text: dropText }])).toEqual(
          mergeRegistriesConfigs({ path, text: reread(mainText) }, [{ path: dropPath, text: reread(dropText) }])
        );
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
    const t = encodeRegistriesConf(plain, v);
    const known = encodedConf(t)!;
    expect(known).toEqual(plain);
    expect(Object.isFrozen(known.registries[0]!.mirrors[0])).toBe(true);
    expect(parseRegistriesConf(t)).toBe(known);
    const escaped = { ...plain, registries: [{ ...plain.registries[0]!, location: 'quay.io/"app"' }] };
    expect(encodedConf(encodeRegistriesConf(escaped, v))).toBeUndefined();
  });
});
