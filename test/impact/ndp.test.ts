import { describe, expect, it } from '@jest/globals';
import {
  calculatePostConfigChangeNodeDisruptionAction,
  calculatePostConfigChangeNodeDisruptionActionFromMCDiffs,
  defaultClusterPolicies,
  findClosestFilePolicyPathMatch,
  isDrainRequiredForNodeDisruptionActions,
  mergeClusterPolicies,
  validateNodeDisruptionPolicy
} from '../../src/impact/ndp.js';
import type { NdpAction, NodeDisruptionPolicy } from '../../src/model/types.js';
import { parseOcpVersion } from '../../src/model/version.js';

const v = (s: string) => parseOcpVersion(s)!;
const paths = (ver: string) => defaultClusterPolicies(v(ver)).files.map((f) => f.path);
const crio: NdpAction = { type: 'Reload', serviceName: 'crio.service' };

describe('defaultClusterPolicies', () => {
  it('maps the image files as the operator does', () => {
    const p = defaultClusterPolicies(v('4.19'));
    const of = (path: string) => p.files.find((f) => f.path === path)?.actions;
    expect(of('/etc/containers/registries.conf')).toEqual([{ type: 'Special' }]);
    expect(of('/etc/containers/policy.json')).toEqual([crio]);
    expect(of('/etc/containers/registries.d')).toEqual([crio]);
    expect(of('/var/lib/kubelet/config.json')).toEqual([{ type: 'None' }]);
    expect(of('/etc/pki/ca-trust/source/anchors/openshift-config-user-ca-bundle.crt')).toEqual([
      { type: 'Restart', serviceName: 'coreos-update-ca-trust.service' },
      { type: 'Restart', serviceName: 'crio.service' }
    ]);
    expect(p.sshkey).toEqual([{ type: 'None' }]);
  });

  it('has no entry for registries.conf.d in any version', () => {
    for (const ver of ['4.16', '4.17', '4.19', '4.20', '4.21']) {
      expect(paths(ver).some((p) => p.startsWith('/etc/containers/registries.conf.d'))).toBe(false);
    }
  });

  it('4.16 also lists the internal-registry pull secret; later releases do not', () => {
    expect(paths('4.16')).toContain('/etc/mco/internal-registry-pull-secret.json');
    expect(paths('4.17')).not.toContain('/etc/mco/internal-registry-pull-secret.json');
  });

  it('credential-provider and IRI entries arrive in 4.22 (MCO release-4.22 defaultClusterPolicies)', () => {
    for (const ver of ['4.19', '4.20', '4.21']) {
      expect(paths(ver)).not.toContain('/etc/kubernetes/credential-providers');
      expect(defaultClusterPolicies(v(ver)).units).toEqual([]);
    }
    for (const ver of ['4.22', '5.0']) {
      expect(paths(ver)).toEqual(expect.arrayContaining(['/etc/kubernetes/credential-providers', '/etc/iri-registry']));
      expect(defaultClusterPolicies(v(ver)).units.map((u) => u.name)).toEqual(['iri-registry.service']);
    }
  });
});

describe('mergeClusterPolicies', () => {
  const defaults = defaultClusterPolicies(v('4.19'));
  it('replaces a default path in place and appends new paths', () => {
    const user: NodeDisruptionPolicy = {
      files: [
        { path: '/etc/containers/registries.conf', actions: [{ type: 'Restart', serviceName: 'crio.service' }] },
        { path: '/etc/containers/registries.conf.d', actions: [crio] }
      ],
      units: []
    };
    const merged = mergeClusterPolicies(defaults, user);
    const i = defaults.files.findIndex((f) => f.path === '/etc/containers/registries.conf');
    expect(merged.files[i]).toBe(user.files[0]);
    expect(merged.files.length).toBe(defaults.files.length + 1);
    expect(merged.files.at(-1)).toBe(user.files[1]);
  });

  it('replaces sshkey only with a non-empty list, and does not touch the defaults object', () => {
    expect(mergeClusterPolicies(defaults, { files: [], units: [], sshkey: [] }).sshkey).toEqual([{ type: 'None' }]);
    expect(mergeClusterPolicies(defaults, { files: [], units: [], sshkey: [{ type: 'Drain' }] }).sshkey).toEqual([
      { type: 'Drain' }
    ]);
    expect(defaults.sshkey).toEqual([{ type: 'None' }]);
  });
});

