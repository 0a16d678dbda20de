// The demo pull request (examples/demo) planned in-process from its two snapshots: no Git, no processes.
import { join } from 'node:path';
import { resolveSettings } from '../../src/config/resolve.js';
import { listWorkingTree } from '../../src/load/sources.js';
import { evaluateSide } from '../../src/pipeline/evaluate-side.js';
import { buildClusterPlan } from '../../src/plan/build-cluster-plan.js';
import type { PlanReport } from '../../src/plan/types.js';
import { applyPolicy } from '../../src/policy/index.js';
import { verdictOf } from '../../src/policy/verdict.js';

const DEMO = join(import.meta.dirname, '..', '..', 'examples', 'demo');

/** The demo pull request planned in-process from its two snapshots (no Git). */
export function demoReport(): PlanReport {
  const settings = resolveSettings({ repo: DEMO }, () => undefined);
  const cluster = settings.clusters[0]!;
  const side = (name: string) =>
    evaluateSide(listWorkingTree(join(DEMO, name), join(DEMO, name)), settings, cluster, new Map());
  const base = side('base');
  const head = side('head');
  const plan = buildClusterPlan({
    cluster,
    settings,
    base,
    head,
    baseRef: 'main',
    headRef: 'pr',
    baseCommit: 'a'.repeat(40),
    headCommit: 'b'.repeat(40)
  });
  const findings = applyPolicy({ plan, base, head, cluster, settings, today: '2026-01-01' });
  const c = { ...plan, findings, verdict: verdictOf(findings, settings.failOn) };
  return { openshiftVersion: c.openshiftVersion, clusters: [c], verdict: c.verdict, failOn: settings.failOn };
}
