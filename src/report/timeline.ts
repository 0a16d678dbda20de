import type { Disruption } from '../impact/decide.js';
import type { ClusterPlan } from '../plan/types.js';

/**
 * The rollout as the estimate models it, laid out in time: MCO updates every pool at once, each pool in
 * batches of `maxUnavailable` nodes (linux-mco.md §3.7, "per-pool and in parallel"); a paused pool holds
 * its change until it is unpaused; WMCO watches the same mirror-set objects itself and walks the Windows
 * nodes one by one per pass (windows-wmco.md §4.5), so its pass starts with the pools, not after them.
 * Only numbers the report already shows are used: the per-pool estimate and the Windows estimate.
 */
export interface RolloutPhase {
  /** Pool name, or "Windows" for the WMCO pass. */
  pool: string;
  os: 'linux' | 'windows';
  /** Minutes after the change is applied (0 for every phase today: pools run in parallel). */
  start: number;
  /** Length of the phase in minutes, as in the pool's estimate. */
  minutes: number;
  /** Linux: ceil(nodes / maxUnavailable); Windows: passes × nodes (one node at a time). */
  batches: number;
  nodes: number;
  /** Nodes updated at the same time: maxUnavailable, or 1 on Windows. */
  nodesPerBatch: number;
  /** Linux: the pool's disruption; Windows: files replaced node by node. */
  action: Disruption | 'files';
  /** Windows: WMCO passes (each walks every node). */
  passes?: number;
  /** A paused pool: nothing happens until it is unpaused; `minutes` is what it takes then. */
  held: boolean;
}

export interface RolloutTimeline {
  phases: RolloutPhase[];
  /** Wall time until every phase that is not held has finished. */
  totalMinutes: number;
  /** The phase that sets the total (the longest one not held), if any. */
  longest?: string;
  /** Pools that roll at the same time (more than one phase not held). */
  parallel: string[];
  /** Pools that are paused and hold their change. */
  held: string[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** True when a pool's nodes do anything at all for this change. */
function rolls(nodes: number, disruption: Disruption): boolean {
  return nodes > 0 && disruption !== 'none';
}

/** The timeline of one cluster's rollout. Pure; empty `phases` when nothing rolls out. */
export function rolloutTimeline(c: ClusterPlan): RolloutTimeline {
  const phases: RolloutPhase[] = [];
  if (c.changed) {
    for (const p of c.pools) {
      if (!rolls(p.nodes, p.disruption)) continue;
      phases.push({
        pool: p.name,
        os: 'linux',
        start: 0,
        minutes: p.estimate.minutes,
        batches: p.estimate.batches,
        nodes: p.nodes,
        nodesPerBatch: p.maxUnavailable,
        action: p.disruption,
        held: p.paused || p.estimate.held
      });
    }
    if (c.windows.changed && c.windows.nodes > 0 && c.windows.passes > 0) {
      phases.push({
        pool: 'Windows',
        os: 'windows',
        start: 0,
        minutes: c.windows.estimate.minutes,
        batches: c.windows.passes * c.windows.nodes,
        nodes: c.windows.nodes,
        nodesPerBatch: 1,
        action: 'files',
        passes: c.windows.passes,
        held: false
      });
    }
  }
  const running = phases.filter((p) => !p.held);
  let longest: RolloutPhase | undefined;
  for (const p of running) if (!longest || p.start + p.minutes > longest.start + longest.minutes) longest = p;
  return {
    phases,
    totalMinutes: longest ? round1(longest.start + longest.minutes) : 0,
    ...(longest ? { longest: longest.pool } : {}),
    parallel: running.length > 1 ? running.map((p) => p.pool) : [],
    held: phases.filter((p) => p.held).map((p) => p.pool)
  };
}

/** "63 min", "1 h 3 min", "45 s": how long, in the unit a reader expects. */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 60) return `${round1(minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const ACTION: Record<RolloutPhase['action'], string> = {
  none: 'no action',
  reload: 'CRI-O reload',
  restart: 'CRI-O restart',
  drain: 'drain + CRI-O reload',
  reboot: 'drain + reboot',
  files: 'hosts.toml replaced'
};

/** Words for a phase's action, shared by the chart and the ASCII view. */
export function phaseAction(p: RolloutPhase): string {
  return ACTION[p.action];
}

/** "12 nodes, 1 at a time" / "4 nodes one by one, 2 passes": how the phase walks its nodes. */
export function phaseShape(p: RolloutPhase): string {
  const nodes = `${p.nodes} node${p.nodes === 1 ? '' : 's'}`;
  if (p.os === 'windows') {
    const passes = p.passes ?? 1;
    return `${nodes} one by one, ${passes} pass${passes === 1 ? '' : 'es'}`;
  }
  return `${nodes}, ${p.nodesPerBatch} at a time`;
}

/**
 * One sentence for the headline: the longest rollout, what sets it, what runs in parallel and what is
 * held. `name` escapes a pool name for the output at hand (markdown or terminal). '' when nothing rolls.
 */
export function rolloutSentence(t: RolloutTimeline, name: (pool: string) => string): string {
  if (t.phases.length === 0) return '';
  const names = (pools: string[]): string =>
    pools.length <= 1
      ? pools.map(name).join('')
      : `${pools.slice(0, -1).map(name).join(', ')} and ${name(pools[pools.length - 1]!)}`;
  const parts: string[] = [];
  if (t.longest) {
    const lead = t.phases.find((p) => p.pool === t.longest && !p.held)!;
    parts.push(
      `Rollout about ${formatMinutes(t.totalMinutes)}, set by ${name(lead.pool)} (${phaseAction(lead)}, ${phaseShape(lead)})`
    );
  }
  if (t.parallel.length > 1) parts.push(`${names(t.parallel)} roll at the same time`);
  if (t.held.length)
    parts.push(
      `${names(t.held)} ${t.held.length === 1 ? 'is paused and holds' : 'are paused and hold'} the change until unpaused`
    );
  return parts.join('; ') + '.';
}
