import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../../src/load/limits.js';
import { parseManifests } from '../../../src/load/yaml-documents.js';
import { buildModel } from '../../../src/model/extract.js';
import { parseRegistriesConf } from '../../../src/model/registries-conf.js';
import { parseOcpVersion } from '../../../src/model/version.js';
import { renderLinux } from '../../../src/render/linux/index.js';
import { pullEndpoints } from '../../../src/render/linux/pull-sources.js';

// `oc adm catalog mirror` (4.6–4.10 era) wrote the index image's digest into the ICSP source.
const D = 'sha256:' + '3c'.repeat(32);
const ICSP = `apiVersion: operator.openshift.io/v1alpha1
kind: ImageContentSourcePolicy
metadata:
  name: redhat-operator-index-0
spec:
  repositoryDigestMirrors:
  - mirrors:
    - mirror.example.com:5000/redhat/redhat-operator-index
    source: registry.redhat.io/redhat/redhat-operator-index@${D}
  - mirrors:
    - mirror.example.com:5000/rhel8/postgresql-13
    source: registry.redhat.io/rhel8/postgresql-13
`;
const render = (v: string) => {
  const version = parseOcpVersion(v)!;
  return renderLinux(buildModel(parseManifests('icsp.yaml', ICSP, DEFAULT_LIMITS).docs, [], { version }), {
    version,
    releaseImage: ''
  });
};

describe('ICSP source with @sha256 (MCO helpers.go validateRegistriesConfScopes, by release)', () => {
  it('4.16 and later: the operator refuses the whole image configuration; nodes keep their files', () => {
    for (const v of ['4.16', '4.20']) {
      const r = render(v);
      expect(r.errors.map((e) => [e.message, e.line])).toEqual([
        [`invalid format for source "registry.redhat.io/redhat/redhat-operator-index@${D}"`, 9]
      ]);
      expect(r.registriesConf.origin).toBe('template');
    }
  });
  it('4.15 and older: written verbatim; the entry matches only that exact digest and its mirror is unusable', () => {
    for (const v of ['4.12', '4.15']) {
      const r = render(v);
      expect([v, r.errors]).toEqual([v, []]);
      expect(r.registriesConf.content).toContain(`location = "registry.redhat.io/redhat/redhat-operator-index@${D}"`);
      const conf = parseRegistriesConf(r.registriesConf.content);
      // A tag pull of the index does not match the entry at all: straight to the source.
      const byTag = pullEndpoints(conf, 'registry.redhat.io/redhat/redhat-operator-index:v4.12');
      expect(byTag.endpoints.map((e) => e.location)).toEqual(['registry.redhat.io/redhat/redhat-operator-index']);
      // The exact digest matches, but the mirror's rewritten name has lost the digest: c/image refuses a
      // name-only reference for that endpoint and falls through to the source.
      const exact = pullEndpoints(conf, `registry.redhat.io/redhat/redhat-operator-index@${D}`);
      expect(exact.endpoints.map((e) => e.location)).toEqual(['registry.redhat.io/redhat/redhat-operator-index']);
      // The other entry still works.
      const pg = pullEndpoints(conf, `registry.redhat.io/rhel8/postgresql-13@${D}`);
      expect(pg.endpoints.map((e) => e.location)).toEqual([
        'mirror.example.com:5000/rhel8/postgresql-13',
        'registry.redhat.io/rhel8/postgresql-13'
      ]);
    }
  });
});
