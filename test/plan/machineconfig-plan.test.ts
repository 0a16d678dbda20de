// One `plan` per case of test/data/cases/machineconfig.yaml, in a Git repository whose two commits hold
// the case's base and head manifests (rebuilt from public manifests; provenance beside each case): the
// plan must reach the case's impact per pool and a verdict that follows its findings.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import { RULE_CATALOG, type RuleId } from '../../src/model/rule-catalog.js';
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
    const rules = new Set<string>(plan.findings.filter((f) => !f.waived).map((f) => f.rule));
    for (const r of c.expect.findings) expect(rules).toContain(r);
    const errors = c.expect.findings.some((r) => severity.get(r as RuleId) === 'error');
    const unknown = c.expect.findings.some((r) => CANNOT_EVALUATE_RULES.has(r as RuleId));
    expect(plan.verdict).toBe(unknown ? 'cannot-evaluate' : errors ? 'fail' : 'pass');
  });
});

describe('plan: a pull-through-cache drop-in reaches the workload simulation and the report', () => {
  const c = corpus.cases.find((x) => x.name === 'MC01-pull-through-dropin-ndp')!;
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: pause, namespace: app}
spec:
  template:
    spec:
      containers:
      - name: pause
        image: registry.k8s.io/pause:3.9
`;

  it('routes the workload through the cache on the pool that has the drop-in, and names the pool', () => {
    const { dir, commits } = gitRepo([
      { 'apps/pause.yaml': deployment },
      { 'apps/pause.yaml': deployment, 'cluster/manifests.yaml': c.head }
    ]);
    dirs.push(dir);
    const settings = resolveSettings({ repo: dir, openshiftVersion: c.version }, () => undefined);
    const plan = planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-12-03').clusters[0]!;
    expect(plan.workloads).toEqual([
      expect.objectContaining({
        image: 'registry.k8s.io/pause:3.9',
        pools: ['worker'],
        before: ['registry.k8s.io/pause'],
        after: ['quay.ocp.example.com/registry.k8s.io/pause', 'registry.k8s.io/pause'],
        pullable: true
      })
    ]);
    const file = plan.files.find((f) => f.path.endsWith('099-mirror-registries.conf'))!;
    expect(file).toMatchObject({
      change: 'added',
      pools: ['worker'],
      writer: { after: '099-worker-mirror-registries' },
      origin: { before: 'absent', after: 'machineconfig' }
    });
    expect(file.diff).toContain('+    location = "quay.ocp.example.com/registry.k8s.io"');
    const worker = plan.pools.find((p) => p.name === 'worker')!;
    expect(worker.reasons.join('\n')).toMatch(
      /099-mirror-registries\.conf: written by MachineConfig 099-worker-mirror-registries/
    );
    expect(worker.reasons.join('\n')).toMatch(/no node-disruption policy covers this path, so the node reboots/);
    expect(plan.changed).toBe(true);
  });
});
