import type { Disruption } from './decide.js';

/**
 * Rollout estimates. MCO rolls each pool independently, `maxUnavailable` nodes at a time
 * (node_controller.go, linux-mco.md §3.7); WMCO walks Windows nodes one by one per pass
 * (windows-wmco.md §4.5). No operator publishes per-node timings, so the constants are the team's
 * assumptions, configurable under `timing` and echoed in every estimate.
 */
export interface Timing {
  /** Cordon + drain of one Linux node. */
  drainMinutes: number;
  /** Reboot of one Linux node until it is Ready again. */
  rebootMinutes: number;
  /** `systemctl reload crio` (or restart) on one node. */
  crioReloadSeconds: number;
  /** One Windows node in a WMCO pass: SSH, PowerShell probe, wipe and copy of the registries directory. */
  windowsNodeSeconds: number;
}

export const DEFAULT_TIMING: Readonly<Timing> = Object.freeze({
  drainMinutes: 5,
  rebootMinutes: 8,
  crioReloadSeconds: 15,
  windowsNodeSeconds: 15
});

export class MaxUnavailableError extends Error {}

/**
 * node_controller.go `maxUnavailable`: default 1; `intstr.GetScaledValueFromIntOrPercent(v, nodes,
 * roundUp=false)`, so percentages round down; 0 becomes 1; ints are not capped by the node count; the
 * arbiter pool always gets 1. A string that is not "<int>%" fails the pool sync, reported as an error.
 */
export function maxUnavailable(value: number | string | null | undefined, nodes: number, poolName?: string): number {
  if (poolName === 'arbiter') return 1;
  let n: number;
  if (value === undefined || value === null) {
    n = 1;
  } else if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new MaxUnavailableError(`maxUnavailable ${value} is not an integer`);
    n = value;
  } else {
    const m = /^([+-]?\d+)%$/.exec(value);
    if (!m) {
      throw new MaxUnavailableError(
        `invalid value for IntOrString: invalid type: string is not a percentage (maxUnavailable ${JSON.stringify(value)})`
      );
    }
    n = Math.floor((Number(m[1]) * nodes) / 100);
  }
  if (n === 0) n = 1;
  if (n < 0)
    throw new MaxUnavailableError(`maxUnavailable ${JSON.stringify(value)} is negative: the pool would never update`);
  return n;
}

export interface RolloutInput {
  nodes: number;
  /** Already resolved with maxUnavailable(). */
  maxUnavailable: number;
  disruption: Disruption;
  paused: boolean;
  timing?: Partial<Timing>;
}

export interface RolloutEstimate {
  batches: number;
  /** Whole-pool wall time, rounded to a tenth of a minute. */
  minutes: number;
  /** One node's time for the decided action. */
  perNodeMinutes: number;
  /** The pool is paused: nothing happens until it is unpaused. */
  held: boolean;
  assumptions: string;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function perNode(disruption: Disruption, t: Timing): { minutes: number; what: string } {
  const crio = t.crioReloadSeconds / 60;
  switch (disruption) {
    case 'none':
      return { minutes: 0, what: 'no node action (files are written in place), counted as 0 minutes per node' };
    case 'reload':
      return { minutes: crio, what: `a CRI-O reload of ${t.crioReloadSeconds} s per node` };
    case 'restart':
      return {
        minutes: crio,
        what: `a service restart counted like a CRI-O reload, ${t.crioReloadSeconds} s per node`
      };
    case 'drain':
      return {
        minutes: t.drainMinutes + crio,
        what: `a drain of ${t.drainMinutes} min plus a CRI-O reload of ${t.crioReloadSeconds} s per node`
      };
    case 'reboot':
      return {
        minutes: t.drainMinutes + t.rebootMinutes,
        what: `a drain of ${t.drainMinutes} min plus a reboot of ${t.rebootMinutes} min per node`
      };
  }
}

/**
 * batches = ceil(nodes / maxUnavailable), each batch taking one node's time: nodes in a batch update in
 * parallel and the controller starts the next batch when capacity frees up.
 */
export function estimateRollout(input: RolloutInput): RolloutEstimate {
  const t: Timing = { ...DEFAULT_TIMING, ...input.timing };
  const nodes = Math.max(0, Math.floor(input.nodes));
  const mu = Math.max(1, Math.floor(input.maxUnavailable));
  const batches = nodes === 0 ? 0 : Math.ceil(nodes / mu);
  const p = perNode(input.disruption, t);
  const minutes = round1(batches * p.minutes);
  const parts = [
    `Estimate: ${plural(nodes, 'node')}, ${mu} at a time (maxUnavailable), so ${plural(batches, 'batch', 'batches')}`,
    `each batch takes ${p.what}`,
    `timing constants: drainMinutes=${t.drainMinutes}, rebootMinutes=${t.rebootMinutes}, crioReloadSeconds=${t.crioReloadSeconds}`,
    'pools roll out in parallel with each other; PodDisruptionBudgets, slow drains and image pulls add time'
  ];
  if (input.paused) {
    parts.unshift('The pool is paused: the change is held until it is unpaused, and the times below start then');
  }
  return {
    batches,
    minutes,
    perNodeMinutes: round1(p.minutes),
    held: input.paused,
    assumptions: parts.join('; ') + '.'
  };
}

export interface WindowsRolloutInput {
  nodes: number;
  /** Full WMCO passes: one per changed IDMS/ITMS object, plus one if the pull secret changed (at least 1 when anything changed). */
  passes: number;
  timing?: Partial<Timing>;
}

export interface WindowsRolloutEstimate {
  passes: number;
  minutes: number;
  seconds: number;
  disruption: 'none';
  assumptions: string;
}

/** WMCO reconciles once per changed object key; the pull secret is its own key. */
export function windowsPasses(changedMirrorSetObjects: number, pullSecretChanged: boolean): number {
  return Math.max(0, Math.floor(changedMirrorSetObjects)) + (pullSecretChanged ? 1 : 0);
}

/** T ≈ passes × N × t_node: WMCO updates Windows nodes strictly one after another, with no drain or reboot. */
export function estimateWindowsRollout(input: WindowsRolloutInput): WindowsRolloutEstimate {
  const t: Timing = { ...DEFAULT_TIMING, ...input.timing };
  const nodes = Math.max(0, Math.floor(input.nodes));
  const passes = Math.max(0, Math.floor(input.passes));
  const seconds = passes * nodes * t.windowsNodeSeconds;
  const assumptions =
    `Estimate: ${plural(passes, 'WMCO pass', 'WMCO passes')} (one per changed IDMS/ITMS object, plus one if the pull secret changed) × ` +
    `${plural(nodes, 'Windows node')} × ${t.windowsNodeSeconds} s per node (windowsNodeSeconds), sequential, node by node; ` +
    'no cordon, drain, reboot or containerd restart; an unreachable node adds about 10 minutes and fails the pass.';
  return { passes, minutes: round1(seconds / 60), seconds, disruption: 'none', assumptions };
}
