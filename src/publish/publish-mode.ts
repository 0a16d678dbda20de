/**
 * The `publish` half of fork-safe publishing. The pull_request run (read-only token for forks) uploads
 * its plan JSON as an artifact; a `workflow_run` job in the base repository, which has a write token,
 * builds the comments from it and posts them, without checking out or running anything from the pull
 * request. Whoever controls the fork controls that artifact: it is read as hostile (plan-artifact.ts),
 * the comments are rendered by the same report code as the pull_request run's (no uploaded markdown is
 * posted), their number is held to what one plan needs, and the pull request number is taken from the
 * event GitHub wrote, never from the artifact.
 */
import { readFile, stat } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import type { PlanReport } from '../plan/types.js';
import { worstVerdict } from '../policy/verdict.js';
import { DEFAULT_MAX_PARTS } from '../report/comment-body.js';
import { commentArtifacts, type CommentArtifact, type CommentOptions } from '../report/comment-artifacts.js';
import { IMPLICIT_CLUSTER_NAME } from '../report/json.js';
import type { GitHubClient } from './octokit-client.js';
import {
  MAX_PUBLISH_CLUSTERS,
  PLAN_ARTIFACT_MAX_BYTES,
  parsePlanArtifact,
  type PlanArtifact,
  type PlanArtifactResult
} from './plan-artifact.js';

export { MAX_PUBLISH_CLUSTERS, PLAN_ARTIFACT_MAX_BYTES, parsePlanArtifact, type PlanArtifact, type PlanArtifactResult };

/** Reads and validates one artifact file; its size is checked before anything is read. */
export async function readPlanArtifact(path: string, maxBytes = PLAN_ARTIFACT_MAX_BYTES): Promise<PlanArtifactResult> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, error: `the report artifact ${path} is not a regular file` };
    size = s.size;
  } catch (e) {
    return { ok: false, error: `cannot read the report artifact ${path}: ${(e as Error).message}` };
  }
  if (size > maxBytes)
    return { ok: false, error: `the report artifact is ${size} bytes, over the ${maxBytes}-byte cap` };
  return parsePlanArtifact(await readFile(path, 'utf8'), maxBytes);
}

/**
 * The plans of one run (a matrix uploads one per cluster) as one report: each cluster once, one failOn,
 * one configuration change; the verdict is recomputed from the parts.
 */
export function mergePlanArtifacts(plans: PlanArtifact[]): PlanArtifactResult {
  if (plans.length === 0) return { ok: false, error: 'no plan to publish' };
  if (plans.length === 1) return { ok: true, artifact: plans[0]! };
  const first = plans[0]!.report;
  const clusters = plans.flatMap((p) => p.report.clusters);
  if (clusters.length > MAX_PUBLISH_CLUSTERS)
    return {
      ok: false,
      error: `the plans have ${clusters.length} clusters, more than the ${MAX_PUBLISH_CLUSTERS} a run comments on`
    };
  if (new Set(clusters.map((c) => c.name)).size !== clusters.length)
    return { ok: false, error: 'two of the plans are about the same cluster' };
  if (plans.some((p) => p.report.failOn !== first.failOn))
    return { ok: false, error: 'the plans were made with different failOn settings' };
  if (plans.some((p) => !isDeepStrictEqual(p.report.configChange, first.configChange)))
    return { ok: false, error: 'the plans disagree about the configuration change' };
  const report: PlanReport = {
    openshiftVersion: first.openshiftVersion,
    clusters,
    failOn: first.failOn,
    verdict: worstVerdict(plans.map((p) => p.report.verdict)),
    ...(first.configChange ? { configChange: first.configChange } : {})
  };
  return { ok: true, artifact: { report, implicitCluster: false } };
}

/**
 * The comments a plan needs, rendered as the pull_request run renders them: at most one sticky comment
 * per cluster (one in all for the combined layout), each of at most DEFAULT_MAX_PARTS parts. Nothing in
 * the artifact can raise that number; the check below makes it a property of the code, not of the input.
 */
export function planComments(plan: PlanArtifact, comments: CommentOptions): CommentArtifact[] {
  const { report, implicitCluster } = plan;
  // As the analyze run decides it: several clusters, or a matrix job's named cluster, are named.
  const clusterLabel = !implicitCluster || report.clusters[0]?.name !== IMPLICIT_CLUSTER_NAME;
  const artifacts = commentArtifacts(report, { clusterLabel, comments });
  const most = comments.layout === 'combined' ? 1 : report.clusters.length;
  if (artifacts.length > most || artifacts.some((a) => a.bodies.length > DEFAULT_MAX_PARTS))
    throw new Error(`internal: ${artifacts.length} comments for a plan of ${report.clusters.length} clusters`);
  return artifacts;
}

