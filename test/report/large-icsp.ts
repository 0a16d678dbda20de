/**
 * The large-change case of issue 15: a pull request adds the ImageContentSourcePolicy that
 * `oc adm catalog mirror` writes for an operator catalog, one repositoryDigestMirrors entry per image
 * repository (630 here), all to one mirror registry.
 */
export const LARGE_ICSP_ENTRIES = 630;

const NAMESPACES = [
  'rhel8',
  'rhel9',
  'openshift4',
  'openshift-logging',
  'rhacm2',
  'odf4',
  'quay',
  'ansible-automation'
];

/** Deterministic repository names: registry.redhat.io/<namespace>/<operator>-<n>. */
export function catalogRepositories(n = LARGE_ICSP_ENTRIES): string[] {
  return Array.from({ length: n }, (_, i) => {
    const ns = NAMESPACES[i % NAMESPACES.length]!;
    return `registry.redhat.io/${ns}/operator-${String(i).padStart(3, '0')}-bundle`;
  });
}

export function catalogIcsp(n = LARGE_ICSP_ENTRIES): string {
  const entries = catalogRepositories(n).map((source) => {
    const mirrored = source.replace(/^registry\.redhat\.io\//, '').replace(/\//g, '-');
    return `  - mirrors:\n    - mirror.corp.example:5000/olm/${mirrored}\n    source: ${source}\n`;
  });
  return (
    [
      'apiVersion: operator.openshift.io/v1alpha1',
      'kind: ImageContentSourcePolicy',
      'metadata:',
      '  labels:',
      '    operators.openshift.org/catalog: "true"',
      '  name: redhat-operator-index-0',
      'spec:',
      '  repositoryDigestMirrors:',
      ...entries.map((e) => e.trimEnd())
    ].join('\n') + '\n'
  );
}

const POOLS = `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfigPool
metadata:
  name: worker
spec:
  maxUnavailable: 2
  machineConfigSelector:
    matchLabels:
      machineconfiguration.openshift.io/role: worker
`;

const CONFIG = `openshiftVersion: "4.19"
pools: {master: {nodes: 3}, worker: {nodes: 10}}
`;

/** The repository before and after the pull request. */
export function largeIcspSnapshots(): Array<Record<string, string>> {
  const base = { '.github/registry-plan.yaml': CONFIG, 'cluster/pools.yaml': POOLS };
  return [base, { ...base, 'cluster/catalog/imageContentSourcePolicy.yaml': catalogIcsp() }];
}
