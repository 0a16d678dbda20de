// schema/plan.schema.json is the contract of plan.json: it accepts the plans the engine builds (here the
// demo example, in both JSON shapes; every other test that builds a plan checks it too, through
// test/support/plan-contract.ts) and rejects documents that break a contract field.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { resolveSettings } from '../../src/config/resolve.js';
import { listWorkingTree } from '../../src/load/sources.js';
import { evaluateSide } from '../../src/pipeline/evaluate-side.js';
import { buildClusterPlan } from '../../src/plan/build-cluster-plan.js';
import type { PlanReport } from '../../src/plan/types.js';
import { applyPolicy } from '../../src/policy/index.js';
import { verdictOf } from '../../src/policy/verdict.js';
import { planJson } from '../../src/report/json.js';
import { expectReportContract, planContractErrors } from '../support/plan-contract.js';

const DEMO = join(import.meta.dirname, '..', '..', 'examples', 'demo');

/** The demo pull request planned in-process from its two snapshots (no Git). */
function demoReport(): PlanReport {
  const settings = resolveSettings({ repo: DEMO }, () => undefined);
  const cluster = settings.clusters[0]!;
  const side = (name: string) =>
    evaluateSide(listWorkingTree(join(DEMO, name), join(DEMO, name)), settings, cluster, new Map());
  const base = side('base');
  const head = side('head');
  const plan = buildClusterPlan({
    cluster,
    settings,
    base,
    head,
    baseRef: 'main',
    headRef: 'pr',
    baseCommit: 'a'.repeat(40),
    headCommit: 'b'.repeat(40)
  });
  const findings = applyPolicy({ plan, base, head, cluster, settings, today: '2026-01-01' });
  const c = { ...plan, findings, verdict: verdictOf(findings, settings.failOn) };
  return { openshiftVersion: c.openshiftVersion, clusters: [c], verdict: c.verdict, failOn: settings.failOn };
}

const report = demoReport();
const single = (): Record<string, any> => JSON.parse(JSON.stringify(planJson(report, true)));
const fleet = (): Record<string, any> => JSON.parse(JSON.stringify(planJson(report, false)));

describe('schema/plan.schema.json', () => {
  it('accepts the demo plan in both shapes, which exercises every section', () => {
    const c = report.clusters[0]!;
    expect([c.files.length, c.registries.length, c.pools.length, c.workloads.length, c.findings.length]).toEqual([
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      expect.any(Number)
    ]);
    expect(c.files.length && c.registries.length && c.pools.length && c.findings.length).toBeGreaterThan(0);
    expectReportContract(report);
  });

  it('rejects a missing contract field, a value outside its set and a wrong type', () => {
    const noVerdict = single();
    delete noVerdict['verdict'];
    expect(planContractErrors(noVerdict).join('\n')).toMatch(/verdict/);

    const badChange = single();
    badChange['files'][0].change = 'edited';
    expect(planContractErrors(badChange).join('\n')).toMatch(/\/files\/0\/change/);

    const badPool = single();
    badPool['pools'][0].nodes = '6';
    expect(planContractErrors(badPool).join('\n')).toMatch(/\/pools\/0\/nodes/);

    const badFinding = single();
    badFinding['findings'][0].severity = 'fatal';
    expect(planContractErrors(badFinding).join('\n')).toMatch(/\/findings\/0\/severity/);
  });

  it('requires a name on every cluster of the clusters shape, and a list of them', () => {
    expect(planContractErrors(fleet())).toEqual([]);
    const unnamed = fleet();
    delete unnamed['clusters'][0].name;
    expect(planContractErrors(unnamed).join('\n')).toMatch(/clusters\/0.*name/);
    const notAList = { ...fleet(), clusters: { prod: fleet()['clusters'][0] } };
    expect(planContractErrors(notAList).join('\n')).toMatch(/clusters/);
  });

  it('welcomes more fields than the contract lists', () => {
    expect(planContractErrors({ ...single(), extra: { anything: true } })).toEqual([]);
  });
});
