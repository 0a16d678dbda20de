import { afterAll, describe, expect, it } from '@jest/globals';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import type { ClusterPlan } from '../../src/plan/types.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';
import { expectReportContract } from '../support/plan-contract.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

function plan(
  base: Record<string, string>,
  head: Record<string, string>,
  overrides: { openshiftVersion?: string; config?: string } = {}
): ClusterPlan {
  const { dir, commits } = gitRepo([base, head]);
  dirs.push(dir);
  const settings = resolveSettings({ repo: dir, ...overrides }, (p) =>
    overrides.config && p.endsWith('.github/registry-plan.yaml') ? overrides.config : undefined
  );
  const report = planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-11-25');
  expectReportContract(report);
  return report.clusters[0]!;
}

const idms = (name: string, entries: string) => `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: ${name}}
spec:
  imageDigestMirrors:
${entries}`;
const APP = idms('app', '  - source: quay.io/app\n    mirrors: [m1.example.com/app, m2.example.com/app]\n');
const APP_ONE = idms('app', '  - source: quay.io/app\n    mirrors: [m1.example.com/app]\n');
const SEARCH = `apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  registrySources:
    containerRuntimeSearchRegistries: [registry.example.com]
`;
const worker = (p: ClusterPlan) => p.pools.find((x) => x.name === 'worker')!;

describe('plan: node impact per version path', () => {
  it('4.17+ NDP: adding a digest mirror reloads CRI-O without drain', () => {
    const p = plan({ 'a.yaml': APP_ONE }, { 'a.yaml': APP });
    expect(worker(p)).toMatchObject({
      actions: ['reload crio.service'],
      drain: false,
      reboot: false,
      disruption: 'reload'
    });
    expect(p.files.find((f) => f.path === '/etc/containers/registries.conf')!.change).toBe('modified');
  });

  it('4.17+ NDP: removing a mirror drains, with the reason naming the registry', () => {
    const p = plan({ 'a.yaml': APP }, { 'a.yaml': APP_ONE });
    expect(worker(p)).toMatchObject({ drain: true, reboot: false, disruption: 'drain' });
    expect(worker(p).reasons.join('\n')).toMatch(/quay\.io\/app/);
    expect(p.registries).toEqual([
      { source: 'quay.io/app', summary: ['mirror m2.example.com/app (digest-only) removed'] }
    ]);
  });

  it('search registries reboot every node (no default policy for registries.conf.d)', () => {
    const p = plan({}, { 'image.yaml': SEARCH });
    expect(worker(p)).toMatchObject({ drain: true, reboot: true, disruption: 'reboot' });
  });

  it('4.16 legacy path: same drain decision through the legacy calculation', () => {
    const p = plan({ 'a.yaml': APP }, { 'a.yaml': APP_ONE }, { openshiftVersion: '4.16' });
    expect(worker(p)).toMatchObject({ drain: true, reboot: false, disruption: 'drain' });
  });

  it('4.7 always drains; 4.6 and older drain and reboot (ICSP: IDMS does not exist before 4.13)', () => {
    const icsp = (mirrors: string) =>
      `apiVersion: operator.openshift.io/v1alpha1\nkind: ImageContentSourcePolicy\nmetadata: {name: i}\nspec:\n  repositoryDigestMirrors:\n  - source: quay.io/app\n    mirrors: [${mirrors}]\n`;
    const before = { 'i.yaml': icsp('m1.example.com/app') };
    const after = { 'i.yaml': icsp('m1.example.com/app, m2.example.com/app') };
    expect(worker(plan(before, after, { openshiftVersion: '4.12' }))).toMatchObject({
      drain: false,
      reboot: false,
      disruption: 'reload'
    });
    expect(worker(plan(before, after, { openshiftVersion: '4.7' }))).toMatchObject({ drain: true, reboot: false });
    expect(worker(plan(before, after, { openshiftVersion: '4.6' }))).toMatchObject({ drain: true, reboot: true });
    // IDMS is ignored before 4.13: no node change at all.
    expect(worker(plan({ 'a.yaml': APP_ONE }, { 'a.yaml': APP }, { openshiftVersion: '4.12' })).disruption).toBe(
      'none'
    );
  });

  it('a user node-disruption policy replaces the drain check', () => {
    const ndp = `apiVersion: operator.openshift.io/v1
kind: MachineConfiguration
metadata: {name: cluster}
spec:
  nodeDisruptionPolicy:
    files:
    - path: /etc/containers/registries.conf
      actions: [{type: Restart, restart: {serviceName: crio.service}}]
`;
    const p = plan({ 'a.yaml': APP, 'ndp.yaml': ndp }, { 'a.yaml': APP_ONE, 'ndp.yaml': ndp });
    expect(worker(p)).toMatchObject({ actions: ['restart crio.service'], drain: false, reboot: false });
  });

  it('an unchanged side reports no change and no action', () => {
    const p = plan({ 'a.yaml': APP }, { 'a.yaml': APP, 'README.md': '# docs' });
    expect(p.changed).toBe(false);
    expect(worker(p).disruption).toBe('none');
    expect(p.verdict).toBe('pass');
  });
});

