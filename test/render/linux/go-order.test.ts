// Go's string order is UTF-8 byte order; the fast comparisons must agree with it on every string.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { byteCompare, sortByGoOrder, sortedGo } from '../../../src/render/linux/go-format.js';

const utf8Order = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

// Strings built from units that matter: ASCII, the private-use area above the surrogates, astral
// characters (surrogate pairs) and lone surrogates of both halves.
const unit = fc.constantFrom('a', 'b', '/', '\u00e9', '\ud7ff', '\ue000', '\uffff', '\ud83d\ude00', '\ud800', '\udc00');
const str = fc.array(unit, { maxLength: 6 }).map((u) => u.join(''));

describe("Go's string order", () => {
  it('byteCompare agrees with a comparison of the UTF-8 bytes', () => {
    fc.assert(
      fc.property(str, str, (a, b) => {
        expect(Math.sign(byteCompare(a, b))).toBe(Math.sign(utf8Order(a, b)));
      }),
      { numRuns: 5000 }
    );
  });

  it('an astral character sorts after U+E000-U+FFFF, as in UTF-8 (UTF-16 code units say the opposite)', () => {
    expect(byteCompare('\ud83d\ude00', '\uffff')).toBe(1);
    expect('\ud83d\ude00' < '\uffff').toBe(true);
  });

  it('sortByGoOrder gives the UTF-8 order with and without surrogates among the keys', () => {
    fc.assert(
      fc.property(
        fc.array(str, { maxLength: 12 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 12 }),
        (xs, ys) => {
          for (const items of [xs, ys]) {
            const sorted = sortByGoOrder(
              items.map((k) => ({ k })),
              (o) => o.k
            ).map((o) => o.k);
            expect(sorted).toEqual([...items].sort(utf8Order));
            expect(sortedGo(items)).toEqual([...items].sort(utf8Order));
          }
        }
      )
    );
  });
});
