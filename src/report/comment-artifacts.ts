/**
 * The GitHub comment as a file: per cluster, the fitted comment bodies with their marker and verdict.
 * The analyze job writes these; the publish job (publish/publish-mode.ts) reads them back as hostile
 * input and posts them.
 */
import type { PlanReport } from '../plan/types.js';
import { fitComment } from './comment-body.js';
import { clusterComment } from './markdown.js';

export interface PublishArtifact {
  markerId: string;
  bodies: string[];
  verdict: 'pass' | 'fail' | 'cannot-evaluate';
  /** The commit the report is about; when present it must match the workflow run's head_sha. */
  headSha?: string;
}

/** Where a reader finds what a fitted comment leaves out. */
const ELSEWHERE = 'the job summary and the registry-plan report artifact';

/** One artifact per cluster: one sticky comment each. */
export function commentArtifacts(
  report: PlanReport,
  ctx: { clusterLabel: boolean; headSha?: string }
): PublishArtifact[] {
  return report.clusters.map((c) => {
    const fitted = fitComment(clusterComment(c, ctx.clusterLabel), { elsewhere: ELSEWHERE });
    return { markerId: fitted.markerId, bodies: fitted.bodies, verdict: c.verdict, headSha: ctx.headSha };
  });
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
