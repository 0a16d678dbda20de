// The containers/image pull simulation: FindRegistry, PullSourcesFromReference and the per-attempt blocked check.
import { describe, expect, it } from '@jest/globals';
import { parseRegistriesConf } from '../../../src/model/registries-conf.js';
import { pullEndpoints } from '../../../src/render/linux/index.js';
import { loadRegistries, refMatchingPrefix } from '../../../src/render/linux/pull-sources.js';
import { parseNamed, parseNormalizedNamed, referenceString } from '../../../src/render/linux/docker-reference.js';

const D = 'sha256:' + 'a'.repeat(64);
const conf = (toml: string) => parseRegistriesConf(toml);
const locs = (toml: string, image: string) =>
  pullEndpoints(conf(toml), image).endpoints.map((e) => `${e.kind}:${e.location}`);

const MIXED = `
[[registry]]
  prefix = ""
  location = "quay.io/app"

  [[registry.mirror]]
    location = "d.example.com/app"
    pull-from-mirror = "digest-only"

  [[registry.mirror]]
    location = "t.example.com/app"
    pull-from-mirror = "tag-only"

  [[registry.mirror]]
    location = "all.example.com/app"
`;

describe('pull-from-mirror', () => {
  it('a digest pull uses digest-only and unrestricted mirrors, then the primary', () => {
    expect(locs(MIXED, `quay.io/app/web@${D}`)).toEqual([
      'mirror:d.example.com/app/web',
      'mirror:all.example.com/app/web',
      'primary:quay.io/app/web'
    ]);
  });
  it('a tag pull uses tag-only and unrestricted mirrors, then the primary', () => {
    expect(locs(MIXED, 'quay.io/app/web:1.0')).toEqual([
      'mirror:t.example.com/app/web',
      'mirror:all.example.com/app/web',
      'primary:quay.io/app/web'
    ]);
  });
  it('a bare name is a tag pull of :latest', () => {
    expect(pullEndpoints(conf(MIXED), 'quay.io/app/web').endpoints[0]!.reference).toBe('t.example.com/app/web:latest');
  });
  it('a tag plus digest is pulled by digest', () => {
    expect(locs(MIXED, `quay.io/app/web:1.0@${D}`)[0]).toBe('mirror:d.example.com/app/web');
  });
  it('legacy mirror-by-digest-only: mirrors only for digests', () => {
    const legacy =
      '[[registry]]\nlocation = "quay.io/app"\nmirror-by-digest-only = true\n[[registry.mirror]]\nlocation = "m.io/app"\n';
    expect(locs(legacy, `quay.io/app/x@${D}`)).toEqual(['mirror:m.io/app/x', 'primary:quay.io/app/x']);
    expect(locs(legacy, 'quay.io/app/x:1')).toEqual(['primary:quay.io/app/x']);
  });
});

describe('FindRegistry', () => {
  const NESTED = `
[[registry]]
location = "quay.io"
[[registry.mirror]]
location = "outer.io"
[[registry]]
location = "quay.io/team"
[[registry.mirror]]
location = "inner.io/team"
`;
  it('the longest matching prefix wins', () => {
    expect(locs(NESTED, 'quay.io/team/app:1')).toEqual(['mirror:inner.io/team/app', 'primary:quay.io/team/app']);
    expect(locs(NESTED, 'quay.io/other/app:1')).toEqual(['mirror:outer.io/other/app', 'primary:quay.io/other/app']);
  });
  it('prefix matching stops at path boundaries', () => {
    expect(locs(NESTED, 'quay.io/teamx/app:1')[0]).toBe('mirror:outer.io/teamx/app');
  });
  it('"example.com" also matches "example.com:5000/..." (a c/image quirk)', () => {
    expect(refMatchingPrefix('example.com:5000/x', 'example.com')).toBe('example.com'.length);
  });
  it('the first entry wins for a duplicate prefix', () => {
    const dup =
      '[[registry]]\nlocation = "q.io/a"\n[[registry.mirror]]\nlocation = "first.io/a"\n[[registry]]\nlocation = "q.io/a"\n[[registry.mirror]]\nlocation = "second.io/a"\n';
    expect(locs(dup, 'q.io/a/x:1')).toEqual(['mirror:first.io/a/x', 'primary:q.io/a/x']);
  });
  it('wildcard prefixes match subdomains only, and the primary keeps the requested name', () => {
    const wild = '[[registry]]\nprefix = "*.redhat.io"\n[[registry.mirror]]\nlocation = "mirror.local/redhat"\n';
    expect(locs(wild, 'registry.redhat.io/ubi9/ubi:9')).toEqual([
      'mirror:mirror.local/redhat/ubi9/ubi',
      'primary:registry.redhat.io/ubi9/ubi'
    ]);
    expect(locs(wild, 'redhat.io/ubi9/ubi:9')).toEqual(['primary:redhat.io/ubi9/ubi']);
  });
  it('a prefix with a different location rewrites the primary', () => {
    const alias = '[[registry]]\nprefix = "q.io/alias"\nlocation = "q.io/real"\n';
    expect(pullEndpoints(conf(alias), 'q.io/alias/app:1').endpoints).toEqual([
      { location: 'q.io/real/app', reference: 'q.io/real/app:1', insecure: false, kind: 'primary', blocked: false }
    ]);
  });
  it('no entry: the reference itself is the only endpoint; docker.io names are normalised', () => {
    expect(locs('', 'busybox')).toEqual(['primary:docker.io/library/busybox']);
    expect(pullEndpoints(conf(''), 'busybox').shortName).toBe(true);
    expect(pullEndpoints(conf(''), 'localhost/busybox').shortName).toBeUndefined();
  });
});

