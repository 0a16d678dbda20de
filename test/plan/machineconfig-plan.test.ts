// One `plan` per case of test/data/cases/machineconfig.yaml, in a Git repository whose two commits hold
// the case's base and head manifests (rebuilt from public manifests; provenance beside each case): the
// plan must reach the case's impact per pool and a verdict that follows its findings.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import { RULE_CATALOG } from '../../src/model/rule-catalog.js';
import { CANNOT_EVALUATE_RULES } from '../../src/policy/verdict.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';

interface Case {
  name: string;
  version: string;
  base: string;
  head: string;
  expect: {
    findings: string[];
    pools: Record<string, { actions: string[]; drain: boolean; reboot: boolean }>;
  };
}

const corpus = parse(readFileSync(join(import.meta.dirname, '..', 'data', 'cases', 'machineconfig.yaml'), 'utf8')) as {
  cases: Case[];
};
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));
const severity = new Map<string, string>(RULE_CATALOG.map((r) => [r.id, r.severity]));

describe('plan over repositories built from the machineconfig cases', () => {
  it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const files = (text: string): Record<string, string> => (text.trim() ? { 'cluster/manifests.yaml': text } : {});
    const { dir, commits } = gitRepo([files(c.base), files(c.head)]);
    dirs.push(dir);
    const settings = resolveSettings({ repo: dir, openshiftVersion: c.version }, () => undefined);
    const plan = planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-12-03').clusters[0]!;
    for (const [pool, want] of Object.entries(c.expect.pools)) {
      const got = plan.pools.find((p) => p.name === pool)!;
      expect({ pool, actions: got.actions, drain: got.drain, reboot: got.reboot }).toEqual({
        pool,
        actions: want.actions,
        drain: want.drain,
        reboot: want.reboot
      });
    }
    const rules = new Set(plan.findings.filter((f) => !f.waived).map((f) => f.rule));
    for (const r of c.expect.findings) expect(rules).toContain(r);
    const errors = c.expect.findings.some((r) => severity.get(r) === 'error');
    const unknown = c.expect.findings.some((r) => CANNOT_EVALUATE_RULES.has(r));
    expect(plan.verdict).toBe(unknown ? 'cannot-evaluate' : errors ? 'fail' : 'pass');
  });
});
