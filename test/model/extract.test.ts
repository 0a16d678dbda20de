import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseManifests } from '../../src/load/yaml-documents.js';
import { buildModel } from '../../src/model/extract.js';
import { parseOcpVersion } from '../../src/model/version.js';

const model = (text: string, file = 'm.yaml') => buildModel(parseManifests(file, text, DEFAULT_LIMITS).docs);

describe('buildModel', () => {
  it('reads IDMS entries verbatim with lines, unset policy as ""', () => {
    const m = model(`apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata:
  name: a
spec:
  imageDigestMirrors:
  - source: quay.io/app
    mirrors:
    - m1.example.com/app
    - m2.example.com/app
  - source: quay.io/other
    mirrors: [m3.example.com/other]
    mirrorSourcePolicy: NeverContactSource
`);
    expect(m.findings).toEqual([]);
    expect(m.idms[0]!.entries.map((e) => [e.source, e.mirrors, e.mirrorSourcePolicy, e.sourceLoc.line])).toEqual([
      ['quay.io/app', ['m1.example.com/app', 'm2.example.com/app'], '', 7],
      ['quay.io/other', ['m3.example.com/other'], 'NeverContactSource', 11]
    ]);
    expect(m.idms[0]!.entries[0]!.mirrorLocs.map((l) => l.line)).toEqual([9, 10]);
  });

  it('reports what the API server would refuse, with the field line', () => {
    const m = model(`apiVersion: config.openshift.io/v1
kind: ImageTagMirrorSet
metadata: {name: t}
spec:
  imageTagMirrors:
  - source: https://quay.io/app:latest
    mirrors: ["*.mirror.example.com"]
    mirrorSourcePolicy: Sometimes
`);
    expect(m.findings.map((f) => [f.rule, f.line])).toEqual([
      ['api-rejected', 6],
      ['api-rejected', 7],
      ['api-rejected', 8]
    ]);
  });

  it('keeps ICSP patterns for MCO to judge (its CRD does not validate them)', () => {
    const m = model(`apiVersion: operator.openshift.io/v1alpha1
kind: ImageContentSourcePolicy
metadata: {name: i}
spec:
  repositoryDigestMirrors:
  - source: quay.io/ns/repo:latest
    mirrors: [mirror.example.com/ns/repo]
`);
    expect(m.findings).toEqual([]);
    expect(m.icsp[0]!.entries[0]!.source).toBe('quay.io/ns/repo:latest');
  });

  it('reads only the Image named cluster, distinguishing absent lists from empty ones', () => {
    const m = model(`apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  registrySources:
    allowedRegistries: []
    insecureRegistries: [insecure.example.com]
  additionalTrustedCA: {name: ca}
---
apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: other}
`);
    expect(m.image).toMatchObject({
      allowedRegistries: [],
      insecureRegistries: ['insecure.example.com'],
      additionalTrustedCA: 'ca'
    });
    expect(m.image!.blockedRegistries).toBeUndefined();
    expect(m.findings.map((f) => [f.rule, f.line])).toEqual([['api-rejected', 12]]);
  });

  it('does not mistake another group’s Image kind for the cluster image config', () => {
    const m = model('apiVersion: example.dev/v1\nkind: Image\nmetadata: {name: cluster}\n');
    expect(m.image).toBeUndefined();
    expect(m.findings).toEqual([]);
  });

  it('reports wrong types instead of coercing them', () => {
    const m = model(`apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  registrySources:
    blockedRegistries: docker.io
`);
    expect(m.findings[0]).toMatchObject({ rule: 'api-rejected', line: 6 });
    expect(m.findings[0]!.message).toMatch(/must be a list/);
    expect(m.image!.blockedRegistries).toBeUndefined();
  });

  it('reads pools, MachineSets (Windows and not), BYOH instances, NDP and the override-drain ConfigMap', () => {
    const m = model(`apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfigPool
metadata: {name: infra}
spec:
  maxUnavailable: 25%
  paused: true
  machineConfigSelector:
    matchExpressions: [{key: machineconfiguration.openshift.io/role, operator: In, values: [worker, infra]}]
  nodeSelector: {matchLabels: {node-role.kubernetes.io/infra: ""}}
---
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata: {name: win, namespace: openshift-machine-api}
spec:
  replicas: 2
  template:
    metadata:
      labels: {machine.openshift.io/os-id: Windows}
---
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata: {name: lin, namespace: openshift-machine-api}
spec:
  template:
    metadata:
      labels: {machine.openshift.io/cluster-api-machine-role: infra}
---
kind: ConfigMap
apiVersion: v1
metadata: {name: windows-instances, namespace: openshift-windows-machine-config-operator}
data:
  10.0.0.1: username=Administrator
---
kind: ConfigMap
apiVersion: v1
metadata: {name: image-registry-override-drain, namespace: openshift-machine-config-operator}
---
apiVersion: operator.openshift.io/v1
kind: MachineConfiguration
metadata: {name: cluster}
spec:
  nodeDisruptionPolicy:
    files:
    - path: /etc/containers/registries.conf
      actions: [{type: Restart, restart: {serviceName: crio.service}}]
`);
    expect(m.findings).toEqual([]);
    expect(m.pools[0]).toMatchObject({
      name: 'infra',
      maxUnavailable: '25%',
      paused: true,
      machineConfigRoles: ['worker', 'infra'],
      nodeRole: 'infra'
    });
    expect(m.machineSets.map((s) => [s.name, s.replicas, s.windows, s.role])).toEqual([
      ['win', 2, true, undefined],
      ['lin', 1, false, 'infra']
    ]);
    expect(m.windowsInstances!.instances).toEqual([
      { address: '10.0.0.1', value: 'username=Administrator', loc: { file: 'm.yaml', line: 32 } }
    ]);
    expect(m.overrideDrainConfigMap).toBeDefined();
    expect(m.machineConfiguration!.nodeDisruptionPolicy!.files[0]!.actions).toEqual([
      { type: 'Restart', serviceName: 'crio.service' }
    ]);
  });

  it('flags an object declared twice', () => {
    const doc =
      'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata: {name: same}\nspec: {imageDigestMirrors: []}\n';
    const m = model(doc + '---\n' + doc);
    expect(m.findings.map((f) => [f.rule, f.line])).toEqual([['duplicate-object', 6]]);
  });
});

describe('registrySources validation follows the API version', () => {
  const doc = `apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  registrySources:
    allowedRegistries:
    - example.com
    - quay.io
    - registry.redhat.io
    - reg1.io/myrepo/myapp:latest
    - image-registry.openshift-image-registry.svc:5000
`;
  const at = (v: string) =>
    buildModel(parseManifests('img.yaml', doc, DEFAULT_LIMITS).docs, [], { version: parseOcpVersion(v)! });
  it('4.19 to 4.22 store the documentation example as written (no registry-scope rule in openshift/api)', () => {
    for (const v of ['4.19', '4.20', '4.21', '4.22']) {
      const m = at(v);
      expect([v, m.findings]).toEqual([v, []]);
      expect(m.image!.allowedRegistries).toContain('reg1.io/myrepo/myapp:latest');
      expect(m.image!.fieldLocs['allowedRegistries.3']!.line).toBe(10);
    }
  });
  it('4.23 and later refuse the tagged entry, naming its line', () => {
    for (const v of ['4.23', '5.0', '5.2']) {
      expect(at(v).findings.map((f) => [f.rule, f.line])).toEqual([['api-rejected', 10]]);
    }
  });
});