/** The most comment bodies one plan can need: the cap planComments holds. */
export function maxCommentsFor(report: PlanReport, comments: CommentOptions): number {
  return (comments.layout === 'combined' ? 1 : report.clusters.length) * DEFAULT_MAX_PARTS;
}

export interface WorkflowRunTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
}

export type TargetResult = { ok: true; target: WorkflowRunTarget } | { ok: false; error: string };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;

/**
 * The pull request a `workflow_run` event is about, from the event GitHub wrote. Only a pull request
 * whose base is this repository counts: GitHub also lists pull requests of other repositories whose
 * head matches (a fork's own PRs).
 */
export function pullRequestFromWorkflowRun(payload: unknown): TargetResult {
  const event = obj(payload);
  const run = obj(event?.['workflow_run']);
  const repository = obj(event?.['repository']);
  if (!run || !repository)
    return { ok: false, error: 'the event is not a workflow_run event (no workflow_run or repository)' };
  const fullName = typeof repository['full_name'] === 'string' ? repository['full_name'] : '';
  const [owner, repo] = fullName.split('/');
  if (!owner || !repo) return { ok: false, error: 'the workflow_run event names no repository' };
  const headSha = typeof run['head_sha'] === 'string' ? run['head_sha'] : '';
  const prs = Array.isArray(run['pull_requests']) ? run['pull_requests'] : [];
  for (const item of prs) {
    const pr = obj(item);
    const number = pr?.['number'];
    const baseRepo = obj(obj(pr?.['base'])?.['repo']);
    const sameRepo = baseRepo === undefined || baseRepo['id'] === repository['id'];
    if (typeof number === 'number' && Number.isInteger(number) && number > 0 && sameRepo) {
      return { ok: true, target: { owner, repo, pullNumber: number, headSha } };
    }
  }
  return {
    ok: false,
    error:
      'the workflow_run event lists no pull request of this repository (GitHub leaves workflow_run.pull_requests empty for pull requests from forks)'
  };
}

/**
 * For fork pull requests, where GitHub leaves `workflow_run.pull_requests` empty: the open pull request
 * of this repository whose head is the run's head repository, branch and commit — all taken from the
 * event, none from the artifact.
 */
export async function findPullRequestForRun(client: GitHubClient, payload: unknown): Promise<TargetResult> {
  const direct = pullRequestFromWorkflowRun(payload);
  if (direct.ok) return direct;
  const event = obj(payload);
  const run = obj(event?.['workflow_run']);
  const repository = obj(event?.['repository']);
  const [owner, repo] = String(repository?.['full_name'] ?? '').split('/');
  const headSha = String(run?.['head_sha'] ?? '');
  const headBranch = String(run?.['head_branch'] ?? '');
  const headOwner = String(obj(obj(run?.['head_repository'])?.['owner'])?.['login'] ?? '');
  if (!owner || !repo || !headSha || !headBranch || !headOwner) return direct;
  try {
    const pulls = await client.paginate(client.rest.pulls.list, {
      owner,
      repo,
      state: 'open',
      head: `${headOwner}:${headBranch}`,
      per_page: 100
    });
    const match = pulls.filter((p) => p.head.sha === headSha);
    if (match.length === 1) return { ok: true, target: { owner, repo, pullNumber: match[0]!.number, headSha } };
    return {
      ok: false,
      error:
        match.length === 0
          ? `no open pull request in ${owner}/${repo} has head ${headOwner}:${headBranch} at ${headSha} (was it updated or closed since the run?)`
          : `${match.length} open pull requests have head ${headOwner}:${headBranch} at ${headSha}; not guessing which one`
    };
  } catch (e) {
    return { ok: false, error: `could not look up the pull request for the run: ${(e as Error).message}` };
  }
}

/**
 * The plan must be about the commit the event is about (every cluster's head commit), so a stale or
 * foreign report is not posted.
 */
export function checkPlanMatchesRun(report: PlanReport, target: WorkflowRunTarget): string | undefined {
  if (!target.headSha) return undefined;
  for (const c of report.clusters) {
    if (c.head.commit !== target.headSha)
      return `the report artifact is for commit ${c.head.commit ?? '(none)'}, but the workflow run is for ${target.headSha}`;
  }
  return undefined;
}
