/**
 * The pull-check rules on answers the checker would give (the checker itself is tested against real
 * registries in test/e2e/check-pulls.test.ts): grading, one finding per host, waivers and overrides.
 */
import { describe, expect, it } from '@jest/globals';
import type { PullCheck } from '../../src/model/pull-check.js';
import { buildClusterPlan } from '../../src/plan/build-cluster-plan.js';
import type { WorkloadPlan } from '../../src/plan/types.js';
import { evaluateSide } from '../../src/pipeline/evaluate-side.js';
import { applyPolicy } from '../../src/policy/index.js';
import { repoFiles, settingsFrom } from './support.js';

const D = `sha256:${'b'.repeat(64)}`;

function workload(image: string, check: PullCheck, line = 10): WorkloadPlan {
  return {
    image,
    file: 'apps/pod.yaml',
    line,
    workload: 'Pod/app',
    os: 'linux',
    before: [],
    after: [],
    pullableBefore: true,
    pullable: true,
    check
  };
}

function findingsFor(workloads: WorkloadPlan[], config?: string) {
  const settings = settingsFrom(config);
  const cluster = settings.clusters[0]!;
  const side = evaluateSide(repoFiles({}), settings, cluster);
  const plan = buildClusterPlan({ cluster, settings, base: side, head: side, baseRef: 'b', headRef: 'h' });
  return applyPolicy({
    plan: { ...plan, workloads },
    base: side,
    head: side,
    cluster,
    settings,
    today: '2026-01-01'
  }).filter((f) => f.rule === 'image-not-mirrored' || f.rule === 'pull-check-incomplete');
}

const missing = (sourceAllowed: boolean): PullCheck => ({
  result: 'missing',
  tried: ['m.example/app'],
  by: 'digest',
  sourceAllowed,
  attempts: [{ endpoint: 'm.example/app', outcome: 'missing', detail: 'manifest unknown' }]
});

describe('image-not-mirrored', () => {
  it('is an error when the source cannot be contacted, a warning when the node falls back to it', () => {
    expect(findingsFor([workload(`q.io/app@${D}`, missing(false))]).map((f) => f.severity)).toEqual(['error']);
    expect(findingsFor([workload(`q.io/app@${D}`, missing(true))]).map((f) => f.severity)).toEqual(['warning']);
  });

  it('policy.disconnected makes it an error in either case', () => {
    const f = findingsFor([workload(`q.io/app@${D}`, missing(true))], 'policy:\n  disconnected: true\n');
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });

  it('served by the source after every mirror said "not here" is a warning; served by a mirror is nothing', () => {
    const bySource: PullCheck = {
      result: 'served',
      from: 'q.io/app',
      fromMirror: false,
      tried: ['m.example/app', 'q.io/app'],
      by: 'tag',
      sourceAllowed: true,
      attempts: [
        { endpoint: 'm.example/app', outcome: 'missing', detail: 'manifest unknown' },
        { endpoint: 'q.io/app', outcome: 'served' }
      ]
    };
    const f = findingsFor([workload('q.io/app:1', bySource)]);
    expect(f.map((x) => [x.rule, x.severity, x.file, x.line])).toEqual([
      ['image-not-mirrored', 'warning', 'apps/pod.yaml', 10]
    ]);
    expect(f[0]!.message).toContain('a tag was checked');
    const byMirror: PullCheck = { ...bySource, from: 'm.example/app', fromMirror: true, tried: ['m.example/app'] };
    expect(findingsFor([workload('q.io/app:1', byMirror)])).toEqual([]);
  });

  it('can be switched off or waived like any rule', () => {
    expect(
      findingsFor(
        [workload(`q.io/app@${D}`, missing(false))],
        'policy:\n  severities:\n    image-not-mirrored: "off"\n'
      )
    ).toEqual([]);
  });
});

describe('pull-check-incomplete', () => {
  it('one finding per unreachable host, however many references it left unanswered', () => {
    const down = (i: number): WorkloadPlan =>
      workload(
        `q.io/app${i}@${D}`,
        {
          result: 'unreachable',
          tried: [`m.example/app${i}`],
          by: 'digest',
          detail: 'unreachable from this runner (reported once per host)',
          attempts: [{ endpoint: `m.example/app${i}`, outcome: 'unreachable', detail: 'connection refused' }]
        },
        10 + i
      );
    const f = findingsFor(Array.from({ length: 300 }, (_, i) => down(i)));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'pull-check-incomplete', severity: 'warning', line: 10 });
    expect(f[0]!.message).toContain(
      'could not reach m.example from this runner (connection refused), so 300 reference(s)'
    );
    expect(f[0]!.message).toContain('self-hosted runner');
  });

  it('without skopeo: an error naming the package', () => {
    const f = findingsFor([
      workload(`q.io/app@${D}`, { result: 'not-checked', tried: [], by: 'digest', detail: 'skopeo is not installed' })
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error' });
    expect(f[0]!.message).toContain('apt-get install skopeo');
  });

  it('denied: says to give the check credentials', () => {
    const f = findingsFor([
      workload(`q.io/app@${D}`, {
        result: 'denied',
        tried: ['m.example/app'],
        by: 'digest',
        attempts: [{ endpoint: 'm.example/app', outcome: 'denied', detail: 'authentication required or refused' }]
      })
    ]);
    expect(f[0]!.message).toContain('--authfile');
  });
});
