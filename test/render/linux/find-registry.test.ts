import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findRegistry, refMatchingPrefix, type LoadedRegistry } from '../../../src/render/linux/pull-sources.js';

// The indexed FindRegistry must pick exactly what c/image's linear scan picks: longest matching prefix,
// first in file order among equals (wildcards, port quirk and duplicates included).
function linearScan(registries: readonly LoadedRegistry[], ref: string): LoadedRegistry | undefined {
  let best: LoadedRegistry | undefined;
  let bestLen = 0;
  for (const r of registries) {
    if (refMatchingPrefix(ref, r.prefix) !== -1 && r.prefix.length > bestLen) {
      best = r;
      bestLen = r.prefix.length;
    }
  }
  return best;
}

const reg = (prefix: string, location: string): LoadedRegistry => ({
  prefix,
  location,
  insecure: false,
  blocked: false,
  mirrorByDigestOnly: false,
  mirrors: []
});

const segment = fc.constantFrom('a', 'b', 'a.io', 'b.a.io', 'a.io:5000', 'x', 'x@sha256');
const name = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const prefix = fc.oneof(name, fc.constantFrom('*.a.io', '*.io', 'a.io:5000', 'a.io'));

describe('findRegistry', () => {
  it('agrees with the linear scan of c/image on random prefixes and references', () => {
    fc.assert(
      fc.property(fc.array(prefix, { maxLength: 12 }), fc.array(name, { minLength: 1, maxLength: 8 }), (ps, refs) => {
        const registries = ps.map((p, i) => reg(p, `loc${i}`));
        for (const ref of [...refs, ...refs.map((r) => `${r}:tag`), ...refs.map((r) => `${r}@sha256:0`)]) {
          expect(findRegistry(registries, ref)).toBe(linearScan(registries, ref));
        }
      }),
      { numRuns: 400 }
    );
  });

  it('takes the first of two registries with the same prefix, and the port quirk', () => {
    const regs = [reg('a.io', 'first'), reg('a.io', 'second'), reg('a.io/x', 'deeper')];
    expect(findRegistry(regs, 'a.io/y')?.location).toBe('first');
    expect(findRegistry(regs, 'a.io/x/y')?.location).toBe('deeper');
    expect(findRegistry(regs, 'a.io:5000/y')?.location).toBe('first');
    expect(findRegistry(regs, 'a.iox/y')).toBeUndefined();
  });
});
