/**
 * The stand-in is only a referee if it blows the whistle: these tests send it requests GitHub would
 * reject and check that each one is recorded as a violation.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubStandin } from '../support/github-standin/server.js';
import { standinClient } from './helpers.js';

let gh: GitHubStandin;

beforeEach(async () => {
  gh = await GitHubStandin.start();
});

afterEach(async () => {
  await gh.stop();
});

async function raw(
  method: string,
  path: string,
  body?: unknown,
  token = 'write-token'
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

describe('GitHub stand-in', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(gh.url).hostname).toBe('127.0.0.1');
  });

  it('records a path GitHub does not have', async () => {
    const r = await raw('GET', `/repos/${gh.owner}/${gh.repo}/issue/1/comments`);
    expect(r.status).toBe(404);
    expect(gh.violations).toEqual([expect.stringMatching(/no such path in GitHub's OpenAPI description/)]);
  });

  it('records a method GitHub does not allow on a path', async () => {
    await raw('PUT', `/repos/${gh.owner}/${gh.repo}/issues/1/comments`, { body: 'x' });
    expect(gh.violations).toEqual([expect.stringMatching(/method not allowed/)]);
  });

  it('records a real GitHub operation it does not serve', async () => {
    await raw('GET', `/repos/${gh.owner}/${gh.repo}/pulls/1/files`);
    expect(gh.violations).toEqual([expect.stringMatching(/pulls\/list-files.*does not serve/)]);
  });

  it('records a body that does not match the operation schema', async () => {
    const r = await raw('POST', `/repos/${gh.owner}/${gh.repo}/issues/1/comments`, { text: 'wrong field' });
    expect(r.status).toBe(422);
    expect(gh.violations).toEqual([
      expect.stringMatching(/issues\/create-comment.*body invalid.*must have required property 'body'/)
    ]);
  });

  it('records a body with the wrong type', async () => {
    await raw('PATCH', `/repos/${gh.owner}/${gh.repo}/issues/comments/5`, { body: 5 });
    expect(gh.violations).toEqual([expect.stringMatching(/issues\/update-comment.*body invalid.*must be string/)]);
  });

  it('records a non-integer path parameter and an unknown query parameter', async () => {
    await raw('GET', `/repos/${gh.owner}/${gh.repo}/issues/abc/comments?per_page=100&sort=created`);
    expect(gh.violations).toEqual([
      expect.stringMatching(/path parameters invalid.*issue_number/),
      expect.stringMatching(/query parameters invalid.*additional properties/)
    ]);
  });

  it('records a body sent to an operation that takes none', async () => {
    await raw('DELETE', `/repos/${gh.owner}/${gh.repo}/issues/comments/1`, { body: 'x' });
    expect(gh.violations).toEqual([expect.stringMatching(/sends a body but the operation takes none/)]);
  });

  it('answers 422 for a body longer than 65,536 characters, counting characters', async () => {
    const ok = await raw('POST', `/repos/${gh.owner}/${gh.repo}/issues/1/comments`, { body: '😀'.repeat(65_536) });
    expect(ok.status).toBe(201);
    const tooLong = await raw('POST', `/repos/${gh.owner}/${gh.repo}/issues/1/comments`, { body: 'a'.repeat(65_537) });
    expect(tooLong.status).toBe(422);
    expect(JSON.stringify(tooLong.json)).toMatch(/too long \(maximum is 65536 characters\)/);
    expect(gh.violations).toEqual([]);
  });

  it('rejects writes with a read-only token and unknown tokens', async () => {
    const ro = await raw('POST', `/repos/${gh.owner}/${gh.repo}/issues/1/comments`, { body: 'x' }, 'read-token');
    expect(ro.status).toBe(403);
    expect(ro.json).toMatchObject({ message: 'Resource not accessible by integration' });
    expect(ro.headers.get('x-accepted-github-permissions')).toMatch(/pull_requests=write/);
    const bad = await raw('GET', `/repos/${gh.owner}/${gh.repo}`, undefined, 'nope');
    expect(bad.status).toBe(401);
    expect(gh.violations).toEqual([]);
  });

  it('serves the repository, the rate limit and pull requests with valid responses and rate-limit headers', async () => {
    const client = standinClient(gh);
    const repo = await client.rest.repos.get({ owner: gh.owner, repo: gh.repo });
    expect(repo.data.full_name).toBe(`${gh.owner}/${gh.repo}`);
    expect(repo.headers['x-ratelimit-limit']).toBe('5000');
    const rate = await client.rest.rateLimit.get();
    expect(rate.data.resources.core.remaining).toBeLessThan(5000);
    gh.addPull({ number: 7, headOwner: 'forker', headBranch: 'patch-1', headSha: 'a'.repeat(40) });
    const pulls = await client.rest.pulls.list({ owner: gh.owner, repo: gh.repo, head: 'forker:patch-1' });
    expect(pulls.data.map((p) => p.number)).toEqual([7]);
    expect(gh.violations).toEqual([]);
  });

  it('plays scripted failures in order, then behaves again', async () => {
    gh.failNext('repos/get', { kind: 'server-error', status: 503 });
    expect((await raw('GET', `/repos/${gh.owner}/${gh.repo}`)).status).toBe(503);
    expect((await raw('GET', `/repos/${gh.owner}/${gh.repo}`)).status).toBe(200);
    expect(gh.violations).toEqual([]);
  });
});
