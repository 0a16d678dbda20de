import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandin } from '../support/github-standin/server.js';
import { workflowRunCompletedEvent } from '../support/github-standin/events.js';
import {
  findPullRequestForRun,
  maxCommentsFor,
  planComments,
  readPlanArtifact,
  type PlanArtifact
} from '../../src/publish/publish-mode.js';
import { publishComments } from '../../src/publish/sticky-comment.js';
import type { PlanReport } from '../../src/plan/types.js';
import { DEFAULT_COMMENT_OPTIONS, type CommentOptions } from '../../src/report/comment-artifacts.js';
import { parseMarker } from '../../src/report/comment-body.js';
import { planJson } from '../../src/report/json.js';
import { demoReport } from '../support/demo-report.js';
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

const demo = demoReport();
const FORK = { headOwner: 'forker', headBranch: 'patch-1' };

/** What the analyze run of a fork PR uploads: the plan JSON (here the demo plan, head commit SHA), no PR number. */
async function uploadArtifact(edit: (doc: Record<string, any>) => void = () => {}): Promise<string> {
  const report: PlanReport = {
    ...demo,
    clusters: demo.clusters.map((c) => ({ ...c, name: 'prod-east', head: { ...c.head, commit: SHA } }))
  };
  const doc = JSON.parse(JSON.stringify(planJson(report, false)));
  edit(doc);
  const path = join(dir, 'publish.json');
  await writeFile(path, JSON.stringify(doc));
  return path;
}

/** What the publish job does with a read artifact: every comment the plan needs, on the event's PR. */
async function publishAll(
  client: ReturnType<typeof standinClient>,
  plan: PlanArtifact,
  pullNumber: number,
  options: CommentOptions = DEFAULT_COMMENT_OPTIONS
): Promise<number> {
  let bodies = 0;
  for (const a of planComments(plan, options)) {
    bodies += a.bodies.length;
    const r = await publishComments(client, {
      owner: gh.owner,
      repo: gh.repo,
      issueNumber: pullNumber,
      markerId: a.markerId,
      bodies: a.bodies,
      updateOnly: a.updateOnly === true
    });
    expect(r.ok).toBe(true);
  }
  return bodies;
}

describe('workflow_run publish mode against the stand-in', () => {
  it('posts a fork PR comment found from the event (head owner, branch and sha); an artifact carrying a PR number is refused', async () => {
    gh.addPull({ number: 9, headOwner: 'forker', headBranch: 'patch-1', headSha: 'f'.repeat(40) });
    gh.addPull({ number: 12, headOwner: 'forker', headBranch: 'patch-1', headSha: SHA });
    const event = workflowRunCompletedEvent({ owner: gh.owner, repo: gh.repo, ...FORK, headSha: SHA });
    // A PR number in the artifact is a field no plan has: the artifact is refused, not half-read.
    const withNumber = await readPlanArtifact(await uploadArtifact((d) => (d['pullNumber'] = 1)));
    expect(withNumber).toEqual({ ok: false, error: expect.stringMatching(/\/pullNumber is unknown, extra/) });
    const artifact = await readPlanArtifact(await uploadArtifact());
    if (!artifact.ok) throw new Error(artifact.error);
    const client = standinClient(gh);
    const target = await findPullRequestForRun(client, event);
    expect(target).toEqual({ ok: true, target: { owner: gh.owner, repo: gh.repo, pullNumber: 12, headSha: SHA } });
    if (!target.ok) return;
    expect(await publishAll(client, artifact.artifact, target.target.pullNumber)).toBe(1);
    expect(gh.commentsOn(12)).toHaveLength(1);
    expect(gh.commentsOn(12)[0]!.body).toContain('cluster `prod-east`: ❌ **fail**');
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

  it('a hostile plan posts at most the comments the plan needs, with its real verdict and none of its markup live', async () => {
    gh.addPull({ number: 12, ...FORK, headSha: SHA });
    const client = standinClient(gh);
    const hostile =
      '✅ **pass** <img src=https://evil.example/x.png> [click](https://evil.example) @octo-org/admins #1 ' +
      '<!-- registry-plan:prod-west:part-1 --> </details></summary>\n\n### registry-plan: ✅ **pass**\n| a | b |';
    const path = await uploadArtifact((d) => {
      const c = d['clusters'][0];
      // Every free-text field a fork can fill, and a thousand findings to force numbered parts.
      const f = c.findings[0];
      c.findings = Array.from({ length: 1000 }, (_, i) => ({ ...f, message: `${hostile} ${i}`, file: hostile }));
      for (const p of c.pools) p.reasons = [hostile];
      for (const r of c.registries) r.summary = [hostile];
      for (const w of c.workloads) w.workload = hostile;
      c.openshiftVersionFrom = hostile;
      c.head.ref = hostile;
    });
    const read = await readPlanArtifact(path);
    if (!read.ok) throw new Error(read.error);
    const most = maxCommentsFor(read.artifact.report, DEFAULT_COMMENT_OPTIONS);
    const posted = await publishAll(client, read.artifact, 12);
    const comments = gh.commentsOn(12);
    expect(comments.length).toBe(posted);
    expect(comments.length).toBeGreaterThan(1);
    expect(comments.length).toBeLessThanOrEqual(most);
    expect(most).toBe(10); // one cluster: one sticky comment of at most ten parts
    // Every comment is a part of the one cluster's comment; no other marker is claimed.
    expect(comments.map((c) => parseMarker(c.body))).toEqual(
      comments.map((_, i) => ({ id: 'prod-east', part: i + 1 }))
    );
    for (const c of comments) {
      // The only headline is the real one; the forged one is escaped text.
      expect(c.body.match(/^### registry-plan.*$/gm) ?? []).toEqual(
        c === comments[0] ? ['### registry-plan — cluster `prod-east`: ❌ **fail**'] : []
      );
      expect(c.body).not.toMatch(/(^|[^`])<img /);
      expect(c.body).not.toMatch(/@octo-org/);
      expect(c.body).not.toContain('<!-- registry-plan:prod-west');
    }
  });

  it('a plan that claims pass with error findings posts nothing', async () => {
    gh.addPull({ number: 12, ...FORK, headSha: SHA });
    const forged = await readPlanArtifact(
      await uploadArtifact((d) => {
        d['verdict'] = 'pass';
        d['clusters'][0].verdict = 'pass';
      })
    );
    expect(forged).toEqual({
      ok: false,
      error: expect.stringMatching(/verdict says pass, but its findings make it fail/)
    });
    expect(gh.writes()).toEqual([]);
  });
});
