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

/** The name of the one cluster when no `clusters` are configured (config/resolve.ts). */
export const IMPLICIT_CLUSTER_NAME = 'default';

/** The report-wide fields of both shapes. */
function reportFields(report: PlanReport): Record<string, unknown> {
  return {
    ...(report.checkPulls ? { checkPulls: report.checkPulls } : {}),
    // Once per report: the configuration's findings are the run's, not a cluster's.
    ...(report.configChange ? { configChange: report.configChange } : {}),
    failOn: report.failOn,
    verdict: report.verdict
  };
}

/**
 * Without configured clusters the report is one object; with them, `{clusters: [...], verdict}`. The one
 * object carries `name` only when the action's `cluster` input renamed the implicit cluster (its comment
 * marker).
 */
export function planJson(report: PlanReport, implicitCluster: boolean): Record<string, unknown> {
  if (implicitCluster && report.clusters.length === 1) {
    const c = report.clusters[0]!;
    return {
      ...(c.name !== IMPLICIT_CLUSTER_NAME ? { name: c.name } : {}),
      ...clusterJson(c, c.openshiftVersion),
      ...reportFields(report)
    };
  }
  return {
    openshiftVersion: report.openshiftVersion,
    clusters: report.clusters.map((c) => ({ name: c.name, ...clusterJson(c, c.openshiftVersion) })),
    ...reportFields(report)
  };
}
