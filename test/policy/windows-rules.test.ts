// Each Windows rule: a manifest that triggers it and one that does not; plus the Windows gate.
import { describe, expect, it } from '@jest/globals';
import type { ClusterModel, Finding, ImageConfig } from '../../src/model/types.js';
import { parseWmcoVersion } from '../../src/model/version.js';
import { windowsFindings } from '../../src/policy/rules/windows.js';
import { pullSecretFromAuths, renderWindows } from '../../src/render/windows/index.js';
import { idms, mirrorSetObject, modelFromVector, type SpecEntry } from '../render/windows/helpers.js';

function findings(model: ClusterModel, hasWindows = true, wmco?: string): Finding[] {
  const render = renderWindows(model, { redact: true, ...(wmco ? { wmcoVersion: parseWmcoVersion(wmco)! } : {}) });
  return windowsFindings(model, render, { hasWindows });
}
const R = {
  pullSecretInRepo: 'pull-secret-in-repo',
  mirrorNaming: 'windows-mirror-naming',
  registryWideMirror: 'windows-registry-wide-mirror',
  neverContactRegistryWide: 'windows-never-contact-registry-wide',
  unsupportedSource: 'windows-unsupported-source',
  duplicateHostTable: 'windows-duplicate-host-table',
  policyOrderDependent: 'windows-policy-order-dependent',
  ignoredSetting: 'windows-ignored-setting',
  disconnectedPause: 'windows-disconnected-pause',
  dockerHubSource: 'windows-docker-hub-source',
  mirrorOrder: 'windows-mirror-order'
} as const;
const rule = (fs: Finding[], id: string) => fs.filter((f) => f.rule === id);
const itms = (...sets: SpecEntry[][]) =>
  modelFromVector({ imageTagMirrorSets: sets.map((s) => ({ imageTagMirrors: s })) });

function expectWellFormed(fs: Finding[]): void {
  for (const f of fs) {
    expect(f.file).not.toBe('');
    expect(f.line).toBeGreaterThan(0);
    expect(f.message.length).toBeGreaterThan(40);
  }
}

describe('gate: Windows rules only for clusters with Windows nodes', () => {
  const model = () =>
    idms([
      {
        source: 'quay.io/remote-org/image',
        mirrors: ['quay.io/my-org/image'],
        mirrorSourcePolicy: 'NeverContactSource'
      }
    ]);

  it('is silent for a Linux-only cluster', () => {
    expect(findings(model(), false)).toEqual([]);
  });

  it('reports when told the cluster has Windows', () => {
    expect(findings(model(), true).length).toBeGreaterThan(0);
  });

  it('reports when the repo declares a Windows MachineSet', () => {
    const m = model();
    m.machineSets.push({
      name: 'win',
      namespace: 'openshift-machine-api',
      loc: { file: 'ms.yaml', line: 1 },
      replicas: 2,
      windows: true
    });
    expect(rule(findings(m, false), R.mirrorNaming)).toHaveLength(1);
  });

  it('reports when the repo declares BYOH instances', () => {
    const m = model();
    m.windowsInstances = {
      loc: { file: 'cm.yaml', line: 1 },
      instances: [{ address: '10.0.0.1', value: 'username=Administrator', loc: { file: 'cm.yaml', line: 6 } }]
    };
    expect(rule(findings(m, false), R.mirrorNaming)).toHaveLength(1);
  });

  it('ignores Linux MachineSets', () => {
    const m = model();
    m.machineSets.push({
      name: 'lin',
      namespace: 'openshift-machine-api',
      loc: { file: 'ms.yaml', line: 1 },
      replicas: 3,
      windows: false
    });
    expect(findings(m, false)).toEqual([]);
  });

  it('reports no mirror rules for WMCO releases without mirror support', () => {
    expect(findings(model(), true, '10.15.0')).toEqual([]);
  });
});

