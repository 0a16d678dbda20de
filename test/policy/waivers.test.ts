import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/types.js';
import { verdictOf } from '../../src/policy/verdict.js';
import { parseWaiveAnnotation } from '../../src/policy/waivers.js';
import { icsp, idms, image, ofRule, run, type Tree } from './support.js';

const CFG = '.github/registry-plan.yaml';
const MS = 'clusters/prod/mirrors.yaml';
const TODAY = '2025-06-01';
const LEGACY: Tree = { [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) };
/** icsp-deprecated is a warning; failOn warning makes it decide the verdict. */
const config = (...waiver: string[]): string => ['failOn: warning', 'waivers:', ...waiver].join('\n') + '\n';
const waiver = (target: string, expires = '2025-12-31'): string[] => [
  '- rule: icsp-deprecated',
  `  ${target}`,
  '  reason: the vendor operator still ships an ICSP',
  '  owner: "@platform-team"',
  `  expires: "${expires}"`
];

function outcome(tree: Tree, cfg: string, today = TODAY): { findings: Finding[]; verdict: string } {
  const r = run(tree, { config: cfg, today });
  return { findings: r.findings, verdict: verdictOf(r.findings, r.settings.failOn) };
}

describe('configuration waivers', () => {
  it('without a waiver the warning fails the verdict at failOn: warning', () => {
    expect(outcome(LEGACY, 'failOn: warning\n').verdict).toBe('fail');
    expect(outcome(LEGACY, 'failOn: error\n').verdict).toBe('pass');
  });

  it.each([
    ['an object', 'object: ImageContentSourcePolicy/legacy'],
    ['an object glob', 'object: ImageContentSourcePolicy/leg*'],
    ['a path glob', 'path: clusters/prod/**']
  ])('match by %s: the finding stays, marked waived, and the verdict passes', (_, target) => {
    const { findings, verdict } = outcome(LEGACY, config(...waiver(target)));
    const [f] = ofRule(findings, 'icsp-deprecated');
    expect(f?.waived).toEqual({
      reason: 'the vendor operator still ships an ICSP',
      owner: '@platform-team',
      expires: '2025-12-31'
    });
    expect(verdict).toBe('pass');
  });

  it.each([
    ['another object', 'object: ImageContentSourcePolicy/other'],
    ['another path', 'path: clusters/dev/**']
  ])('do not match %s', (_, target) => {
    const { findings, verdict } = outcome(LEGACY, config(...waiver(target)));
    expect(ofRule(findings, 'icsp-deprecated')[0]?.waived).toBeUndefined();
    expect(verdict).toBe('fail');
  });

  it('only cover their own rule', () => {
    const tree = {
      [MS]: icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app', 'm1.example.com/app'] }])
    };
    const { findings } = outcome(tree, config(...waiver('object: ImageContentSourcePolicy/legacy')));
    expect(ofRule(findings, 'duplicate-mirror')[0]?.waived).toBeUndefined();
  });

  it('hold through their expiry day', () => {
    expect(outcome(LEGACY, config(...waiver('object: ImageContentSourcePolicy/legacy', TODAY))).verdict).toBe('pass');
  });

  it('once expired stop applying and fail as waiver-expired at their line', () => {
    const { findings, verdict } = outcome(
      LEGACY,
      config(...waiver('object: ImageContentSourcePolicy/legacy', '2025-05-31'))
    );
    expect(ofRule(findings, 'icsp-deprecated')[0]?.waived).toBeUndefined();
    const [expired] = ofRule(findings, 'waiver-expired');
    expect(expired).toMatchObject({ severity: 'error', file: CFG, line: 3 });
    expect(expired!.message).toMatch(/expired on 2025-05-31/);
    expect(verdict).toBe('fail');
    // Even with failOn: error, the expired waiver fails on its own.
    expect(verdictOf(findings, 'error')).toBe('fail');
  });

  it('with a cluster apply to that cluster only', () => {
    const cfg = [
      'failOn: warning',
      'clusters:',
      '- name: prod',
      '  paths: ["clusters/prod/**"]',
      '- name: dev',
      '  paths: ["clusters/dev/**"]',
      'waivers:',
      ...waiver('object: ImageContentSourcePolicy/legacy'),
      '  cluster: dev'
    ].join('\n');
    const tree = {
      ...LEGACY,
      'clusters/dev/mirrors.yaml': icsp('legacy', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }])
    };
    expect(ofRule(run(tree, { config: cfg, cluster: 0 }).findings, 'icsp-deprecated')[0]?.waived).toBeUndefined();
    expect(ofRule(run(tree, { config: cfg, cluster: 1 }).findings, 'icsp-deprecated')[0]?.waived).toBeDefined();
  });

  it('never cover unreadable input', () => {
    const { findings, verdict } = outcome(
      {
        ...LEGACY,
        'clusters/prod/broken.yaml': 'kind: ImageDigestMirrorSet\napiVersion: config.openshift.io/v1\nspec: [\n'
      },
      'failOn: error\n'
    );
    expect(ofRule(findings, 'bad-input').length).toBeGreaterThan(0);
    expect(verdict).toBe('cannot-evaluate');
  });
});

