import { describe, expect, it } from '@jest/globals';
import { DOC_NOTE_PREFIX, shortenReason, splitDocNotes } from '../../src/report/doc-notes.js';
import { pool } from './fixtures.js';

describe('splitDocNotes', () => {
  it('one entry for pools with the same reasons, each documentation note once', () => {
    const reasons = ['registries.conf drain check: not a safe change', `${DOC_NOTE_PREFIX}ITMS creation reboots`];
    const { pools, notes } = splitDocNotes([
      pool('worker', 8, 2, 'drain', 25, { reasons }),
      pool('infra', 3, 1, 'drain', 18, { reasons }),
      pool('edge', 2, 1, 'drain', 12, { reasons: ['something else', `${DOC_NOTE_PREFIX}ITMS creation reboots`] })
    ]);
    expect(pools.map((g) => [g.pools.map((p) => p.name), g.reasons])).toEqual([
      [['worker', 'infra'], ['registries.conf drain check: not a safe change']],
      [['edge'], ['something else']]
    ]);
    expect(notes).toEqual(['ITMS creation reboots']);
  });
});

describe('shortenReason', () => {
  it('keeps the first items of a long list and counts the rest', () => {
    const items = Array.from({ length: 630 }, (_, i) => `new registry "r${i}" with only digest-only mirrors`);
    expect(shortenReason(`drain check: safe change, no drain (${items.join('; ')})`)).toBe(
      `drain check: safe change, no drain (${items.slice(0, 3).join('; ')}; … and 627 more)`
    );
    expect(shortenReason('no list here')).toBe('no list here');
    expect(shortenReason('short (a; b; c; d)')).toBe('short (a; b; c; d)');
  });
});
