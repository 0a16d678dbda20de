import { describe, expect, it } from '@jest/globals';
import { fleetComment, fleetTable, noLongerTouchedHeadline, untouched } from '../../src/report/fleet.js';
import type { PlanReport } from '../../src/plan/types.js';
import { cluster, exampleCluster } from './fixtures.js';

const fleet = (): PlanReport => ({
  openshiftVersion: '4.19',
  verdict: 'fail',
  failOn: 'error',
  clusters: [
    { ...exampleCluster(), name: 'prod-east', verdict: 'fail' },
    cluster({ name: 'prod-west', changed: false }),
    cluster({ name: 'lab|1', changed: false, openshiftVersion: '4.18' })
  ]
});

describe('fleet', () => {
  it('a cluster is untouched when nothing changes and nothing is found', () => {
    expect(untouched(cluster({ changed: false }))).toBe(true);
    expect(untouched(exampleCluster())).toBe(false);
    const finding = { rule: 'x', severity: 'warning' as const, message: 'm', file: 'f', line: 1 };
    expect(untouched(cluster({ changed: false, findings: [finding] }))).toBe(false);
    expect(untouched(cluster({ changed: false, verdict: 'cannot-evaluate' }))).toBe(false);
  });

  it('one table row per cluster: version, highest disruption, pools, estimate, verdict', () => {
    expect(fleetTable(fleet()).split('\n')).toEqual([
      '| cluster | OpenShift | highest disruption | pools that roll | estimate | verdict |',
      '|---|---|---|---|---|---|',
      '| `prod-east` | 4.19 | reboot | worker, master, infra, gpu (paused), Windows | about 1 h 3 min | ❌ fail |',
      '| `prod-west` | 4.19 | no change | — | — | ✅ pass |',
      '| `lab\\|1` | 4.18 | no change | — | — | ✅ pass |'
    ]);
  });

  it('the combined comment details only the touched clusters', () => {
    const c = fleetComment(fleet());
    expect(c.marker).toBe('fleet/all');
    expect(c.headline).toContain('2 clusters are not changed by this pull request.');
    expect(c.sections[0]!.title).toBe('Cluster `prod-east`');
    expect(c.sections.every((s) => !/prod-west/.test(s.title))).toBe(true);
  });

  it('says so when a pull request no longer touches a cluster', () => {
    expect(noLongerTouchedHeadline(cluster({ name: 'prod-west', changed: false }), true)).toMatch(
      /cluster `prod-west`: ✅ \*\*pass\*\*\n\nThis pull request no longer changes the node configuration/
    );
  });
});
