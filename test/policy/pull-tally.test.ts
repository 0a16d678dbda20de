import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseNormalizedNamed, referenceName } from '../../src/render/linux/docker-reference.js';
import { scopeIsNestedInsideScope } from '../../src/render/linux/scopes.js';
import { pullsInside, tallyPulls } from '../../src/policy/rules/mirror-sets.js';

// The ITMS rule answers "which workloads pull from inside this source" from an index built in one pass;
// it must count exactly what testing every workload against every source counts.
function naive(images: string[], source: string): { pulls: number; byDigest: number } {
  let pulls = 0;
  let byDigest = 0;
  for (const image of images) {
    let r;
    try {
      r = parseNormalizedNamed(image);
    } catch {
      continue;
    }
    if (!scopeIsNestedInsideScope(referenceName(r), source)) continue;
    pulls++;
    if (r.digest !== undefined) byDigest++;
  }
  return { pulls, byDigest };
}

const host = fc.constantFrom('quay.io', 'a.quay.io', 'registry.io:5000', 'docker.io', 'Bad!');
const repo = fc
  .array(fc.constantFrom('team', 'app', 'x', 'lib'), { minLength: 1, maxLength: 3 })
  .map((s) => s.join('/'));
const image = fc
  .tuple(host, repo, fc.boolean())
  .map(([h, r, d]) => `${h}/${r}${d ? '@sha256:' + 'a'.repeat(64) : ':v1'}`);
const source = fc.oneof(
  fc.tuple(host, fc.option(repo)).map(([h, r]) => (r ? `${h}/${r}` : h)),
  fc.constantFrom('*.io', '*.quay.io', '*.registry.io', 'docker.io/library')
);

describe('pull tally for mirror-set rules', () => {
  it('counts what the pairwise test counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(image, fc.constantFrom('busybox', 'nginx:1')), { maxLength: 30 }),
        fc.array(source, { minLength: 1, maxLength: 6 }),
        (images, sources) => {
          const tally = tallyPulls(images);
          for (const s of sources) expect(pullsInside(s, tally)).toEqual(naive(images, s));
        }
      ),
      { numRuns: 300 }
    );
  });
});