describe('findClosestFilePolicyPathMatch', () => {
  const pol = (...ps: string[]) => ps.map((path) => ({ path, actions: [{ type: 'None' as const }] }));
  it('matches a parent directory with or without a trailing slash', () => {
    expect(
      findClosestFilePolicyPathMatch('/etc/containers/registries.d/x.yaml', pol('/etc/containers/registries.d/')).found
    ).toBe(true);
  });
  it('does not match a sibling that only shares a name prefix', () => {
    expect(
      findClosestFilePolicyPathMatch(
        '/etc/containers/registries.conf.d/01.conf',
        pol('/etc/containers/registries.conf')
      ).found
    ).toBe(false);
  });
  it('a directory policy does not match the directory path itself unless equal', () => {
    expect(findClosestFilePolicyPathMatch('/etc/a', pol('/etc/a/')).found).toBe(false);
    expect(findClosestFilePolicyPathMatch('/etc/a/', pol('/etc/a/')).found).toBe(true);
  });
});

describe('calculatePostConfigChangeNodeDisruptionActionFromMCDiffs', () => {
  const p = defaultClusterPolicies(v('4.22'));
  it('an unmatched file is an immediate Reboot', () => {
    const r = calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(
      false,
      [
        '/etc/containers/policy.json',
        '/etc/containers/registries.conf.d/01-image-searchRegistries.conf',
        '/etc/containers/registries.conf'
      ],
      [],
      p
    );
    expect(r.actions).toEqual([{ type: 'Reboot' }]);
    expect(r.matches.map((m) => m.name)).toEqual([
      '/etc/containers/policy.json',
      '/etc/containers/registries.conf.d/01-image-searchRegistries.conf'
    ]);
  });
  it('keeps duplicates in diff order', () => {
    const r = calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(
      false,
      ['/etc/containers/policy.json', '/etc/containers/registries.d/s.yaml'],
      [],
      p
    );
    expect(r.actions).toEqual([crio, crio]);
  });
  it('all-None collapses to one None; SSH adds the sshkey actions', () => {
    expect(
      calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(true, ['/var/lib/kubelet/config.json'], [], p).actions
    ).toEqual([{ type: 'None' }]);
  });
  it('units: a named unit uses its policy, an unknown unit reboots', () => {
    expect(
      calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(false, [], ['iri-registry.service'], p).actions
    ).toEqual([{ type: 'DaemonReload' }, { type: 'Restart', serviceName: 'iri-registry.service' }]);
    expect(calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(false, [], ['other.service'], p).actions).toEqual([
      { type: 'Reboot' }
    ]);
  });
  it('OS-level changes reboot before any policy is read; an empty diff is None', () => {
    expect(
      calculatePostConfigChangeNodeDisruptionAction(['osImageURL', '/etc/containers/policy.json'], p).actions
    ).toEqual([{ type: 'Reboot' }]);
    expect(calculatePostConfigChangeNodeDisruptionAction([], p).actions).toEqual([{ type: 'None' }]);
  });
});

