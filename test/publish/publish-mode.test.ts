import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PUBLISH_ARTIFACT_MAX_BYTES,
  checkArtifactMatchesRun,
  parsePublishArtifact,
  pullRequestFromWorkflowRun,
  readPublishArtifact
} from '../../src/publish/publish-mode.js';
import { markerLine, parseMarker } from '../../src/report/comment-body.js';
import { workflowRunCompletedEvent } from '../support/github-standin/events.js';

const SHA = 'c'.repeat(40);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'artifact-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parsePublishArtifact', () => {
  it('accepts a valid artifact and frames each body with its own marker', () => {
    const r = parsePublishArtifact(
      JSON.stringify({ markerId: 'prod-east', bodies: ['# one', '# two'], verdict: 'fail', headSha: SHA })
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.artifact.bodies.map((b) => parseMarker(b))).toEqual([
      { id: 'prod-east', part: 1 },
      { id: 'prod-east', part: 2 }
    ]);
    expect(r.artifact.bodies[1]).toContain('part 2/2');
    expect(r.artifact.verdict).toBe('fail');
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['missing bodies', JSON.stringify({ markerId: 'a', verdict: 'pass' }), /must have required property 'bodies'/],
    [
      'empty bodies',
      JSON.stringify({ markerId: 'a', bodies: [], verdict: 'pass' }),
      /bodies must NOT have fewer than 1 items/
    ],
    [
      'too many parts',
      JSON.stringify({ markerId: 'a', bodies: Array(11).fill('x'), verdict: 'pass' }),
      /more than 10 items/
    ],
    [
      'body over the comment limit',
      JSON.stringify({ markerId: 'a', bodies: ['x'.repeat(65_537)], verdict: 'pass' }),
      /must NOT have more than 65536 characters/
    ],
    [
      'marker id breaking out of the HTML comment',
      JSON.stringify({ markerId: 'a --> <b>', bodies: ['x'], verdict: 'pass' }),
      /markerId must match pattern/
    ],
    [
      'unknown verdict',
      JSON.stringify({ markerId: 'a', bodies: ['x'], verdict: 'maybe' }),
      /verdict must be equal to one of the allowed values/
    ],
    [
      'non-string body',
      JSON.stringify({ markerId: 'a', bodies: [{ evil: true }], verdict: 'pass' }),
      /bodies\/0 must be string/
    ]
  ])('rejects %s', (_name, text, why) => {
    const r = parsePublishArtifact(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });

  it('rejects an artifact over the size cap before parsing it', () => {
    const r = parsePublishArtifact(`{"pad":"${'x'.repeat(200)}"}`, 100);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/over the 100-byte cap/) });
  });

  it('neutralizes mentions and strips markers that try to claim other comments', () => {
    const hostile = `${markerLine('other-tool', 3)}\nhi @security-team <!-- registry-plan:prod-west:part-1 --> there`;
    const r = parsePublishArtifact(JSON.stringify({ markerId: 'prod-east', bodies: [hostile], verdict: 'pass' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const body = r.artifact.bodies[0]!;
    expect(parseMarker(body)).toEqual({ id: 'prod-east', part: 1 });
    expect(body).not.toContain('prod-west');
    expect(body).not.toContain('other-tool');
    expect(body).toContain('@\u200bsecurity-team');
  });
});

describe('readPublishArtifact', () => {
  it('reads a file and checks its size from the file system first', async () => {
    const path = join(dir, 'report.json');
    await writeFile(path, JSON.stringify({ markerId: 'c', bodies: ['b'], verdict: 'pass' }));
    expect((await readPublishArtifact(path)).ok).toBe(true);
    expect(await readPublishArtifact(path, 10)).toEqual({
      ok: false,
      error: expect.stringMatching(/over the 10-byte cap/)
    });
    expect(await readPublishArtifact(join(dir, 'missing.json'))).toEqual({
      ok: false,
      error: expect.stringMatching(/cannot read/)
    });
    expect(await readPublishArtifact(dir)).toEqual({ ok: false, error: expect.stringMatching(/not a regular file/) });
    expect(PUBLISH_ARTIFACT_MAX_BYTES).toBeGreaterThan(10 * 65_536);
  });
});

describe('pullRequestFromWorkflowRun', () => {
  const base = { owner: 'octo-org', repo: 'gitops', headOwner: 'octo-org', headBranch: 'feature', headSha: SHA };

  it('takes the PR number from workflow_run.pull_requests of a real-shaped event', () => {
    const event = workflowRunCompletedEvent({ ...base, pullNumber: 17 });
    expect(pullRequestFromWorkflowRun(event)).toEqual({
      ok: true,
      target: { owner: 'octo-org', repo: 'gitops', pullNumber: 17, headSha: SHA }
    });
  });

  it('skips pull requests based in another repository', () => {
    const event = workflowRunCompletedEvent({ ...base, foreignPullNumber: 3, pullNumber: 17 });
    expect(pullRequestFromWorkflowRun(event)).toMatchObject({ ok: true, target: { pullNumber: 17 } });
    const onlyForeign = workflowRunCompletedEvent({ ...base, foreignPullNumber: 3 });
    expect(pullRequestFromWorkflowRun(onlyForeign)).toMatchObject({ ok: false });
  });

  it('says why there is no PR for a fork (empty pull_requests) and for other events', () => {
    const fork = workflowRunCompletedEvent({ ...base, headOwner: 'forker' });
    expect(pullRequestFromWorkflowRun(fork)).toEqual({
      ok: false,
      error: expect.stringMatching(/empty for pull requests from forks/)
    });
    expect(pullRequestFromWorkflowRun({ pull_request: { number: 1 } })).toEqual({
      ok: false,
      error: expect.stringMatching(/not a workflow_run event/)
    });
  });

  it('refuses an artifact about another commit', () => {
    const target = { owner: 'o', repo: 'r', pullNumber: 1, headSha: SHA };
    const r = parsePublishArtifact(
      JSON.stringify({ markerId: 'c', bodies: ['b'], verdict: 'pass', headSha: 'd'.repeat(40) })
    );
    if (!r.ok) throw new Error(r.error);
    expect(checkArtifactMatchesRun(r.artifact, target)).toMatch(/is for commit d+, but the workflow run is for c+/);
    expect(checkArtifactMatchesRun({ ...r.artifact, headSha: SHA }, target)).toBeUndefined();
  });
});
