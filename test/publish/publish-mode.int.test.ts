import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandin } from '../support/github-standin/server.js';
import { workflowRunCompletedEvent } from '../support/github-standin/events.js';
import { findPullRequestForRun, readPublishArtifact } from '../../src/publish/publish-mode.js';
import { publishComments } from '../../src/publish/sticky-comment.js';
import { fitComment } from '../../src/report/comment-body.js';
import { standinClient } from './helpers.js';

const SHA = 'e'.repeat(40);
let gh: GitHubStandin;
let dir: string;

beforeEach(async () => {
  gh = await GitHubStandin.start();
  dir = await mkdtemp(join(tmpdir(), 'publish-'));
});
afterEach(async () => {
  await gh.stop();
  await rm(dir, { recursive: true, force: true });
  expect(gh.violations).toEqual([]);
});

/** What the analyze run of a fork PR uploads: the fitted comment, not the PR number. */
async function uploadArtifact(extra: Record<string, unknown> = {}): Promise<string> {
  const fitted = fitComment({ marker: 'prod-east', headline: '## registry-plan: **pass**', sections: [] });
  const path = join(dir, 'registry-plan-comment.json');
  await writeFile(
    path,
    JSON.stringify({ markerId: fitted.markerId, bodies: fitted.bodies, verdict: 'pass', headSha: SHA, ...extra })
  );
  return path;
}

describe('workflow_run publish mode against the stand-in', () => {
  it('posts a fork PR comment found from the event (head owner, branch and sha), ignoring a PR number in the artifact', async () => {
    gh.addPull({ number: 9, headOwner: 'forker', headBranch: 'patch-1', headSha: 'f'.repeat(40) });
    gh.addPull({ number: 12, headOwner: 'forker', headBranch: 'patch-1', headSha: SHA });
    const event = workflowRunCompletedEvent({
      owner: gh.owner,
      repo: gh.repo,
      headOwner: 'forker',
      headBranch: 'patch-1',
      headSha: SHA
    });
    const artifact = await readPublishArtifact(await uploadArtifact({ pullNumber: 1, issueNumber: 1 }));
    if (!artifact.ok) throw new Error(artifact.error);
    const client = standinClient(gh);
    const target = await findPullRequestForRun(client, event);
    expect(target).toEqual({ ok: true, target: { owner: gh.owner, repo: gh.repo, pullNumber: 12, headSha: SHA } });
    if (!target.ok) return;
    const result = await publishComments(client, {
      owner: target.target.owner,
      repo: target.target.repo,
      issueNumber: target.target.pullNumber,
      markerId: artifact.artifact.markerId,
      bodies: artifact.artifact.bodies
    });
    expect(result).toMatchObject({ ok: true, created: 1 });
    expect(gh.commentsOn(12)).toHaveLength(1);
    expect(gh.commentsOn(1)).toHaveLength(0);
    expect(gh.requests.find((r) => r.operationId === 'pulls/list')!.path).toContain('head=forker%3Apatch-1');
  });

  it('uses workflow_run.pull_requests directly for a same-repository PR, without an API lookup', async () => {
    const event = workflowRunCompletedEvent({
      owner: gh.owner,
      repo: gh.repo,
      headOwner: gh.owner,
      headBranch: 'feature',
      headSha: SHA,
      pullNumber: 5
    });
    const target = await findPullRequestForRun(standinClient(gh), event);
    expect(target).toMatchObject({ ok: true, target: { pullNumber: 5 } });
    expect(gh.requests).toHaveLength(0);
  });

  it('refuses to guess when the fork PR moved on since the run', async () => {
    gh.addPull({ number: 12, headOwner: 'forker', headBranch: 'patch-1', headSha: 'f'.repeat(40) });
    const event = workflowRunCompletedEvent({
      owner: gh.owner,
      repo: gh.repo,
      headOwner: 'forker',
      headBranch: 'patch-1',
      headSha: SHA
    });
    const target = await findPullRequestForRun(standinClient(gh), event);
    expect(target).toEqual({
      ok: false,
      error: expect.stringMatching(/no open pull request .* has head forker:patch-1 at e+/)
    });
  });
});
