import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PLAN_ARTIFACT_MAX_BYTES,
  checkPlanMatchesRun,
  mergePlanArtifacts,
  parsePlanArtifact,
  planComments,
  pullRequestFromWorkflowRun,
  readPlanArtifact,
  type PlanArtifact
} from '../../src/publish/publish-mode.js';
import type { PlanReport } from '../../src/plan/types.js';
import { commentArtifacts, DEFAULT_COMMENT_OPTIONS } from '../../src/report/comment-artifacts.js';
import { PLAN_FORMATS, type ReportContext } from '../../src/report/formats.js';
import { planJson } from '../../src/report/json.js';
import { workflowRunCompletedEvent } from '../support/github-standin/events.js';
import { demoReport } from '../support/demo-report.js';

const SHA = 'c'.repeat(40);
const HEAD = 'b'.repeat(40); // the demo report's head commit
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'artifact-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const demo = demoReport();
/** A two-cluster report with a configuration change, from the demo plan. */
const fleet = (): PlanReport => ({
  ...demo,
  clusters: [
    { ...demo.clusters[0]!, name: 'prod-east' },
    { ...demo.clusters[0]!, name: 'prod-west' }
  ]
});
const doc = (r: PlanReport, implicit = true): Record<string, any> => JSON.parse(JSON.stringify(planJson(r, implicit)));
const parse = (d: unknown): ReturnType<typeof parsePlanArtifact> => parsePlanArtifact(JSON.stringify(d));
function accepted(d: unknown): PlanArtifact {
  const r = parse(d);
  if (!r.ok) throw new Error(r.error);
  return r.artifact;
}
const refusal = (d: unknown): string => {
  const r = parse(d);
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('parsePlanArtifact: the plan JSON analyze wrote', () => {
  it('is read back into the report it was made from, so the publisher posts exactly the comments analyze would', () => {
    for (const [report, implicit] of [
      [demo, true],
      [fleet(), false]
    ] as const) {
      const a = accepted(doc(report, implicit));
      expect(a.implicitCluster).toBe(implicit);
      const ctx = { clusterLabel: !implicit, comments: DEFAULT_COMMENT_OPTIONS };
      expect(planComments(a, DEFAULT_COMMENT_OPTIONS)).toEqual(commentArtifacts(report, ctx));
      const combined = { unchangedClusters: false, layout: 'combined' as const };
      expect(planComments(a, combined)).toEqual(commentArtifacts(report, { ...ctx, comments: combined }));
    }
  });

  it('is what the action writes as publish.json (the comment format is the plan JSON)', () => {
    const ctx: ReportContext = { implicitCluster: true, clusterLabel: false, namedCluster: false, toolVersion: '0' };
    const [file] = PLAN_FORMATS.comment.files(demo, ctx);
    expect(file!.name).toBe('publish.json');
    expect(file!.text).toBe(PLAN_FORMATS.json.text(demo, ctx));
    expect(parsePlanArtifact(file!.text).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    [
      'the old artifact of rendered markdown',
      JSON.stringify({ markerId: 'a', bodies: ['x'], verdict: 'pass' }),
      /not a registry-plan plan/
    ],
    [
      'a forged verdict string',
      JSON.stringify({ ...doc(demo), verdict: '✅ pass' }),
      /verdict must be equal to one of the allowed values/
    ],
    [
      'a wrong type',
      JSON.stringify({ ...doc(demo), pools: [{ ...doc(demo)['pools'][0], nodes: '6' }] }),
      /\/pools\/0\/nodes must be integer/
    ]
  ])('refuses %s', (_name, text, why) => {
    const r = parsePlanArtifact(text);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(why) });
  });

  it('refuses a document over the size cap before parsing it', () => {
    expect(parsePlanArtifact(`{"pad":"${'x'.repeat(200)}"}`, 100)).toEqual({
      ok: false,
      error: expect.stringMatching(/over the 100-byte cap/)
    });
    expect(PLAN_ARTIFACT_MAX_BYTES).toBeGreaterThan(1 << 20);
  });

  it('refuses fields registry-plan does not write, anywhere in the document', () => {
    expect(refusal({ ...doc(demo), bodies: ['# ✅ pass'] })).toMatch(/\/bodies is unknown, extra or inconsistent/);
    const nested = doc(demo);
    nested['findings'][0].html = '<img src=x>';
    expect(refusal(nested)).toMatch(/\/findings\/0\/html/);
    const rollout = doc(demo);
    rollout['rollout'].totalMinutes += 1;
    expect(refusal(rollout)).toMatch(/\/rollout/);
  });

  it('refuses a verdict its findings and failOn do not make: pass with errors, fail without', () => {
    const d = doc(demo);
    expect(d['findings'].some((f: { severity: string }) => f.severity === 'error')).toBe(true);
    expect(refusal({ ...d, verdict: 'pass' })).toMatch(
      /\/verdict says pass, but the findings and failOn error make it fail/
    );
    const clean = { ...d, findings: [], verdict: 'fail' };
    expect(refusal(clean)).toMatch(/\/verdict says fail, but .* make it pass/);
    const f = doc(fleet(), false);
    f['clusters'][1].verdict = 'pass';
    expect(refusal(f)).toMatch(/\/clusters\/1\/verdict says pass/);
    // A waiver the document claims is the analyze run's decision; a pass needs every error waived.
    const waived = {
      ...d,
      findings: d['findings'].map((x: object) => ({ ...x, waived: { reason: 'r', owner: 'o', expires: '2099-01-01' } }))
    };
    expect(accepted({ ...waived, verdict: 'pass' }).report.verdict).toBe('pass');
  });

  it('refuses a highest disruption its pools do not have', () => {
    expect(refusal({ ...doc(demo), highestDisruption: 'none' })).toMatch(
      /highestDisruption says none, but its pools make it/
    );
  });

  it('refuses a rule id that is not in the catalog (it becomes a link) and a cluster name that is not one', () => {
    const d = doc(demo);
    d['findings'][0].rule = 'x-1';
    expect(refusal(d)).toMatch(/\/findings\/0\/rule "x-1" is not a registry-plan rule/);
    const f = doc(fleet(), false);
    f['clusters'][0].name = 'fleet/all';
    expect(refusal(f)).toMatch(/\/clusters\/0\/name is not a cluster name/);
    f['clusters'][0].name = 'prod-west';
    expect(refusal(f)).toMatch(/same name/);
  });

  it('refuses huge lists and more clusters than a run comments on', () => {
    const d = doc(demo);
    const f = d['findings'][0];
    const many = { ...d, findings: Array.from({ length: 20_001 }, () => f) };
    expect(refusal(many)).toMatch(/\/findings has 20001 items, over the 20000 cap/);
    const c = doc(fleet(), false);
    const clusters = Array.from({ length: 51 }, (_, i) => ({ ...c['clusters'][0], name: `c${i}` }));
    expect(refusal({ ...c, clusters })).toMatch(/51 clusters, more than the 50/);
  });

  it('carries the configuration change once and checks its verdict too', () => {
    const finding = {
      rule: 'config-loosened',
      severity: 'error' as const,
      message: 'failOn lowered',
      file: '.github/registry-plan.yaml',
      line: 1
    };
    const report: PlanReport = {
      ...fleet(),
      verdict: 'fail',
      configChange: {
        findings: [finding],
        verdict: 'fail',
        diff: { path: '.github/registry-plan.yaml', diff: '-failOn: error\n+failOn: never\n' }
      }
    };
    const a = accepted(doc(report, false));
    expect(a.report.configChange?.findings).toHaveLength(1);
    const bodies = planComments(a, DEFAULT_COMMENT_OPTIONS).flatMap((x) => x.bodies);
    // Shown in each cluster's comment (each shows a verdict), listed once per comment.
    for (const b of bodies.filter((x) => x.includes('### registry-plan')))
      expect(b.split('failOn lowered').length - 1).toBe(1);
    const forged = doc(report, false);
    forged['configChange'].verdict = 'pass';
    expect(refusal(forged)).toMatch(/\/configChange\/verdict says pass, but its findings make it fail/);
  });
});

