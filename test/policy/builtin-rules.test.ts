import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { RULE_CATALOG } from '../../src/model/rule-catalog.js';
import { icsp, idms, image, itms, ofRule, REQUIRED_ALLOWED, run, type Tree } from './support.js';

const deployment = (name: string, img: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    '  namespace: apps',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: main',
    `        image: ${img}`
  ].join('\n') + '\n';

const pem = (name: string): string => readFileSync(new URL(`../data/trust/${name}`, import.meta.url), 'utf8');
const imageWithCa = (name: string): string =>
  `apiVersion: config.openshift.io/v1\nkind: Image\nmetadata:\n  name: cluster\nspec:\n  additionalTrustedCA:\n    name: ${name}\n`;
const caConfigMap = (name: string, data: Record<string, string>): string =>
  [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${name}`,
    '  namespace: openshift-config',
    'data:',
    ...Object.entries(data).flatMap(([k, v]) => [
      `  ${k}: |`,
      ...v
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
    ])
  ].join('\n') + '\n';

const IMG = 'cluster/image.yaml';
const MS = 'cluster/mirrors.yaml';
const NEVER = 'NeverContactSource';

interface Case {
  rule: string;
  trigger: Tree;
  triggerBase?: Tree;
  clean: Tree;
  cleanBase?: Tree;
  /** file:line the finding must point at. */
  at?: string;
  severity?: string;
}

const CASES: Case[] = [
  {
    rule: 'allowed-and-blocked',
    trigger: { [IMG]: image({ allowedRegistries: REQUIRED_ALLOWED, blockedRegistries: ['bad.example.com'] }) },
    clean: { [IMG]: image({ blockedRegistries: ['bad.example.com'] }) },
    at: `${IMG}:11`
  },
  {
    rule: 'allowed-registries-missing-required',
    trigger: { [IMG]: image({ allowedRegistries: ['quay.io', 'registry.example.com'] }) },
    clean: {
      [IMG]: image({
        allowedRegistries: [
          '*.redhat.io',
          'quay.io/openshift-release-dev',
          'image-registry.openshift-image-registry.svc:5000'
        ]
      })
    },
    at: `${IMG}:7`
  },
  {
    rule: 'allowed-registries-missing-mirrors',
    trigger: {
      [IMG]: image({ allowedRegistries: REQUIRED_ALLOWED }),
      [MS]: idms('disconnected', [
        { source: 'docker.io/library', mirrors: ['m1.example.com/lib', 'm2.example.com/lib'], policy: NEVER }
      ])
    },
    clean: {
      [IMG]: image({ allowedRegistries: [...REQUIRED_ALLOWED, 'm1.example.com', 'm2.example.com/lib'] }),
      [MS]: idms('disconnected', [
        { source: 'docker.io/library', mirrors: ['m1.example.com/lib', 'm2.example.com/lib'], policy: NEVER }
      ])
    },
    at: `${IMG}:7`
  },
  {
    rule: 'blocked-required-registry',
    trigger: { [IMG]: image({ blockedRegistries: ['docker.io', '*.redhat.io'] }) },
    clean: { [IMG]: image({ blockedRegistries: ['docker.io', 'quay.io/untrusted'] }) },
    at: `${IMG}:9`
  },
  {
    rule: 'blocked-payload-registry',
    trigger: { [IMG]: image({ blockedRegistries: ['quay.io/openshift-release-dev'] }) },
    clean: { [IMG]: image({ blockedRegistries: ['quay.io/untrusted'] }) },
    at: `${IMG}:8`,
    severity: 'error'
  },
  {
    rule: 'insecure-not-allowed',
    trigger: { [IMG]: image({ allowedRegistries: REQUIRED_ALLOWED, insecureRegistries: ['lab.example.com:5000'] }) },
    clean: {
      [IMG]: image({
        allowedRegistries: [...REQUIRED_ALLOWED, 'lab.example.com:5000'],
        insecureRegistries: ['lab.example.com:5000']
      })
    },
    at: `${IMG}:12`
  },
  {
    rule: 'search-registries-public',
    trigger: { [IMG]: image({ containerRuntimeSearchRegistries: ['registry.example.com', 'docker.io'] }) },
    clean: { [IMG]: image({ containerRuntimeSearchRegistries: ['registry.example.com'] }) },
    at: `${IMG}:9`
  },
  {
    rule: 'search-registries-mixed-credentials',
    trigger: { [IMG]: image({ containerRuntimeSearchRegistries: ['registry.redhat.io', 'docker.io'] }) },
    clean: {
      [IMG]: image({ containerRuntimeSearchRegistries: ['registry.redhat.io', 'registry.connect.redhat.com'] })
    },
    at: `${IMG}:7`
  },
  {
    rule: 'search-registries-reboot',
    triggerBase: { [IMG]: image({ insecureRegistries: ['lab.example.com'] }) },
    trigger: {
      [IMG]: image({
        insecureRegistries: ['lab.example.com'],
        containerRuntimeSearchRegistries: ['registry.example.com']
      })
    },
    cleanBase: { [IMG]: image({ containerRuntimeSearchRegistries: ['registry.example.com'] }) },
    clean: { [IMG]: image({ containerRuntimeSearchRegistries: ['registry.example.com'] }) },
    at: `${IMG}:9`
  },
  {
    rule: 'icsp-deprecated',
    trigger: { [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    clean: { [MS]: idms('current', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    at: `${MS}:1`
  },
  {
    rule: 'icsp-idms-conflict',
    trigger: {
      [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m2.example.com/app'] }]),
      'cluster/idms.yaml': idms('current', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }])
    },
    clean: {
      [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]),
      'cluster/idms.yaml': idms('current', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }])
    },
    at: `${MS}:7`,
    severity: 'warning'
  },
  {
    rule: 'never-contact-single-mirror',
    trigger: { [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'], policy: NEVER }]) },
    clean: {
      [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'], policy: NEVER }]),
      'cluster/b.yaml': idms('b', [{ source: 'quay.io/app', mirrors: ['m2.example.com/app'] }])
    },
    at: `${MS}:10`
  },
  {
    rule: 'mirror-equals-source',
    trigger: { [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['quay.io/app', 'm1.example.com/app'] }]) },
    clean: { [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) },
    at: `${MS}:9`
  },
  {
    rule: 'duplicate-mirror',
    trigger: {
      [MS]: idms('a', [
        { source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm2.example.com/app', 'm1.example.com/app'] }
      ])
    },
    clean: { [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm2.example.com/app'] }]) },
    at: `${MS}:11`
  },
  {
    rule: 'mirror-order-surprising',
    trigger: {
      [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['mb.example.com/app', 'ma.example.com/app'] }]),
      'cluster/b.yaml': idms('b', [{ source: 'quay.io/app', mirrors: ['ma.example.com/app', 'mb.example.com/app'] }])
    },
    // R04: [m2,m3] + [m1,m2] merge to m1,m2,m3, which keeps both lists' order and the order the files read.
    clean: {
      [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm2.example.com/app'] }]),
      'cluster/b.yaml': idms('b', [{ source: 'quay.io/app', mirrors: ['m2.example.com/app', 'm3.example.com/app'] }])
    },
    at: `${MS}:7`,
    severity: 'warning'
  },
  {
    rule: 'itms-where-idms-would-do',
    trigger: {
      [MS]: itms('apps', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]),
      'apps/deploy.yaml': deployment('web', `quay.io/app/web@sha256:${'a'.repeat(64)}`)
    },
    clean: {
      [MS]: idms('apps', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]),
      'apps/deploy.yaml': deployment('web', `quay.io/app/web@sha256:${'a'.repeat(64)}`)
    },
    at: `${MS}:7`,
    severity: 'warning'
  },
  {
    rule: 'icsp-digest-source',
    trigger: {
      [MS]: icsp('index', [
        {
          source: `registry.redhat.io/redhat/redhat-operator-index@sha256:${'c'.repeat(64)}`,
          mirrors: ['mirror.example.com:5000/redhat/redhat-operator-index']
        }
      ])
    },
    clean: {
      [MS]: icsp('index', [
        {
          source: 'registry.redhat.io/redhat/redhat-operator-index',
          mirrors: ['mirror.example.com:5000/redhat/redhat-operator-index']
        }
      ])
    },
    at: `${MS}:7`,
    severity: 'error'
  },
  {
    rule: 'trusted-ca-invalid',
    trigger: {
      [IMG]: imageWithCa('registry-cas'),
      'cluster/cas.yaml': caConfigMap('registry-cas', { 'mirror.example.com..5000': pem('expired.pem') })
    },
    clean: {
      [IMG]: imageWithCa('registry-cas'),
      'cluster/cas.yaml': caConfigMap('registry-cas', { 'mirror.example.com..5000': pem('ca.pem') })
    },
    at: 'cluster/cas.yaml:7',
    severity: 'error'
  },
  {
    rule: 'operator-rejects',
    trigger: {
      [MS]:
        idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'], policy: NEVER }]) +
        '---\n' +
        itms('b', [{ source: 'quay.io/app', mirrors: ['m2.example.com/app'] }])
    },
    clean: {
      [MS]:
        idms('a', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'], policy: NEVER }]) +
        '---\n' +
        itms('b', [{ source: 'quay.io/app', mirrors: ['m2.example.com/app'], policy: NEVER }])
    }
  }
];

describe('built-in rules', () => {
  it('every built-in rule of the catalog has a case here', () => {
    const builtIn = RULE_CATALOG.filter((r) =>
      ['registry-sources', 'search-registries', 'mirror-sets', 'operator'].includes(r.family)
    ).map((r) => r.id);
    expect(CASES.map((c) => c.rule).sort()).toEqual(builtIn.sort());
  });

  describe.each(CASES)('$rule', (c) => {
    it('fires on the triggering manifests, at the right file and line', () => {
      const { findings } = run(c.trigger, c.triggerBase ? { base: c.triggerBase } : {});
      const hits = ofRule(findings, c.rule);
      expect(hits.length).toBeGreaterThan(0);
      if (c.at) expect(hits.map((f) => `${f.file}:${f.line}`)).toContain(c.at);
      if (c.severity) expect(hits[0]!.severity).toBe(c.severity);
      for (const f of hits) expect(f.message.length).toBeGreaterThan(80);
    });
    it('stays quiet on the clean manifests', () => {
      const { findings } = run(c.clean, c.cleanBase ? { base: c.cleanBase } : {});
      expect(ofRule(findings, c.rule)).toEqual([]);
    });
  });
});

describe('graded built-in findings', () => {
  it('blocked-payload-registry is a warning when a mirror of the payload keeps it reachable', () => {
    const { findings } = run(
      {
        [IMG]: image({ blockedRegistries: ['quay.io/openshift-release-dev'] }),
        [MS]: idms('payload', [{ source: 'quay.io/openshift-release-dev', mirrors: ['mirror.example.com/ocp'] }])
      },
      { config: `releaseImage: quay.io/openshift-release-dev/ocp-release@sha256:${'b'.repeat(64)}\n` }
    );
    const [f] = ofRule(findings, 'blocked-payload-registry');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/depend on that mirror/);
  });

  it('icsp-idms-conflict is an error when the IDMS side is NeverContactSource (MCO rejects it)', () => {
    const { findings } = run({
      [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]),
      'cluster/idms.yaml': idms('current', [
        { source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm2.example.com/app'], policy: NEVER }
      ])
    });
    expect(ofRule(findings, 'icsp-idms-conflict')[0]?.severity).toBe('error');
    expect(ofRule(findings, 'operator-rejects')).toHaveLength(1);
  });

  it('mirror-order-surprising is a notice when unrelated lists merge alphabetically (R05)', () => {
    const { findings } = run({
      [MS]: idms('z', [{ source: 'quay.io/app', mirrors: ['zeta.example.com/app'] }]),
      'cluster/b.yaml': idms('a', [{ source: 'quay.io/app', mirrors: ['alpha.example.com/app'] }])
    });
    const hits = ofRule(findings, 'mirror-order-surprising');
    expect(hits.map((f) => f.severity)).toEqual(['notice']);
    expect(hits[0]!.message).toContain('alpha.example.com/app, zeta.example.com/app');
  });

  it('a source listed before other mirrors is reported with what nodes do (R12)', () => {
    const { findings } = run({
      [MS]: idms('a', [{ source: 'quay.io/app', mirrors: ['quay.io/app', 'm1.example.com/app'] }])
    });
    expect(ofRule(findings, 'mirror-equals-source')[0]!.message).toMatch(
      /contact the source before m1.example.com\/app/
    );
  });

  it('itms-where-idms-would-do is a notice when workloads pull by tag', () => {
    const { findings } = run({
      [MS]: itms('apps', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]),
      'apps/deploy.yaml': deployment('web', 'quay.io/app/web:1.0')
    });
    expect(ofRule(findings, 'itms-where-idms-would-do').map((f) => f.severity)).toEqual(['notice']);
  });

  it('search-registries-reboot counts the rebooting nodes from the plan', () => {
    const { findings } = run({ [IMG]: image({ containerRuntimeSearchRegistries: ['registry.example.com'] }) });
    expect(ofRule(findings, 'search-registries-reboot')[0]!.message).toMatch(
      /reboots every node \(6 nodes in master, worker\)/
    );
  });
});

describe('the final list', () => {
  it('is sorted by severity, file, line and rule, and every finding has a file and line', () => {
    const { findings } = run({
      [IMG]: image({
        allowedRegistries: ['quay.io'],
        insecureRegistries: ['lab.example.com'],
        containerRuntimeSearchRegistries: ['docker.io']
      }),
      [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm1.example.com/app'] }])
    });
    expect(findings.length).toBeGreaterThan(4);
    const rank = { error: 0, warning: 1, notice: 2 } as const;
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      const order =
        rank[a.severity] - rank[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.rule.localeCompare(b.rule);
      expect(order).toBeLessThanOrEqual(0);
    }
    for (const f of findings) {
      expect(f.file).not.toBe('');
      expect(f.line).toBeGreaterThan(0);
    }
  });

  it('names the object of operator rejections so they can be waived by object', () => {
    const { findings } = run({
      [IMG]: image({ allowedRegistries: REQUIRED_ALLOWED, blockedRegistries: ['bad.example.com'] })
    });
    expect(ofRule(findings, 'operator-rejects')[0]?.object).toBe('Image/cluster');
  });
});
