import { describe, expect, it } from '@jest/globals';
import { decideNodeImpact, impactPath, type ImpactInput, type NodeFileChange } from '../../src/impact/decide.js';
import { calculatePostConfigChangeAction, isDrainRequired } from '../../src/impact/legacy.js';
import { parseOcpVersion } from '../../src/model/version.js';

const v = (s: string) => parseOcpVersion(s)!;
const RC = '/etc/containers/registries.conf';
const PJ = '/etc/containers/policy.json';
const DROPIN = '/etc/containers/registries.conf.d/01-image-searchRegistries.conf';
const CA = '/etc/pki/ca-trust/source/anchors/openshift-config-user-ca-bundle.crt';
const mod = (...paths: string[]): NodeFileChange[] => paths.map((path) => ({ path, change: 'modified' as const }));

const TEMPLATE = "unqualified-search-registries = ['registry.access.redhat.com', 'docker.io']\n";
const HEAD = 'unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]\nshort-name-mode = ""\n';
const reg = (mirrors: [string, string][], extra = ''): string =>
  `${HEAD}\n[[registry]]\n  prefix = ""\n  location = "quay.io/app"\n${extra}` +
  mirrors
    .map(([m, p]) => `\n  [[registry.mirror]]\n    location = "${m}"\n${p ? `    pull-from-mirror = "${p}"\n` : ''}`)
    .join('');
/** IDMS created: safe (4.13+). */
const IDMS_NEW = reg([['m1.example.com/app', 'digest-only']]);
/** ITMS created: unsafe. */
const ITMS_NEW = reg([['t1.example.com/app', 'tag-only']]);
/** ICSP on ≤4.12: registry-level mirror-by-digest-only. */
const ICSP_412 = reg([['m1.example.com/app', '']], '  mirror-by-digest-only = true\n');

const base = (over: Partial<ImpactInput>): ImpactInput => ({
  version: v('4.19'),
  changedFiles: mod(RC),
  oldRegistriesConf: TEMPLATE,
  newRegistriesConf: IDMS_NEW,
  overrideDrainConfigMap: false,
  ...over
});

describe('impactPath', () => {
  it.each([
    ['4.6', {}, 'pre-4.7'],
    ['4.7', {}, '4.7'],
    ['4.12', {}, 'legacy'],
    ['4.16', {}, 'legacy'],
    ['4.16', { techPreview: true }, 'ndp'],
    ['4.17', {}, 'ndp'],
    ['4.17', { firstBoot: true }, 'legacy'],
    ['4.20', {}, 'ndp']
  ] as const)('%s %j → %s', (ver, opts, path) => {
    expect(impactPath(v(ver), opts)).toBe(path);
  });
});

