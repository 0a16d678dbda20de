import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubStandin } from '../support/github-standin/server.js';
import { publishComments } from '../../src/publish/sticky-comment.js';
import { fitComment, markerLine, parseMarker, type CommentReport } from '../../src/report/comment-body.js';
import { captureLog, standinClient } from './helpers.js';

const PR = 42;
let gh: GitHubStandin;

beforeEach(async () => {
  gh = await GitHubStandin.start();
});

afterEach(async () => {
  await gh.stop();
  // Every request the code sent was a real GitHub operation with a valid body, and every reply was valid.
  expect(gh.violations).toEqual([]);
});

function request(bodies: string[], markerId = 'prod-east') {
  return { owner: gh.owner, repo: gh.repo, issueNumber: PR, markerId, bodies };
}

function bigReport(diffSections: number, essentialChars: number): CommentReport {
  const diff = (n: number): string =>
    [
      '```diff',
      ...Array.from({ length: 400 }, (_, i) =>
        i % 40 === 0 ? `+mirror-${n}-${i}` : ` context line ${i} of file ${n}`
      ),
      '```'
    ].join('\n');
  return {
    marker: 'prod-east',
    headline: '## registry-plan: **fail**\n\n| pool | impact |\n|---|---|\n| worker | drain |',
    sections: [
      {
        title: 'Semantic summary',
        body: Array.from(
          { length: Math.ceil(essentialChars / 60) },
          (_, i) => `- quay.io/app-${i}: mirror m${i}.example.com added`
        ).join('\n'),
        collapsible: false,
        priority: 0
      },
      ...Array.from({ length: diffSections }, (_, n) => ({
        title: `file-${n}.conf`,
        body: diff(n),
        collapsible: true,
        priority: 5
      }))
    ]
  };
}

