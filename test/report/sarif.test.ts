import { describe, expect, it } from '@jest/globals';
import { ruleAnchor, toSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/model/types.js';

const findings: Finding[] = [
  {
    rule: 'blocked-payload-registry',
    severity: 'error',
    message: 'blocks quay.io',
    file: 'clusters/prod/image.yaml',
    line: 14
  },
  {
    rule: 'icsp-with-idms',
    severity: 'warning',
    message: 'ICSP next to IDMS',
    file: './clusters/prod/icsp.yaml',
    line: 3
  },
  { rule: 'icsp-with-idms', severity: 'notice', message: 'second', file: 'clusters/prod dir/x.yaml', line: 0 },
  {
    rule: 'insecure-registry',
    severity: 'warning',
    message: 'insecure',
    file: 'clusters/prod/image.yaml',
    line: 20,
    waived: { reason: 'lab', owner: 'team-a', expires: '2030-01-01' }
  }
];

describe('toSarif', () => {
  const log = toSarif(findings, { helpBaseUri: 'https://github.com/acme/registry-plan/', toolVersion: '0.1.0' });
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log with one run for registry-plan', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({
      name: 'registry-plan',
      version: '0.1.0',
      informationUri: 'https://github.com/acme/registry-plan'
    });
  });

  it('declares each rule once with a README anchor as helpUri', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'blocked-payload-registry',
      'icsp-with-idms',
      'insecure-registry'
    ]);
    expect(run.tool.driver.rules[0]!.helpUri).toBe(
      'https://github.com/acme/registry-plan#rule-blocked-payload-registry'
    );
    expect(run.tool.driver.rules[1]!.defaultConfiguration.level).toBe('warning');
    expect(ruleAnchor('Weird_Rule.ID')).toBe('rule-weird-rule-id');
  });

  it('maps severities, locations and rule indexes', () => {
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'warning']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'clusters/prod/image.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 14 }
    });
    expect(run.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('clusters/prod/icsp.yaml');
    expect(run.results[2]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'clusters/prod%20dir/x.yaml', uriBaseId: '%SRCROOT%' }
    });
  });

  it('keeps waived findings as suppressed results', () => {
    expect(run.results[3]!.suppressions).toEqual([
      { kind: 'external', justification: 'lab (owner team-a, expires 2030-01-01)' }
    ]);
    expect(run.results[0]!.suppressions).toBeUndefined();
  });

  it('fingerprints are stable when lines move and distinct per finding', () => {
    const moved = toSarif([{ ...findings[0]!, line: 99 }], { helpBaseUri: 'https://x/y', toolVersion: '1' });
    expect(moved.runs[0]!.results[0]!.partialFingerprints).toEqual(run.results[0]!.partialFingerprints);
    const prints = new Set(run.results.map((r) => JSON.stringify(r.partialFingerprints)));
    expect(prints.size).toBe(run.results.length);
  });
});