describe('blocked and insecure', () => {
  it('a blocked source with mirrors: mirrors are tried, the primary is refused', () => {
    const never =
      '[[registry]]\nlocation = "quay.io/team"\nblocked = true\n[[registry.mirror]]\nlocation = "d1.io/team"\npull-from-mirror = "digest-only"\n';
    expect(pullEndpoints(conf(never), `quay.io/team/a@${D}`).endpoints.map((e) => [e.location, e.blocked])).toEqual([
      ['d1.io/team/a', false],
      ['quay.io/team/a', true]
    ]);
  });
  it('blocked is re-checked on the rewritten name against every entry', () => {
    const quirk =
      '[[registry]]\nlocation = "127.0.0.1:5001"\nblocked = true\n[[registry]]\nprefix = "127.0.0.1:5001/alias"\nlocation = "127.0.0.1:5001/blockme"\n';
    expect(pullEndpoints(conf(quirk), '127.0.0.1:5001/alias/app:1.0').endpoints).toEqual([
      {
        location: '127.0.0.1:5001/blockme/app',
        reference: '127.0.0.1:5001/blockme/app:1.0',
        insecure: false,
        kind: 'primary',
        blocked: true
      }
    ]);
  });
  it('a mirror inside a blocked scope is refused too', () => {
    const c =
      '[[registry]]\nlocation = "quay.io/x"\n[[registry.mirror]]\nlocation = "block.io/x"\n[[registry]]\nlocation = "block.io"\nblocked = true\n';
    expect(pullEndpoints(conf(c), 'quay.io/x/y:1').endpoints.map((e) => e.blocked)).toEqual([true, false]);
  });
  it('TLS follows the endpoint flag: an insecure mirror, a secure primary', () => {
    const c = '[[registry]]\nlocation = "quay.io/x"\n[[registry.mirror]]\nlocation = "m.local/x"\ninsecure = true\n';
    expect(pullEndpoints(conf(c), 'quay.io/x/y:1').endpoints.map((e) => e.insecure)).toEqual([true, false]);
  });
});

describe('invalid input', () => {
  it('a configuration c/image refuses fails every pull', () => {
    const bad =
      '[[registry]]\nlocation = "q.io"\ninsecure = true\n[[registry]]\nprefix = "q.io/x"\nlocation = "q.io"\n';
    expect(pullEndpoints(conf(bad), 'q.io/x/y:1')).toEqual({
      endpoints: [],
      error: "registry 'q.io' is defined multiple times with conflicting 'insecure' setting"
    });
    expect(loadRegistries(conf('[[registry]]\nlocation = "https://q.io"\n')).error).toBe(
      "invalid location 'https://q.io': URI schemes are not supported"
    );
    expect(loadRegistries(conf('[[registry]]\nprefix = "*.q.io/x"\n')).error).toMatch(
      /^Wildcarded prefix should be in the format/
    );
  });
  it('an unparsable image reference is reported, not thrown', () => {
    expect(pullEndpoints(conf(''), 'Quay.io/UPPER/x').error).toMatch(/must be lowercase|invalid reference/);
  });
});

describe('docker references', () => {
  it.each([
    ['busybox', 'docker.io/library/busybox'],
    ['library/busybox:1', 'docker.io/library/busybox:1'],
    ['index.docker.io/foo/bar', 'docker.io/foo/bar'],
    ['localhost/app', 'localhost/app'],
    ['localhost:5000/app:v', 'localhost:5000/app:v'],
    [`quay.io/a/b@${D}`, `quay.io/a/b@${D}`]
  ])('ParseNormalizedNamed(%s) = %s', (input, want) => expect(referenceString(parseNormalizedNamed(input))).toBe(want));

  it('ParseNamed refuses non-canonical names', () => {
    expect(() => parseNamed('ubuntu')).toThrow('repository name must be canonical');
    expect(referenceString(parseNamed(`quay.io/openshift-release-dev/ocp-release@${D}`))).toBe(
      `quay.io/openshift-release-dev/ocp-release@${D}`
    );
    expect(() => parseNamed('quay.io/a@sha256:abc')).toThrow();
  });
});
