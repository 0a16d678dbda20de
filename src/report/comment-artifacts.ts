/**
 * The PR comments of a report: per cluster (or one for the fleet), the fitted bodies with their marker
 * and verdict. The analyze job posts them; the publish job (publish/publish-mode.ts) builds them the
 * same way from the plan JSON the analyze job uploaded, never from uploaded markdown.
 */
import type { PlanReport, Verdict } from '../plan/types.js';
import { fitComment } from './comment-body.js';
import { fleetComment, noLongerTouchedHeadline, quietCluster } from './fleet.js';
import { clusterComment } from './markdown.js';

/** One sticky comment (with its numbered parts) to post. */
export interface CommentArtifact {
  markerId: string;
  /** One body per part, each starting with its marker line; at most DEFAULT_MAX_PARTS. */
  bodies: string[];
  /** The verdict its headline shows (a cluster's, with the run's configuration change). */
  verdict: Verdict;
  /**
   * The pull request does not change this cluster: post no new comment, only bring an earlier run's
   * comment up to date (it says the cluster is no longer touched).
   */
  updateOnly?: boolean;
}

/** How the pull request's comments are laid out (action inputs comment-unchanged-clusters, comment-layout). */
export interface CommentOptions {
  /** Post a comment for clusters the pull request does not change too (one comment per cluster, always). */
  unchangedClusters: boolean;
  /** One comment per cluster, or one combined comment for every cluster of the run. */
  layout: 'per-cluster' | 'combined';
}

export const DEFAULT_COMMENT_OPTIONS: Readonly<CommentOptions> = Object.freeze({
  unchangedClusters: false,
  layout: 'per-cluster'
});

/** Where a reader finds what a fitted comment leaves out. */
const ELSEWHERE = 'the job summary and the registry-plan report artifact';

const worse = (a: Verdict, b: Verdict): Verdict =>
  a === 'cannot-evaluate' || b === 'cannot-evaluate'
    ? 'cannot-evaluate'
    : a === 'fail' || b === 'fail'
      ? 'fail'
      : 'pass';

/**
 * One artifact per comment: per cluster, or one for the fleet. So a report never needs more than one
 * sticky comment per cluster (or one in all), each of at most DEFAULT_MAX_PARTS parts; the publish job
 * holds a rebuilt report to that (publish/publish-mode.ts).
 */
export function commentArtifacts(
  report: PlanReport,
  ctx: { clusterLabel: boolean; comments?: CommentOptions }
): CommentArtifact[] {
  const options = ctx.comments ?? DEFAULT_COMMENT_OPTIONS;
  const change = report.configChange;
  if (options.layout === 'combined') {
    const fitted = fitComment(fleetComment(report), { elsewhere: ELSEWHERE });
    const quiet = !options.unchangedClusters && report.clusters.every((c) => quietCluster(c, report));
    return [
      {
        markerId: fitted.markerId,
        bodies: fitted.bodies,
        verdict: report.verdict,
        ...(quiet ? { updateOnly: true } : {})
      }
    ];
  }
  return report.clusters.map((c) => {
    if (!options.unchangedClusters && quietCluster(c, report)) {
      const fitted = fitComment({
        marker: c.name,
        headline: noLongerTouchedHeadline(c, ctx.clusterLabel),
        sections: []
      });
      return { markerId: fitted.markerId, bodies: fitted.bodies, verdict: c.verdict, updateOnly: true };
    }
    const fitted = fitComment(clusterComment(c, ctx.clusterLabel, change), { elsewhere: ELSEWHERE });
    const verdict = change ? worse(c.verdict, change.verdict) : c.verdict;
    return { markerId: fitted.markerId, bodies: fitted.bodies, verdict };
  });
}

/**
 * The comments as `--format github` prints them: each body exactly as the action posts it, several
 * separated by a marker line. Clusters that would only update an earlier comment are named, not shown.
 */
export function githubPreview(artifacts: CommentArtifact[]): string {
  const posted = artifacts.filter((a) => !a.updateOnly);
  const quiet = artifacts.filter((a) => a.updateOnly).map((a) => a.markerId);
  const parts = posted.flatMap((a) => a.bodies);
  const note = quiet.length
    ? `<!-- registry-plan: no new comment for ${quiet.join(', ')}: the pull request does not change ${quiet.length === 1 ? 'it' : 'them'} (an earlier comment would be updated to say so) -->\n`
    : '';
  if (!parts.length) return note || '<!-- registry-plan: no comment -->\n';
  return (
    parts.map((b) => (b.endsWith('\n') ? b : `${b}\n`)).join('\n<!-- registry-plan: next comment -->\n\n') +
    (note ? `\n${note}` : '')
  );
}

/**
 * The file the publish job reads: the plan JSON (what `plan --format json` writes), `publish.json`; a
 * matrix job's file carries its cluster's name, so the publisher can download every job's file into
 * one folder.
 */
export function publishFileName(report: PlanReport, ctx: { namedCluster: boolean }): string {
  const only = report.clusters.length === 1 ? report.clusters[0]!.name : undefined;
  return ctx.namedCluster && only !== undefined
    ? `publish-${only.replace(/[^A-Za-z0-9._-]/g, '_')}.json`
    : 'publish.json';
}
