import { describe, expect, it } from '@jest/globals';
import {
  CONFIG_DIFF_MAX_CHARS,
  CONFIG_DIFF_MAX_INPUT,
  CONFIG_DIFF_MAX_LINES,
  configDiff
} from '../../src/config/config-diff.js';

const CFG = '.github/registry-plan.yaml';

describe('configDiff: the head configuration against the base one', () => {
  it('is nothing when the file is the same, a unified diff otherwise', () => {
    expect(configDiff(CFG, 'failOn: error\n', 'failOn: error\n')).toBeUndefined();
    expect(configDiff(CFG, undefined, undefined)).toBeUndefined();
    const d = configDiff(CFG, 'failOn: error\npaths: [a]\n', 'failOn: never\npaths: [a]\n')!;
    expect(d).toEqual({ path: CFG, diff: expect.any(String) });
    expect(d.diff.split('\n').slice(0, 3)).toEqual([`--- a/${CFG}`, `+++ b/${CFG}`, '@@ -1,2 +1,2 @@']);
    expect(d.diff).toContain('-failOn: error\n+failOn: never\n');
  });

  it('a file added or removed by the pull request diffs against /dev/null', () => {
    expect(configDiff(CFG, undefined, 'failOn: never\n')!.diff).toMatch(/^--- \/dev\/null\n\+\+\+ b\//);
    expect(configDiff(CFG, 'failOn: error\n', undefined)!.diff).toMatch(/^--- a\/.*\n\+\+\+ \/dev\/null\n/);
  });

  it('is capped in lines and characters, and says how much it left out', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n';
    const d = configDiff(CFG, '', many)!;
    const lines = d.diff.trimEnd().split('\n');
    expect(lines.length).toBe(CONFIG_DIFF_MAX_LINES);
    expect(d.omittedLines).toBe(1003 - CONFIG_DIFF_MAX_LINES);
    const wide = Array.from({ length: 200 }, (_, i) => `k${i}: ${'x'.repeat(400)}`).join('\n') + '\n';
    const w = configDiff(CFG, '', wide)!;
    expect(w.diff.length).toBeLessThanOrEqual(CONFIG_DIFF_MAX_CHARS + 1);
    expect(w.omittedLines).toBeGreaterThan(0);
    // One enormous line is cut, not carried whole.
    expect(configDiff(CFG, '', `k: ${'y'.repeat(10_000)}\n`)!.diff.length).toBeLessThan(1000);
  });

  it('does not diff a file over the input cap (the diff is quadratic at worst)', () => {
    const big = 'x'.repeat(CONFIG_DIFF_MAX_INPUT + 1);
    expect(configDiff(CFG, 'a: 1\n', big)!.diff).toMatch(/^\(not diffed: .* over the \d+-character limit\)\n$/);
  });
});
