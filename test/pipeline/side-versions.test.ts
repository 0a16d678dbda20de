// Each side's OpenShift version (pipeline/side-versions.ts) and the ClusterVersion's declaration
// (model/declared-version.ts): explicit versions first, then the ClusterVersion, then the configuration;
// a changed target with no readable version is "cannot evaluate", never a guess.
import { describe, expect, it } from '@jest/globals';
import { resolveSettings, UsageError, type Overrides } from '../../src/config/resolve.js';
import type { ClusterSettings } from '../../src/config/settings.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { loadFiles } from '../../src/load/load.js';
import { declaredVersion, versionOfImage, versionOfText } from '../../src/model/declared-version.js';
import type { ManifestDoc } from '../../src/model/manifest.js';
import { formatOcp } from '../../src/model/version.js';
import { sideVersions } from '../../src/pipeline/side-versions.js';
import { memFiles } from '../support/tmp-repo.js';

const DIGEST = 'sha256:0a9f4e1c0e0f8c36ff6de9b6d4c8f3b4a51b04dbd8a6c55a2b6a3c9c53a5f1e2';

const cv = (desired: string): ManifestDoc[] =>
  loadFiles(
    memFiles({
      'cv.yaml': `apiVersion: config.openshift.io/v1
kind: ClusterVersion
metadata: {name: version}
spec:
  desiredUpdate:
${desired}
`
    }),
    { include: [], exclude: [], limits: DEFAULT_LIMITS }
  ).docs;

const NONE: ManifestDoc[] = [];

function cluster(o: Overrides = {}, config?: string, headConfig?: string): ClusterSettings {
  const read = (text?: string) => (p: string) =>
    text !== undefined && p.endsWith('registry-plan.yaml') ? text : undefined;
  return resolveSettings({ repo: '/repo', ...o }, read(config), headConfig === undefined ? undefined : read(headConfig))
    .clusters[0]!;
}

const versions = (c: ClusterSettings, base: ManifestDoc[], head: ManifestDoc[]) => {
  const v = sideVersions(c, base, head);
  return { base: formatOcp(v.base.version), head: formatOcp(v.head.version), rules: v.findings.map((f) => f.rule), v };
};

describe('the version a ClusterVersion declares', () => {
  it('reads version text and release tags, and nothing else', () => {
    expect(versionOfText('4.21.3')).toEqual({ major: 4, minor: 21 });
    expect(versionOfText('4.21.0-rc.2')).toEqual({ major: 4, minor: 21 });
    expect(versionOfText('stable')).toBeUndefined();
    expect(versionOfImage('quay.io/openshift-release-dev/ocp-release:4.21.3-x86_64')).toEqual({ major: 4, minor: 21 });
    expect(versionOfImage('quay.io/openshift-release-dev/ocp-release:4.21.3-multi')).toEqual({ major: 4, minor: 21 });
    expect(versionOfImage(`quay.io/openshift-release-dev/ocp-release@${DIGEST}`)).toBeUndefined();
    expect(versionOfImage('mirror.example.com:5000/ocp/release:latest')).toBeUndefined();
    expect(versionOfImage('mirror.example.com:5000/ocp/release')).toBeUndefined();
  });

  it('prefers desiredUpdate.version over the image, with its line', () => {
    const d = declaredVersion(
      cv(`    version: 4.20.4\n    image: quay.io/openshift-release-dev/ocp-release:4.21.1-x86_64`)
    );
    expect(d).toMatchObject({ field: 'spec.desiredUpdate.version', value: '4.20.4', version: { minor: 20 }, line: 6 });
  });

  it('rejects long version text (the patterns are bounded)', () => {
    const long = '4.' + '1'.repeat(50_000) + '-' + 'a'.repeat(50_000);
    expect(versionOfText(long)).toBeUndefined();
    expect(versionOfImage(`r/x:${long}`)).toBeUndefined();
  });
});

