import { afterAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';
import { cli, VALID } from './manifests.js';
import { expectPlanContract, expectReportContract } from '../support/plan-contract.js';

/**
 * A base side that never parsed (the broken file is what the PR fixes) must not hide what the head
 * side does: the head's findings are reported, the base's problem is shown as the base's.
 */
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));

const image = (blocked: string[]): string =>
  stringify({ ...VALID['image'], spec: { registrySources: { blockedRegistries: blocked } } });

describe('a corrupt base side', () => {
  const { dir, commits } = gitRepo([
    {
      'clusters/image.yaml': image(['untrusted.example.com']),
      'clusters/idms.yaml':
        'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata: {name: apps}\nspec: [\n'
    },
    { 'clusters/image.yaml': image(['quay.io']), 'clusters/idms.yaml': stringify(VALID['idms']) }
  ]);
  cleanup.push(dir);

  it("does not hide the head side's findings", () => {
    const report = planRange(
      resolveSettings({ repo: dir }, () => undefined),
      { base: commits[0]!, head: commits[1]! },
      '2026-01-01'
    );
    expectReportContract(report);
    const c = report.clusters[0]!;
    expect(c.base.errors).toEqual([
      expect.objectContaining({
        component: 'input',
        file: 'clusters/idms.yaml',
        message: expect.stringMatching(/YAML error/)
      })
    ]);
    expect(c.head.errors).toEqual([]);
    expect(c.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'blocked-required-registry', severity: 'error', file: 'clusters/image.yaml' })
      ])
    );
    expect(c.findings.filter((f) => f.rule === 'bad-input')).toEqual([]);
    expect(report.verdict).toBe('fail');
  });

  it('the command line reports the head verdict (exit 4), not "cannot evaluate"', async () => {
    const run = await cli(['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', 'json']);
    expect(run.status).toBe(4);
    const json = JSON.parse(run.stdout) as { base: { errors: unknown[] }; findings: Array<{ rule: string }> };
    expectPlanContract(json);
    expect(json.base.errors).toHaveLength(1);
    expect(json.findings.map((f) => f.rule)).toContain('blocked-required-registry');
  });

  it('a corrupt head side is "cannot evaluate" (exit 2) and still shows the other findings', async () => {
    const r = gitRepo([
      { 'clusters/image.yaml': image([]) },
      {
        'clusters/image.yaml': image(['quay.io']),
        'clusters/broken.yaml': 'kind: ImageTagMirrorSet\napiVersion: config.openshift.io/v1\nspec: {\n'
      }
    ]);
    cleanup.push(r.dir);
    const run = await cli([
      'plan',
      '--repo',
      r.dir,
      '--base',
      r.commits[0]!,
      '--head',
      r.commits[1]!,
      '--format',
      'json'
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^clusters\/broken\.yaml:\d+: /m);
    const json = JSON.parse(run.stdout) as { verdict: string; findings: Array<{ rule: string }> };
    expectPlanContract(json);
    expect(json.verdict).toBe('cannot-evaluate');
    expect(json.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['bad-input', 'blocked-required-registry'])
    );
  });
});