describe('decideNodeImpact by version', () => {
  it('4.6: every MachineConfig change cordons, drains and reboots', () => {
    const d = decideNodeImpact(base({ version: v('4.6'), changedFiles: mod(PJ) }));
    expect(d).toMatchObject({ path: 'pre-4.7', actions: ['reboot'], drain: true, reboot: true, disruption: 'reboot' });
    expect(d.reasons[0]).toMatch(/4\.6 has no post-config actions.*policy\.json/);
  });

  it('4.7: registries.conf reloads CRI-O but the node always drains; policy.json still reboots', () => {
    const d = decideNodeImpact(base({ version: v('4.7') }));
    expect(d).toMatchObject({
      path: '4.7',
      actions: ['reload crio.service'],
      drain: true,
      reboot: false,
      disruption: 'drain'
    });
    expect(d.reasons).toContain('OpenShift 4.7 always cordons and drains before applying a MachineConfig change');
    expect(decideNodeImpact(base({ version: v('4.7'), changedFiles: mod(RC, PJ) })).reboot).toBe(true);
  });

  it('4.9: policy.json is not yet a reload file', () => {
    expect(decideNodeImpact(base({ version: v('4.9'), changedFiles: mod(PJ) })).actions).toEqual(['reboot']);
    expect(decideNodeImpact(base({ version: v('4.10'), changedFiles: mod(PJ) })).actions).toEqual([
      'reload crio.service'
    ]);
  });

  it('4.12: a new ICSP source (mirror-by-digest-only) reloads CRI-O without a drain', () => {
    const d = decideNodeImpact(base({ version: v('4.12'), newRegistriesConf: ICSP_412 }));
    expect(d).toMatchObject({
      path: 'legacy',
      actions: ['reload crio.service'],
      drain: false,
      reboot: false,
      disruption: 'reload'
    });
    expect(d.legacyActions).toEqual(['reload crio']);
    expect(d.reasons.join('\n')).toMatch(
      /safe change, no drain \(new registry "quay.io\/app" with mirror-by-digest-only = true\)/
    );
  });

  it('4.12: removing an ICSP mirror drains', () => {
    const two = reg(
      [
        ['m1.example.com/app', ''],
        ['m2.example.com/app', '']
      ],
      '  mirror-by-digest-only = true\n'
    );
    const d = decideNodeImpact(base({ version: v('4.12'), oldRegistriesConf: two, newRegistriesConf: ICSP_412 }));
    expect(d).toMatchObject({ drain: true, reboot: false, disruption: 'drain' });
    expect(d.reasons.join('\n')).toMatch(/mirror m2.example.com\/app removed/);
  });

  it('4.16 default: legacy path, the user policy is not used', () => {
    const d = decideNodeImpact(
      base({
        version: v('4.16'),
        newRegistriesConf: ITMS_NEW,
        userPolicy: { files: [{ path: RC, actions: [{ type: 'Restart', serviceName: 'crio.service' }] }], units: [] }
      })
    );
    expect(d).toMatchObject({ path: 'legacy', actions: ['reload crio.service'], drain: true, reboot: false });
    expect(d.reasons[0]).toMatch(
      /nodeDisruptionPolicy is not used on this path \(OpenShift 4\.16 without TechPreview\)/
    );
  });

  it('4.16 TechPreview: NDP path with the 4.16 defaults', () => {
    const d = decideNodeImpact(
      base({ version: v('4.16'), techPreview: true, changedFiles: mod('/etc/mco/internal-registry-pull-secret.json') })
    );
    expect(d).toMatchObject({ path: 'ndp', actions: ['none'], drain: false, disruption: 'none' });
    // Without TechPreview the same file is unknown to the legacy lists and reboots.
    expect(
      decideNodeImpact(base({ version: v('4.16'), changedFiles: mod('/etc/mco/internal-registry-pull-secret.json') }))
        .reboot
    ).toBe(true);
  });

  it('4.17: IDMS creation is Special → reload CRI-O, no drain', () => {
    const d = decideNodeImpact(base({ version: v('4.17') }));
    expect(d).toMatchObject({
      path: 'ndp',
      actions: ['reload crio.service'],
      drain: false,
      reboot: false,
      disruption: 'reload'
    });
    expect(d.ndpActions).toEqual([{ type: 'Special' }]);
    expect(d.reasons[0]).toBe(
      '/etc/containers/registries.conf (modified): default policy: Special (systemctl reload crio, drain only if the change is not safe)'
    );
  });

  it('4.17: ITMS creation drains but does not reboot, and says where the docs differ', () => {
    const d = decideNodeImpact(base({ version: v('4.17'), newRegistriesConf: ITMS_NEW }));
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: true, reboot: false, disruption: 'drain' });
    const text = d.reasons.join('\n');
    expect(text).toMatch(
      /not a safe change, the node drains \(new registry "quay.io\/app" has a mirror that is not digest-only: t1.example.com\/app \(pull-from-mirror tag-only\)\)/
    );
    expect(text).toMatch(/Docs differ: .*ITMS.*drains and reboots.*only reloads CRI-O/);
  });

  it('4.20: NDP unconditionally; the override ConfigMap is no longer read', () => {
    const d = decideNodeImpact(base({ version: v('4.20'), newRegistriesConf: ITMS_NEW, overrideDrainConfigMap: true }));
    expect(d).toMatchObject({ path: 'ndp', drain: true });
    expect(d.reasons.join('\n')).toMatch(/present but OpenShift 4\.20 does not read it/);
  });

  it('first boot on 4.19 uses the legacy lists', () => {
    const d = decideNodeImpact(base({ firstBoot: true, changedFiles: mod(CA) }));
    expect(d).toMatchObject({ path: 'legacy', actions: ['restart crio.service'], drain: false, disruption: 'restart' });
    expect(d.reasons).toContain('the CRI-O restart runs update-ca-trust first');
  });
});