describe('each side’s version', () => {
  it('same version on both sides: no upgrade, no finding', () => {
    const r = versions(cluster({}, 'openshiftVersion: "4.20"\n'), cv('    version: 4.20.1'), cv('    version: 4.20.3'));
    expect(r).toMatchObject({ base: '4.20', head: '4.20', rules: [] });
  });

  it('a ClusterVersion bump is an upgrade, over the configured version', () => {
    const r = versions(cluster({}, 'openshiftVersion: "4.20"\n'), cv('    version: 4.20.1'), cv('    version: 4.21.0'));
    expect(r).toMatchObject({ base: '4.20', head: '4.21', rules: [] });
    expect(r.v.head.from).toBe(
      'ClusterVersion spec.desiredUpdate.version "4.21.0" (cv.yaml:6), over the configured 4.20 (.github/registry-plan.yaml openshiftVersion)'
    );
  });

  it('the version a release tag carries counts; a changed digest is cannot-evaluate', () => {
    const tag = versions(
      cluster({}, 'openshiftVersion: "4.20"\n'),
      NONE,
      cv('    image: quay.io/openshift-release-dev/ocp-release:4.21.3-x86_64')
    );
    expect(tag).toMatchObject({ base: '4.20', head: '4.21', rules: [] });
    const digest = versions(
      cluster({}, 'openshiftVersion: "4.20"\n'),
      cv(`    image: quay.io/openshift-release-dev/ocp-release@${DIGEST.replace('0a', '1b')}`),
      cv(`    image: quay.io/openshift-release-dev/ocp-release@${DIGEST}`)
    );
    expect(digest).toMatchObject({ base: '4.20', head: '4.20', rules: ['upgrade-version-unknown'] });
    expect(digest.v.findings[0]).toMatchObject({ severity: 'error', file: 'cv.yaml', line: 6 });
  });

  it('an unchanged digest is the current state, not an unknown upgrade', () => {
    const same = cv(`    image: quay.io/openshift-release-dev/ocp-release@${DIGEST}`);
    expect(versions(cluster({}, 'openshiftVersion: "4.20"\n'), same, same)).toMatchObject({ head: '4.20', rules: [] });
  });

  it('a version the tool does not model is cannot-evaluate', () => {
    const r = versions(cluster({}, 'openshiftVersion: "4.22"\n'), NONE, cv('    version: 4.23.0'));
    expect(r.rules).toEqual(['upgrade-version-unknown']);
    expect(r.v.findings[0]!.message).toContain('4.23 is not modelled');
  });

  it('a downgrade is reported', () => {
    const r = versions(cluster({}, 'openshiftVersion: "4.21"\n'), cv('    version: 4.21.0'), cv('    version: 4.20.9'));
    expect(r).toMatchObject({ base: '4.21', head: '4.20', rules: ['upgrade-downgrade'] });
  });

  it('--openshift-version pins both sides, and says which ClusterVersion it overrules', () => {
    const r = versions(cluster({ openshiftVersion: '4.14' }), cv('    version: 4.20.1'), cv('    version: 4.21.0'));
    expect(r).toMatchObject({ base: '4.14', head: '4.14', rules: [] });
    expect(r.v.head.from).toBe(
      'openshift-version override (command line or action input), over ClusterVersion spec.desiredUpdate.version "4.21.0" (cv.yaml:6)'
    );
  });

  it('--from-version/--to-version win over a ClusterVersion', () => {
    const c = cluster({ fromVersion: '4.12', toVersion: '4.13' });
    const r = versions(c, cv('    version: 4.20.1'), cv('    version: 4.21.0'));
    expect(r).toMatchObject({ base: '4.12', head: '4.13', rules: [] });
    expect(r.v.base.from).toMatch(/^from-version/);
  });

  it('--from-version and --to-version go together, and not with --openshift-version', () => {
    expect(() => cluster({ fromVersion: '4.20' })).toThrow(UsageError);
    expect(() => cluster({ fromVersion: '4.20', toVersion: '4.21', openshiftVersion: '4.20' })).toThrow(
      /cannot be combined/
    );
    expect(() => cluster({ fromVersion: '4.20', toVersion: '4.23' })).toThrow(/--to-version: OpenShift 4.23/);
  });

  it('a head configuration that moves the version is an upgrade; a ClusterVersion still wins', () => {
    const c = cluster({}, 'openshiftVersion: "4.20"\n', 'openshiftVersion: "4.21"\n');
    expect(c.headVersion?.from).toBe('head .github/registry-plan.yaml openshiftVersion');
    expect(versions(c, NONE, NONE)).toMatchObject({ base: '4.20', head: '4.21', rules: [] });
    expect(versions(c, cv('    version: 4.20.1'), cv('    version: 4.20.1'))).toMatchObject({ head: '4.20' });
    // --openshift-version is one version for both sides: the head configuration does not move it.
    const pinned = cluster({ openshiftVersion: '4.20' }, 'openshiftVersion: "4.20"\n', 'openshiftVersion: "4.21"\n');
    expect(pinned.headVersion).toBeUndefined();
  });

  it('a per-cluster head version moves only that cluster', () => {
    const base = 'openshiftVersion: "4.20"\nclusters:\n- {name: a, paths: [a/**]}\n- {name: b, paths: [b/**]}\n';
    const head =
      'openshiftVersion: "4.20"\nclusters:\n- {name: a, paths: [a/**], openshiftVersion: "4.21"}\n- {name: b, paths: [b/**]}\n';
    const s = resolveSettings(
      { repo: '/repo' },
      () => base,
      () => head
    );
    expect(s.clusters.map((c) => c.headVersion && formatOcp(c.headVersion.version))).toEqual(['4.21', undefined]);
  });
});
