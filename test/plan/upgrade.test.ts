// Release gating (docs/release-gating.md): a pull request that bumps the cluster's version, and
// --from-version/--to-version on one commit, plan what the upgrade does to every pool.
import { afterAll, describe, expect, it } from '@jest/globals';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings, type Overrides } from '../../src/config/resolve.js';
import type { ClusterPlan, PlanReport } from '../../src/plan/types.js';
import { formatReport } from '../../src/report/formats.js';
import { expectReportContract } from '../support/plan-contract.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

const CONFIG = '.github/registry-plan.yaml';

const cv = (desired: string): string => `apiVersion: config.openshift.io/v1
kind: ClusterVersion
metadata: {name: version}
spec:
  channel: stable-4.21
  desiredUpdate:
${desired}
`;

/** The release scopes mirrored, the sources never contacted (a disconnected cluster). */
const RELEASE_IDMS = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: release}
spec:
  imageDigestMirrors:
  - source: quay.io/openshift-release-dev/ocp-release
    mirrors: [mirror.corp.example.com:5000/ocp/release]
    mirrorSourcePolicy: NeverContactSource
  - source: quay.io/openshift-release-dev/ocp-v4.0-art-dev
    mirrors: [mirror.corp.example.com:5000/ocp/art]
    mirrorSourcePolicy: NeverContactSource
`;

const POOLS = `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfigPool
metadata: {name: infra}
spec:
  machineConfigSelector:
    matchExpressions:
    - {key: machineconfiguration.openshift.io/role, operator: In, values: [worker, infra]}
  nodeSelector:
    matchLabels: {node-role.kubernetes.io/infra: ""}
`;

type Tree = Record<string, string>;

function plan(base: Tree, head: Tree, overrides: Overrides = {}, same = false): PlanReport {
  const { dir, commits } = gitRepo(same ? [base] : [base, head]);
  dirs.push(dir);
  const settings = resolveSettings({ repo: dir, ...overrides }, (p) =>
    p.endsWith(CONFIG) ? (base[CONFIG] ?? undefined) : undefined
  );
  const report = planRange(settings, { base: commits[0]!, head: commits[same ? 0 : 1]! }, '2026-12-03');
  expectReportContract(report);
  return report;
}

const only = (r: PlanReport): ClusterPlan => r.clusters[0]!;
const rules = (c: ClusterPlan): string[] => c.findings.map((f) => f.rule);
const file = (c: ClusterPlan, path: string) => c.files.filter((f) => f.path === path && f.change !== 'unchanged');

describe('a pull request that bumps desiredUpdate.version from 4.20 to 4.21', () => {
  const base = { 'cluster/cv.yaml': cv('    version: 4.20.8'), 'cluster/idms.yaml': RELEASE_IDMS, 'cluster/pools.yaml': POOLS };
  const head = { ...base, 'cluster/cv.yaml': cv('    version: 4.21.2') };
  const report = plan(base, head);
  const c = only(report);

  it('renders the base at 4.20 and the head at 4.21, saying where each came from', () => {
    expect(c.openshiftVersion).toBe('4.21');
    expect(c.upgrade).toMatchObject({ from: '4.20', to: '4.21' });
    expect(c.upgrade!.fromSource).toContain('spec.desiredUpdate.version "4.20.8" (cluster/cv.yaml:7)');
    expect(c.upgrade!.toSource).toContain('spec.desiredUpdate.version "4.21.2" (cluster/cv.yaml:7)');
  });

  it('shows policy.json and registries.d changing, labelled as caused by the upgrade', () => {
    const policy = file(c, '/etc/containers/policy.json');
    const sigstore = file(c, '/etc/containers/registries.d/sigstore-registries.yaml');
    expect(policy).toEqual([expect.objectContaining({ cause: 'upgrade', change: 'modified' })]);
    expect(sigstore).toEqual([expect.objectContaining({ cause: 'upgrade', change: 'added' })]);
    expect(policy[0]!.diff).toContain('quay.io/openshift-release-dev/ocp-release');
    expect(c.upgrade!.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/etc/containers/policy.json', '/etc/containers/registries.d/sigstore-registries.yaml'])
    );
    expect(c.upgrade!.manifestImpact).toEqual([]);
  });

  it('gives the cost of the upgrade files alone on every pool', () => {
    const pools = c.upgrade!.impactAlone.map((p) => p.pool).sort();
    expect(pools).toEqual(['infra', 'master', 'worker']);
    for (const p of c.upgrade!.impactAlone) expect(p.disruption).not.toBe('none');
    expect(c.upgrade!.note).toMatch(/ride along on that reboot/);
  });

  it('reports the release-signature trap as an error, with how to mirror the signatures', () => {
    const f = c.findings.find((x) => x.rule === 'upgrade-release-signatures')!;
    expect(f).toMatchObject({ severity: 'error', file: 'cluster/idms.yaml' });
    expect(f.message).toContain('oc-mirror');
    expect(f.message).toContain('ack-4.20-sigstore-in-4.21');
    expect(c.verdict).toBe('fail');
  });

  it('shows the upgrade in the markdown and text reports', () => {
    const md = formatReport(report, 'markdown', { implicitCluster: true });
    expect(md).toMatch(/Upgrade 4\.20 → 4\.21/);
    expect(md).toMatch(/caused by the upgrade/);
    const text = formatReport(report, 'text', { implicitCluster: true });
    expect(text).toMatch(/upgrade 4\.20 -> 4\.21/i);
  });

  it('is clean once the mirrors are declared signed', () => {
    const cfg = { [CONFIG]: 'policy:\n  signedMirrors: [mirror.corp.example.com:5000/ocp]\n' };
    const ok = only(plan({ ...base, ...cfg }, { ...head, ...cfg }));
    expect(rules(ok)).not.toContain('upgrade-release-signatures');
  });
});

describe('--from-version/--to-version on one commit', () => {
  const tree = { 'cluster/idms.yaml': RELEASE_IDMS };
  const c = only(plan(tree, tree, { fromVersion: '4.20', toVersion: '4.21' }, true));

  it('plans what the upgrade alone does to the pull configuration', () => {
    expect(c.upgrade).toMatchObject({ from: '4.20', to: '4.21' });
    expect(c.upgrade!.fromSource).toMatch(/from-version/);
    expect(file(c, '/etc/containers/policy.json')).toEqual([expect.objectContaining({ cause: 'upgrade' })]);
    expect(file(c, '/etc/containers/registries.d/sigstore-registries.yaml')).toEqual([
      expect.objectContaining({ cause: 'upgrade' })
    ]);
    expect(rules(c)).toContain('upgrade-release-signatures');
  });
});

describe('4.12 → 4.13', () => {
  it('rewrites mirror-by-digest-only into pull-from-mirror', () => {
    const icsp = `apiVersion: operator.openshift.io/v1alpha1
kind: ImageContentSourcePolicy
metadata: {name: release}
spec:
  repositoryDigestMirrors:
  - source: quay.io/openshift-release-dev/ocp-release
    mirrors: [mirror.corp.example.com:5000/ocp/release]
`;
    const c = only(plan({ 'icsp.yaml': icsp }, {}, { fromVersion: '4.12', toVersion: '4.13' }, true));
    const conf = file(c, '/etc/containers/registries.conf');
    expect(conf).toEqual([expect.objectContaining({ cause: 'upgrade' })]);
    expect(conf[0]!.diff).toMatch(/^-\s*mirror-by-digest-only = true$/m);
    expect(conf[0]!.diff).toMatch(/^\+\s*pull-from-mirror = "digest-only"$/m);
  });
});
