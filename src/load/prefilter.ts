/**
 * Cheap text tests that decide what a file can matter for before anything is parsed. Monorepos hold
 * thousands of application manifests; fully parsing only files that name a node-configuration kind,
 * and scanning workload files for image lines without a YAML parse, is what keeps `plan` well under the
 * cost of parsing every file once.
 */

import { nearMissKind } from '../model/near-miss.js';

/**
 * Node-configuration kinds, each with a token the file must also contain. ConfigMaps and Secrets are
 * everywhere in app repos; only a few named ones matter here.
 */
const NODE_CONFIG: ReadonlyArray<[kind: string, token: RegExp]> = [
  ['ImageDigestMirrorSet', /./],
  ['ImageTagMirrorSet', /./],
  ['ImageContentSourcePolicy', /./],
  ['ClusterImagePolicy', /config\.openshift\.io/],
  ['ImagePolicy', /config\.openshift\.io/],
  ['Image', /config\.openshift\.io/],
  ['ConfigMap', /openshift-config|windows-instances|image-registry-override-drain/],
  ['Secret', /pull-secret/],
  ['MachineConfigPool', /./],
  ['MachineConfig', /machineconfiguration\.openshift\.io/],
  ['ContainerRuntimeConfig', /machineconfiguration\.openshift\.io/],
  ['MachineSet', /machine\.openshift\.io/],
  ['MachineConfiguration', /./],
  ['ClusterVersion', /./],
  // Platform images a disconnected cluster must resolve through a mirror (workloads.ts routes them).
  ['CatalogSource', /operators\.coreos\.com/],
  ['ClusterCatalog', /olm\.operatorframework\.io/],
  ['UpdateService', /updateservice\.operator\.openshift\.io/],
  ['PinnedImageSet', /./],
  ['ClusterImagePolicy', /./],
  ['ImagePolicy', /./],
  ['MachineConfig', /./],
  ['ContainerRuntimeConfig', /./]
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

/** Any `kind:` value, for the near-miss test (bounded length keeps the scan linear). */
const ANY_KIND_RE = /["']?kind["']?[ \t]*:[ \t]*["']?([A-Za-z][A-Za-z0-9]{0,63})["']?[ \t]*(?:[,}#\r\n]|$)/gm;

/**
 * True when the file may hold an object that shapes node image pulls: parse it fully. A kind that is
 * a near miss of one of those (`ImageDigestMirrorSett`) in a platform group is parsed too, so the
 * typo is reported instead of the file being skipped.
 */
export function mayHoldNodeConfig(text: string): boolean {
  NODE_KIND_RE.lastIndex = 0;
  // Each kind's token is looked for once: a file of a hundred ConfigMaps would otherwise search its
  // whole text a hundred times.
  let tried: Set<string> | undefined;
  for (let m = NODE_KIND_RE.exec(text); m; m = NODE_KIND_RE.exec(text)) {
    const kind = m[1]!;
    if (tried?.has(kind)) continue;
    if (TOKENS.get(kind)!.test(text)) return true;
    (tried ??= new Set()).add(kind);
  }
  if (!text.includes('openshift.io/')) return false;
  ANY_KIND_RE.lastIndex = 0;
  // A file repeats few kind names; each distinct name is compared once.
  const seen = new Set<string>();
  for (let m = ANY_KIND_RE.exec(text); m; m = ANY_KIND_RE.exec(text)) {
    const kind = m[1]!;
    if (seen.has(kind)) continue;
    seen.add(kind);
    if (nearMissKind(kind) !== undefined) return true;
  }
  return false;
}

/**
 * YAML (and JSON) can spell a key or value so that its text never appears literally in the file: escapes
 * in double-quoted scalars (`"Image\x44igestMirrorSet"`, `"\u006bind"`), tags (`!!str`), anchors and
 * aliases, merge keys, complex keys (`? kind`) and block scalars after `kind:`. A hostile pull request can
 * hide a mirror set that way from the literal scan above, so a file using any of these is parsed fully
 * and its kinds are read from the parse. Each alternative is linear: no nested quantifiers.
 */
const HIDING: ReadonlyArray<[needs: string[], re: RegExp]> = [
  [['\\'], /"[^"\n]*\\/], // an escape inside a double-quoted scalar (JSON strings included)
  [['!', '&', '*'], /(?:^|[\s[{,])[!&*][^\s,[\]{}]/m], // a tag, anchor or alias in a node position
  [['<<'], /<<\s*:/], // a merge key
  [['?'], /^[\t ]*(?:-[\t ]+)*\?(?:[\t ]|$)/m], // a complex mapping key
  [['kind'], /["']?kind["']?[\t ]*:[\t ]*[|>]/] // a block scalar as the kind
];

/**
 * True when the literal scan cannot be trusted for this file: parse it fully. Each pattern runs only on
 * text holding a character it cannot match without (most manifests have no backslash, `?` or `<<`), so
 * most files are passed by a few substring searches instead of five regular-expression scans.
 */
export function mayHideStructure(text: string): boolean {
  return HIDING.some(([needs, re]) => needs.some((n) => text.includes(n)) && re.test(text));
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
