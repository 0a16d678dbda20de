/**
 * The action end to end, as GitHub runs it: `node dist/index.js` with a real event payload file, the
 * runner's environment and files, the example repository checked out, and a GitHub stand-in that checks
 * every request against GitHub's OpenAPI description. Comment writes go through the real client, with its
 * retries and write spacing, so these runs take as long as they would on a runner.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarker } from '../../src/report/comment-body.js';
import { workflowRunCompletedEvent } from '../support/github-standin/events.js';
import { GitHubStandin } from '../support/github-standin/server.js';
import { removeTree } from '../support/tmp-repo.js';
import { mergeGroupEvent, pullRequestEvent, pushEvent } from './support/action-events.js';
import { runAction, type RunResult } from './support/run-action.js';
import { demoWorkspace, type DemoWorkspace } from './support/workspace.js';
import { expectPlanContract } from '../support/plan-contract.js';

// Comment writes are spaced as on GitHub (up to 3 s apart), and the suite may share the machine with others.
jest.setTimeout(120_000);

const PR = 7;
let ws: DemoWorkspace;
let gh: GitHubStandin;
const runs: RunResult[] = [];

beforeAll(() => {
  // 150 bulk sources (one finding each) need several comment parts; 5 fit in one.
  ws = demoWorkspace(150, 5);
});

afterAll(() => {
  removeTree(ws.dir);
  for (const r of runs) removeTree(r.runnerTemp);
});

beforeEach(async () => {
  gh = await GitHubStandin.start();
});

afterEach(async () => {
  await gh.stop();
  expect(gh.violations).toEqual([]);
});

interface PrRun {
  head: string;
  action?: 'opened' | 'synchronize';
  token?: string;
  forkOwner?: string;
  inputs?: Record<string, string>;
}

async function run(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  token = 'write-token'
): Promise<RunResult> {
  const r = await runAction({
    eventName,
    payload,
    repository: `${gh.owner}/${gh.repo}`,
    apiUrl: gh.url,
    workspace: ws.dir,
    githubToken: token,
    inputs
  });
  runs.push(r);
  // A crash is never an acceptable way to end, whatever the case.
  expect(r.stderr).not.toMatch(/TypeError|ReferenceError|SyntaxError|at .*dist\/index\.js/);
  return r;
}

function pullRequest(o: PrRun): Promise<RunResult> {
  const payload = pullRequestEvent({
    owner: gh.owner,
    repo: gh.repo,
    action: o.action ?? 'opened',
    number: PR,
    baseSha: ws.base,
    headSha: o.head,
    forkOwner: o.forkOwner
  });
  return run('pull_request', payload, o.inputs, o.token);
}

/** Workflow-command warnings that are not finding annotations (those carry a file). */
const plainWarnings = (r: RunResult): string[] =>
  r.annotations.filter((a) => a.level === 'warning' && !/file=/.test(a.properties)).map((a) => a.message);
const errors = (r: RunResult): string[] =>
  r.annotations.filter((a) => a.level === 'error' && !/file=/.test(a.properties)).map((a) => a.message);
const reportFiles = (r: RunResult): boolean[] =>
  ['plan.json', 'report.md', 'results.sarif', 'publish.json'].map((f) =>
    existsSync(join(r.runnerTemp, 'registry-plan', f))
  );

