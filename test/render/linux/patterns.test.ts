// The backtracking-safe source/mirror patterns accept exactly what the operator's Go patterns accept.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GO_MIRROR_REGEX, GO_SOURCE_REGEX, isValidMirror, isValidSource } from '../../../src/render/linux/scopes.js';

const goSource = new RegExp(GO_SOURCE_REGEX);
const goMirror = new RegExp(GO_MIRROR_REGEX);
// Short strings over the characters that matter keep the original (exponential) pattern fast enough.
const scopeish = fc.string({ unit: fc.constantFrom('a', 'B', '0', '.', '-', '_', '/', ':', '*', '@'), maxLength: 12 });

describe('source and mirror patterns', () => {
  it('agree with the Go patterns on generated strings', () => {
    fc.assert(
      fc.property(scopeish, (s) => {
        expect(isValidSource(s)).toBe(goSource.test(s));
        expect(isValidMirror(s)).toBe(goMirror.test(s));
      }),
      { numRuns: 3000 }
    );
  });

  it.each([
    ['quay.io/ns/repo', true],
    ['*.example.com', true],
    ['registry.example.com:5000/a__b/c-d', true],
    ['quay.io/ns/repo:latest', false],
    ['quay.io/ns/repo@sha256:abc', false],
    ['quay.io/NS', false],
    ['*.example.com/x', false]
  ])('source %s -> %s', (s, want) => expect(isValidSource(s)).toBe(want));

  it('does not backtrack catastrophically on long invalid input', () => {
    const t = Date.now();
    expect(isValidMirror('quay.io/' + 'a'.repeat(5000) + '!')).toBe(false);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
