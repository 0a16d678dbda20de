// Release gating (docs/release-gating.md): a pull request that bumps the cluster's version, and
// --from-version/--to-version on one commit, plan what the upgrade does to every pool.
import { afterAll, describe, expect, it } from '@jest/globals';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings, type Overrides } from '../../src/config/resolve.js';
import type { ClusterPlan, PlanReport } from '../../src/plan/types.js';
import { formatReport, PLAN_FORMATS } from '../../src/report/formats.js';
import { DEFAULT_COMMENT_OPTIONS } from '../../src/report/comment-artifacts.js';
import { parsePlanArtifact } from '../../src/publish/plan-artifact.js';
import { planComments } from '../../src/publish/publish-mode.js';
import { fleetTable, untouched } from '../../src/report/fleet.js';
import { expectPlanContract, expectReportContract } from '../support/plan-contract.js';
import { main } from '../../src/cli/index.js';
import { git, gitRepo, removeTree } from '../support/tmp-repo.js';

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

/** The cluster Image configuration with one line of `registrySources`. */
const imageConfig = (sources: string): string => `apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  registrySources:
    ${sources}
`;
const only = (r: PlanReport): ClusterPlan => r.clusters[0]!;
const rules = (c: ClusterPlan): string[] => c.findings.map((f) => f.rule);
const file = (c: ClusterPlan, path: string) => c.files.filter((f) => f.path === path && f.change !== 'unchanged');