describe('decideNodeImpact: user node-disruption policy', () => {
  const restart = {
    files: [{ path: RC, actions: [{ type: 'Restart' as const, serviceName: 'crio.service' }] }],
    units: []
  };

  it('overriding registries.conf removes the safety check: an unsafe change no longer drains', () => {
    const d = decideNodeImpact(base({ newRegistriesConf: ITMS_NEW, userPolicy: restart }));
    expect(d).toMatchObject({ actions: ['restart crio.service'], drain: false, reboot: false, disruption: 'restart' });
    const text = d.reasons.join('\n');
    expect(text).toMatch(/registries.conf \(modified\): user policy: restart crio.service/);
    expect(text).toMatch(/drain safety check does not run/);
  });

  it('the override drains only when it lists Drain', () => {
    const d = decideNodeImpact(
      base({
        userPolicy: {
          files: [{ path: RC, actions: [{ type: 'Drain' }, { type: 'Reload', serviceName: 'crio.service' }] }],
          units: []
        }
      })
    );
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: true, reboot: false, disruption: 'drain' });
  });

  it('a policy the API would reject is not used: the defaults decide', () => {
    const d = decideNodeImpact(
      base({
        newRegistriesConf: ITMS_NEW,
        userPolicy: { files: [{ path: RC, actions: [{ type: 'Reload' }] }], units: [] }
      })
    );
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: true });
    expect(d.ndpActions).toEqual([{ type: 'Special' }]);
    expect(d.reasons[0]).toMatch(/would be rejected by the API server \(1 problem, see findings\)/);
  });

  it('a user policy for the registries.conf.d directory avoids the search-registries reboot', () => {
    const d = decideNodeImpact(
      base({
        changedFiles: mod(DROPIN),
        userPolicy: {
          files: [
            { path: '/etc/containers/registries.conf.d', actions: [{ type: 'Reload', serviceName: 'crio.service' }] }
          ],
          units: []
        }
      })
    );
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: false, reboot: false });
    expect(d.reasons[0]).toMatch(/user policy for \/etc\/containers\/registries.conf.d: reload crio.service/);
  });
});

describe('decideNodeImpact: the OCPBUGS-60994 documentation note', () => {
  it('is given only for the changes the documentation is about (ITMS created, a mirror set deleted or modified)', () => {
    const note = (changes?: { itmsCreated: boolean; deletedOrModified: boolean }): boolean =>
      decideNodeImpact(base({ version: v('4.17'), mirrorSetChanges: changes })).reasons.some((r) =>
        r.includes('OCPBUGS-60994')
      );
    expect(note({ itmsCreated: false, deletedOrModified: false })).toBe(false);
    expect(note({ itmsCreated: true, deletedOrModified: false })).toBe(true);
    expect(note({ itmsCreated: false, deletedOrModified: true })).toBe(true);
    expect(note(undefined)).toBe(true);
  });
});

describe('decideNodeImpact: image-registry-override-drain ConfigMap', () => {
  it('skips the drain check on the 4.14 legacy path and the 4.19 NDP path', () => {
    for (const ver of ['4.14', '4.19']) {
      const d = decideNodeImpact(base({ version: v(ver), newRegistriesConf: ITMS_NEW, overrideDrainConfigMap: true }));
      expect(d).toMatchObject({ drain: false, actions: ['reload crio.service'] });
      expect(d.reasons.join('\n')).toMatch(/image-registry-override-drain exists/);
    }
  });
  it('is not read before 4.14', () => {
    const d = decideNodeImpact(base({ version: v('4.13'), newRegistriesConf: ITMS_NEW, overrideDrainConfigMap: true }));
    expect(d.drain).toBe(true);
    expect(d.reasons.join('\n')).toMatch(/does not read it \(4\.14–4\.19 only\)/);
  });
  it('does not stop a reboot from draining', () => {
    const d = decideNodeImpact(base({ changedFiles: mod(RC, DROPIN), overrideDrainConfigMap: true }));
    expect(d).toMatchObject({ drain: true, reboot: true });
  });
});

