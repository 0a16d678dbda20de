// schema/plan.schema.json is the contract of plan.json: it accepts the plans the engine builds (here the
// demo example, in both JSON shapes; every other test that builds a plan checks it too, through
// test/support/plan-contract.ts) and rejects documents that break a contract field.
import { describe, expect, it } from '@jest/globals';
import { planJson } from '../../src/report/json.js';
import { demoReport } from '../support/demo-report.js';
import { expectReportContract, planContractErrors } from '../support/plan-contract.js';

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
