/**
 * One sticky comment (or a numbered set of parts) per pull request and marker: found by its hidden
 * marker, edited in place, left alone when unchanged, and reconciled on every run (missing parts
 * created, leftover parts of an earlier, longer report deleted). A comment that cannot be written is a
 * reporting problem, never a verdict: every failure comes back as a status with a message that says
 * what to do, and nothing here throws for an HTTP error.
 */
import type { GitHubClient } from './octokit-client.js';
import { GITHUB_COMMENT_LIMIT, markerLine, parseMarker, repaginate, sanitizeMarkerId } from '../report/comment-body.js';

export interface PublishRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  markerId: string;
  /** From fitComment; a body that does not start with its part's marker gets one. */
  bodies: string[];
  /**
   * Only bring an existing comment up to date; create none. For a cluster the pull request does not
   * change: an earlier run's comment is told so, and a PR that never touched it gets no comment.
   */
  updateOnly?: boolean;
}

export type PublishStatus =
  | 'published'
  | 'forbidden'
  | 'not-found'
  | 'too-long'
  | 'invalid'
  | 'rate-limited'
  | 'server-error'
  | 'unreachable'
  | 'error';

export interface PublishResult {
  ok: boolean;
  status: PublishStatus;
  /** Human-readable, for a warning annotation and the job summary; empty when all went well. */
  message: string;
  /** Ids of the comments that now hold parts 1..N (as far as the run got). */
  commentIds: number[];
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** true when GitHub refused a body as too long and the report was split again, smaller. */
  resplit: boolean;
  /** updateOnly and no earlier comment: nothing was written. */
  skipped: boolean;
  httpStatus?: number;
}

interface ExistingComment {
  id: number;
  body: string;
  part: number;
}

interface HttpError {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function asHttpError(e: unknown): HttpError | undefined {
  if (typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number')
    return e as HttpError;
  return undefined;
}

function isSecondaryRateLimit(e: HttpError): boolean {
  return /secondary rate limit/i.test(e.message) || e.response?.headers?.['retry-after'] !== undefined;
}

function isPrimaryRateLimit(e: HttpError): boolean {
  return e.response?.headers?.['x-ratelimit-remaining'] === '0' || e.status === 429;
}

function isBodyTooLong(e: HttpError): boolean {
  return e.status === 422 && /too long|maximum is \d+ characters/i.test(JSON.stringify(e.response?.data ?? e.message));
}

/** GitHub returns bodies as stored; line endings can come back normalized. */
function sameBody(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a) === norm(b);
}

function withMarker(markerId: string, body: string, part: number): string {
  const parsed = parseMarker(body);
  if (parsed && parsed.id === markerId && parsed.part === part) return body;
  const rest = parsed ? body.replace(/^[^\n]*\n?/, '') : body;
  return `${markerLine(markerId, part)}\n${rest}`;
}

class PublishError extends Error {
  constructor(
    readonly http: HttpError,
    readonly action: string
  ) {
    super(http.message);
  }
}

function explain(err: PublishError, req: PublishRequest): { status: PublishStatus; message: string } {
  const e = err.http;
  const where = `${req.owner}/${req.repo}#${req.issueNumber}`;
  const what = `registry-plan could not ${err.action} the pull request comment on ${where}`;
  const unaffected = 'The verdict is unaffected; the full report is in the job summary.';
  if (e.status === 403 || e.status === 429) {
    if (isSecondaryRateLimit(e)) {
      return {
        status: 'rate-limited',
        message: `${what}: GitHub's secondary rate limit (too many writes in a short time) still applied after a retry (HTTP ${e.status}). The comment will be brought up to date on the next run. ${unaffected}`
      };
    }
    if (isPrimaryRateLimit(e)) {
      const reset = Number(e.response?.headers?.['x-ratelimit-reset']);
      const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
      return {
        status: 'rate-limited',
        message: `${what}: the token's API rate limit is exhausted${when} (HTTP ${e.status}). ${unaffected}`
      };
    }
    return {
      status: 'forbidden',
      message:
        `${what}: the token may not write pull request comments (HTTP 403: ${e.message}). ` +
        'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only ' +
        'GITHUB_TOKEN: for them, run registry-plan with `mode: analyze` in the pull_request workflow (it uploads ' +
        'the report) and post the comment from a separate `workflow_run` workflow with `mode: publish`, which ' +
        `never checks out the fork's code. ${unaffected}`
    };
  }
  if (e.status === 404) {
    return {
      status: 'not-found',
      message: `${what}: GitHub answered 404 (not found). Either ${where} is not a pull request or issue of this repository, the comment was deleted meanwhile, or the token cannot see the repository. ${unaffected}`
    };
  }
  if (e.status === 422) {
    return isBodyTooLong(e)
      ? {
          status: 'too-long',
          message: `${what}: GitHub rejected the body as too long (HTTP 422, limit ${GITHUB_COMMENT_LIMIT} characters) even after splitting it into smaller parts. ${unaffected}`
        }
      : { status: 'invalid', message: `${what}: GitHub rejected the request (HTTP 422: ${e.message}). ${unaffected}` };
  }
  if (e.status === 500 && e.response === undefined) {
    // @octokit/request reports a failed connection (DNS, refused, reset) as a 500 without a response.
    return {
      status: 'unreachable',
      message: `${what}: the GitHub API could not be reached (${e.message}), also after retries. ${unaffected}`
    };
  }
  if (e.status >= 500) {
    return {
      status: 'server-error',
      message: `${what}: GitHub had a server error (HTTP ${e.status}) that persisted through retries; this is usually transient, re-run the job to update the comment. ${unaffected}`
    };
  }
  return { status: 'error', message: `${what}: HTTP ${e.status}: ${e.message}. ${unaffected}` };
}

async function listOurs(client: GitHubClient, req: PublishRequest, markerId: string): Promise<ExistingComment[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: req.owner,
    repo: req.repo,
    issue_number: req.issueNumber,
    per_page: 100
  });
  const ours: ExistingComment[] = [];
  for (const c of all) {
    const marker = parseMarker(c.body ?? '');
    if (marker && marker.id === markerId) ours.push({ id: c.id, body: c.body ?? '', part: marker.part });
  }
  return ours.sort((a, b) => a.part - b.part || a.id - b.id);
}

