import { describe, expect, it } from '@jest/globals';
import { RULE_CATALOG } from '../../src/model/rule-catalog.js';
import { icsp, idms, image, itms, ofRule, run, type RunOptions, type Tree } from './support.js';

const CFG = '.github/registry-plan.yaml';
const IMG = 'clusters/prod/image.yaml';
const MS = 'clusters/prod/mirrors.yaml';
const NEVER = 'NeverContactSource';
const policy = (...lines: string[]): string => `policy:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/** A change that drains and reboots every node: search registries set for the first time. */
const REBOOT: Tree = { [IMG]: image({ containerRuntimeSearchRegistries: ['registry.example.com'] }) };
/** A change that drains without rebooting: an ITMS created. */
const DRAIN: Tree = { [MS]: itms('tags', [{ source: 'quay.io/app', mirrors: ['m1.corp.example.com/app'] }]) };

interface Case {
  rule: string;
  config: string;
  trigger: Tree;
  clean: Tree;
  triggerOpts?: RunOptions;
  cleanOpts?: RunOptions;
  at?: string;
}

const CASES: Case[] = [
  {
    rule: 'mirror-host-not-allowed',
    config: policy('allowedMirrorHosts: ["*.corp.example.com"]'),
    trigger: {
      [MS]: idms('a', [
        { source: 'quay.io/app', mirrors: ['registry.corp.example.com:5000/app', 'cache.example.net/app'] }
      ])
    },
    clean: { [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['registry.corp.example.com:5000/app'] }]) },
    at: `${MS}:10`
  },
  {
    rule: 'forbidden-host',
    config: policy('forbiddenHosts: ["*.evil.example", "docker.io"]'),
    trigger: { [IMG]: image({ insecureRegistries: ['lab.evil.example'] }) },
    clean: { [IMG]: image({ insecureRegistries: ['lab.example.com'] }) },
    at: `${IMG}:8`
  },
  {
    rule: 'never-contact-source-required',
    config: policy('requireNeverContactSource: ["registry.redhat.io"]'),
    trigger: {
      [MS]: idms('rh', [{ source: 'registry.redhat.io', mirrors: ['m1.example.com/rh', 'm2.example.com/rh'] }])
    },
    clean: {
      [MS]: idms('rh', [
        { source: 'registry.redhat.io', mirrors: ['m1.example.com/rh', 'm2.example.com/rh'], policy: NEVER }
      ])
    },
    at: `${MS}:7`
  },
  {
    rule: 'insecure-registry-forbidden',
    config: policy('noInsecureRegistries: true'),
    trigger: { [IMG]: image({ insecureRegistries: ['lab.example.com'] }) },
    clean: { [IMG]: image({ blockedRegistries: ['lab.example.com'] }) },
    at: `${IMG}:8`
  },
  {
    rule: 'itms-forbidden',
    config: policy('noITMS: true'),
    trigger: { [MS]: itms('tags', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    clean: { [MS]: idms('digests', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    at: `${MS}:1`
  },
  {
    rule: 'icsp-forbidden',
    config: policy('noICSP: true'),
    trigger: { [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    clean: { [MS]: idms('digests', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    at: `${MS}:1`
  },
  {
    rule: 'disruption-reboot',
    config: policy('disruption:', '  noReboot: {paths: ["clusters/prod/**"]}'),
    trigger: REBOOT,
    triggerOpts: { changedPaths: [IMG] },
    clean: REBOOT,
    cleanOpts: { changedPaths: ['clusters/dev/image.yaml'] },
    at: `${IMG}:7`
  },
  {
    rule: 'disruption-drain',
    config: policy('disruption:', '  noDrain: true'),
    trigger: DRAIN,
    clean: { [MS]: idms('digests', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    at: `${MS}:1`
  },
  {
    rule: 'rollout-too-long',
    config: policy('disruption:', '  maxRolloutMinutes: 30'),
    trigger: REBOOT,
    clean: DRAIN,
    at: `${IMG}:7`
  },
  {
    rule: 'too-many-reboots',
    config: policy('disruption:', '  maxRebootedNodes: {value: 5, paths: ["clusters/**"]}'),
    trigger: REBOOT,
    clean: {
      ...REBOOT,
      'clusters/prod/pools.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: y}\n'
    },
    cleanOpts: { changedPaths: ['README.md'] },
    at: `${IMG}:7`
  }
];

describe('team rules from the policy file', () => {
  it('every team rule of the catalog has a case here', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(
      RULE_CATALOG.filter((r) => r.family === 'team')
        .map((r) => r.id)
        .sort()
    );
  });

  describe.each(CASES)('$rule', (c) => {
    it('fires when the policy says so, at the right file and line', () => {
      const hits = ofRule(run(c.trigger, { config: c.config, ...c.triggerOpts }).findings, c.rule);
      expect(hits.length).toBeGreaterThan(0);
      if (c.at) expect(hits.map((f) => `${f.file}:${f.line}`)).toContain(c.at);
      expect(hits.every((f) => f.severity === 'error')).toBe(true);
    });
    it('stays quiet on the compliant change', () => {
      expect(ofRule(run(c.clean, { config: c.config, ...c.cleanOpts }).findings, c.rule)).toEqual([]);
    });
    it('stays quiet without the policy key', () => {
      expect(ofRule(run(c.trigger, c.triggerOpts).findings, c.rule)).toEqual([]);
    });
  });

  it('reports a required NeverContactSource that no entry provides at its line in the configuration file', () => {
    const { findings } = run(
      {},
      { config: policy('requireNeverContactSource:', '- quay.io/app', '- registry.redhat.io') }
    );
    expect(ofRule(findings, 'never-contact-source-required').map((f) => `${f.file}:${f.line}`)).toEqual([
      `${CFG}:3`,
      `${CFG}:4`
    ]);
  });

  it('reports the pools that reboot, one finding per pool, and where a manifest declares the pool, there', () => {
    const pool =
      'apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfigPool\nmetadata:\n  name: worker\nspec:\n  maxUnavailable: 2\n';
    const { findings } = run(
      { ...REBOOT, 'clusters/prod/worker.yaml': pool },
      { config: policy('disruption:', '  noReboot: true') }
    );
    expect(ofRule(findings, 'disruption-reboot').map((f) => `${f.object} ${f.file}:${f.line}`)).toEqual([
      `MachineConfigPool/master ${IMG}:7`,
      'MachineConfigPool/worker clusters/prod/worker.yaml:1'
    ]);
  });

  it('a cluster policy overrides the file policy for that cluster only', () => {
    const config = [
      'policy:',
      '  noITMS: true',
      'clusters:',
      '- name: prod',
      '  paths: ["clusters/prod/**"]',
      '- name: dev',
      '  paths: ["clusters/dev/**"]',
      '  policy:',
      '    noITMS: false'
    ].join('\n');
    const tree = {
      'clusters/prod/itms.yaml': itms('tags', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]),
      'clusters/dev/itms.yaml': itms('tags', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }])
    };
    expect(ofRule(run(tree, { config, cluster: 0 }).findings, 'itms-forbidden')).toHaveLength(1);
    expect(ofRule(run(tree, { config, cluster: 1 }).findings, 'itms-forbidden')).toHaveLength(0);
  });
});

describe('severity overrides', () => {
  const tree: Tree = {
    [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm1.example.com/app'] }])
  };

  it('raise, lower and switch off rules, built-in or not', () => {
    const plain = run(tree).findings;
    expect(ofRule(plain, 'icsp-deprecated')[0]!.severity).toBe('warning');
    expect(ofRule(plain, 'duplicate-mirror')).toHaveLength(1);
    const { findings } = run(tree, {
      config: policy('severities:', '  icsp-deprecated: error', '  duplicate-mirror: "off"')
    });
    expect(ofRule(findings, 'icsp-deprecated')[0]!.severity).toBe('error');
    expect(ofRule(findings, 'duplicate-mirror')).toEqual([]);
  });

  it('apply to findings of earlier stages too (operator-rejects)', () => {
    const reject = { [IMG]: image({ allowedRegistries: ['quay.io'], blockedRegistries: ['docker.io'] }) };
    expect(ofRule(run(reject).findings, 'operator-rejects')[0]!.severity).toBe('error');
    const { findings } = run(reject, { config: policy('severities:', '  operator-rejects: warning') });
    expect(ofRule(findings, 'operator-rejects')[0]!.severity).toBe('warning');
  });
});

describe('workloadsMustStayPullable', () => {
  const deploy =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: docker.io/library/nginx:1.27\n';
  // Blocked before and after; the route still changes (the registry also becomes insecure).
  const base: Tree = { 'apps/web.yaml': deploy, [IMG]: image({ blockedRegistries: ['docker.io'] }) };
  const head: Tree = {
    'apps/web.yaml': deploy,
    [IMG]: image({ blockedRegistries: ['docker.io'], insecureRegistries: ['docker.io'] })
  };

  it('also fails workloads that were already unpullable when their route changes', () => {
    expect(ofRule(run(head, { base }).findings, 'workload-unpullable')).toEqual([]);
    const hits = ofRule(
      run(head, { base, config: policy('workloadsMustStayPullable: true') }).findings,
      'workload-unpullable'
    );
    expect(hits.map((f) => `${f.severity} ${f.file}:${f.line} ${f.object}`)).toEqual([
      'error apps/web.yaml:11 Deployment/web'
    ]);
    expect(hits[0]!.message).toMatch(/could not pull before this change and still cannot/);
  });
});