describe('mergePlanArtifacts: a matrix uploads one plan per cluster', () => {
  const one = (name: string): PlanArtifact =>
    accepted(doc({ ...demo, clusters: [{ ...demo.clusters[0]!, name }] }, false));

  it('merges them into one report, each cluster once, and recomputes the verdict', () => {
    const m = mergePlanArtifacts([one('east'), one('west')]);
    expect(m.ok && m.artifact.report.clusters.map((c) => c.name)).toEqual(['east', 'west']);
    expect(m.ok && m.artifact.report.verdict).toBe(demo.verdict);
    expect(mergePlanArtifacts([one('east'), one('east')])).toEqual({
      ok: false,
      error: expect.stringMatching(/same cluster/)
    });
  });
});

describe('readPlanArtifact', () => {
  it('reads a file and checks its size from the file system first', async () => {
    const path = join(dir, 'publish.json');
    await writeFile(path, JSON.stringify(doc(demo)));
    expect((await readPlanArtifact(path)).ok).toBe(true);
    expect(await readPlanArtifact(path, 10)).toEqual({
      ok: false,
      error: expect.stringMatching(/over the 10-byte cap/)
    });
    expect(await readPlanArtifact(join(dir, 'missing.json'))).toEqual({
      ok: false,
      error: expect.stringMatching(/cannot read/)
    });
    expect(await readPlanArtifact(dir)).toEqual({ ok: false, error: expect.stringMatching(/not a regular file/) });
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

  it('refuses a plan about another commit', () => {
    const target = { owner: 'o', repo: 'r', pullNumber: 1, headSha: SHA };
    const a = accepted(doc(demo));
    expect(checkPlanMatchesRun(a.report, target)).toMatch(/is for commit b+, but the workflow run is for c+/);
    expect(checkPlanMatchesRun(a.report, { ...target, headSha: HEAD })).toBeUndefined();
  });
});
