import type { Disruption } from '../../src/impact/decide.js';
import type { ClusterPlan, PoolPlan } from '../../src/plan/types.js';

/** A pool as the plan stage reports it, with the estimate's numbers filled in by hand. */
export function pool(
  name: string,
  nodes: number,
  maxUnavailable: number,
  disruption: Disruption,
  minutes: number,
  extra: Partial<PoolPlan> = {}
): PoolPlan {
  return {
    name,
    os: 'linux',
    nodes,
    nodesFrom: 'config',
    maxUnavailable,
    paused: false,
    actions: disruption === 'none' ? ['none'] : ['reload crio.service'],
    drain: disruption === 'drain' || disruption === 'reboot',
    reboot: disruption === 'reboot',
    disruption,
    reasons: [],
    estimate: {
      batches: Math.ceil(nodes / maxUnavailable),
      minutes,
      held: extra.paused ?? false,
      assumptions: 'Estimate: test'
    },
    file: 'pools.yaml',
    line: 1,
    ...extra
  };
}

export function cluster(extra: Partial<ClusterPlan> = {}): ClusterPlan {
  return {
    name: 'prod',
    changed: true,
    openshiftVersion: '4.19',
    base: { ref: 'base', errors: [] },
    head: { ref: 'head', errors: [] },
    files: [],
    registries: [],
    pools: [],
    windows: {
      nodes: 0,
      changed: false,
      disruption: 'none',
      passes: 0,
      estimate: { minutes: 0, assumptions: 'Estimate: none' },
      reasons: []
    },
    workloads: [],
    workloadsUnchanged: 0,
    findings: [],
    highestDisruption: 'none',
    verdict: 'pass',
    ...extra
  };
}

/** The example: 12 workers drain one at a time, 3 masters in parallel, 4 Windows nodes. */
export function exampleCluster(): ClusterPlan {
  return cluster({
    pools: [
      pool('worker', 12, 1, 'drain', 63),
      pool('master', 3, 1, 'drain', 15.8),
      pool('infra', 3, 1, 'reload', 0.8),
      pool('gpu', 2, 1, 'reboot', 26, { paused: true })
    ],
    windows: {
      nodes: 4,
      changed: true,
      disruption: 'none',
      passes: 2,
      estimate: { minutes: 2, assumptions: 'Estimate: windows' },
      reasons: []
    },
    highestDisruption: 'reboot'
  });
}
