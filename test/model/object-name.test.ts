import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildModel } from '../../src/model/extract.js';
import { nameProblem } from '../../src/model/object-name.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseManifests } from '../../src/load/yaml-documents.js';

const parseDocs = (text: string) => parseManifests('m.yaml', text, DEFAULT_LIMITS).docs;

describe('metadata.name as the API server checks it (NameIsDNSSubdomain)', () => {
  it('accepts what the API server accepts', () => {
    for (const n of ['cluster', '99-worker-generated-registries', 'idms-operator-0', 'a.b-c.d', '0', 'x'.repeat(253)]) {
      expect(nameProblem(n)).toBeUndefined();
    }
  });

  it('refuses upper case, path characters, empty labels, edge dashes and over-long names', () => {
    for (const n of ['Worker', '../../x', 'a/b', 'a..b', '.a', 'a.', '-a', 'a-', 'a_b', 'a b', 'x'.repeat(254), 'é']) {
      expect(nameProblem(n)).toBeDefined();
    }
  });

  it('agrees with the API machinery pattern on arbitrary strings', () => {
    const label = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
    const k8s = new RegExp(`^${label}(\\.${label})*$`);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9.\-A_/]{0,12}$/), (s) => {
        expect(nameProblem(s) === undefined).toBe(s.length > 0 && k8s.test(s));
      }),
      { numRuns: 2000 }
    );
  });

  it('an object with a refused name is an api-rejected error and is left out of the model', () => {
    const model = buildModel(
      parseDocs(`apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: Mirrors}
spec:
  imageDigestMirrors:
  - source: quay.io/a
    mirrors: [m.example.com/a]
`)
    );
    expect(model.idms).toEqual([]);
    expect(model.findings).toEqual([
      expect.objectContaining({
        rule: 'api-rejected',
        severity: 'error',
        line: 1,
        object: 'ImageDigestMirrorSet/Mirrors'
      })
    ]);
  });
});
