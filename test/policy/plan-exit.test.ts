import { afterAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/index.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';
import { icsp } from './support.js';
import { expectPlanContract } from '../support/plan-contract.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

const LEGACY = icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]);
const waiver = (expires: string): string =>
  [
    'waivers:',
    '- rule: icsp-deprecated',
    '  object: ImageContentSourcePolicy/legacy',
    '  reason: vendor',
    '  owner: "@platform"',
    `  expires: "${expires}"`
  ].join('\n');

/** `registry-plan plan` over a two-commit repository whose head adds an ICSP (a warning). */
type Report = { verdict: string; findings: Array<{ rule: string; waived?: unknown; file: string; line: number }> };

async function plan(config: string): Promise<{ code: number; json: Report; stderr: string }> {
  const files = { '.github/registry-plan.yaml': config };
  const { dir, commits } = gitRepo([files, { ...files, 'clusters/prod/icsp.yaml': LEGACY }]);
  dirs.push(dir);
  let out = '';
  let err = '';
  const code = await main(['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', 'json'], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t)
  });
  const json = out ? JSON.parse(out) : undefined;
  if (json !== undefined) expectPlanContract(json);
  return { code, json: json as Report, stderr: err };
}

describe('plan exit status follows the policy', () => {
  it('exits 0 when no finding reaches failOn', async () => {
    const r = await plan('failOn: error\n');
    expect(r.code).toBe(0);
    expect(r.json.verdict).toBe('pass');
    expect(r.json.findings.find((f) => f.rule === 'icsp-deprecated')).toMatchObject({
      file: 'clusters/prod/icsp.yaml',
      line: 1
    });
  });

  it('exits 4 when an unwaived finding reaches failOn', async () => {
    const r = await plan('failOn: warning\n');
    expect(r.code).toBe(4);
    expect(r.json.verdict).toBe('fail');
  });

  it('exits 0 when the finding is waived, and still shows it, marked', async () => {
    const r = await plan(`failOn: warning\n${waiver('2999-12-31')}\n`);
    expect(r.code).toBe(0);
    expect(r.json.findings.find((f) => f.rule === 'icsp-deprecated')?.waived).toEqual({
      reason: 'vendor',
      owner: '@platform',
      expires: '2999-12-31'
    });
  });

  it('exits 4 when the waiver has expired', async () => {
    const r = await plan(`failOn: warning\n${waiver('2001-01-01')}\n`);
    expect(r.code).toBe(4);
    expect(r.json.findings.find((f) => f.rule === 'waiver-expired')).toMatchObject({
      file: '.github/registry-plan.yaml',
      line: 3
    });
  });

  it('exits 2 on a policy file with an unknown rule id', async () => {
    const r = await plan('policy:\n  severities:\n    no-such-rule: error\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.github\/registry-plan\.yaml:3: policy\.severities: unknown rule id "no-such-rule"/);
  });
});