describe('publishComments against the GitHub stand-in', () => {
  it('creates the comment, then edits it in place, then leaves an unchanged body alone', async () => {
    const client = standinClient(gh);
    const first = await publishComments(client, request(['## plan v1']));
    expect(first).toMatchObject({ ok: true, status: 'published', created: 1, updated: 0, unchanged: 0, deleted: 0 });
    const [comment] = gh.commentsOn(PR);
    expect(comment!.body).toBe(`${markerLine('prod-east', 1)}\n## plan v1`);
    expect(first.commentIds).toEqual([comment!.id]);

    const second = await publishComments(client, request(['## plan v2']));
    expect(second).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 0, commentIds: [comment!.id] });
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.commentsOn(PR)[0]!.body).toContain('## plan v2');

    const writesBefore = gh.writes().length;
    const third = await publishComments(client, request(['## plan v2']));
    expect(third).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 1, commentIds: [comment!.id] });
    expect(gh.writes()).toHaveLength(writesBefore);
  });

  it('updateOnly: writes nothing without an earlier comment, brings an earlier one (and its parts) up to date', async () => {
    const client = standinClient(gh);
    const none = await publishComments(client, { ...request(['## no longer touched']), updateOnly: true });
    expect(none).toMatchObject({ ok: true, skipped: true, created: 0, updated: 0, commentIds: [] });
    expect(gh.writes()).toHaveLength(0);

    await publishComments(client, request(['## plan part 1', '## plan part 2']));
    const [first] = gh.commentsOn(PR);
    const later = await publishComments(client, { ...request(['## no longer touched']), updateOnly: true });
    expect(later).toMatchObject({ ok: true, skipped: false, created: 0, updated: 1, deleted: 1 });
    expect(gh.commentsOn(PR).map((c) => [c.id, c.body])).toEqual([
      [first!.id, `${markerLine('prod-east', 1)}\n## no longer touched`]
    ]);
  });

  it('finds its comment among others across pages and ignores other markers and other people', async () => {
    for (let i = 0; i < 130; i++) gh.seedComment(PR, `chatter ${i}`, 'alice');
    const other = gh.seedComment(PR, `${markerLine('prod-west', 1)}\nanother cluster`);
    const ours = gh.seedComment(PR, `${markerLine('prod-east', 1)}\nold`);
    gh.seedComment(PR, 'quoting <!-- registry-plan:prod-east:part-1 --> in the middle is not a marker', 'bob');
    const result = await publishComments(standinClient(gh), request(['new']));
    expect(result).toMatchObject({ ok: true, updated: 1, created: 0, deleted: 0, commentIds: [ours.id] });
    expect(gh.commentsOn(PR).find((c) => c.id === other.id)!.body).toContain('another cluster');
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').length).toBe(2);
  });

  it('splits a large report into parts and reconciles a later, shorter run (leftover parts deleted)', async () => {
    const client = standinClient(gh);
    const big = fitComment(bigReport(4, 150_000));
    expect(big.steps).toContain('split');
    expect(big.bodies.length).toBeGreaterThanOrEqual(3);
    const first = await publishComments(client, request(big.bodies));
    expect(first).toMatchObject({ ok: true, created: big.bodies.length, deleted: 0 });
    const posted = gh.commentsOn(PR);
    expect(posted.map((c) => parseMarker(c.body)?.part)).toEqual(big.bodies.map((_, i) => i + 1));
    expect(posted.every((c) => c.body.length <= 65_536)).toBe(true);
    expect(posted[1]!.body).toContain(`part 2/${big.bodies.length}`);

    const small = fitComment(bigReport(1, 1_000));
    expect(small.bodies).toHaveLength(1);
    const second = await publishComments(client, request(small.bodies));
    expect(second).toMatchObject({ ok: true, updated: 1, created: 0, deleted: big.bodies.length - 1 });
    expect(second.commentIds).toEqual([posted[0]!.id]);
    expect(gh.commentsOn(PR).map((c) => c.id)).toEqual([posted[0]!.id]);
  });

  it('creates the parts that are missing when a report grows', async () => {
    const client = standinClient(gh);
    await publishComments(client, request(['only one part']));
    const grown = await publishComments(client, request(['part one', 'part two', 'part three']));
    expect(grown).toMatchObject({ ok: true, updated: 1, created: 2, deleted: 0 });
    expect(gh.commentsOn(PR).map((c) => parseMarker(c.body)?.part)).toEqual([1, 2, 3]);
  });

  it('removes a duplicate of a part left by two racing runs', async () => {
    const a = gh.seedComment(PR, `${markerLine('prod-east', 1)}\nrun A`);
    gh.seedComment(PR, `${markerLine('prod-east', 1)}\nrun B`);
    const result = await publishComments(standinClient(gh), request(['run C']));
    expect(result).toMatchObject({ ok: true, updated: 1, deleted: 1, commentIds: [a.id] });
    expect(gh.commentsOn(PR)).toHaveLength(1);
  });

  it('on a fork PR (read-only token) explains pull-requests: write and workflow_run, and does not throw', async () => {
    const result = await publishComments(standinClient(gh, 'read-token'), request(['report']));
    expect(result).toMatchObject({ ok: false, status: 'forbidden', httpStatus: 403, created: 0 });
    expect(result.message).toContain('pull-requests: write');
    expect(result.message).toContain('workflow_run');
    expect(result.message).toContain('mode: publish');
    expect(result.message).toContain('verdict is unaffected');
    expect(gh.commentsOn(PR)).toHaveLength(0);
  });

  it('re-splits once, smaller, when GitHub answers 422 body too long', async () => {
    gh.failNext('issues/create-comment', { kind: 'body-too-long' });
    const body = Array.from({ length: 900 }, (_, i) => `- line ${i} ${'x'.repeat(50)}`).join('\n');
    const result = await publishComments(standinClient(gh), request([body]));
    expect(result).toMatchObject({ ok: true, resplit: true });
    const posted = gh.commentsOn(PR);
    expect(posted.length).toBeGreaterThan(1);
    expect(posted.map((c) => parseMarker(c.body)?.part)).toEqual(posted.map((_, i) => i + 1));
    // Nothing lost: every line arrives, in order.
    const lines = posted.flatMap((c) => c.body.split('\n').filter((l) => l.startsWith('- line ')));
    expect(lines).toEqual(body.split('\n'));
  });

  it('reports a 422 that persists after re-splitting, without throwing', async () => {
    gh.failNext('issues/create-comment', { kind: 'body-too-long' }, 5);
    const result = await publishComments(standinClient(gh), request(['x'.repeat(10_000)]));
    expect(result).toMatchObject({ ok: false, status: 'too-long', httpStatus: 422, resplit: true });
    expect(result.message).toMatch(/too long/);
  });

  it('gets a real 422 from the stand-in for a body over 65,536 characters and recovers by re-splitting', async () => {
    const body = Array.from({ length: 1400 }, (_, i) => `line ${i} ${'y'.repeat(50)}`).join('\n');
    expect(body.length).toBeGreaterThan(65_536);
    const result = await publishComments(standinClient(gh), request([body]));
    expect(result).toMatchObject({ ok: true, resplit: true });
    expect(gh.requests.some((r) => r.status === 422)).toBe(true);
    expect(gh.commentsOn(PR).every((c) => c.body.length <= 65_536)).toBe(true);
  });

  it('retries after a primary rate limit and succeeds', async () => {
    const log = captureLog();
    gh.failNext('issues/create-comment', { kind: 'rate-limit', resetInSeconds: 1 });
    const result = await publishComments(standinClient(gh, 'write-token', log), request(['report']));
    expect(result).toMatchObject({ ok: true, created: 1 });
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual([
      403, 201
    ]);
    expect(log.infos.join('\n')).toMatch(/rate limit reached/);
  });

  it('gives up after two rate-limit retries with a clear message', async () => {
    gh.failNext('issues/create-comment', { kind: 'rate-limit', resetInSeconds: 1 }, 3);
    const result = await publishComments(standinClient(gh), request(['report']));
    expect(result).toMatchObject({ ok: false, status: 'rate-limited' });
    expect(result.message).toMatch(/rate limit is exhausted/);
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(3);
  });

  it('retries a secondary rate limit once, then reports it', async () => {
    const log = captureLog();
    gh.failNext('issues/update-comment', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, 2);
    gh.seedComment(PR, `${markerLine('prod-east', 1)}\nold`);
    const result = await publishComments(standinClient(gh, 'write-token', log), request(['new']));
    expect(result).toMatchObject({ ok: false, status: 'rate-limited', httpStatus: 403 });
    expect(result.message).toMatch(/secondary rate limit/);
    expect(gh.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(2);
    expect(log.warnings.join('\n')).toMatch(/secondary rate limit hit again/);
  });

  it('retries a secondary rate limit once and succeeds', async () => {
    gh.failNext('issues/create-comment', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const result = await publishComments(standinClient(gh), request(['report']));
    expect(result).toMatchObject({ ok: true, created: 1 });
  });

  it('retries a 500 and succeeds', async () => {
    gh.failNext('issues/list-comments', { kind: 'server-error', status: 500 });
    const result = await publishComments(standinClient(gh), request(['report']));
    expect(result).toMatchObject({ ok: true, created: 1 });
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.status)).toEqual([
      500, 200
    ]);
  });

  it('reports a persistent 5xx as a server error without throwing', async () => {
    gh.failNext('issues/create-comment', { kind: 'server-error', status: 502 }, 10);
    const result = await publishComments(standinClient(gh), request(['report']));
    expect(result).toMatchObject({ ok: false, status: 'server-error', httpStatus: 502 });
    expect(result.message).toMatch(/server error \(HTTP 502\)/);
  });

  it('reports a 404 (wrong PR or repository) without throwing', async () => {
    const result = await publishComments(standinClient(gh), { ...request(['report']), repo: 'no-such-repo' });
    expect(result).toMatchObject({ ok: false, status: 'not-found', httpStatus: 404 });
    expect(result.message).toMatch(/404/);
  });

  it('reports an unreachable API (connection refused) without throwing', async () => {
    const client = standinClient(gh);
    const other = await GitHubStandin.start();
    await other.stop();
    const dead = standinClient(other);
    const result = await publishComments(dead, request(['report']));
    expect(result).toMatchObject({ ok: false, status: 'unreachable' });
    expect(result.message).toMatch(/could not be reached/);
    // The live stand-in is untouched.
    expect((await publishComments(client, request(['report']))).ok).toBe(true);
  });

  it('treats a part deleted by someone else meanwhile as deleted', async () => {
    gh.seedComment(PR, `${markerLine('prod-east', 1)}\none`);
    gh.seedComment(PR, `${markerLine('prod-east', 2)}\ntwo`);
    gh.failNext('issues/delete-comment', { kind: 'not-found' });
    const result = await publishComments(standinClient(gh), request(['one']));
    expect(result).toMatchObject({ ok: true, unchanged: 1, deleted: 0 });
  });
});