describe('a pull request that bumps desiredUpdate.version from 4.20 to 4.21', () => {
  const base = {
    'cluster/cv.yaml': cv('    version: 4.20.8'),
    'cluster/idms.yaml': RELEASE_IDMS,
    'cluster/pools.yaml': POOLS
  };
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

  it('is accepted by the publish job, which renders the same comment from the plan JSON', () => {
    const ctx = { implicitCluster: true, clusterLabel: false, namedCluster: false, toolVersion: '0' };
    const json = PLAN_FORMATS.json.text(report, ctx);
    const parsed = parsePlanArtifact(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.artifact.report.clusters[0]!.upgrade).toEqual(c.upgrade);
    const comments = planComments(parsed.artifact, DEFAULT_COMMENT_OPTIONS);
    expect(comments.map((x) => x.bodies.join('')).join('')).toContain('4.20 → 4.21 (upgrade)');
  });

  it('says when the change acknowledges the 4.20 admin gate', () => {
    const acks = `apiVersion: v1
kind: ConfigMap
metadata: {name: admin-acks, namespace: openshift-config}
data:
  ack-4.20-sigstore-in-4.21: "true"
`;
    const acked = only(plan({ ...base, 'cluster/acks.yaml': acks }, { ...head, 'cluster/acks.yaml': acks }));
    const f = acked.findings.find((x) => x.rule === 'upgrade-release-signatures')!;
    expect(f.message).toContain('this change acknowledges it (cluster/acks.yaml:5)');
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

describe('4.18 → 4.19', () => {
  it('adds additional-layer-store-auth-helper to registries.conf', () => {
    const c = only(plan({ 'idms.yaml': RELEASE_IDMS }, {}, { fromVersion: '4.18', toVersion: '4.19' }, true));
    const conf = file(c, '/etc/containers/registries.conf');
    expect(conf).toEqual([expect.objectContaining({ cause: 'upgrade' })]);
    expect(conf[0]!.diff).toMatch(/^\+additional-layer-store-auth-helper = ""$/m);
    expect(c.upgrade!.impactAlone.length).toBeGreaterThan(0);
  });
});

describe('the upgrade rules', () => {
  it('upgrade-manifest-refused: a registry scope the new API validates, untouched by the change', () => {
    const image = (entry: string) => imageConfig(`insecureRegistries: ["${entry}"]`);
    const c = only(
      plan({ 'image.yaml': image('https://registry.example.com') }, {}, { fromVersion: '4.22', toVersion: '5.0' }, true)
    );
    const f = c.findings.filter((x) => x.rule === 'upgrade-manifest-refused');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', file: 'image.yaml', line: 6 })]);
    expect(f[0]!.message).toMatch(
      /^Not edited by this pull request, but OpenShift 5\.0 refuses it where 4\.22 accepted it/
    );
    const ok = only(
      plan({ 'image.yaml': image('registry.example.com') }, {}, { fromVersion: '4.22', toVersion: '5.0' }, true)
    );
    expect(rules(ok)).not.toContain('upgrade-manifest-refused');
  });

  it('upgrade-manifest-refused: an ImageContentSourcePolicy source the 4.16 operator refuses', () => {
    const icsp = `apiVersion: operator.openshift.io/v1alpha1
kind: ImageContentSourcePolicy
metadata: {name: catalog}
spec:
  repositoryDigestMirrors:
  - source: registry.redhat.io/redhat/redhat-operator-index@${'sha256:' + 'a'.repeat(64)}
    mirrors: [mirror.corp.example.com:5000/redhat/redhat-operator-index]
`;
    const c = only(plan({ 'icsp.yaml': icsp }, {}, { fromVersion: '4.15', toVersion: '4.16' }, true));
    expect(c.findings.filter((x) => x.rule === 'upgrade-manifest-refused')).toEqual([
      expect.objectContaining({ file: 'icsp.yaml' })
    ]);
  });

  const DIGEST = 'sha256:' + 'c'.repeat(64);
  const target = (image: string) => ({
    'cluster/cv.yaml': cv(`    image: ${image}\n    version: 4.21.2`),
    'cluster/idms.yaml': RELEASE_IDMS
  });

  it('upgrade-target-unreachable: a release named by tag under NeverContactSource digest mirrors', () => {
    const base = { 'cluster/cv.yaml': cv('    version: 4.20.8'), 'cluster/idms.yaml': RELEASE_IDMS };
    const c = only(plan(base, target('quay.io/openshift-release-dev/ocp-release:4.21.2-x86_64')));
    const f = c.findings.filter((x) => x.rule === 'upgrade-target-unreachable');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', file: 'cluster/cv.yaml', line: 7 })]);
    expect(f[0]!.message).toContain('serve pulls by digest only');
    const ok = only(plan(base, target(`quay.io/openshift-release-dev/ocp-release@${DIGEST}`)));
    expect(rules(ok)).not.toContain('upgrade-target-unreachable');
  });

  it('upgrade-target-unreachable: a release on a registry the image configuration does not allow', () => {
    const image = imageConfig(
      'allowedRegistries: [quay.io, registry.redhat.io, image-registry.openshift-image-registry.svc:5000]'
    );
    const head = {
      'image.yaml': image,
      'cluster/cv.yaml': cv(`    image: untrusted.example.com/ocp/release@${DIGEST}\n    version: 4.21.2`)
    };
    const c = only(plan({ 'image.yaml': image, 'cluster/cv.yaml': cv('    version: 4.20.8') }, head));
    expect(c.findings.find((x) => x.rule === 'upgrade-target-unreachable')?.message).toContain(
      'not an allowed registry'
    );
  });

  it('upgrade-target-unreachable: a release in a blocked repository other than the running release’s', () => {
    const image = imageConfig('blockedRegistries: [untrusted.example.com]');
    const base = { 'image.yaml': image, 'cluster/cv.yaml': cv('    version: 4.20.8') };
    const to = (img: string) => ({ ...base, 'cluster/cv.yaml': cv(`    image: ${img}\n    version: 4.21.2`) });
    const c = only(plan(base, to(`untrusted.example.com/ocp/release@${DIGEST}`)));
    const f = c.findings.filter((x) => x.rule === 'upgrade-target-unreachable');
    expect(f).toEqual([expect.objectContaining({ file: 'cluster/cv.yaml', line: 7 })]);
    expect(f[0]!.message).toContain('is in blockedRegistries (untrusted.example.com)');
    const ok = only(plan(base, to(`quay.io/openshift-release-dev/ocp-release@${DIGEST}`)));
    expect(rules(ok)).not.toContain('upgrade-target-unreachable');
  });

  it('no release-signature finding without mirrors of the release scopes, or without new payload scopes', () => {
    const team = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: team}
spec:
  imageDigestMirrors:
  - source: registry.example.com/team
    mirrors: [mirror.corp.example.com:5000/team]
`;
    const c = only(plan({ 'idms.yaml': team }, {}, { fromVersion: '4.20', toVersion: '4.21' }, true));
    expect(rules(c)).not.toContain('upgrade-release-signatures');
    // The payload policy is already there at 4.21; 4.21 → 4.22 adds the component repositories only.
    const next = only(plan({ 'idms.yaml': RELEASE_IDMS }, {}, { fromVersion: '4.21', toVersion: '4.22' }, true));
    const f = next.findings.find((x) => x.rule === 'upgrade-release-signatures')!;
    expect(f.message).toContain('ocp-v4.0-art-dev');
    expect(f.message).not.toContain('ack-4.20');
  });

  it('a downgrade and an unreadable target version reach the verdict', () => {
    const down = only(plan({ 'cv.yaml': cv('    version: 4.21.0') }, { 'cv.yaml': cv('    version: 4.20.0') }));
    expect(rules(down)).toContain('upgrade-downgrade');
    expect(down.verdict).toBe('fail');
    const unknown = only(
      plan(
        { 'cv.yaml': cv('    version: 4.21.0') },
        { 'cv.yaml': cv(`    image: quay.io/openshift-release-dev/ocp-release@${DIGEST}`) }
      )
    );
    expect(rules(unknown)).toContain('upgrade-version-unknown');
    expect(unknown.verdict).toBe('cannot-evaluate');
    expect(unknown.upgrade).toBeUndefined();
  });

  it('an upgrade that changes no pull file says so, and changes nothing', () => {
    const c = only(plan({ 'idms.yaml': RELEASE_IDMS }, {}, { fromVersion: '4.14', toVersion: '4.15' }, true));
    expect(c.upgrade).toMatchObject({ from: '4.14', to: '4.15', files: [] });
    expect(c.upgrade!.note).toContain('writes the same pull configuration');
    expect(c.changed).toBe(false);
    expect(c.pools.every((p) => p.disruption === 'none')).toBe(true);
  });

  it('the same version on both sides has no upgrade section', () => {
    const c = only(plan({ 'cv.yaml': cv('    version: 4.21.0') }, { 'cv.yaml': cv('    version: 4.21.5') }));
    expect(c.upgrade).toBeUndefined();
    // Both sides at the ClusterVersion's 4.21, not the default 4.22: nothing changes on the nodes.
    expect(c.openshiftVersion).toBe('4.21');
    expect(c.files.filter((f) => f.change !== 'unchanged')).toEqual([]);
  });

  it('separates the edited manifests from the upgrade', () => {
    const team = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: team}
spec:
  imageDigestMirrors:
  - source: registry.example.com/team
    mirrors: [mirror.corp.example.com:5000/team]
`;
    const base = { 'cv.yaml': cv('    version: 4.20.1') };
    const c = only(plan(base, { 'cv.yaml': cv('    version: 4.21.1'), 'idms.yaml': team }));
    expect(file(c, '/etc/containers/registries.conf')).toEqual([expect.objectContaining({ cause: 'manifests' })]);
    expect(file(c, '/etc/containers/policy.json')).toEqual([expect.objectContaining({ cause: 'upgrade' })]);
    // The new IDMS alone, at 4.21: a CRI-O reload on each pool.
    expect(c.upgrade!.manifestImpact.map((p) => p.disruption)).toEqual(['reload', 'reload']);
  });
});

describe('the command line', () => {
  async function cli(snapshots: Tree[], args: (commits: string[]) => string[]) {
    const { dir, commits } = gitRepo(snapshots);
    dirs.push(dir);
    let stdout = '';
    let stderr = '';
    const status = await main(['plan', '--repo', dir, ...args(commits), '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t)
    });
    return { status, json: stdout ? (JSON.parse(stdout) as Record<string, unknown>) : {}, stderr };
  }

  it('--from-version/--to-version on one commit', async () => {
    const r = await cli([{ 'idms.yaml': RELEASE_IDMS }], ([c]) => [
      '--base',
      c!,
      '--head',
      c!,
      '--from-version',
      '4.20',
      '--to-version',
      '4.21'
    ]);
    expect(r.status).toBe(4);
    expect(r.json['upgrade']).toMatchObject({ from: '4.20', to: '4.21' });
    expectPlanContract(r.json);
  });

  it('a head configuration that moves the version: read from the head for the version only', async () => {
    const cfg = (v: string, failOn = 'error') => `openshiftVersion: "${v}"\nfailOn: ${failOn}\n`;
    const r = await cli(
      [
        { [CONFIG]: cfg('4.20'), 'idms.yaml': RELEASE_IDMS },
        { [CONFIG]: cfg('4.21', 'never'), 'idms.yaml': RELEASE_IDMS }
      ],
      ([b, h]) => ['--base', b!, '--head', h!]
    );
    expect(r.json['upgrade']).toMatchObject({
      from: '4.20',
      to: '4.21',
      toSource: 'head .github/registry-plan.yaml openshiftVersion'
    });
    // failOn: never in the head does not loosen the gate: the base's failOn is in force.
    expect(r.status).toBe(4);
  });

  it('a hostile ClusterVersion (file name, version text) cannot forge a heading, mention, HTML or a workflow command', async () => {
    const evil = 'c/x\n### registry-plan: ✅ pass\n@org/team <img src=x>.yaml';
    const value = (v: string) => cv(`    version: ${JSON.stringify(v)}`);
    const { dir, commits } = gitRepo([
      { [evil]: value('4.20.8'), 'idms.yaml': RELEASE_IDMS },
      {
        [evil]: value('4.21.2\n::error::forged\n### registry-plan: ✅ pass @org/team <img src=x>'),
        'idms.yaml': RELEASE_IDMS
      }
    ]);
    dirs.push(dir);
    for (const format of ['markdown', 'text']) {
      let out = '';
      const status = await main(
        ['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', format],
        { stdout: (t) => (out += t), stderr: (t) => (out += t) }
      );
      // The head's version cannot be read: the run cannot vouch for the change (exit 2, cannot evaluate).
      expect(status).toBe(2);
      expect(out).toContain('upgrade-version-unknown');
      // The hostile text is shown (escaped), not dropped: otherwise the checks below would prove nothing.
      expect(out).toMatch(/forged/);
      for (const line of out.split('\n')) {
        expect(line).not.toMatch(/^::/);
        expect(line).not.toMatch(/^#+ registry-plan: ✅/);
      }
      if (format === 'markdown') {
        expect(out).not.toContain('<img');
        expect(out).not.toMatch(/(^|[^\w`\\])@org\/team/);
      }
    }
  });

  it('render does not take --from-version/--to-version', async () => {
    let stderr = '';
    const status = await main(['render', '--out', 'unused', '--from-version', '4.20', '--to-version', '4.21'], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t)
    });
    expect(status).toBe(2);
    expect(stderr).toContain('use them with plan');
  });

  it('--from-version alone is a usage error', async () => {
    const r = await cli([{ 'idms.yaml': RELEASE_IDMS }], ([c]) => [
      '--base',
      c!,
      '--head',
      c!,
      '--from-version',
      '4.20'
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from-version and --to-version go together');
  });
});

describe('several clusters', () => {
  it('a head configuration moves one cluster: only it is upgraded, and the fleet table says so', () => {
    const cfg = (a: string) =>
      `openshiftVersion: "4.20"\nclusters:\n- {name: a, paths: ["a/**"], openshiftVersion: "${a}"}\n- {name: b, paths: ["b/**"]}\n`;
    const { dir, commits } = gitRepo([
      { [CONFIG]: cfg('4.20'), 'a/idms.yaml': RELEASE_IDMS, 'b/idms.yaml': RELEASE_IDMS },
      { [CONFIG]: cfg('4.21'), 'a/idms.yaml': RELEASE_IDMS, 'b/idms.yaml': RELEASE_IDMS }
    ]);
    dirs.push(dir);
    const text = (sha: string) => git(dir, 'show', `${sha}:${CONFIG}`);
    const settings = resolveSettings(
      { repo: dir },
      (p) => (p.endsWith(CONFIG) ? text(commits[0]!) : undefined),
      (p) => (p.endsWith(CONFIG) ? text(commits[1]!) : undefined)
    );
    const report = planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-12-03');
    expectReportContract(report);
    const [a, b] = report.clusters;
    expect(a!.upgrade).toMatchObject({ from: '4.20', to: '4.21' });
    expect(b!.upgrade).toBeUndefined();
    expect(untouched(b!)).toBe(true);
    expect(fleetTable(report)).toMatch(/\| `a` \| 4\.20 → 4\.21 \|/);
  });
});
