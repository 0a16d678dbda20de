/**
 * Cheap text tests that decide what a file can matter for before anything is parsed. Monorepos hold
 * thousands of application manifests; fully parsing only files that name a node-configuration kind,
 * and scanning workload files for image lines without a YAML parse, is what keeps `plan` well under the
 * cost of parsing every file once.
 */

/**
 * Node-configuration kinds, each with a token the file must also contain. ConfigMaps and Secrets are
 * everywhere in app repos; only a few named ones matter here.
 */
const NODE_CONFIG: ReadonlyArray<[kind: string, token: RegExp]> = [
  ['ImageDigestMirrorSet', /./],
  ['ImageTagMirrorSet', /./],
  ['ImageContentSourcePolicy', /./],
  ['Image', /config\.openshift\.io/],
  ['ConfigMap', /openshift-config|windows-instances|image-registry-override-drain/],
  ['Secret', /pull-secret/],
  ['MachineConfigPool', /./],
  ['MachineSet', /machine\.openshift\.io/],
  ['MachineConfiguration', /./],
  ['ClusterVersion', /./]
];

/** Kinds whose Pod templates reference images (plus "common wrappers" such as Argo Rollouts). */
export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'DeploymentConfig',
  'Rollout',
  'PodTemplate'
] as const;

const kindRe = (names: string): RegExp =>
  new RegExp(`["']?kind["']?\\s*:\\s*["']?(${names})["']?\\s*(?:[,}#\\r\\n]|$)`, 'gm');

export const NODE_KIND_RE = kindRe(NODE_CONFIG.map(([k]) => k).join('|'));
export const WORKLOAD_KIND_RE = kindRe(WORKLOAD_KINDS.join('|'));
const TOKENS = new Map(NODE_CONFIG);

/** True when the file may hold an object that shapes node image pulls: parse it fully. */
export function mayHoldNodeConfig(text: string): boolean {
  NODE_KIND_RE.lastIndex = 0;
  for (let m = NODE_KIND_RE.exec(text); m; m = NODE_KIND_RE.exec(text)) {
    if (TOKENS.get(m[1]!)!.test(text)) return true;
  }
  return false;
}

/** True when the file may hold a workload with image references: scan it for image lines. */
export function mayHoldWorkload(text: string): boolean {
  WORKLOAD_KIND_RE.lastIndex = 0;
  return WORKLOAD_KIND_RE.test(text) && /["']?image["']?\s*:/.test(text);
}

/** File names the loader considers manifests at all. */
export function isManifestFileName(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}