describe('isDrainRequiredForNodeDisruptionActions', () => {
  const unsafe = { safe: () => ({ safe: false, why: 'unsafe' }), overrideDrain: false };
  it('Reboot and Drain drain; Reload alone does not', () => {
    expect(isDrainRequiredForNodeDisruptionActions([{ type: 'Reboot' }], unsafe).drain).toBe(true);
    expect(isDrainRequiredForNodeDisruptionActions([crio, { type: 'Drain' }], unsafe).drain).toBe(true);
    expect(isDrainRequiredForNodeDisruptionActions([crio], unsafe).drain).toBe(false);
  });
  it('Special asks the safety check unless the override ConfigMap is honoured', () => {
    expect(isDrainRequiredForNodeDisruptionActions([{ type: 'Special' }], unsafe)).toEqual({
      drain: true,
      reason: 'unsafe'
    });
    const skipped = isDrainRequiredForNodeDisruptionActions([{ type: 'Special' }], { ...unsafe, overrideDrain: true });
    expect(skipped.drain).toBe(false);
    expect(skipped.reason).toMatch(/image-registry-override-drain/);
  });
});

describe('validateNodeDisruptionPolicy', () => {
  const loc = { file: 'mc.yaml', line: 3 };
  it('accepts a valid policy', () => {
    const ok: NodeDisruptionPolicy = {
      files: [
        {
          path: '/etc/containers/registries.conf',
          actions: [{ type: 'Drain' }, { type: 'Restart', serviceName: 'crio.service' }]
        }
      ],
      units: [{ name: 'my-unit.service', actions: [{ type: 'None' }] }],
      sshkey: [{ type: 'None' }]
    };
    expect(validateNodeDisruptionPolicy(ok, loc)).toEqual([]);
  });

  it('reports each API rule with the entry location and rule ndp-invalid', () => {
    const bad: NodeDisruptionPolicy = {
      files: [
        { path: '/etc/a', actions: [{ type: 'Reboot' }, { type: 'Drain' }], loc: { file: 'mc.yaml', line: 10 } },
        { path: '/etc/b', actions: [{ type: 'Special' }], loc: { file: 'mc.yaml', line: 14 } },
        { path: '/etc/c', actions: [{ type: 'Reload' }], loc: { file: 'mc.yaml', line: 18 } },
        { path: '/etc/d', actions: [{ type: 'Restart', serviceName: 'crio' }], loc: { file: 'mc.yaml', line: 22 } },
        { path: '/etc/a', actions: [{ type: 'None' }], loc: { file: 'mc.yaml', line: 26 } }
      ],
      units: [{ name: 'nounit', actions: [{ type: 'None' }, { type: 'Drain' }], loc: { file: 'mc.yaml', line: 30 } }]
    };
    const f = validateNodeDisruptionPolicy(bad, loc);
    expect(f.every((x) => x.rule === 'ndp-invalid' && x.severity === 'error' && x.file === 'mc.yaml')).toBe(true);
    const at = (line: number) => f.filter((x) => x.line === line).map((x) => x.message);
    expect(at(10)).toEqual([
      expect.stringMatching(/files\[0\] \(\/etc\/a\): Reboot action can only be specified standalone/)
    ]);
    expect(at(14)[0]).toMatch(/"Special" is not allowed/);
    expect(at(18)[0]).toMatch(/reload.serviceName is required when type is Reload/);
    expect(at(22)[0]).toMatch(/restart.serviceName "crio" must be/);
    expect(at(26)[0]).toMatch(/duplicate path/);
    expect(at(30)).toEqual([
      expect.stringMatching(/units\[0\] \(nounit\): name must be/),
      expect.stringMatching(/None action can only be specified standalone/)
    ]);
  });

  it('counts entries and actions', () => {
    const many: NodeDisruptionPolicy = {
      files: Array.from({ length: 51 }, (_, i) => ({ path: `/etc/f${i}`, actions: [{ type: 'None' as const }] })),
      units: [],
      sshkey: Array.from({ length: 11 }, () => ({ type: 'Drain' as const }))
    };
    const msgs = validateNodeDisruptionPolicy(many, loc).map((x) => x.message);
    expect(msgs).toEqual([
      expect.stringMatching(/files has 51 entries; at most 50/),
      expect.stringMatching(/sshkey: has 11 actions; at most 10/)
    ]);
    expect(validateNodeDisruptionPolicy(many, loc)[0]!.line).toBe(3);
  });
});