describe('annotation waivers', () => {
  const ANNOTATION = 'registry-plan.io/waive';
  const annotated = (value: string): Tree => ({
    [MS]: idms('vendor', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'], policy: 'NeverContactSource' }], {
      [ANNOTATION]: value
    })
  });
  const VALUE =
    'never-contact-single-mirror reason=vendor mirror is HA behind one name owner=@platform expires=2025-12-31';

  it('waive the rules they name on their object', () => {
    const { findings } = outcome(annotated(VALUE), 'failOn: warning\n');
    expect(ofRule(findings, 'never-contact-single-mirror')[0]?.waived).toEqual({
      reason: 'vendor mirror is HA behind one name',
      owner: '@platform',
      expires: '2025-12-31'
    });
  });

  it('are refused, and reported, when the policy forbids them', () => {
    const { findings, verdict } = outcome(
      annotated(VALUE),
      'failOn: warning\npolicy:\n  allowAnnotationWaivers: false\n'
    );
    expect(ofRule(findings, 'never-contact-single-mirror')[0]?.waived).toBeUndefined();
    expect(ofRule(findings, 'annotation-waiver-forbidden')).toMatchObject([
      { file: MS, line: 1, object: 'ImageDigestMirrorSet/vendor' }
    ]);
    expect(verdict).toBe('fail');
  });

  it('that cannot be read are reported and waive nothing', () => {
    const { findings } = outcome(
      annotated('never-contact-single-mirror reason=HA owner=@platform'),
      'failOn: warning\n'
    );
    expect(ofRule(findings, 'annotation-waiver-invalid')[0]?.message).toMatch(/expires=\.\.\. is required/);
    expect(ofRule(findings, 'never-contact-single-mirror')[0]?.waived).toBeUndefined();
  });

  it('expire like configuration waivers, reported at the object', () => {
    const { findings } = outcome(annotated(VALUE.replace('2025-12-31', '2025-01-31')), 'failOn: warning\n');
    expect(ofRule(findings, 'waiver-expired')).toMatchObject([{ file: MS, line: 1, severity: 'error' }]);
    expect(ofRule(findings, 'never-contact-single-mirror')[0]?.waived).toBeUndefined();
  });

  it('work on the cluster Image too', () => {
    const tree = {
      'clusters/prod/image.yaml': image(
        { containerRuntimeSearchRegistries: ['docker.io'] },
        {
          [ANNOTATION]:
            'search-registries-public,search-registries-reboot reason=legacy apps owner=@apps expires=2025-07-01'
        }
      )
    };
    const { findings } = outcome(tree, 'failOn: warning\n');
    expect(ofRule(findings, 'search-registries-public')[0]?.waived?.owner).toBe('@apps');
    expect(ofRule(findings, 'search-registries-reboot')[0]?.waived?.owner).toBe('@apps');
  });

  it.each([
    ['', /rule id/],
    ['reason=x owner=y expires=2025-01-01', /rule id/],
    ['no-such-rule reason=x owner=y expires=2025-01-01', /unknown rule id "no-such-rule"/],
    ['bad-input reason=x owner=y expires=2025-01-01', /cannot be waived/],
    ['duplicate-mirror because reason=x owner=y expires=2025-01-01', /unexpected text "because"/],
    ['duplicate-mirror reason=x owner=y expires=2025-02-30', /not a date/]
  ])('parse errors: %j', (value, problem) => {
    const r = parseWaiveAnnotation(value, 'ImageDigestMirrorSet/a', { file: MS, line: 1 });
    expect('problem' in r && r.problem).toMatch(problem);
  });

  it('parse several rules and values with spaces', () => {
    const r = parseWaiveAnnotation(
      ' a-rule,duplicate-mirror   owner=@team a  reason=why not  expires=2030-01-01 ',
      'X/y',
      { file: 'f', line: 2 }
    );
    expect('problem' in r ? r.problem : undefined).toMatch(/unknown rule id "a-rule"/);
    const ok = parseWaiveAnnotation(
      'duplicate-mirror,icsp-deprecated owner=@team a reason=why not expires=2030-01-01',
      'X/y',
      { file: 'f', line: 2 }
    );
    expect('waivers' in ok && ok.waivers.map((w) => [w.rule, w.owner, w.reason, w.expires])).toEqual([
      ['duplicate-mirror', '@team a', 'why not', '2030-01-01'],
      ['icsp-deprecated', '@team a', 'why not', '2030-01-01']
    ]);
  });
});

describe('verdict', () => {
  const f = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
    rule: 'icsp-deprecated',
    severity,
    message: 'm',
    file: 'f',
    line: 1,
    ...extra
  });
  const waived = { reason: 'r', owner: 'o', expires: '2030-01-01' };

  it.each([
    [[f('warning')], 'error', 'pass'],
    [[f('error')], 'error', 'fail'],
    [[f('error', { waived })], 'error', 'pass'],
    [[f('warning')], 'warning', 'fail'],
    [[f('notice')], 'warning', 'pass'],
    [[f('error')], 'never', 'pass'],
    [[f('error', { rule: 'bad-input' })], 'never', 'cannot-evaluate'],
    [[], 'warning', 'pass']
  ] as const)('%j at failOn %s is %s', (findings, failOn, verdict) => {
    expect(verdictOf([...findings], failOn)).toBe(verdict);
  });
});