describe('plan: operator rejection on the head side', () => {
  it('keeps the nodes on the base files, says so, and fails', () => {
    const conflict =
      idms(
        'app',
        '  - source: quay.io/app\n    mirrors: [m1.example.com/app]\n    mirrorSourcePolicy: NeverContactSource\n'
      ) +
      '---\napiVersion: config.openshift.io/v1\nkind: ImageTagMirrorSet\nmetadata: {name: t}\nspec:\n  imageTagMirrors:\n  - source: quay.io/app\n    mirrors: [t1.example.com/app]\n';
    const p = plan({ 'a.yaml': APP }, { 'a.yaml': conflict });
    expect(p.head.errors[0]).toMatchObject({
      component: 'mco',
      message: expect.stringMatching(/^conflicting mirrorSourcePolicy is set for the same source "quay.io\/app"/)
    });
    expect(p.files.filter((f) => f.node === 'linux').every((f) => f.change === 'unchanged')).toBe(true);
    expect(worker(p).disruption).toBe('none');
    expect(p.findings.find((f) => f.rule === 'operator-rejects')).toMatchObject({ severity: 'error', file: 'a.yaml' });
    expect(p.verdict).toBe('fail');
  });
});

describe('plan: workload pulls', () => {
  const deploy = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
      - name: web
        image: ${image}
`;
  it('shows endpoints before and after for images whose route changes', () => {
    const p = plan(
      { 'a.yaml': APP_ONE, 'd.yaml': deploy('quay.io/app/web@sha256:' + 'a'.repeat(64)) },
      { 'a.yaml': APP, 'd.yaml': deploy('quay.io/app/web@sha256:' + 'a'.repeat(64)) }
    );
    expect(p.workloads).toEqual([
      expect.objectContaining({
        file: 'd.yaml',
        line: 9,
        before: ['m1.example.com/app/web', 'quay.io/app/web'],
        after: ['m1.example.com/app/web', 'm2.example.com/app/web', 'quay.io/app/web'],
        pullable: true
      })
    ]);
  });

  it('flags a tag pull whose only route is digest-only mirrors under NeverContactSource', () => {
    const never = idms(
      'app',
      '  - source: quay.io/app\n    mirrors: [m1.example.com/app]\n    mirrorSourcePolicy: NeverContactSource\n'
    );
    const p = plan(
      { 'd.yaml': deploy('quay.io/app/web:1.0') },
      { 'a.yaml': never, 'd.yaml': deploy('quay.io/app/web:1.0') }
    );
    expect(p.workloads[0]).toMatchObject({ pullableBefore: true, pullable: false });
    expect(p.findings.find((f) => f.rule === 'workload-unpullable')).toMatchObject({ file: 'd.yaml', line: 9 });
  });
});

describe('plan: the Windows pass', () => {
  const winSet = `apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata: {name: win, namespace: openshift-machine-api}
spec:
  replicas: 3
  template:
    metadata:
      labels: {machine.openshift.io/os-id: Windows}
`;
  it('is counted from Windows MachineSets, one pass per changed mirror-set object, node by node', () => {
    const p = plan({ 'a.yaml': APP_ONE, 'w.yaml': winSet }, { 'a.yaml': APP, 'w.yaml': winSet });
    expect(p.windows).toMatchObject({ nodes: 3, changed: true, disruption: 'none', passes: 1 });
    expect(p.windows.estimate.minutes).toBe(0.8); // 1 pass × 3 nodes × 15 s
    expect(p.registries.find((r) => r.source === 'quay.io')!.summary).toEqual([
      'Windows: mirror host https://m2.example.com/v2 added [pull]'
    ]);
  });

  it('does not report a Windows rollout for a cluster without Windows nodes', () => {
    const p = plan({ 'a.yaml': APP_ONE }, { 'a.yaml': APP });
    expect(p.windows).toMatchObject({ nodes: 0, changed: false, passes: 0 });
    expect(p.files.some((f) => f.node === 'windows' && f.change === 'modified')).toBe(true);
  });
});

describe('mirrorSetChanges', () => {
  it('tells an ITMS created and a mirror set removed or modified from digest mirrors added', async () => {
    const { mirrorSetChanges } = await import('../../src/plan/build-cluster-plan.js');
    const { emptyModel } = await import('../../src/model/types.js');
    const set = (
      kind: 'ImageDigestMirrorSet' | 'ImageTagMirrorSet' | 'ImageContentSourcePolicy',
      name: string,
      mirror: string
    ) => ({
      kind,
      name,
      loc: { file: 'f.yaml', line: 1 },
      entries: [
        {
          source: 'quay.io/a',
          mirrors: [mirror],
          mirrorSourcePolicy: '',
          loc: { file: 'f.yaml', line: 2 },
          mirrorLocs: [],
          sourceLoc: { file: 'f.yaml', line: 2 }
        }
      ]
    });
    const base = emptyModel();
    const added = { ...emptyModel(), icsp: [set('ImageContentSourcePolicy', 'c', 'm/a')] };
    expect(mirrorSetChanges(base, added)).toEqual({ itmsCreated: false, deletedOrModified: false });
    const itms = { ...emptyModel(), itms: [set('ImageTagMirrorSet', 't', 'm/a')] };
    expect(mirrorSetChanges(base, itms)).toEqual({ itmsCreated: true, deletedOrModified: false });
    const changed = { ...emptyModel(), icsp: [set('ImageContentSourcePolicy', 'c', 'other/a')] };
    expect(mirrorSetChanges(added, changed)).toEqual({ itmsCreated: false, deletedOrModified: true });
    expect(mirrorSetChanges(added, base)).toEqual({ itmsCreated: false, deletedOrModified: true });
  });
});
