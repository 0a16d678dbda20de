// The head's change to the configuration joins the report once (pipeline/plan-range.ts withConfigChange).
import { describe, expect, it } from '@jest/globals';
import { withConfigChange } from '../../src/pipeline/plan-range.js';
import { reportFindings, type PlanReport } from '../../src/plan/types.js';
import { cluster } from '../report/fixtures.js';

const report = (): PlanReport => ({
  openshiftVersion: '4.19',
  verdict: 'pass',
  failOn: 'error',
  clusters: [cluster({ name: 'east' }), cluster({ name: 'west' })]
});
const loosened = {
  rule: 'config-loosened',
  severity: 'error' as const,
  message: 'failOn lowered from error to never',
  file: '.github/registry-plan.yaml',
  line: 1
};

describe('withConfigChange', () => {
  it('leaves a report without a configuration change as it is', () => {
    const r = report();
    expect(withConfigChange(r, { findings: [] }, 'error')).toBe(r);
  });

  it("adds the findings once, to the run and not to any cluster, and the report's verdict includes them", () => {
    const r = withConfigChange(report(), { findings: [loosened] }, 'error');
    expect(r.clusters.map((c) => [c.verdict, c.findings.length])).toEqual([
      ['pass', 0],
      ['pass', 0]
    ]);
    expect(r.configChange).toEqual({ findings: [loosened], verdict: 'fail' });
    expect(r.verdict).toBe('fail');
    expect(reportFindings(r)).toEqual([loosened]);
    // failOn never lets it pass; a notice (allowGateChanges) never fails.
    expect(withConfigChange(report(), { findings: [loosened] }, 'never').verdict).toBe('pass');
    expect(withConfigChange(report(), { findings: [{ ...loosened, severity: 'notice' }] }, 'error').verdict).toBe(
      'pass'
    );
  });

  it('carries the diff with credentials redacted, also when nothing is loosened', () => {
    const diff = {
      path: '.github/registry-plan.yaml',
      diff: '+releaseImage: https://robot:hunter2@quay.io/x\n+# token ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAA\n'
    };
    const r = withConfigChange(report(), { findings: [], diff }, 'error');
    expect(r.verdict).toBe('pass');
    expect(r.configChange?.diff?.diff).not.toMatch(/hunter2|ghp_A/);
    expect(r.configChange?.diff?.diff).toContain('@quay.io/x');
  });
});
