import { describe, expect, it } from '@jest/globals';
import { commentArtifacts, githubPreview } from '../../src/report/comment-artifacts.js';
import { planMarkdown } from '../../src/report/markdown.js';
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
