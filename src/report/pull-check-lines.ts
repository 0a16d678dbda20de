/**
 * How `--check-pulls` answers read in the reports: one short phrase per reference, and one count line
 * per cluster. Endpoints are plan notation (host/repository); callers escape them for their format.
 */
import type { PullCheck } from '../model/pull-check.js';
import type { ClusterPlan, PlanReport, WorkloadPlan } from '../plan/types.js';

/** "served by m/app (mirror)", "missing (asked m1/app, m2/app)", "unreachable: m/app: connection refused" */
export function checkPhrase(
  c: PullCheck,
  code: (s: string) => string = (s) => s,
  text: (s: string) => string = (s) => s
): string {
  const by = c.by === 'tag' ? ' (tag checked)' : '';
  switch (c.result) {
    case 'served':
      return `served by ${code(c.from ?? '?')}${c.fromMirror === false ? ' (the source, not a mirror)' : ''}${by}`;
    case 'missing':
      return `missing (asked ${c.tried.map(code).join(', ') || 'nothing'})${by}`;
    default:
      return `${c.result}${c.detail ? `: ${text(c.detail)}` : ''}${by}`;
  }
}

const checked = (c: ClusterPlan): Array<WorkloadPlan & { check: PullCheck }> =>
  [...c.workloads, ...(c.checkedUnchanged ?? [])].filter((w): w is WorkloadPlan & { check: PullCheck } => !!w.check);

/** "Pulls checked: 12 references, 10 served, 1 missing, 1 unreachable." or undefined without a check. */
export function checkCountLine(c: ClusterPlan): string | undefined {
  const all = checked(c);
  if (!all.length) return undefined;
  const order = ['served', 'missing', 'denied', 'unreachable', 'not-checked'] as const;
  const counts = order
    .map((r) => [r, all.filter((w) => w.check.result === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${r}`);
  return `Pulls checked against the registries (head side): ${all.length} reference(s), ${counts.join(', ')}.`;
}

/** Checked references whose route did not change but whose answer is not "served by a mirror or as routed". */
export function uncleanUnchanged(c: ClusterPlan): Array<WorkloadPlan & { check: PullCheck }> {
  return (c.checkedUnchanged ?? []).filter(
    (w): w is WorkloadPlan & { check: PullCheck } => !!w.check && w.check.result !== 'served'
  );
}

/** What the pull check could not do, for stderr and the action log: a missing client is never a silent skip. */
export function checkPullsNotes(report: PlanReport): string[] {
  const cp = report.checkPulls;
  if (!cp) return [];
  return [
    ...cp.notChecked,
    ...cp.unreachable.map(
      (u) =>
        `check-pulls: ${u.host} was unreachable from this runner (${u.detail}); ${u.references} reference(s) unverified`
    )
  ];
}
