/**
 * The `publish` half of fork-safe publishing. The pull_request run (read-only token for forks) uploads
 * the rendered comment as an artifact; a `workflow_run` job in the base repository, which has a write
 * token, posts it without checking out or running anything from the pull request. Whoever controls the
 * fork controls that artifact, so it is treated as hostile input: size-capped before parsing, schema-
 * validated, its markers and mentions neutralized, and the pull request number is taken from the event
 * GitHub wrote, never from the artifact.
 */
import { readFile, stat } from 'node:fs/promises';
import { Ajv, type ValidateFunction } from 'ajv';
import {
  DEFAULT_COMMENT_BUDGET,
  DEFAULT_MAX_PARTS,
  GITHUB_COMMENT_LIMIT,
  markerLine,
  parseMarker,
  repaginate,
  sanitizeMarkerId,
  stripPartFrame
} from '../report/comment-body.js';
import { neutralizeMentions } from '../report/markdown-escape.js';
import type { PublishArtifact } from '../report/comment-artifacts.js';
import type { GitHubClient } from './octokit-client.js';

export type { PublishArtifact };

/** Ten full parts, JSON-escaped (quotes, newlines and non-ASCII can double a body's size). */
export const PUBLISH_ARTIFACT_MAX_BYTES = 2 * DEFAULT_MAX_PARTS * GITHUB_COMMENT_LIMIT;

export const PUBLISH_ARTIFACT_SCHEMA = {
  type: 'object',
  required: ['markerId', 'bodies', 'verdict'],
  additionalProperties: true,
  properties: {
    markerId: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._/-]+$' },
    bodies: {
      type: 'array',
      minItems: 1,
      maxItems: DEFAULT_MAX_PARTS,
      items: { type: 'string', maxLength: GITHUB_COMMENT_LIMIT }
    },
    verdict: { enum: ['pass', 'fail', 'cannot-evaluate'] },
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
    updateOnly: { type: 'boolean' }
  }
} as const;

// Compiled on first use: compiling at import cost ~90 ms of every action start, publish mode or not.
let compiled: ValidateFunction<PublishArtifact> | undefined;
const artifactValidator = (): ValidateFunction<PublishArtifact> =>
  (compiled ??= new Ajv({ allErrors: true, strict: true }).compile<PublishArtifact>(PUBLISH_ARTIFACT_SCHEMA));

export type ArtifactResult = { ok: true; artifact: PublishArtifact } | { ok: false; error: string };

/**
 * Makes the bodies safe to post under the base repository's identity: each starts with exactly the
 * marker of its part (a body cannot claim, and so overwrite, another tool's or cluster's comment), stray
 * markers inside are removed, and @mentions cannot ping.
 */
export function sanitizeArtifactBodies(markerId: string, bodies: string[]): string[] {
  return bodies.map((body, i) => {
    const content = stripPartFrame(body)
      .split('<!--')
      .map((part, i) =>
        i > 0 && isMarkerComment(part) ? part.slice(part.indexOf('-->') + 3) : i > 0 ? `<!--${part}` : part
      )
      .join('')
      .replace(/\r\n/g, '\n');
    const total = bodies.length;
    const header = total > 1 ? `**registry-plan report, part ${i + 1}/${total}**\n\n` : '';
    return `${markerLine(markerId, i + 1)}\n${header}${neutralizeMentions(content)}`;
  });
}

/** Validates the artifact's text. Pure. */
export function parsePublishArtifact(text: string, maxBytes = PUBLISH_ARTIFACT_MAX_BYTES): ArtifactResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes)
    return { ok: false, error: `the report artifact is ${bytes} bytes, over the ${maxBytes}-byte cap` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the report artifact is not JSON: ${(e as Error).message}` };
  }
  const validateArtifact = artifactValidator();
  if (!validateArtifact(data)) {
    const why = (validateArtifact.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    return { ok: false, error: `the report artifact does not match the expected schema: ${why}` };
  }
  const markerId = sanitizeMarkerId(data.markerId);
  let bodies = sanitizeArtifactBodies(markerId, data.bodies);
  // Neutralizing mentions and re-framing can push a body that was at the limit over it.
  if (bodies.some((b) => b.length > DEFAULT_COMMENT_BUDGET))
    bodies = repaginate(markerId, bodies, DEFAULT_COMMENT_BUDGET);
  return { ok: true, artifact: { ...data, markerId, bodies } };
}

/** Reads and validates the artifact file; the size is checked before anything is read. */
export async function readPublishArtifact(
  path: string,
  maxBytes = PUBLISH_ARTIFACT_MAX_BYTES
): Promise<ArtifactResult> {
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
  return parsePublishArtifact(await readFile(path, 'utf8'), maxBytes);
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

/** The artifact must be about the commit the event is about, so a stale or foreign report is not posted. */
export function checkArtifactMatchesRun(artifact: PublishArtifact, target: WorkflowRunTarget): string | undefined {
  if (artifact.headSha && target.headSha && artifact.headSha !== target.headSha) {
    return `the report artifact is for commit ${artifact.headSha}, but the workflow run is for ${target.headSha}`;
  }
  if (parseMarker(artifact.bodies[0] ?? '') === undefined) return 'the report artifact has no comment body';
  return undefined;
}

/** Whether the text after a `<!--` is a registry-plan marker comment: `\s*registry-plan:`, no `>` before `-->`. */
function isMarkerComment(after: string): boolean {
  if (!after.trimStart().startsWith('registry-plan:')) return false;
  const close = after.indexOf('>');
  return close >= 2 && after.slice(close - 2, close + 1) === '-->';
}