describe('pull_request', () => {
  it('writes every report, comments, then edits the same comment for a new head and leaves an unchanged body alone', async () => {
    const first = await pullRequest({ head: ws.head });
    // The example pull request breaks a rule on purpose: the check fails, the comment is still posted.
    expect(first.outputs['verdict']).toBe('fail');
    expect(first.code).toBe(1);
    expect(errors(first).join('\n')).toMatch(/verdict: fail/);
    expect(reportFiles(first)).toEqual([true, true, true, true]);
    const plan = JSON.parse(readFileSync(first.outputs['plan-json']!, 'utf8'));
    expectPlanContract(plan);
    expect(plan.verdict).toBe('fail');
    expect(first.outputs).toMatchObject({
      'highest-disruption': plan.pools.some((p: { reboot: boolean }) => p.reboot) ? 'reboot' : 'drain',
      errors: String(
        plan.findings.filter((f: { severity: string; waived?: unknown }) => f.severity === 'error' && !f.waived).length
      )
    });
    expect(JSON.parse(readFileSync(first.outputs['sarif-path']!, 'utf8')).version).toBe('2.1.0');
    expect(first.summary).toContain('registry-plan');
    expect(first.summary).toContain('| pool |');
    // Findings become annotations on the manifest lines.
    expect(
      first.annotations.some(
        (a) => a.level === 'error' && /file=apps\/shop\/deployment\.yaml,line=\d+/.test(a.properties)
      )
    ).toBe(true);

    const [comment] = gh.commentsOn(PR);
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(first.outputs['comment-id']).toBe(String(comment!.id));
    expect(parseMarker(comment!.body)).toEqual({ id: 'default', part: 1 });
    expect(comment!.body).toContain('| worker |');
    expect(comment!.body).not.toContain('mirror-dr.corp.example');

    const second = await pullRequest({ head: ws.headUpdated, action: 'synchronize' });
    expect(second.outputs['comment-id']).toBe(String(comment!.id));
    expect(gh.commentsOn(PR)).toHaveLength(1);
    expect(gh.commentsOn(PR)[0]!.body).toContain('mirror-dr.corp.example');
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/create-comment', 'issues/update-comment']);

    const third = await pullRequest({ head: ws.headUpdated, action: 'synchronize' });
    expect(third.outputs['comment-id']).toBe(String(comment!.id));
    expect(gh.writes()).toHaveLength(2);
    expect(plainWarnings(third)).toEqual([]);
  });

  it('splits a report too big for one comment into parts, and a later, smaller report deletes the leftovers', async () => {
    const big = await pullRequest({ head: ws.headBig });
    const posted = gh.commentsOn(PR);
    const parts = posted.length;
    expect(parts).toBeGreaterThanOrEqual(3);
    expect(posted.map((c) => parseMarker(c.body)?.part)).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
    expect(posted.every((c) => [...c.body].length <= 65_536)).toBe(true);
    expect(posted[1]!.body).toContain(`part 2/${parts}`);
    expect(big.outputs['comment-id']).toBe(posted.map((c) => c.id).join(','));
    // The job summary has the whole report, within its own 1 MiB cap.
    expect(Buffer.byteLength(big.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(big.summary).toContain('registry.example.com/team-0149/service');

    const smaller = await pullRequest({ head: ws.headSmaller, action: 'synchronize' });
    const left = gh.commentsOn(PR);
    const fewer = left.length;
    expect(fewer).toBeLessThan(parts);
    expect(left.map((c) => c.id)).toEqual(posted.slice(0, fewer).map((c) => c.id));
    expect(smaller.outputs['comment-id']).toBe(left.map((c) => c.id).join(','));
    expect(gh.writes().filter((w) => w.operationId === 'issues/delete-comment')).toHaveLength(parts - fewer);
    expect(left.some((c) => c.body.includes('team-0149'))).toBe(false);
  });

  it('from a fork with a read-only token: no comment, a warning that says why, reports written, the verdict still decides', async () => {
    const gated = await pullRequest({ head: ws.head, token: 'read-token', forkOwner: 'contributor' });
    expect(gated.code).toBe(1);
    expect(gated.outputs['verdict']).toBe('fail');
    const [warning, ...more] = plainWarnings(gated);
    expect(more).toEqual([]);
    expect(warning).toMatch(/HTTP 403/);
    expect(warning).toMatch(/pull-requests: write/);
    expect(warning).toMatch(/fork/);
    expect(warning).toMatch(/workflow_run/);
    expect(warning).toMatch(/verdict is unaffected/);
    expect(gh.commentsOn(PR)).toEqual([]);
    expect(gated.outputs['comment-id']).toBe('');
    expect(reportFiles(gated)).toEqual([true, true, true, true]);
    expect(gated.summary).toContain('| pool |');
    // The summary, which every reader of the check sees, says it too, before the report.
    expect(gated.summary.indexOf('No pull request comment')).toBeGreaterThanOrEqual(0);
    expect(gated.summary.indexOf('No pull request comment')).toBeLessThan(gated.summary.indexOf('| pool |'));
    expect(gated.summary).toMatch(/pull-requests: write/);

    const passing = await pullRequest({
      head: ws.head,
      token: 'read-token',
      forkOwner: 'contributor',
      inputs: { 'fail-on': 'never' }
    });
    expect(passing.outputs['verdict']).toBe('pass');
    // The failed comment did not fail the step.
    expect(passing.code).toBe(0);
    expect(plainWarnings(passing)).toHaveLength(1);
    expect(gh.commentsOn(PR)).toEqual([]);
  });

  it('a 422 (body too long) once: the comment is split smaller and posted; every time: a warning, not a failure', async () => {
    gh.failNext('issues/create-comment', { kind: 'body-too-long' });
    const recovered = await pullRequest({ head: ws.head });
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual(
      expect.arrayContaining([422, 201])
    );
    const posted = gh.commentsOn(PR);
    expect(posted.length).toBeGreaterThan(1);
    expect(posted.map((c) => parseMarker(c.body)?.part)).toEqual(posted.map((_, i) => i + 1));
    expect(recovered.outputs['comment-id']).toBe(posted.map((c) => c.id).join(','));
    expect(plainWarnings(recovered)).toEqual([]);
    expect(recovered.code).toBe(1);
  });

  it('a 422 that persists leaves a clear warning and the verdict decides the exit code', async () => {
    gh.failNext('issues/create-comment', { kind: 'body-too-long' }, 2);
    const r = await pullRequest({ head: ws.head, inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(plainWarnings(r).join('\n')).toMatch(/too long \(HTTP 422/);
    expect(gh.commentsOn(PR)).toEqual([]);
  });

  it('a secondary rate limit is waited out and retried; a primary one with an early reset too', async () => {
    gh.failNext('issues/create-comment', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const secondary = await pullRequest({ head: ws.head });
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual([
      403, 201
    ]);
    expect(secondary.stdout).toMatch(/secondary rate limit/);
    expect(plainWarnings(secondary)).toEqual([]);
    expect(gh.commentsOn(PR)).toHaveLength(1);

    gh.failNext('issues/update-comment', { kind: 'rate-limit', resetInSeconds: 1 });
    const primary = await pullRequest({ head: ws.headUpdated, action: 'synchronize' });
    expect(gh.requests.filter((r) => r.operationId === 'issues/update-comment').map((r) => r.status)).toEqual([
      403, 200
    ]);
    expect(plainWarnings(primary)).toEqual([]);
    expect(gh.commentsOn(PR)[0]!.body).toContain('mirror-dr.corp.example');
  });
});

describe('a matrix of clusters (the cluster input)', () => {
  let configDir: string;
  beforeAll(() => {
    // Read from the working tree like any configuration; an absolute path keeps the checkout clean.
    configDir = mkdtempSync(join(tmpdir(), 'rp-config-'));
    const demo = readFileSync(join(ws.dir, '.github', 'registry-plan.yaml'), 'utf8');
    writeFileSync(
      join(configDir, 'clusters.yaml'),
      `${demo}\nclusters:\n  - name: prod-east\n    paths: ["clusters/**", "apps/**"]\n  - name: prod-west\n    paths: ["apps/**"]\n`
    );
  });
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  const job = (cluster: string, inputs: Record<string, string> = {}): Promise<RunResult> =>
    pullRequest({
      head: ws.head,
      inputs: { config: join(configDir, 'clusters.yaml'), cluster, 'fail-on': 'never', ...inputs }
    });

  it('each job keeps its own comment, labelled with its cluster; an untouched cluster gets none; an unknown cluster is an input error', async () => {
    const east = await job('prod-east');
    const west = await job('prod-west');
    expect([east.code, west.code]).toEqual([0, 0]);
    const comments = gh.commentsOn(PR);
    // prod-west is only the workloads: no node configuration of its own changes, so no comment.
    expect(comments.map((c) => parseMarker(c.body)?.id)).toEqual(['prod-east']);
    expect(comments[0]!.body).toContain('cluster `prod-east`');
    expect(comments[0]!.body).toContain('| worker |');
    expect([east.outputs['comment-id'], west.outputs['comment-id']]).toEqual([String(comments[0]!.id), '']);
    expect(existsSync(join(east.runnerTemp, 'registry-plan', 'publish-prod-east.json'))).toBe(true);

    const again = await job('prod-east');
    expect(again.outputs['comment-id']).toBe(String(comments[0]!.id));
    expect(gh.writes()).toHaveLength(1);

    const unknown = await job('prod-north');
    expect(unknown.code).toBe(1);
    expect(errors(unknown).join('\n')).toMatch(
      /cluster "prod-north" is not in .*clusters\.yaml \(its clusters: prod-east, prod-west\)/
    );
    expect(gh.writes()).toHaveLength(1);

    // The old behaviour on request: a comment for every cluster.
    await job('prod-west', { 'comment-unchanged-clusters': 'true' });
    const all = gh.commentsOn(PR);
    expect(all.map((c) => parseMarker(c.body)?.id)).toEqual(['prod-east', 'prod-west']);
    expect(all[1]!.body).toContain('no change to node configuration');
  });

  it('paths without a clusters list: the cluster input names the scanned paths, so two jobs do not share one comment', async () => {
    await pullRequest({ head: ws.head, inputs: { paths: 'clusters', cluster: 'nodes', 'fail-on': 'never' } });
    await pullRequest({
      head: ws.head,
      inputs: { paths: 'apps', cluster: 'apps', 'fail-on': 'never', 'comment-unchanged-clusters': 'true' }
    });
    expect(gh.commentsOn(PR).map((c) => parseMarker(c.body)?.id)).toEqual(['nodes', 'apps']);
  });

  it('a three-cluster matrix: two comments; a rerun after the PR stops touching a cluster updates its comment', async () => {
    const config = join(configDir, 'three.yaml');
    const demo = readFileSync(join(ws.dir, '.github', 'registry-plan.yaml'), 'utf8');
    writeFileSync(
      config,
      `${demo}\nclusters:\n  - name: prod-east\n    paths: ["clusters/**", "apps/**"]\n` +
        '  - name: bulk\n    paths: ["clusters/prod/mirrors/bulk-idms.yaml"]\n' +
        '  - name: quiet\n    paths: ["nothing/**"]\n'
    );
    const matrix = async (head: string): Promise<RunResult[]> => {
      const out: RunResult[] = [];
      for (const cluster of ['prod-east', 'bulk', 'quiet'])
        out.push(await pullRequest({ head, inputs: { config, cluster, 'fail-on': 'never' } }));
      return out;
    };
    // The PR at first adds the bulk mirror set: prod-east and bulk change, quiet does not.
    const first = await matrix(ws.headBig);
    expect(first.map((r) => r.code)).toEqual([0, 0, 0]);
    const before = gh.commentsOn(PR);
    // (Each bulk entry is a finding, so these comments come in parts.)
    const ids = (cs: typeof before): string[] => [...new Set(cs.map((c) => parseMarker(c.body)?.id ?? ''))];
    expect(ids(before)).toEqual(['prod-east', 'bulk']);
    expect(first[2]!.outputs['comment-id']).toBe('');
    const bulkFirst = before.find((c) => parseMarker(c.body)?.id === 'bulk' && parseMarker(c.body)?.part === 1)!;
    expect(bulkFirst.body).toContain('cluster `bulk`');

    // A later push drops the bulk mirror set: bulk's comment says so instead of showing a stale plan.
    await matrix(ws.head);
    const after = gh.commentsOn(PR);
    expect(ids(after)).toEqual(['prod-east', 'bulk']);
    const bulkAfter = after.filter((c) => parseMarker(c.body)?.id === 'bulk');
    expect(bulkAfter.map((c) => c.id)).toEqual([bulkFirst.id]);
    expect(bulkAfter[0]!.body).toContain('This pull request no longer changes the node configuration of this cluster');
    expect(bulkAfter[0]!.body).not.toContain('| worker |');
    expect(after.find((c) => parseMarker(c.body)?.id === 'prod-east')!.body).toContain('cluster `prod-east`');
  });

  it("the workflow_run publisher posts every matrix job's report from one download folder", async () => {
    const download = mkdtempSync(join(tmpdir(), 'rp-artifact-'));
    try {
      for (const cluster of ['prod-east', 'prod-west']) {
        const r = await job(cluster, { comment: 'false' });
        // download-artifact with a pattern and without merge-multiple: one subfolder per artifact.
        cpSync(join(r.runnerTemp, 'registry-plan'), join(download, `registry-plan-${cluster}`), { recursive: true });
      }
      expect(gh.requests).toEqual([]);
      const event = workflowRunCompletedEvent({
        owner: gh.owner,
        repo: gh.repo,
        headOwner: gh.owner,
        headBranch: 'mirror-change',
        headSha: ws.head,
        pullNumber: PR
      });
      // A matrix of two: a publisher told to expect one cluster refuses the pair and posts nothing.
      const capped = await run('workflow_run', event, {
        mode: 'publish',
        'artifact-path': download,
        'max-clusters': '1'
      });
      expect(capped.code).not.toBe(0);
      expect(capped.stdout).toMatch(/the plan has 2 clusters, more than max-clusters \(1\); nothing was posted/);
      expect(gh.commentsOn(PR)).toEqual([]);
      const r = await run('workflow_run', event, { mode: 'publish', 'artifact-path': download, 'max-clusters': '2' });
      expect(r.code).toBe(0);
      // prod-west's artifact only updates an earlier comment; there is none.
      expect(gh.commentsOn(PR).map((c) => parseMarker(c.body)?.id)).toEqual(['prod-east']);
      expect(r.outputs['comment-id']).toBe(
        gh
          .commentsOn(PR)
          .map((c) => c.id)
          .join(',')
      );
    } finally {
      rmSync(download, { recursive: true, force: true });
    }
  });
});

describe('merge_group and push', () => {
  it('merge_group: plans the queued merge, no comment and no API call, the verdict gates', async () => {
    const r = await run(
      'merge_group',
      mergeGroupEvent({ owner: gh.owner, repo: gh.repo, baseSha: ws.base, headSha: ws.head })
    );
    expect(gh.requests).toEqual([]);
    expect(r.stdout).toMatch(/No PR comment for a merge group/);
    expect(r.outputs['verdict']).toBe('fail');
    expect(r.code).toBe(1);
    expect(reportFiles(r)).toEqual([true, true, true, true]);
    const plan = JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8'));
    expectPlanContract(plan);
    expect([plan.base.ref, plan.head.ref]).toEqual([ws.base, ws.head]);
  });

  it('push: report only (summary and files, no API call); a new branch compares with the parent commit', async () => {
    const r = await run('push', pushEvent({ owner: gh.owner, repo: gh.repo, before: ws.base, after: ws.head }), {
      'fail-on': 'never'
    });
    expect(gh.requests).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['verdict']).toBe('pass');
    expect(r.outputs['comment-id']).toBeUndefined();
    expect(r.summary).toContain('| pool |');

    const branch = await run(
      'push',
      pushEvent({
        owner: gh.owner,
        repo: gh.repo,
        before: '0'.repeat(40),
        after: ws.headUpdated,
        ref: 'refs/heads/dr'
      }),
      {
        'fail-on': 'never'
      }
    );
    expect(gh.requests).toEqual([]);
    const plan = JSON.parse(readFileSync(branch.outputs['plan-json']!, 'utf8'));
    expectPlanContract(plan);
    expect(plan.head.ref).toBe(ws.headUpdated);
    expect(JSON.stringify(plan.registries)).toContain('mirror-dr.corp.example');
    // Only the one added mirror changed between the parent and this commit.
    expect(JSON.stringify(plan.registries)).not.toContain('mcr.microsoft.com');
  });

  it('from-version/to-version: the bundled action plans an upgrade of one commit (what 4.20 -> 4.21 does)', async () => {
    const r = await run('push', pushEvent({ owner: gh.owner, repo: gh.repo, before: ws.head, after: ws.head }), {
      'fail-on': 'never',
      'from-version': '4.20',
      'to-version': '4.21'
    });
    expect(gh.requests).toEqual([]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8'));
    expectPlanContract(plan);
    expect(plan.upgrade).toMatchObject({ from: '4.20', to: '4.21' });
    // The payload's signature policy arrives with 4.21 on every node: caused by the upgrade, no manifest edited.
    const policy = plan.files.find((f: { path: string }) => f.path === '/etc/containers/policy.json');
    expect(policy).toMatchObject({ cause: 'upgrade', change: 'modified' });
    expect(r.summary).toContain('4.20 → 4.21 (upgrade)');
    // One of the two alone is a usage error, said as such.
    const half = await run('push', pushEvent({ owner: gh.owner, repo: gh.repo, before: ws.head, after: ws.head }), {
      'from-version': '4.20'
    });
    expect(half.code).not.toBe(0);
    expect(errors(half).join('\n')).toMatch(/to-version/);
  });
});

describe('publish mode (workflow_run)', () => {
  /** The analyze half: a fork's pull_request run that may not comment, whose report dir is uploaded. */
  async function analyzeForUpload(): Promise<string> {
    const analyze = await pullRequest({
      head: ws.head,
      token: 'read-token',
      forkOwner: 'contributor',
      inputs: { comment: 'false' }
    });
    expect(gh.requests).toEqual([]);
    expect(analyze.code).toBe(1);
    // What actions/download-artifact would unpack in the publish job.
    const downloaded = mkdtempSync(join(tmpdir(), 'rp-artifact-'));
    cpSync(join(analyze.runnerTemp, 'registry-plan'), downloaded, { recursive: true });
    return downloaded;
  }

  function workflowRun(pullNumber: number | undefined): unknown {
    return workflowRunCompletedEvent({
      owner: gh.owner,
      repo: gh.repo,
      headOwner: 'contributor',
      headBranch: 'mirror-change',
      headSha: ws.head,
      pullNumber
    });
  }

  it('posts the comments it renders from the uploaded plan on the pull request the event names', async () => {
    const artifact = await analyzeForUpload();
    try {
      const file = join(artifact, 'publish.json');
      // The publish file is the plan JSON, the same document as plan.json: no markdown is uploaded.
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(artifact, 'plan.json'), 'utf8'));
      // GitHub leaves workflow_run.pull_requests empty for forks: the action finds the PR by head.
      gh.addPull({ number: PR, headOwner: 'contributor', headBranch: 'mirror-change', headSha: ws.head });
      const r = await run('workflow_run', workflowRun(undefined), { mode: 'publish', 'artifact-path': artifact });
      expect(errors(r)).toEqual([]);
      expect(r.code).toBe(0);
      const [comment, ...more] = gh.commentsOn(PR);
      expect(more).toEqual([]);
      expect(r.outputs['comment-id']).toBe(String(comment!.id));
      expect(r.outputs['verdict']).toBe('fail');
      expect(comment!.body).toContain('| worker |');
      expect(comment!.body).toMatch(/^### registry-plan: ❌ \*\*fail\*\*$/m);
      // publish mode never plans: it reads no manifests and writes no report of its own.
      expect(r.outputs['plan-json']).toBeUndefined();

      // Same report again (a re-run of the publisher): nothing is re-posted.
      const again = await run('workflow_run', workflowRun(PR), { mode: 'publish', 'artifact-path': artifact });
      expect(again.outputs['comment-id']).toBe(String(comment!.id));
      expect(gh.writes()).toHaveLength(1);
    } finally {
      rmSync(artifact, { recursive: true, force: true });
    }
  });

  it('refuses a tampered plan: another commit, a forged verdict, an unknown field, markup in a marker, an oversized file', async () => {
    const artifact = await analyzeForUpload();
    try {
      const file = join(artifact, 'publish.json');
      const original = readFileSync(file, 'utf8');
      const edit = (f: (d: Record<string, any>) => void): string => {
        const d = JSON.parse(original);
        f(d);
        return JSON.stringify(d);
      };
      const tamper = async (text: string, why: RegExp): Promise<void> => {
        writeFileSync(file, text);
        const r = await run('workflow_run', workflowRun(PR), { mode: 'publish', 'artifact-path': file });
        expect(r.code).toBe(1);
        expect(errors(r).join('\n')).toMatch(why);
        expect(gh.writes()).toEqual([]);
      };
      await tamper(
        edit((d) => (d.head.commit = ws.base)),
        /report artifact is for commit .* but the workflow run is for/
      );
      await tamper(
        edit((d) => (d.verdict = 'pass')),
        /verdict says pass, but the findings and failOn error make it fail/
      );
      await tamper(
        edit((d) => (d.verdict = '✅ pass')),
        /not a registry-plan plan .*verdict must be equal to one of the allowed values/
      );
      await tamper(
        edit((d) => (d.bodies = ['### registry-plan: ✅ **pass**'])),
        /\/bodies is unknown, extra or inconsistent/
      );
      await tamper(
        edit((d) => (d.name = 'x --> <img src=x>')),
        /\/name is not a cluster name/
      );
      await tamper(original.replace(/}\s*$/, `,"padding":"${'x'.repeat(16 * 1024 * 1024)}"}`), /over the \d+-byte cap/);
      expect(gh.commentsOn(PR)).toEqual([]);
    } finally {
      rmSync(artifact, { recursive: true, force: true });
    }
  });
});
