import type { ClusterPlan, PlanReport } from '../plan/types.js';
import type { CommentReport, ReportSection } from './comment-body.js';
import { escapeHtml, escapeTableCell, inlineCode } from './markdown-escape.js';
import { clusterReport, codeCell, configLine, configSections } from './markdown.js';
import { formatMinutes, rolloutTimeline } from './timeline.js';

/**
 * Fleets. In a GitOps repository with twenty clusters most pull requests touch one or two of them; a
 * comment per untouched cluster buries the ones that matter. These decide which clusters get a comment
 * and build the optional combined comment (one table for the fleet, detail for the touched clusters).
 */

const VERDICT: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', 'cannot-evaluate': '⛔ cannot evaluate' };

/** A cluster the pull request leaves as it is: no node change, nothing to report, verdict pass. */
export function untouched(c: ClusterPlan): boolean {
  // An upgrade is never left out: what it does not change is news too.
  return !c.changed && !c.upgrade && c.verdict === 'pass' && c.findings.every((f) => f.waived);
}

/**
 * A cluster whose comment has nothing to say: untouched, and the run has no configuration finding to
 * show (those are every cluster's, so each comment shows them).
 */
export function quietCluster(c: ClusterPlan, report: PlanReport): boolean {
  return untouched(c) && !report.configChange?.findings.length;
}

/** The body that replaces an earlier comment once the pull request no longer touches the cluster. */
export function noLongerTouchedHeadline(c: ClusterPlan, clusterLabel: boolean): string {
  const name = clusterLabel ? ` — cluster ${inlineCode(c.name)}` : '';
  return (
    `### registry-plan${name}: ✅ **pass**\n\n` +
    'This pull request no longer changes the node configuration of this cluster (OpenShift ' +
    `${c.openshiftVersion}): nothing rolls out and there are no findings. An earlier version of the pull request did; ` +
    'this comment was updated so that it does not show a stale plan.\n'
  );
}

function poolsCell(c: ClusterPlan): string {
  const moving = c.pools.filter((p) => p.nodes > 0 && p.disruption !== 'none');
  const names = moving.map((p) => `${escapeTableCell(p.name)}${p.paused ? ' (paused)' : ''}`);
  if (c.windows.changed && c.windows.nodes > 0) names.push('Windows');
  return names.length ? names.join(', ') : '—';
}

/** One row per cluster: cluster, version, highest disruption, pools, estimate, verdict. */
export function fleetTable(report: PlanReport): string {
  const rows = report.clusters.map((c) => {
    const t = rolloutTimeline(c);
    const estimate = t.phases.length ? `about ${formatMinutes(t.totalMinutes)}` : '—';
    const disruption = c.changed ? c.highestDisruption : 'no change';
    const version = c.upgrade ? `${c.upgrade.from} → ${c.upgrade.to}` : c.openshiftVersion;
    return `| ${codeCell(c.name)} | ${version} | ${disruption} | ${poolsCell(c)} | ${estimate} | ${VERDICT[c.verdict]} |`;
  });
  return [
    '| cluster | OpenShift | highest disruption | pools that roll | estimate | verdict |',
    '|---|---|---|---|---|---|',
    ...rows
  ].join('\n');
}

/** The marker of the combined comment; no cluster can have it (cluster names have no `/`). */
export const FLEET_MARKER = 'fleet/all';

/**
 * One comment for every cluster of a run: the fleet table, then each cluster the pull request touches
 * (headline in full, its details collapsed and the first to go when the comment is too long).
 */
export function fleetComment(report: PlanReport): CommentReport {
  const touched = report.clusters.filter((c) => !untouched(c));
  const quiet = report.clusters.length - touched.length;
  // The configuration change once, before the clusters (the table's verdicts are each cluster's own).
  const change = report.configChange ? configSections(report.configChange, { full: false }) : [];
  const lines = [
    `### registry-plan: ${VERDICT[report.verdict]} across ${report.clusters.length} cluster${report.clusters.length === 1 ? '' : 's'}`,
    '',
    fleetTable(report)
  ];
  if (quiet > 0) lines.push('', `${quiet} cluster${quiet === 1 ? ' is' : 's are'} not changed by this pull request.`);
  if (report.configChange) lines.push('', configLine(report.configChange));
  const headline = lines.join('\n');
  const sections: ReportSection[] = [...change, ...touched.flatMap(clusterSections)];
  return { marker: FLEET_MARKER, headline: headline + '\n', sections };
}

/** A touched cluster in the combined comment: its headline in full, its details collapsed. */
function clusterSections(c: ClusterPlan): ReportSection[] {
  const r = clusterReport(c, { full: false, clusterLabel: true });
  return [
    { title: `Cluster ${inlineCode(c.name)}`, body: r.headline, collapsible: false, priority: 0 },
    ...r.sections.map((s) => ({
      ...s,
      title: `${escapeHtml(c.name)}: ${s.title}`,
      collapsible: true,
      priority: s.priority + 1
    }))
  ];
}
