import { describe, expect, it } from '@jest/globals';
import { commentArtifacts, githubPreview } from '../../src/report/comment-artifacts.js';
import { planMarkdown } from '../../src/report/markdown.js';
import { PLAN_FORMATS } from '../../src/report/formats.js';
import type { PlanReport } from '../../src/plan/types.js';
import { cluster, exampleCluster, pool } from './fixtures.js';

const NOTE = 'Docs differ: the documentation says one thing; the operator code does another';

const report = (): PlanReport => ({
  openshiftVersion: '4.19',
  verdict: 'pass',
  failOn: 'error',
  clusters: [
    { ...exampleCluster(), name: 'east', pools: [pool('worker', 3, 1, 'drain', 16, { reasons: ['why', NOTE] })] },
    { ...exampleCluster(), name: 'north', pools: [pool('worker', 3, 1, 'drain', 16, { reasons: ['why', NOTE] })] },
    cluster({ name: 'west', changed: false })
  ]
});

describe('commentArtifacts', () => {
  it('an untouched cluster only updates an earlier comment; the option brings back one comment per cluster', () => {
    const a = commentArtifacts(report(), { clusterLabel: true });
    expect(a.map((x) => [x.markerId, x.updateOnly === true])).toEqual([
      ['east', false],
      ['north', false],
      ['west', true]
    ]);
    expect(a[2]!.bodies[0]).toContain('no longer changes the node configuration');
    const all = commentArtifacts(report(), {
      clusterLabel: true,
      comments: { unchangedClusters: true, layout: 'per-cluster' }
    });
    expect(all.every((x) => !x.updateOnly)).toBe(true);
    expect(all[2]!.bodies[0]).toContain('no change to node configuration');
  });

  it('combined: one comment for the fleet', () => {
    const a = commentArtifacts(report(), {
      clusterLabel: true,
      comments: { unchangedClusters: false, layout: 'combined' }
    });
    expect(a).toHaveLength(1);
    expect(a[0]!.markerId).toBe('fleet/all');
    expect(a[0]!.bodies[0]).toContain('| `west` | 4.19 | no change |');
  });

  it('--format github shows what is posted and names the clusters that get no new comment', () => {
    const text = githubPreview(commentArtifacts(report(), { clusterLabel: true }));
    expect(text.match(/^<!-- registry-plan:(east|north):part-1 -->$/gm)).toHaveLength(2);
    expect(text).toContain('<!-- registry-plan: no new comment for west: the pull request does not change it');
  });
});

describe('planMarkdown', () => {
  it('each documentation note once per report, across clusters', () => {
    const md = planMarkdown(report(), false);
    expect(md.split('the documentation says one thing').length - 1).toBe(1);
  });
});

describe('the comment groups registry changes', () => {
  it('shows the biggest groups and sends the rest to the job summary', async () => {
    const { clusterComment } = await import('../../src/report/markdown.js');
    const registries = Array.from({ length: 100 }, (_, i) => ({
      source: `quay.io/team-${i}/app`,
      summary: [`mirror m${i}.example.com/team-${i}/app (digest-only) added`]
    }));
    const c = { ...exampleCluster(), registries };
    const section = clusterComment(c, false).sections.find((s) => s.title === 'What changes, per registry')!;
    expect(section.body.split('\n').filter((l) => l.startsWith('| mirror added'))).toHaveLength(30);
    expect(section.body).toContain('70 more groups in the job summary and the JSON report.');
    expect(planMarkdown({ ...report(), clusters: [c] }, true)).toContain('`quay.io/team-99/app`');
  });
});

describe("the configuration change: the run's findings, counted once, shown wherever the verdict is", () => {
  const finding = {
    rule: 'config-loosened',
    severity: 'error' as const,
    message: 'failOn lowered from error to never: this pull request loosens its own gate',
    file: '.github/registry-plan.yaml',
    line: 1
  };
  const diff = {
    path: '.github/registry-plan.yaml',
    diff: '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-failOn: error\n+failOn: never\n'
  };
  const withChange = (findings = [finding]): PlanReport => ({
    ...report(),
    verdict: findings.length ? 'fail' : 'pass',
    configChange: { findings, verdict: findings.length ? 'fail' : 'pass', diff }
  });
  const count = (text: string, what: string): number => text.split(what).length - 1;

  it('each cluster comment shows it once, with the run verdict in its headline; untouched clusters get a comment too', () => {
    const a = commentArtifacts(withChange(), { clusterLabel: true });
    expect(a.map((x) => [x.markerId, x.verdict, x.updateOnly === true])).toEqual([
      ['east', 'fail', false],
      ['north', 'fail', false],
      ['west', 'fail', false]
    ]);
    for (const x of a) {
      const body = x.bodies.join('\n');
      expect(body).toMatch(/^### registry-plan — cluster `\w+`: ❌ \*\*fail\*\*$/m);
      expect(count(body, 'failOn lowered from error to never')).toBe(1);
      expect(body).toContain("The pull request changes the gate's configuration");
      expect(body).toContain('+failOn: never');
      // The cluster's own tally does not include the run's finding.
      expect(body).toMatch(/· 0 errors, /);
    }
  });

  it('a change that loosens nothing gives untouched clusters no comment', () => {
    const a = commentArtifacts(withChange([]), { clusterLabel: true });
    expect(a.map((x) => x.updateOnly === true)).toEqual([false, false, true]);
    expect(a[0]!.bodies[0]).toContain('the change does not loosen the gate');
  });

  it('the combined comment and the full report show it once, and SARIF and the text view count it once', () => {
    const r = withChange();
    const [fleet] = commentArtifacts(r, {
      clusterLabel: true,
      comments: { unchangedClusters: false, layout: 'combined' }
    });
    expect(count(fleet!.bodies.join('\n'), 'failOn lowered from error to never')).toBe(1);
    expect(fleet!.bodies[0]).toMatch(/^### registry-plan: ❌ fail across 3 clusters$/m);
    const md = planMarkdown(r, false);
    expect(count(md, 'failOn lowered from error to never')).toBe(1);
    expect(count(md, '+failOn: never')).toBe(1);
    expect(count(md, "The pull request changes the gate's configuration")).toBe(3);
    const ctx = { implicitCluster: false, clusterLabel: true, namedCluster: false, toolVersion: '0' };
    const sarif = JSON.parse(PLAN_FORMATS.sarif.text(r, ctx));
    const results = sarif.runs[0].results as { ruleId: string }[];
    expect(results.filter((x) => x.ruleId === 'config-loosened')).toHaveLength(1);
    const text = PLAN_FORMATS.text.text(r, ctx);
    expect(count(text, 'failOn lowered from error to never')).toBe(1);
    expect(text).toMatch(/^== configuration \.github\/registry-plan\.yaml: FAIL /m);
  });
});