describe(R.mirrorNaming, () => {
  it('triggers when the mirror does not end with the source path (README example)', () => {
    const fs = rule(
      findings(itms([{ source: 'quay.io/remote-org/image', mirrors: ['quay.io/my-org/image'] }])),
      R.mirrorNaming
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('warning');
    expect(fs[0]!.message).toContain('quay.io/my-org/remote-org/image');
    expectWellFormed(fs);
  });

  it('triggers for the pause image mirrored without its namespace', () => {
    const fs = rule(
      findings(itms([{ source: 'mcr.microsoft.com/oss/kubernetes/pause', mirrors: ['mirror.local/pause'] }])),
      R.mirrorNaming
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('mirror.local/<any path>/oss/kubernetes/pause');
  });

  it('does not trigger for <mirror>/<anything>/<source path>, a registry-level source, or mirror = source', () => {
    const model = itms([
      {
        source: 'mcr.microsoft.com/oss/kubernetes/pause',
        mirrors: ['mirror.local:5000/any/thing/oss/kubernetes/pause', 'mirror.local/oss/kubernetes/pause']
      },
      { source: 'registry.example.com', mirrors: ['mirror.local/example'] },
      { source: 'quay.io/org/app', mirrors: ['quay.io/org/app'] }
    ]);
    expect(rule(findings(model), R.mirrorNaming)).toEqual([]);
  });
});

describe(R.registryWideMirror, () => {
  it('is a notice for a repository-scoped entry', () => {
    const fs = rule(
      findings(idms([{ source: 'registry.redhat.io/ubi9/ubi', mirrors: ['m.io/ubi9/ubi'] }])),
      R.registryWideMirror
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('notice');
    expect(fs[0]!.message).toContain('registry.redhat.io');
    expect(fs[0]!.message).toContain('https://m.io/v2');
    expectWellFormed(fs);
  });

  it('is a warning naming the Windows workloads outside the source that now go to the mirror', () => {
    const model = idms([{ source: 'registry.redhat.io/ubi9/ubi', mirrors: ['m.io/ubi9/ubi'] }]);
    model.workloads.push(
      {
        image: 'registry.redhat.io/ubi8/ubi:8.9',
        file: 'deploy.yaml',
        line: 20,
        workload: 'Deployment/w',
        container: 'c',
        windows: true
      },
      {
        image: 'registry.redhat.io/ubi9/ubi:9',
        file: 'deploy.yaml',
        line: 30,
        workload: 'Deployment/w',
        container: 'd',
        windows: true
      },
      {
        image: 'registry.redhat.io/other:1',
        file: 'linux.yaml',
        line: 5,
        workload: 'Deployment/l',
        container: 'c',
        windows: false
      }
    );
    const fs = rule(findings(model), R.registryWideMirror);
    expect(fs[0]!.severity).toBe('warning');
    expect(fs[0]!.message).toContain('registry.redhat.io/ubi8/ubi:8.9 (deploy.yaml:20)');
    expect(fs[0]!.message).not.toContain('ubi9/ubi:9 (');
    expect(fs[0]!.message).not.toContain('other:1');
  });

  it('does not trigger for a registry-level source', () => {
    expect(
      rule(findings(idms([{ source: 'registry.redhat.io', mirrors: ['m.io/redhat'] }])), R.registryWideMirror)
    ).toEqual([]);
  });
});

describe(R.neverContactRegistryWide, () => {
  it('triggers when NeverContactSource on one repository cuts the registry off', () => {
    const fs = rule(
      findings(
        idms([{ source: 'quay.io/org/app', mirrors: ['m.io/org/app'], mirrorSourcePolicy: 'NeverContactSource' }])
      ),
      R.neverContactRegistryWide
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('warning');
    expect(fs[0]!.message).toContain('whole registry quay.io');
    expectWellFormed(fs);
  });

  it('does not trigger for a registry-level source or when the fold drops the policy', () => {
    expect(
      rule(
        findings(idms([{ source: 'quay.io', mirrors: ['m.io'], mirrorSourcePolicy: 'NeverContactSource' }])),
        R.neverContactRegistryWide
      )
    ).toEqual([]);
    const folded = idms([
      { source: 'quay.io/a', mirrors: ['m.io/a'] },
      { source: 'quay.io/b', mirrors: ['m.io/b'], mirrorSourcePolicy: 'NeverContactSource' }
    ]);
    expect(rule(findings(folded), R.neverContactRegistryWide)).toEqual([]);
  });
});

describe(R.unsupportedSource, () => {
  it('triggers for a source with a port', () => {
    const fs = rule(
      findings(idms([{ source: 'registry.local:5000/app', mirrors: ['m.io/app'] }])),
      R.unsupportedSource
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('registry.local_5000_');
    expectWellFormed(fs);
  });

  it('triggers for a wildcard source', () => {
    const fs = rule(findings(idms([{ source: '*.redhat.io', mirrors: ['mirror.local/redhat'] }])), R.unsupportedSource);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('wildcard');
  });

  it('is the only finding for such a source: its other Windows effects never happen', () => {
    const fs = findings(
      idms([{ source: 'registry.local:5000/app', mirrors: ['m.io/x/app'], mirrorSourcePolicy: 'NeverContactSource' }])
    );
    expect(fs.map((f) => f.rule)).toEqual([R.unsupportedSource]);
  });

  it('does not trigger for a plain host, even with a mirror port', () => {
    expect(
      rule(findings(idms([{ source: 'registry.local/app', mirrors: ['m.io:5000/app'] }])), R.unsupportedSource)
    ).toEqual([]);
  });
});

describe(R.duplicateHostTable, () => {
  it('triggers for two mirrors of one entry that reduce to the same table (e2e-10 shape)', () => {
    const fs = rule(
      findings(idms([{ source: 'quay.io/a/img', mirrors: ['m.io/x/a/img', 'm.io/x/img'] }])),
      R.duplicateHostTable
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('error');
    expect(fs[0]!.message).toContain('[host."https://m.io/v2/x"]');
    expectWellFormed(fs);
  });

  it('triggers for different spellings that give the same URL (scheme on one mirror)', () => {
    const model = idms([
      { source: 'quay.io/a', mirrors: ['m.io/a'] },
      { source: 'quay.io/b', mirrors: ['https://m.io/b'] }
    ]);
    expect(rule(findings(model), R.duplicateHostTable)).toHaveLength(1);
  });

  it('does not trigger once the merge deduplicates the hosts (e2e-10b shape)', () => {
    const model = idms([
      { source: 'quay.io/a/img', mirrors: ['m.io/x/a/img', 'm.io/x/img'] },
      { source: 'quay.io/b/other', mirrors: ['n.io/b/other'] }
    ]);
    expect(rule(findings(model), R.duplicateHostTable)).toEqual([]);
  });
});

describe(R.policyOrderDependent, () => {
  it('triggers for unset next to NeverContactSource in one object, saying the source is contacted (e2e-07a)', () => {
    const model = idms([
      { source: 'registry.example.com/team-a/app', mirrors: ['mirror.local/team-a/app'] },
      {
        source: 'registry.example.com/team-b/app',
        mirrors: ['mirror2.local/team-b/app'],
        mirrorSourcePolicy: 'NeverContactSource'
      }
    ]);
    const fs = rule(findings(model), R.policyOrderDependent);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('NeverContactSource is dropped');
    expect(fs[0]!.message).toContain('order of these entries');
    expectWellFormed(fs);
  });

  it('calls the result non-deterministic across objects of the same kind', () => {
    const model = idms(
      [{ source: 'r.io/a', mirrors: ['m.io/a'], mirrorSourcePolicy: 'NeverContactSource' }],
      [{ source: 'r.io/b', mirrors: ['m.io/b'] }]
    );
    const fs = rule(findings(model), R.policyOrderDependent);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('NeverContactSource wins');
    expect(fs[0]!.message).toContain('does not define');
  });

  it('does not trigger when the other entries say AllowContactingSource explicitly (e2e-07c)', () => {
    const model = idms([
      {
        source: 'registry.example.com/team-a/app',
        mirrors: ['mirror.local/team-a/app'],
        mirrorSourcePolicy: 'AllowContactingSource'
      },
      {
        source: 'registry.example.com/team-b/app',
        mirrors: ['mirror2.local/team-b/app'],
        mirrorSourcePolicy: 'NeverContactSource'
      }
    ]);
    expect(rule(findings(model), R.policyOrderDependent)).toEqual([]);
  });
});

describe(R.ignoredSetting, () => {
  const image = (fields: Partial<ImageConfig>): ImageConfig => ({
    name: 'cluster',
    loc: { file: 'image.yaml', line: 1 },
    fieldLocs: {
      insecureRegistries: { file: 'image.yaml', line: 7 },
      blockedRegistries: { file: 'image.yaml', line: 9 }
    },
    ...fields
  });

  it('triggers for ICSP objects and insecure/allowed/blocked registries', () => {
    const model = idms();
    model.icsp.push(
      mirrorSetObject('ImageContentSourcePolicy', 'legacy', [{ source: 'quay.io/a', mirrors: ['m.io/a'] }])
    );
    model.image = image({
      insecureRegistries: ['insecure.local'],
      allowedRegistries: ['quay.io'],
      blockedRegistries: ['evil.io']
    });
    const fs = rule(findings(model), R.ignoredSetting);
    expect(fs.map((f) => f.severity)).toEqual(['notice', 'notice', 'notice', 'notice']);
    expect(fs[0]!.object).toBe('ImageContentSourcePolicy/legacy');
    expect(fs.find((f) => f.message.includes('insecureRegistries'))!.line).toBe(7);
    expectWellFormed(fs);
  });

  it('does not trigger without ICSP and with empty or absent registry lists', () => {
    const model = idms([{ source: 'quay.io', mirrors: ['m.io'] }]);
    model.image = image({ insecureRegistries: [], allowedRegistries: undefined });
    expect(rule(findings(model), R.ignoredSetting)).toEqual([]);
  });
});

describe(R.disconnectedPause, () => {
  const never = (extra: SpecEntry[] = []) =>
    itms([
      {
        source: 'mcr.microsoft.com/powershell',
        mirrors: ['m.io/mcr/powershell'],
        mirrorSourcePolicy: 'NeverContactSource'
      },
      ...extra
    ]);

  it('is an error when mcr.microsoft.com is never contacted and nothing mirrors the pause image', () => {
    const fs = rule(findings(never()), R.disconnectedPause);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('error');
    expect(fs[0]!.message).toContain('mcr.microsoft.com/oss/kubernetes/pause');
    expectWellFormed(fs);
  });

  it('is a warning when the pause mirror exists but a Windows tag pull never reaches it', () => {
    const fs = rule(
      findings(never([{ source: 'mcr.microsoft.com/oss/kubernetes/pause', mirrors: ['m.io/pause'] }])),
      R.disconnectedPause
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('warning');
  });

  it('does not trigger when the pause image is mirrored with its namespace', () => {
    expect(
      rule(
        findings(
          never([{ source: 'mcr.microsoft.com/oss/kubernetes/pause', mirrors: ['m.io/mcr/oss/kubernetes/pause'] }])
        ),
        R.disconnectedPause
      )
    ).toEqual([]);
  });

  it('does not trigger when a registry-level mirror covers mcr.microsoft.com', () => {
    const model = itms([
      { source: 'mcr.microsoft.com', mirrors: ['m.io/mcr'], mirrorSourcePolicy: 'NeverContactSource' }
    ]);
    expect(rule(findings(model), R.disconnectedPause)).toEqual([]);
  });

  it('does not trigger when mcr.microsoft.com may still be contacted', () => {
    expect(
      rule(
        findings(itms([{ source: 'mcr.microsoft.com/powershell', mirrors: ['m.io/mcr/powershell'] }])),
        R.disconnectedPause
      )
    ).toEqual([]);
  });
});

describe(R.pullSecretInRepo, () => {
  const secret = 'dXNlcjpzM2NyM3Q=';
  it('is an error, reported even for Linux-only clusters, and never quotes the secret', () => {
    const model = idms([{ source: 'quay.io', mirrors: ['m.io'] }]);
    model.pullSecret = pullSecretFromAuths({ 'm.io': { auth: secret } }, { file: 'pull-secret.yaml', line: 3 });
    const fs = rule(findings(model, false), R.pullSecretInRepo);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('error');
    expect(fs[0]!.file).toBe('pull-secret.yaml');
    expect(JSON.stringify(findings(model, true))).not.toContain(secret);
    expect(JSON.stringify(findings(model, true))).not.toContain('s3cr3t');
  });

  it('does not trigger without the secret', () => {
    expect(rule(findings(idms([{ source: 'quay.io', mirrors: ['m.io'] }])), R.pullSecretInRepo)).toEqual([]);
  });
});

describe(R.dockerHubSource, () => {
  it('triggers for a docker.io source whose fallback is docker.io/v2 (e2e-18)', () => {
    const fs = rule(
      findings(itms([{ source: 'docker.io/library/nginx', mirrors: ['mirror.local/dockerhub/library/nginx'] }])),
      R.dockerHubSource
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('registry-1.docker.io');
    expectWellFormed(fs);
  });

  it('does not trigger under NeverContactSource (server is a mirror) or for other registries', () => {
    expect(
      rule(
        findings(
          itms([
            {
              source: 'docker.io/library/nginx',
              mirrors: ['mirror.local/dockerhub/library/nginx'],
              mirrorSourcePolicy: 'NeverContactSource'
            }
          ])
        ),
        R.dockerHubSource
      )
    ).toEqual([]);
    expect(
      rule(
        findings(itms([{ source: 'quay.io/library/nginx', mirrors: ['mirror.local/library/nginx'] }])),
        R.dockerHubSource
      )
    ).toEqual([]);
  });
});

describe(R.mirrorOrder, () => {
  it('triggers when the listed order is not the order Windows nodes try (e2e-08 shape)', () => {
    const fs = rule(findings(idms([{ source: 'q.io/a', mirrors: ['primary.io/a', 'backup.io/a'] }])), R.mirrorOrder);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('notice');
    expect(fs[0]!.message).toContain('https://backup.io/v2, https://primary.io/v2');
    expectWellFormed(fs);
  });

  it('does not trigger when the listed order is already alphabetical', () => {
    expect(rule(findings(idms([{ source: 'q.io/a', mirrors: ['a.io/a', 'b.io/a'] }])), R.mirrorOrder)).toEqual([]);
  });
});
