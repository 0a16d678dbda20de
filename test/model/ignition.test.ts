import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { decodeDataUrl } from '../../src/model/ignition/data-url.js';
import { decodeIgnitionFileContents, maxIgnition3Minor, parseIgnition } from '../../src/model/ignition/ignition.js';
import { parseOcpVersion } from '../../src/model/version.js';

const v = (s: string) => parseOcpVersion(s)!;
const text = (r: ReturnType<typeof decodeDataUrl>) => ('data' in r ? r.data.toString('utf8') : `ERR ${r.error}`);

describe('decodeDataUrl (vincent-petithory/dataurl DecodeString)', () => {
  it('decodes base64 with a media type and charset, as MCO generates it', () => {
    const b64 = Buffer.from('[[registry]]\n  location = "docker.io"\n').toString('base64');
    expect(text(decodeDataUrl(`data:text/plain;charset=utf-8;base64,${b64}`))).toBe(
      '[[registry]]\n  location = "docker.io"\n'
    );
  });

  it('decodes percent-encoded data (no base64), keeping "+" literal', () => {
    expect(text(decodeDataUrl('data:,unqualified-search-registries%20%3D%20%5B%22quay.io%22%5D%0A'))).toBe(
      'unqualified-search-registries = ["quay.io"]\n'
    );
    expect(text(decodeDataUrl('data:,a+b'))).toBe('a+b');
  });

  it('accepts newlines inside base64 data, as Go does', () => {
    expect(text(decodeDataUrl('data:;base64,aGVs\nbG8='))).toBe('hello');
  });

  it('an empty data part is an empty file', () => {
    expect(text(decodeDataUrl('data:,'))).toBe('');
  });

  it.each([
    ['text/plain;base64,aGVsbG8=', 'missing data prefix'],
    ['data:text/plain;base64aGVsbG8=', 'missing comma before data'],
    ['data:;base64,aGVsbG8', 'illegal base64 data'],
    ['data:;base64,aGV sbG8=', 'invalid data character'],
    ['data:;bas64,aGVsbG8=', 'expected base64, got bas64'],
    ['data:,100%', 'rfc2396: unexpected end of unescape sequence'],
    ['data:,%zz', 'rfc2396: invalid char 0x25 in unescape sequence'],
    ['data:,a b', 'invalid data character'],
    ['data:text,abc', 'invalid media type']
  ])('refuses %s', (url, message) => {
    expect(text(decodeDataUrl(url))).toBe(`ERR ${message}`);
  });
});

describe('decodeIgnitionFileContents', () => {
  const gz = (s: string | Buffer) => `data:;base64,${gzipSync(s).toString('base64')}`;

  it('gunzips when compression is gzip', () => {
    const r = decodeIgnitionFileContents(gz('short-name-mode = "enforcing"\n'), 'gzip');
    expect('bytes' in r && r.bytes.toString()).toBe('short-name-mode = "enforcing"\n');
  });

  it('a nil source is an empty file; "" compression means none', () => {
    expect(decodeIgnitionFileContents(undefined, undefined)).toEqual({ bytes: Buffer.alloc(0) });
    const r = decodeIgnitionFileContents('data:,x', '');
    expect('bytes' in r && r.bytes.toString()).toBe('x');
  });

  it('refuses a decompression bomb at the cap instead of expanding it', () => {
    const bomb = gz(Buffer.alloc(8 * 1024 * 1024));
    const r = decodeIgnitionFileContents(bomb, 'gzip', 1024 * 1024);
    expect(r).toEqual({ error: 'gzip contents expand beyond 1048576 bytes (refused as a decompression bomb)' });
  });

  it('gzip declared on plain data fails like the daemon does', () => {
    const r = decodeIgnitionFileContents('data:,plain', 'gzip');
    expect('error' in r && r.error).toMatch(/^failed decompressing: /);
  });

  it('never fetches a remote source', () => {
    expect(decodeIgnitionFileContents('https://example.com/registries.conf', undefined)).toEqual({
      error: 'contents come from a remote source (https), which is never fetched',
      remote: true
    });
  });
});

