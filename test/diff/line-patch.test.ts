// linePatch: jsdiff's unified diff, bounded: past MAX_MINIMAL_EDITS the changed region is shown whole.
import { describe, expect, it } from '@jest/globals';
import { createTwoFilesPatch } from 'diff';
import fc from 'fast-check';
import { linePatch, MAX_MINIMAL_EDITS } from '../../src/diff/line-patch.js';

const lines = (n: number, tag: string): string => Array.from({ length: n }, (_, i) => `${tag} ${i}\n`).join('');
const side = (text: string, name: string) => ({ name, text, header: name === 'a' ? 'before' : 'after' });
/** jsdiff's minimal diff, uncapped. */
const minimal = (a: string, b: string): string =>
  createTwoFilesPatch('a', 'b', a, b, 'before', 'after', { context: 3 });

describe('linePatch', () => {
  const many = MAX_MINIMAL_EDITS; // half of the edits on each side: past the cap together

  it('is jsdiff’s minimal diff below the cap', () => {
    const a = lines(50, 'keep') + 'old\n' + lines(50, 'tail');
    const b = lines(50, 'keep') + 'new\n' + lines(50, 'tail');
    expect(linePatch(side(a, 'a'), side(b, 'b'), 3)).toBe(minimal(a, b));
  });

  // Where every line between the common head and tail differs, the minimal diff is the whole region:
  // past the cap the bounded diff must be byte for byte what jsdiff would have written.
  it.each([
    [
      'a rewritten middle',
      lines(10, 'head') + lines(many, 'x') + lines(10, 'tail'),
      lines(10, 'head') + lines(many, 'y') + lines(10, 'tail')
    ],
    [
      'a rewrite without final line feeds',
      lines(2, 'head') + lines(many, 'x') + 'x end',
      lines(2, 'head') + lines(many, 'y') + 'y end'
    ],
    ['a final line feed dropped', lines(many, 'x') + 'same\n', lines(many, 'y') + 'same'],
    [
      'lines only added',
      lines(5, 'head') + lines(5, 'tail'),
      lines(5, 'head') + lines(2 * many, 'new') + lines(5, 'tail')
    ],
    ['lines only removed', lines(2 * many, 'old') + lines(1, 'tail'), lines(1, 'tail')],
    ['a file created', '', lines(2 * many, 'new')]
  ])('past the cap, %s is the whole changed region', (_, a, b) => {
    // The case is past the cap: jsdiff gives up on it, so the bounded diff wrote this.
    expect(
      createTwoFilesPatch('a', 'b', a, b, 'before', 'after', { context: 3, maxEditLength: MAX_MINIMAL_EDITS })
    ).toBeUndefined();
    expect(linePatch(side(a, 'a'), side(b, 'b'), 3)).toBe(minimal(a, b));
  });

  // linePatch cuts the common head off before handing the texts to jsdiff: whatever the texts, the
  // result must be jsdiff's own diff of the whole texts, byte for byte, at any context size.
  it('is jsdiff’s diff of the whole texts for any pair of texts', () => {
    const line = fc.constantFrom('a', 'b', 'c', '', ' a', 'a\r');
    const text = fc
      .tuple(fc.array(line, { maxLength: 40 }), fc.boolean())
      .map(([ls, end]) => ls.join('\n') + (end && ls.length ? '\n' : ''));
    fc.assert(
      fc.property(text, text, fc.nat(5), fc.array(line, { maxLength: 20 }), (x, y, context, head) => {
        // A shared head of any length in front of both, as a rendered file has.
        const a = head.map((l) => l + '\n').join('') + x;
        const b = head.map((l) => l + '\n').join('') + y;
        const want = createTwoFilesPatch('a', 'b', a, b, 'before', 'after', { context });
        expect(linePatch(side(a, 'a'), side(b, 'b'), context)).toBe(want);
      }),
      {
        numRuns: 5000,
        // Counterexamples found while writing the cut: a text that is one line feed, a change on line 2.
        examples: [
          ['\n', '', 0, []],
          ['', 'a', 1, ['']]
        ]
      }
    );
  });
});
