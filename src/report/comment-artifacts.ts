/**
 * The GitHub comment as a file: per cluster, the fitted comment bodies with their marker and verdict.
 * The analyze job writes these; the publish job (publish/publish-mode.ts) reads them back as hostile
 * input and posts them.
 */
import type { PlanReport } from '../plan/types.js';
import { fitComment } from './comment-body.js';
import { fleetComment, noLongerTouchedHeadline, untouched } from './fleet.js';
import { clusterComment } from './markdown.js';

export interface PublishArtifact {
  markerId: string;
  bodies: string[];
  verdict: 'pass' | 'fail' | 'cannot-evaluate';
  /** The commit the report is about; when present it must match the workflow run's head_sha. */
  headSha?: string;
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

/** One artifact per comment: per cluster, or one for the fleet. */
export function commentArtifacts(
  report: PlanReport,
  ctx: { clusterLabel: boolean; headSha?: string; comments?: CommentOptions }
): PublishArtifact[] {
  const options = ctx.comments ?? DEFAULT_COMMENT_OPTIONS;
  const headSha = ctx.headSha;
  if (options.layout === 'combined') {
    const fitted = fitComment(fleetComment(report), { elsewhere: ELSEWHERE });
    const quiet = !options.unchangedClusters && report.clusters.every(untouched);
    return [
      {
        markerId: fitted.markerId,
        bodies: fitted.bodies,
        verdict: report.verdict,
        headSha,
        ...(quiet ? { updateOnly: true } : {})
      }
    ];
  }
  return report.clusters.map((c) => {
    if (!options.unchangedClusters && untouched(c)) {
      const fitted = fitComment({
        marker: c.name,
        headline: noLongerTouchedHeadline(c, ctx.clusterLabel),
        sections: []
      });
      return { markerId: fitted.markerId, bodies: fitted.bodies, verdict: c.verdict, headSha, updateOnly: true };
    }
    const fitted = fitComment(clusterComment(c, ctx.clusterLabel), { elsewhere: ELSEWHERE });
    return { markerId: fitted.markerId, bodies: fitted.bodies, verdict: c.verdict, headSha };
  });
}

/**
 * The comments as `--format github` prints them: each body exactly as the action posts it, several
 * separated by a marker line. Clusters that would only update an earlier comment are named, not shown.
 */
export function githubPreview(artifacts: PublishArtifact[]): string {
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
 * `publish.json` for a single comment; otherwise (several clusters, or a matrix job's cluster) the file
 * carries the marker, so the publisher can download all jobs' files into one folder.
 */
export function publishFileName(a: PublishArtifact, count: number, ctx: { namedCluster: boolean }): string {
  return count === 1 && !ctx.namedCluster
    ? 'publish.json'
    : `publish-${a.markerId.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}
