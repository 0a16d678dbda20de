import { describe, expect, it } from '@jest/globals';
import { DOC_NOTE_PREFIX, splitDocNotes } from '../../src/report/doc-notes.js';
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
