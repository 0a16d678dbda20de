// The run's caches keyed by repository text share one bound: a repository of endless distinct texts
// cannot grow them, and a value is made once while it is kept.
import { describe, expect, it } from '@jest/globals';
import { BoundedMap } from '../../src/model/bounded-map.js';

describe('BoundedMap', () => {
  it('keeps at most its bound, forgetting the oldest first', () => {
    const m = new BoundedMap<string, number>(3);
    for (let i = 0; i < 1000; i++) m.set(`k${i}`, i);
    expect([...m.keys()]).toEqual(['k997', 'k998', 'k999']);
    m.set('k998', -1); // replacing a kept key forgets nothing
    expect([...m.entries()]).toEqual([
      ['k997', 997],
      ['k998', -1],
      ['k999', 999]
    ]);
  });

  it('makes a value once while it is kept, undefined values included', () => {
    const m = new BoundedMap<string, number | undefined>(2);
    let made = 0;
    const make = (v: number | undefined) => () => (made++, v);
    expect(m.getOr('a', make(undefined))).toBeUndefined();
    expect(m.getOr('a', make(1))).toBeUndefined();
    expect(m.getOr('b', make(2))).toBe(2);
    expect(m.getOr('b', make(3))).toBe(2);
    expect(made).toBe(2);
    m.getOr('c', make(4)); // 'a' is forgotten, and made again when asked
    expect(m.getOr('a', make(5))).toBe(5);
    expect(made).toBe(4);
  });
});
