import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_TIMING,
  estimateRollout,
  estimateWindowsRollout,
  maxUnavailable,
  MaxUnavailableError,
  windowsPasses
} from '../../src/impact/rollout.js';

describe('maxUnavailable', () => {
  it('rounds percentages down and lifts 0 to 1', () => {
    expect(maxUnavailable('33%', 10)).toBe(3);
    expect(maxUnavailable('1%', 50)).toBe(1);
    expect(maxUnavailable('0%', 50)).toBe(1);
  });
  it('the arbiter pool always gets 1', () => {
    expect(maxUnavailable(5, 10, 'arbiter')).toBe(1);
  });
  it('rejects strings that are not percentages, as intstr does', () => {
    expect(() => maxUnavailable('3', 10)).toThrow(MaxUnavailableError);
    expect(() => maxUnavailable('2.5%', 10)).toThrow(/not a percentage/);
    expect(() => maxUnavailable(-1, 10)).toThrow(/negative/);
  });
});

describe('estimateRollout', () => {
  it('exports the documented defaults', () => {
    expect(DEFAULT_TIMING).toEqual({
      drainMinutes: 5,
      rebootMinutes: 8,
      crioReloadSeconds: 15,
      windowsNodeSeconds: 15
    });
  });

  it('drain + reload: 6 nodes one at a time', () => {
    const e = estimateRollout({ nodes: 6, maxUnavailable: 1, disruption: 'drain', paused: false });
    expect(e).toMatchObject({ batches: 6, minutes: 31.5, perNodeMinutes: 5.3, held: false });
    expect(e.assumptions).toMatch(/drainMinutes=5, rebootMinutes=8, crioReloadSeconds=15/);
    expect(e.assumptions).toMatch(/6 nodes, 1 at a time \(maxUnavailable\), so 6 batches/);
  });

  it('reboot: batches of maxUnavailable, drain plus reboot per batch', () => {
    const e = estimateRollout({ nodes: 10, maxUnavailable: 3, disruption: 'reboot', paused: false });
    expect(e.batches).toBe(4);
    expect(e.minutes).toBe(52);
    expect(e.assumptions).toMatch(/a drain of 5 min plus a reboot of 8 min per node/);
  });

  it('reload only: seconds per node', () => {
    expect(estimateRollout({ nodes: 4, maxUnavailable: 1, disruption: 'reload', paused: false }).minutes).toBe(1);
    expect(estimateRollout({ nodes: 4, maxUnavailable: 1, disruption: 'none', paused: false }).minutes).toBe(0);
  });

  it('uses the team timing and says so', () => {
    const e = estimateRollout({
      nodes: 3,
      maxUnavailable: 1,
      disruption: 'reboot',
      paused: false,
      timing: { rebootMinutes: 20 }
    });
    expect(e.minutes).toBe(75);
    expect(e.assumptions).toMatch(/rebootMinutes=20/);
  });

  it('a paused pool is held until unpaused', () => {
    const e = estimateRollout({ nodes: 3, maxUnavailable: 1, disruption: 'drain', paused: true });
    expect(e.held).toBe(true);
    expect(e.assumptions).toMatch(/^The pool is paused: the change is held until it is unpaused/);
  });

  it('ints larger than the pool mean one batch; an empty pool has none', () => {
    expect(estimateRollout({ nodes: 5, maxUnavailable: 20, disruption: 'reboot', paused: false }).batches).toBe(1);
    expect(estimateRollout({ nodes: 0, maxUnavailable: 1, disruption: 'reboot', paused: false })).toMatchObject({
      batches: 0,
      minutes: 0
    });
  });
});

describe('estimateWindowsRollout', () => {
  it('passes × nodes × seconds per node, sequential, no disruption', () => {
    const e = estimateWindowsRollout({ nodes: 4, passes: windowsPasses(2, true) });
    expect(e).toMatchObject({ passes: 3, seconds: 180, minutes: 3, disruption: 'none' });
    expect(e.assumptions).toMatch(
      /3 WMCO passes .* × 4 Windows nodes × 15 s per node \(windowsNodeSeconds\), sequential/
    );
  });
  it('one pass over 4 nodes at the default is one minute; timing is configurable', () => {
    expect(estimateWindowsRollout({ nodes: 4, passes: 1 }).minutes).toBe(1);
    expect(estimateWindowsRollout({ nodes: 4, passes: 1, timing: { windowsNodeSeconds: 60 } }).minutes).toBe(4);
  });
  it('no changed objects means no pass', () => {
    expect(windowsPasses(0, false)).toBe(0);
    expect(estimateWindowsRollout({ nodes: 4, passes: 0 }).minutes).toBe(0);
  });
});
