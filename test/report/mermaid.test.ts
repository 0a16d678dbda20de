import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { escapeMermaidText, mermaidBlock, mermaidGantt } from '../../src/report/mermaid.js';
import { rolloutTimeline } from '../../src/report/timeline.js';
import { parseGantt, parseMermaidAll } from '../support/mermaid-parse.js';
import { cluster, exampleCluster, pool } from './fixtures.js';

const HOSTILE = [
  'worker"quoted"',
  "it's",
  'a:b',
  'x %% comment',
  '%%{init: {"theme":"dark"}}%%',
  'line\nbreak',
  'cr\r\nlf',
  'a --> b',
  '`backtick`',
  '```',
  'section evil',
  'title evil',
  'click p1 call alert()',
  'dateFormat X',
  '2024-01-01',
  '  leading space',
  '#35;',
  'semi;colon',
  '<script>alert(1)</script>',
  '&amp; &#58;',
  'gantt',
  'vert x',
  'tab\there',
  '\u202eright-to-left',
  'emoji 🚀',
  '',
  '%'
];

describe('escapeMermaidText', () => {
  it('leaves plain pool names alone', () => {
    expect(escapeMermaidText('worker')).toBe('worker');
    expect(escapeMermaidText('infra-gpu.v2')).toBe('infra-gpu.v2');
  });

  it('encodes what the grammar reserves, and a keyword at the start', () => {
    expect(escapeMermaidText('a:b')).toBe('a#58;b');
    expect(escapeMermaidText('section x')).toBe('#115;ection x');
    expect(escapeMermaidText('line\nbreak')).toBe('line#10;break');
    expect(escapeMermaidText('x'.repeat(100)).length).toBeLessThan(60);
  });

  it('output has no character that can end a task, a line or a fence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const e = escapeMermaidText(s);
        expect(e).toMatch(/^[A-Za-z0-9 ._/,()+=#;-]+$/);
        expect(e).not.toMatch(/^[ 0-9]/);
      })
    );
  });
});

describe('mermaidGantt', () => {
  it('draws the example: pools in parallel, Windows on its own, paused as a milestone, the total last', () => {
    const text = mermaidGantt(rolloutTimeline(exampleCluster()));
    const g = parseGantt(text);
    expect(g.diagramType).toBe('gantt');
    expect(g.title).toBe('Rollout estimate, about 1 h 3 min, pools in parallel');
    expect(g.tasks.map((t) => [t.section, t.name, (t.endMs - t.startMs) / 1000, t.milestone])).toEqual([
      ['Linux', 'worker - drain + CRI-O reload, 12 nodes, 1 at a time, 1 h 3 min', 3780, false],
      ['Linux', 'master - drain + CRI-O reload, 3 nodes, 1 at a time, 15.8 min', 948, false],
      ['Linux', 'infra - CRI-O reload, 3 nodes, 1 at a time, 48 s', 48, false],
      ['Linux', 'gpu - paused, held (drain + reboot, 2 nodes, 1 at a time, 26 min once unpaused)', 0, true],
      ['Windows', 'Windows - hosts.toml replaced, 4 nodes one by one, 2 passes, 2 min', 120, false],
      ['Total', 'done after about 1 h 3 min', 0, true]
    ]);
    const start = g.tasks[0]!.startMs;
    expect(g.tasks.slice(0, 5).every((t) => t.startMs === start)).toBe(true);
    expect(g.tasks[5]!.startMs - start).toBe(3780_000);
  });

  it('is empty when nothing rolls out', () => {
    expect(mermaidGantt(rolloutTimeline(cluster({ pools: [pool('worker', 3, 1, 'none', 0)] })))).toBe('');
    expect(mermaidBlock(rolloutTimeline(cluster({ changed: false })))).toBe('');
  });

  it('switches the axis to days for rollouts longer than a day', () => {
    const text = mermaidGantt(rolloutTimeline(cluster({ pools: [pool('worker', 200, 1, 'reboot', 2600)] })));
    expect(text).toContain('axisFormat day %-j %H:%M');
    const g = parseGantt(text);
    expect((g.tasks[0]!.endMs - g.tasks[0]!.startMs) / 60_000).toBe(2600);
  });

  it('hostile pool names stay one valid diagram, each name one task that reads as written', () => {
    const pools = HOSTILE.map((name, i) => pool(name, 3, 1, i % 2 ? 'drain' : 'reboot', 10 + i));
    const text = mermaidGantt(rolloutTimeline(cluster({ pools })));
    const block = mermaidBlock(rolloutTimeline(cluster({ pools })));
    // One fenced block: nothing inside can close the fence or add a line of its own.
    expect(block.split('\n').filter((l) => l.startsWith('```'))).toHaveLength(2);
    expect(text.split('\n').filter((l) => l !== '')).toHaveLength(5 + 1 + HOSTILE.length + 2);
    const g = parseGantt(text);
    expect(g.diagramType).toBe('gantt');
    expect(g.title).toMatch(/^Rollout estimate, about /);
    expect(g.tasks).toHaveLength(HOSTILE.length + 1);
    HOSTILE.forEach((name, i) => {
      const t = g.tasks[i]!;
      expect(t.section).toBe('Linux');
      expect(t.id).toBe(`pool${i + 1}`);
      expect(`${JSON.stringify(name)} ${t.name}`).toBe(
        `${JSON.stringify(name)} ${(name === '' ? 'unnamed' : name).trim()} - ${i % 2 ? 'drain + CRI-O reload' : 'drain + reboot'}, 3 nodes, 1 at a time, ${10 + i} min`
      );
      expect((t.endMs - t.startMs) / 60_000).toBe(10 + i);
    });
  });

  it('any name parses to the task it names', () => {
    const names = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), { numRuns: 80, seed: 19 });
    const texts = names.map((name) =>
      mermaidGantt(rolloutTimeline(cluster({ pools: [pool(name, 2, 1, 'drain', 5)] })))
    );
    parseMermaidAll(texts).forEach((g, i) => {
      if ('error' in g) throw new Error(`${JSON.stringify(names[i])}: ${g.error}`);
      expect(g.tasks).toHaveLength(2);
      expect(g.tasks[0]!.name).toBe(`${names[i]!} - drain + CRI-O reload, 2 nodes, 1 at a time, 5 min`.trim());
    });
  });
});
