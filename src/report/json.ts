import type { ClusterPlan, PlanReport } from '../plan/types.js';
import { rolloutTimeline } from './timeline.js';

/** The contract's per-cluster fields (shared/spec/README.md), plus extras that are welcome. */
function clusterJson(c: ClusterPlan, openshiftVersion: string): Record<string, unknown> {
  return {
    openshiftVersion,
    ...(c.openshiftVersionFrom ? { openshiftVersionFrom: c.openshiftVersionFrom } : {}),
    ...(c.upgrade ? { upgrade: c.upgrade } : {}),
    changed: c.changed,
    base: c.base,
    head: c.head,
    files: c.files.map((f) => ({
      node: f.node,
      path: f.path,
      change: f.change,
      diff: f.diff,
      origin: f.origin,
      ...(f.pools ? { pools: f.pools, writer: f.writer } : {}),
      ...(f.cause ? { cause: f.cause } : {})
    })),
    registries: c.registries,
    pools: c.pools.map((p) => ({
      name: p.name,
      os: p.os,
      nodes: p.nodes,
      nodesFrom: p.nodesFrom,
      maxUnavailable: p.maxUnavailable,
      paused: p.paused,
      actions: p.actions,
      drain: p.drain,
      reboot: p.reboot,
      disruption: p.disruption,
      reasons: p.reasons,
      estimate: p.estimate
    })),
    windows: c.windows,
    // The rollout as phases (pool, start, minutes, batches, …) so other tools can draw the timeline.
    rollout: rolloutTimeline(c),
    workloads: c.workloads,
    workloadsUnchanged: c.workloadsUnchanged,
    ...(c.checkedUnchanged ? { checkedUnchanged: c.checkedUnchanged } : {}),
    findings: c.findings,
    highestDisruption: c.highestDisruption,
    verdict: c.verdict
  };
}

/** Without configured clusters the report is one object; with them, `{clusters: [...], verdict}`. */
export function planJson(report: PlanReport, implicitCluster: boolean): Record<string, unknown> {
  if (implicitCluster && report.clusters.length === 1) {
    return {
      ...clusterJson(report.clusters[0]!, report.clusters[0]!.openshiftVersion),
      ...(report.checkPulls ? { checkPulls: report.checkPulls } : {}),
      failOn: report.failOn,
      verdict: report.verdict
    };
  }
  return {
    openshiftVersion: report.openshiftVersion,
    clusters: report.clusters.map((c) => ({ name: c.name, ...clusterJson(c, c.openshiftVersion) })),
    ...(report.checkPulls ? { checkPulls: report.checkPulls } : {}),
    failOn: report.failOn,
    verdict: report.verdict
  };
}
