import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubStandin } from '../support/github-standin/server.js';
import { apiBaseUrl, createClient } from '../../src/publish/octokit-client.js';
import { captureLog } from './helpers.js';

let gh: GitHubStandin;
beforeEach(async () => {
  gh = await GitHubStandin.start();
});
afterEach(async () => {
  await gh.stop();
  expect(gh.violations).toEqual([]);
});

describe('createClient', () => {
  it('takes the API root from GITHUB_API_URL (GitHub Enterprise, the stand-in)', async () => {
    const saved = process.env['GITHUB_API_URL'];
    try {
      process.env['GITHUB_API_URL'] = gh.url;
      expect(apiBaseUrl()).toBe(gh.url);
      const client = createClient({ token: 'write-token', retryDelayMs: 1, rateLimitDelayMs: 1 });
      const { data } = await client.rest.repos.get({ owner: gh.owner, repo: gh.repo });
      expect(data.full_name).toBe(`${gh.owner}/${gh.repo}`);
      expect(gh.requests).toHaveLength(1);
      delete process.env['GITHUB_API_URL'];
      expect(apiBaseUrl()).toBe('https://api.github.com');
      expect(apiBaseUrl('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com/api/v3');
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = saved;
    }
  });

  it('retries 5xx with backoff up to the configured count', async () => {
    gh.failNext('repos/get', { kind: 'server-error', status: 502 }, 2);
    const client = createClient({
      token: 'write-token',
      baseUrl: gh.url,
      retryDelayMs: 1,
      rateLimitDelayMs: 1,
      retries: 2
    });
    await expect(client.rest.repos.get({ owner: gh.owner, repo: gh.repo })).resolves.toMatchObject({ status: 200 });
    gh.failNext('repos/get', { kind: 'server-error', status: 502 }, 3);
    await expect(client.rest.repos.get({ owner: gh.owner, repo: gh.repo })).rejects.toMatchObject({ status: 502 });
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    gh.failNext('repos/get', { kind: 'forbidden' });
    const client = createClient({ token: 'write-token', baseUrl: gh.url, retryDelayMs: 1, rateLimitDelayMs: 1 });
    await expect(client.rest.repos.get({ owner: gh.owner, repo: gh.repo })).rejects.toMatchObject({ status: 403 });
    expect(gh.requests).toHaveLength(1);
  });

  it('does not wait for a primary rate limit that resets too far away', async () => {
    const log = captureLog();
    gh.failNext('repos/get', { kind: 'rate-limit', resetInSeconds: 3600 });
    const client = createClient({
      token: 'write-token',
      baseUrl: gh.url,
      retryDelayMs: 1,
      rateLimitDelayMs: 1,
      maxRateLimitWaitSeconds: 60,
      log
    });
    await expect(client.rest.repos.get({ owner: gh.owner, repo: gh.repo })).rejects.toMatchObject({ status: 403 });
    expect(gh.requests).toHaveLength(1);
    expect(log.warnings.join('\n')).toMatch(/rate limit exhausted .*resets in \d+ s/);
  });

  it('spaces writes by default, as GitHub asks to avoid secondary rate limits', async () => {
    const c = gh.seedComment(1, 'x');
    const client = createClient({ token: 'write-token', baseUrl: gh.url, retryDelayMs: 1, rateLimitDelayMs: 1 });
    const started = Date.now();
    await client.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: c.id, body: 'a' });
    await client.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: c.id, body: 'b' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
