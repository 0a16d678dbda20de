import { describe, expect, it } from '@jest/globals';
import { formatMinutes, rolloutSentence, rolloutTimeline } from '../../src/report/timeline.js';
import { cluster, exampleCluster, pool } from './fixtures.js';

describe('rolloutTimeline', () => {
  it('lays pools side by side, the Windows pass on its own, a paused pool as held', () => {
    const t = rolloutTimeline(exampleCluster());
    expect(t.phases.map((p) => [p.pool, p.start, p.minutes, p.batches, p.held])).toEqual([
      ['worker', 0, 63, 12, false],
      ['master', 0, 15.8, 3, false],
      ['infra', 0, 0.8, 3, false],
      ['gpu', 0, 26, 2, true],
      ['Windows', 0, 2, 8, false]
    ]);
    expect(t.totalMinutes).toBe(63);
    expect(t.longest).toBe('worker');
    expect(t.parallel).toEqual(['worker', 'master', 'infra', 'Windows']);
    expect(t.held).toEqual(['gpu']);
  });

  it('leaves out pools with nothing to do and empty pools', () => {
    const t = rolloutTimeline(
      cluster({
        pools: [pool('worker', 6, 1, 'none', 0), pool('edge', 0, 1, 'drain', 0), pool('m', 3, 3, 'reload', 0.3)]
      })
    );
    expect(t.phases.map((p) => p.pool)).toEqual(['m']);
    expect(t.parallel).toEqual([]);
    expect(t.totalMinutes).toBe(0.3);
  });

  it('is empty when the cluster does not change', () => {
    const c = exampleCluster();
    c.changed = false;
    expect(rolloutTimeline(c)).toEqual({ phases: [], totalMinutes: 0, parallel: [], held: [] });
  });

  it('a Windows pass can outlast the pools', () => {
    const c = cluster({
      pools: [pool('worker', 2, 2, 'reload', 0.3)],
      windows: { ...exampleCluster().windows, nodes: 40, passes: 3, estimate: { minutes: 30, assumptions: '' } }
    });
    const t = rolloutTimeline(c);
    expect(t.longest).toBe('Windows');
    expect(t.totalMinutes).toBe(30);
  });
});

describe('formatMinutes', () => {
  it('picks seconds, minutes or hours', () => {
    expect(formatMinutes(0.75)).toBe('45 s');
    expect(formatMinutes(18.8)).toBe('18.8 min');
    expect(formatMinutes(63)).toBe('1 h 3 min');
    expect(formatMinutes(120)).toBe('2 h');
  });
});

describe('rolloutSentence', () => {
  it('names the longest rollout, the parallel pools and the held ones', () => {
    expect(rolloutSentence(rolloutTimeline(exampleCluster()), (n) => `*${n}*`)).toBe(
      'Rollout about 1 h 3 min, set by *worker* (drain + CRI-O reload, 12 nodes, 1 at a time); *worker*, *master*, *infra* and *Windows* roll at the same time; *gpu* is paused and holds the change until unpaused.'
    );
    expect(rolloutSentence(rolloutTimeline(cluster({ changed: false })), String)).toBe('');
  });
});

describe('the JSON report', () => {
  it('carries the rollout phases so other tools can draw them', async () => {
    const { planJson } = await import('../../src/report/json.js');
    const json = planJson(
      { openshiftVersion: '4.19', clusters: [exampleCluster()], verdict: 'pass', failOn: 'error' },
      true
    );
    const rollout = json.rollout as ReturnType<typeof rolloutTimeline>;
    expect(rollout.phases.map((p) => [p.pool, p.start, p.minutes, p.batches])).toEqual([
      ['worker', 0, 63, 12],
      ['master', 0, 15.8, 3],
      ['infra', 0, 0.8, 3],
      ['gpu', 0, 26, 2],
      ['Windows', 0, 2, 8]
    ]);
    expect(rollout.totalMinutes).toBe(63);
  });
});