describe('decideNodeImpact: image-config changes (4.17+ default policy)', () => {
  it('containerRuntimeSearchRegistries drop-in → drain and reboot, with the docs note', () => {
    const d = decideNodeImpact(base({ changedFiles: [{ path: DROPIN, change: 'added' }] }));
    expect(d).toMatchObject({ actions: ['reboot'], drain: true, reboot: true, disruption: 'reboot' });
    expect(d.reasons[0]).toBe(`${DROPIN} (added): no node-disruption policy covers this path, so the node reboots`);
    expect(d.reasons.join('\n')).toMatch(/Docs differ: .*containerRuntimeSearchRegistries.*drain and reboot/);
  });

  it('the drop-in reboots on the legacy path too', () => {
    expect(decideNodeImpact(base({ version: v('4.14'), changedFiles: mod(DROPIN) }))).toMatchObject({
      reboot: true,
      drain: true
    });
  });

  it('allowedRegistries (policy.json only) reloads CRI-O without a cordon', () => {
    const d = decideNodeImpact(base({ changedFiles: mod(PJ) }));
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: false, reboot: false, disruption: 'reload' });
    expect(d.reasons.join('\n')).toMatch(/Docs differ: .*restart CRI-O.*does not cordon/);
  });

  it('blockedRegistries (registries.conf + policy.json) reloads CRI-O twice and drains', () => {
    const blocked = `${HEAD}\n[[registry]]\n  prefix = ""\n  location = "bad.example.com"\n  blocked = true\n`;
    const d = decideNodeImpact(base({ changedFiles: mod(RC, PJ), newRegistriesConf: blocked }));
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: true, reboot: false });
    expect(d.ndpActions).toEqual([{ type: 'Special' }, { type: 'Reload', serviceName: 'crio.service' }]);
    expect(d.reasons).toContain('"reload crio.service" runs 2 times, once per matching policy entry');
  });

  it('additionalTrustedCA (certs.d) goes through no MachineConfig: no action', () => {
    const d = decideNodeImpact(
      base({ changedFiles: [{ path: '/etc/docker/certs.d/registry.example.com:5000/ca.crt', change: 'added' }] })
    );
    expect(d).toMatchObject({ actions: ['none'], drain: false, reboot: false, disruption: 'none' });
    expect(d.reasons[0]).toMatch(
      /certs.d\/registry.example.com:5000\/ca.crt: additionalTrustedCA does not go through a MachineConfig/
    );
  });

  it('certs.d files are excluded even next to other changes', () => {
    const d = decideNodeImpact(
      base({ changedFiles: [...mod(PJ), { path: '/etc/docker/certs.d/r.example.com/ca.crt', change: 'removed' }] })
    );
    expect(d).toMatchObject({ actions: ['reload crio.service'], drain: false, reboot: false });
  });

  it('no changed file → nothing happens', () => {
    expect(decideNodeImpact(base({ changedFiles: [] }))).toMatchObject({
      actions: ['none'],
      drain: false,
      disruption: 'none'
    });
  });

  it('an undecodable registries.conf is shown as a drain with the reason', () => {
    const d = decideNodeImpact(base({ newRegistriesConf: '[[registry' }));
    expect(d.drain).toBe(true);
    expect(d.reasons.join('\n')).toMatch(/cannot be decoded/);
  });

  it('a unit change with no policy reboots; OS changes reboot', () => {
    expect(decideNodeImpact(base({ changedFiles: [], otherChanges: ['custom.service'] })).reboot).toBe(true);
    expect(decideNodeImpact(base({ changedFiles: mod(PJ), otherChanges: ['kernelArguments'] })).reboot).toBe(true);
    expect(decideNodeImpact(base({ changedFiles: [], otherChanges: ['sshkeys'] })).actions).toEqual(['none']);
  });
});

describe('legacy calculation details', () => {
  it('a reload file does not downgrade a chosen CRI-O restart (4.14+)', () => {
    expect(calculatePostConfigChangeAction([CA, RC], v('4.14')).actions).toEqual(['restart crio']);
    expect(calculatePostConfigChangeAction([RC, CA], v('4.14')).actions).toEqual(['restart crio']);
  });
  it('unit changes always reboot on the legacy path, and the reason says so', () => {
    const c = calculatePostConfigChangeAction(['custom.service', RC], v('4.15'));
    expect(c.actions).toEqual(['reboot']);
    expect(c.matches[0]!.why).toBe('systemd unit changes always reboot on this path');
  });
  it('the user CA bundle reboots before 4.14', () => {
    expect(calculatePostConfigChangeAction([CA], v('4.13')).actions).toEqual(['reboot']);
  });
  it('sigstore registries.d files reload CRI-O; nmstate files need nothing', () => {
    expect(
      calculatePostConfigChangeAction(['/etc/containers/registries.d/sigstore-registries.yaml'], v('4.16')).actions
    ).toEqual(['reload crio']);
    expect(calculatePostConfigChangeAction(['/etc/nmstate/openshift/eth0.yml'], v('4.16')).actions).toEqual(['none']);
  });
  it('isDrainRequired: a CRI-O reload without registries.conf in the diff needs no check', () => {
    let asked = false;
    const safe = () => {
      asked = true;
      return { safe: false, why: 'unsafe' };
    };
    expect(isDrainRequired(['reload crio'], [PJ], { version: v('4.15'), overrideDrain: false, safe }).drain).toBe(
      false
    );
    expect(asked).toBe(false);
    expect(isDrainRequired(['reload crio'], [RC], { version: v('4.15'), overrideDrain: false, safe }).drain).toBe(true);
    expect(asked).toBe(true);
  });
});