describe('parseIgnition (IgnParseWrapper + spec-2 conversion)', () => {
  it('reads spec 3 files and units with their paths', () => {
    const p = parseIgnition(
      {
        ignition: { version: '3.2.0' },
        storage: { files: [{ path: '/etc/a', mode: 420, contents: { source: 'data:,a' } }] },
        systemd: { units: [{ name: 'x.service', enabled: true }] }
      },
      v('4.20')
    );
    expect(p.problems).toEqual([]);
    expect(p.files.map((f) => [f.path, f.mode, f.source, f.at])).toEqual([
      ['/etc/a', 420, 'data:,a', ['storage', 'files', 0]]
    ]);
    expect(p.units.map((u) => u.name)).toEqual(['x.service']);
  });

  it('spec 2.2: the last duplicate path wins; filesystem must be root', () => {
    const p = parseIgnition(
      {
        ignition: { version: '2.2.0' },
        storage: {
          files: [
            { filesystem: 'root', path: '/etc/a', contents: { source: 'data:,first' } },
            { filesystem: 'root', path: '/etc/a', contents: { source: 'data:,second' } },
            { filesystem: 'other', path: '/etc/b', contents: { source: 'data:,b' } }
          ]
        }
      },
      v('4.20')
    );
    expect(p.files.map((f) => f.source)).toEqual(['data:,second']);
    expect(p.problems.map((x) => x.at)).toEqual([['storage', 'files', 2, 'filesystem']]);
  });

  it('spec 3: a duplicate path is a validation error', () => {
    const p = parseIgnition(
      { ignition: { version: '3.1.0' }, storage: { files: [{ path: '/etc/a' }, { path: '/etc/a' }] } },
      v('4.20')
    );
    expect(p.problems[0]!.message).toBe('invalid ignition V3 config found: duplicate entry for path /etc/a');
  });

  it('the maximum spec 3 version follows the release', () => {
    expect([maxIgnition3Minor(v('4.12')), maxIgnition3Minor(v('4.13')), maxIgnition3Minor(v('4.19'))]).toEqual([
      2, 4, 5
    ]);
    const cfg = { ignition: { version: '3.4.0' } };
    expect(parseIgnition(cfg, v('4.14')).problems).toEqual([]);
    expect(parseIgnition(cfg, v('4.12')).problems[0]!.message).toBe(
      'parsing Ignition config failed: unknown version. Supported spec versions: 3.2,3.1,3.0,2.2'
    );
  });

  it('an empty config or a short version is refused (invalid version), an absent one is fine', () => {
    expect(parseIgnition({}, v('4.20')).problems[0]!.message).toMatch(
      /^parsing Ignition config failed: invalid version/
    );
    expect(parseIgnition({ ignition: { version: '3.2' } }, v('4.20')).problems[0]!.message).toMatch(/invalid version/);
    expect(parseIgnition(undefined, v('4.20'))).toMatchObject({ version: '', files: [], problems: [] });
  });

  it('an undecodable data URL or an unknown scheme is refused at validation, naming the field', () => {
    const p = parseIgnition(
      {
        ignition: { version: '3.2.0' },
        storage: {
          files: [
            { path: '/etc/a', contents: { source: 'data:;base64,%%%' } },
            { path: '/etc/b', contents: { source: 'file:///etc/x' } },
            { path: '/etc/c', contents: { source: 'data:,x', compression: 'xz' } },
            { path: '/etc/d', mode: 0o4755 }
          ]
        }
      },
      v('4.20')
    );
    expect(p.problems.map((x) => [x.at.join('.'), x.message])).toEqual([
      ['storage.files.0.contents.source', 'invalid ignition config found: data URL: invalid data character'],
      ['storage.files.1.contents.source', 'invalid ignition config found: config source URL has an invalid scheme'],
      ['storage.files.2.contents.compression', 'invalid ignition config found: compression type "xz" is invalid'],
      ['storage.files.3.mode', 'invalid mode 04755 for /etc/d, cannot exceed 0777']
    ]);
  });

  it('records append and the storage sections MCO will not change on a running node', () => {
    const p = parseIgnition(
      {
        ignition: { version: '3.2.0' },
        storage: { files: [{ path: '/etc/a', append: [{ source: 'data:,x' }] }], directories: [{ path: '/etc/d' }] }
      },
      v('4.20')
    );
    expect(p.files[0]!.append).toBe(true);
    expect(p.irreconcilable).toEqual(['directories']);
  });
});
