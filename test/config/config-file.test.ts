import { parseOcpVersion } from '../../src/model/version.js';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfigFile } from '../../src/config/config-file.js';
import { resolveSettings, UsageError } from '../../src/config/resolve.js';
import { DEFAULT_RELEASE_IMAGE } from '../../src/config/settings.js';

const err = (text: string): ConfigError => {
  try {
    parseConfigFile('.github/registry-plan.yaml', text);
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration file', () => {
  it('accepts the contract example', () => {
    const cfg = parseConfigFile(
      'c.yaml',
      `openshiftVersion: "4.19"
releaseImage: quay.io/openshift-release-dev/ocp-release@sha256:${'a'.repeat(64)}
failOn: error
timing: {drainMinutes: 5, rebootMinutes: 8, crioReloadSeconds: 15, windowsNodeSeconds: 15}
clusters:
  - name: prod-east
    kustomize: clusters/prod-east
    openshiftVersion: "4.18"
    pools: {worker: {nodes: 12}, master: {nodes: 3}}
    windows: {nodes: 4}
policy: {}
waivers: []
`
    );
    expect(cfg.clusters![0]!.pools).toEqual({ worker: { nodes: 12 }, master: { nodes: 3 } });
  });

  it('rejects an unknown key with its line', () => {
    const e = err('openshiftVersion: "4.19"\ntimming:\n  drainMinutes: 5\n');
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toBe('.github/registry-plan.yaml:2: (top level): unknown key "timming"');
  });

  it('rejects a wrong type deep inside with the line of the value', () => {
    const e = err('clusters:\n  - name: a\n    pools:\n      worker: {nodes: many}\n');
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/nodes/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(err('failOn: error\ntiming: [\n').line).toBe(3);
  });
});

describe('resolveSettings', () => {
  it('lets the command line override the file, and keeps file node counts for the implicit cluster', () => {
    const s = resolveSettings(
      { repo: '/r', openshiftVersion: '4.16' },
      () => 'openshiftVersion: "4.19"\npools: {worker: {nodes: 7}}\nfailOn: warning\n'
    );
    expect(s.openshiftVersion).toEqual({ major: 4, minor: 16 });
    expect(s.failOn).toBe('warning');
    expect(s.implicitCluster).toBe(true);
    expect(s.clusters[0]!.pools).toEqual({ worker: { nodes: 7 } });
  });

  it('defaults to the newest covered OpenShift version and the public release repository', () => {
    const s = resolveSettings({ repo: '/r' }, () => undefined);
    expect(s.openshiftVersion).toEqual({ major: 4, minor: 22 });
    // No explicit release image: the repo's ClusterVersion, else the public release repository, decides.
    expect(s.clusters[0]!.releaseImage).toBeUndefined();
    expect(DEFAULT_RELEASE_IMAGE).toBe('quay.io/openshift-release-dev/ocp-release');
  });

  it('resolves every cluster once: WMCO default per OpenShift version, release image, merged policy, PATHs', () => {
    const file = [
      'openshiftVersion: "4.14"',
      'releaseImage: example.com/ocp/release',
      'policy: {noICSP: true, severities: {icsp-deprecated: error}}',
      'clusters:',
      '  - name: old',
      '    paths: ["old/**"]',
      '  - name: new',
      '    openshiftVersion: "4.19"',
      '    wmcoVersion: "10.19.0"',
      '    releaseImage: example.com/new/release',
      '    policy: {noITMS: true, severities: {duplicate-mirror: off}}'
    ].join('\n');
    const s = resolveSettings({ repo: '/r', paths: ['apps/'] }, () => file);
    const [old, neu] = s.clusters;
    expect(old!.wmcoVersion).toEqual({ major: 10, minor: 14, patch: 0 });
    expect(neu!.wmcoVersion).toEqual({ major: 10, minor: 19, patch: 0 });
    expect(old!.releaseImage).toBe('example.com/ocp/release');
    expect(neu!.releaseImage).toBe('example.com/new/release');
    expect(old!.paths).toEqual(['old/**', 'apps', 'apps/**']);
    expect(neu!.policy).toEqual({
      noICSP: true,
      noITMS: true,
      severities: { 'icsp-deprecated': 'error', 'duplicate-mirror': 'off' }
    });
    expect(neu!.configIndex).toBe(1);
    expect(resolveSettings({ repo: '/r', cluster: 'new' }, () => file).clusters.map((c) => c.name)).toEqual(['new']);
    expect(() => resolveSettings({ repo: '/r', cluster: 'x' }, () => file)).toThrow(/its clusters: old, new/);
    // render: one cluster over the given paths, whatever the file lists.
    const r = resolveSettings({ repo: '/r', paths: ['apps/'], scope: 'paths' }, () => file);
    expect(r.clusters.map((c) => [c.name, c.paths, c.pools])).toEqual([['render', [], {}]]);
  });

  it('names the implicit cluster after the cluster input, and gives 4.16+ the current WMCO format', () => {
    const s = resolveSettings({ repo: '/r', cluster: 'east', openshiftVersion: '4.16' }, () => undefined);
    expect(s.clusters.map((c) => c.name)).toEqual(['east']);
    expect(s.clusters[0]!.wmcoVersion).toBeUndefined();
  });

  it('refuses a bad version and a missing explicit config', () => {
    expect(() => resolveSettings({ repo: '/r', openshiftVersion: '5.3' }, () => undefined)).toThrow(
      '--openshift-version: OpenShift 5.3 is not modelled: registry-plan models 4.1–4.22 and 5.0–5.2 (newest GA: 4.22)'
    );
    expect(() => resolveSettings({ repo: '/r', openshiftVersion: '4.23' }, () => undefined)).toThrow(/use 5\.0/);
    expect(() => resolveSettings({ repo: '/r', openshiftVersion: 'latest' }, () => undefined)).toThrow(UsageError);
    for (const v of ['4.21', '4.22', '5.0', '5.2']) {
      expect(resolveSettings({ repo: '/r', openshiftVersion: v }, () => undefined).openshiftVersion).toEqual(
        parseOcpVersion(v)
      );
    }
    expect(() => resolveSettings({ repo: '/r', config: 'nope.yaml' }, () => undefined)).toThrow(/not found/);
  });
});
