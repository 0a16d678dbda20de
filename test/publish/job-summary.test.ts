import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STEP_SUMMARY_LIMIT, fitSummary, writeJobSummary } from '../../src/publish/job-summary.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('fitSummary', () => {
  it('leaves a report under the cap untouched', () => {
    expect(fitSummary('# ok\n', 1000)).toEqual({ markdown: '# ok\n', truncated: false, omittedBytes: 0 });
  });

  it('cuts at a line boundary under the byte cap, counting multi-byte characters, with a note', () => {
    const md = Array.from({ length: 5000 }, (_, i) => `| pool-${i} | ✓ drain | 😀 |`).join('\n');
    const fitted = fitSummary(md, 64 * 1024, 'the registry-plan-report artifact');
    expect(fitted.truncated).toBe(true);
    expect(bytes(fitted.markdown)).toBeLessThanOrEqual(64 * 1024);
    expect(fitted.markdown).toMatch(
      /The report was cut here: \d+ more bytes exceed the 64 KiB job summary limit\. The complete report is in the registry-plan-report artifact\./
    );
    const kept = fitted.markdown.split('\n').filter((l) => l.startsWith('| pool-'));
    expect(kept.every((l) => md.includes(l))).toBe(true);
    expect(fitted.omittedBytes).toBe(bytes(md) - bytes(kept.join('\n')) - 1);
  });

  it('closes a code fence and <details> left open by the cut', () => {
    const md = [
      '# report',
      '<details><summary>diff</summary>',
      '',
      '```diff',
      ...Array.from({ length: 3000 }, (_, i) => `+line ${i}`),
      '```',
      '</details>'
    ].join('\n');
    const fitted = fitSummary(md, 8 * 1024);
    expect(fitted.truncated).toBe(true);
    expect(fitted.markdown).toMatch(/\n```\n<\/details>\n\n> The report was cut here/);
  });
});

describe('writeJobSummary', () => {
  it('appends to $GITHUB_STEP_SUMMARY, counting what is already there against the 1 MiB cap', async () => {
    const path = join(dir, 'summary.md');
    await writeFile(path, 'x'.repeat(STEP_SUMMARY_LIMIT - 10_000));
    const result = await writeJobSummary('y\n'.repeat(20_000), { path });
    expect(result).toMatchObject({ written: true, truncated: true });
    const content = await readFile(path, 'utf8');
    expect(bytes(content)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(content).toContain('The report was cut here');
  });

  it('uses GITHUB_STEP_SUMMARY from the environment and does nothing without it', async () => {
    const saved = process.env['GITHUB_STEP_SUMMARY'];
    try {
      delete process.env['GITHUB_STEP_SUMMARY'];
      expect(await writeJobSummary('# r')).toMatchObject({ written: false, reason: 'GITHUB_STEP_SUMMARY is not set' });
      const path = join(dir, 'env.md');
      process.env['GITHUB_STEP_SUMMARY'] = path;
      expect(await writeJobSummary('# r')).toMatchObject({ written: true, truncated: false, bytes: 4 });
      expect(await readFile(path, 'utf8')).toBe('# r\n');
    } finally {
      if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
      else process.env['GITHUB_STEP_SUMMARY'] = saved;
    }
  });

  it('writes nothing when the step summary is already full', async () => {
    const path = join(dir, 'full.md');
    await writeFile(path, 'x'.repeat(STEP_SUMMARY_LIMIT - 100));
    expect(await writeJobSummary('# r', { path })).toMatchObject({
      written: false,
      reason: 'the step summary is already full'
    });
  });
});