async function call<T>(action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const http = asHttpError(e);
    if (http) throw new PublishError(http, action);
    throw e;
  }
}

async function reconcile(
  client: GitHubClient,
  req: PublishRequest,
  markerId: string,
  bodies: string[],
  result: PublishResult
): Promise<void> {
  const existing = await call('list', () => listOurs(client, req, markerId));
  if (req.updateOnly && existing.length === 0) {
    result.skipped = true;
    result.commentIds = [];
    return;
  }
  const byPart = new Map<number, ExistingComment>();
  const extra: ExistingComment[] = [];
  for (const c of existing) {
    // Two comments claiming one part (e.g. two runs racing): keep the oldest, remove the other.
    if (byPart.has(c.part) || c.part > bodies.length) extra.push(c);
    else byPart.set(c.part, c);
  }
  result.commentIds = [];
  for (let i = 0; i < bodies.length; i++) {
    const part = i + 1;
    const body = bodies[i]!;
    const found = byPart.get(part);
    if (found && sameBody(found.body, body)) {
      result.unchanged++;
      result.commentIds.push(found.id);
    } else if (found) {
      await call('update', () =>
        client.rest.issues.updateComment({ owner: req.owner, repo: req.repo, comment_id: found.id, body })
      );
      result.updated++;
      result.commentIds.push(found.id);
    } else {
      const { data } = await call('create', () =>
        client.rest.issues.createComment({ owner: req.owner, repo: req.repo, issue_number: req.issueNumber, body })
      );
      result.created++;
      result.commentIds.push(data.id);
    }
  }
  for (const c of extra) {
    try {
      await call('delete', () =>
        client.rest.issues.deleteComment({ owner: req.owner, repo: req.repo, comment_id: c.id })
      );
      result.deleted++;
    } catch (e) {
      // Someone removed it first: the outcome we wanted.
      if (e instanceof PublishError && e.http.status === 404) continue;
      throw e;
    }
  }
}

/** Creates, updates or deletes our comments so that the PR shows exactly `bodies`. Never throws for HTTP errors. */
export async function publishComments(client: GitHubClient, request: PublishRequest): Promise<PublishResult> {
  const markerId = sanitizeMarkerId(request.markerId);
  const result: PublishResult = {
    ok: true,
    status: 'published',
    message: '',
    commentIds: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    resplit: false,
    skipped: false
  };
  let bodies = (request.bodies.length > 0 ? request.bodies : ['']).map((b, i) => withMarker(markerId, b, i + 1));
  for (;;) {
    try {
      await reconcile(client, request, markerId, bodies, result);
      return result;
    } catch (e) {
      if (!(e instanceof PublishError)) {
        const message = e instanceof Error ? e.message : String(e);
        return {
          ...result,
          ok: false,
          status: 'error',
          message: `registry-plan could not publish the pull request comment: ${message}. The verdict is unaffected; the full report is in the job summary.`
        };
      }
      if (isBodyTooLong(e.http) && !result.resplit) {
        // GitHub counts differently from us in rare cases (e.g. characters it expands); halve and retry once.
        const longest = Math.max(...bodies.map((b) => b.length));
        bodies = repaginate(markerId, bodies, Math.min(30_000, Math.floor(longest / 2)));
        result.resplit = true;
        continue;
      }
      const { status, message } = explain(e, request);
      return { ...result, ok: false, status, message, httpStatus: e.http.status };
    }
  }
}
