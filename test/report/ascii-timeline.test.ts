import { describe, expect, it } from '@jest/globals';
import { asciiTimeline, joinNames, terminalName } from '../../src/report/ascii-timeline.js';
import { rolloutTimeline } from '../../src/report/timeline.js';
import { cluster, exampleCluster, pool } from './fixtures.js';

describe('asciiTimeline', () => {
  it('draws the example with bars to scale', () => {
    expect(asciiTimeline(rolloutTimeline(exampleCluster()))).toBe(
      [
        '  rollout (estimate, MCO pools in parallel, WMCO alongside):',
        '    worker       |################################| 1 h 3 min  drain + CRI-O reload, 12 nodes, 1 at a time',
        '    master       |########                        | 15.8 min   drain + CRI-O reload, 3 nodes, 1 at a time',
        '    infra        |#                               | 48 s       CRI-O reload, 3 nodes, 1 at a time',
        '    gpu          |paused: held                    | 26 min once unpaused  drain + reboot, 2 nodes, 1 at a time',
        '    Windows      |#                               | 2 min      hosts.toml replaced, 4 nodes one by one, 2 passes',
        '    total about 1 h 3 min; worker, master, infra and Windows in parallel; held until unpaused: gpu',
        ''
      ].join('\n')
    );
  });

  it('is empty when nothing rolls out', () => {
    expect(asciiTimeline(rolloutTimeline(cluster({ pools: [pool('worker', 3, 1, 'none', 0)] })))).toBe('');
  });

  it('keeps terminal control out of pool names', () => {
    const out = asciiTimeline(rolloutTimeline(cluster({ pools: [pool('\u001b[2Jx\ny\u202e', 3, 1, 'drain', 5)] })));
    expect(out).not.toMatch(/[\u001b\u202e]/);
    expect(out.split('\n')).toHaveLength(4);
    expect(terminalName('a-very-long-pool-name')).toBe('a-very-long~');
  });

  it('joins names as prose', () => {
    expect(joinNames(['a'])).toBe('a');
    expect(joinNames(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
