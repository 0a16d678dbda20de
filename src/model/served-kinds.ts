/**
 * Which group/version serves each kind the tool reads, per OpenShift minor, on the Default feature set.
 * Taken from the CustomResourceDefinitions the payload installs (openshift/api `payload-manifests/crds/`,
 * `served: true` versions, per `release.openshift.io/feature-set` annotation; the per-version
 * `zz_generated.crd-manifests` folders also hold versions the payload no longer ships) on release-4.12 … release-5.2 and master; kinds whose
 * CRDs lived in the operator repositories before 4.15 (MachineConfig, MachineConfigPool,
 * ContainerRuntimeConfig) have been served at v1 since 4.1. docs/api-versions.md has the rows.
 *
 * An object of a kind the API server does not serve at the planned version never reaches a node: the
 * apply fails (or, under Argo CD/Flux, the sync fails) and the nodes keep what they had. Reporting it
 * as an error is the only honest answer; dropping it would let a plan pass that describes nothing.
 */
import { compareOcp, formatOcp, type OcpVersion } from './version.js';

export interface ServedRange {
  group: string;
  version: string;
  kind: string;
  /** First minor that serves it ("4.13"). */
  from: string;
  /** First minor that no longer serves it, when removed. */
  until?: string;
  /** Minors where only TechPreviewNoUpgrade/CustomNoUpgrade/DevPreviewNoUpgrade serve it: [from, until). */
  featureGated?: { from: string; until: string };
}

const ALWAYS = '4.1';

/** Every served group/version per kind the tool reads. Order: kind, then version age. */
export const SERVED_KINDS: readonly ServedRange[] = [
  { group: 'config.openshift.io', version: 'v1', kind: 'ImageDigestMirrorSet', from: '4.13' },
  { group: 'config.openshift.io', version: 'v1', kind: 'ImageTagMirrorSet', from: '4.13' },
  { group: 'operator.openshift.io', version: 'v1alpha1', kind: 'ImageContentSourcePolicy', from: ALWAYS },
  { group: 'config.openshift.io', version: 'v1', kind: 'Image', from: ALWAYS },
  { group: 'config.openshift.io', version: 'v1', kind: 'ClusterVersion', from: ALWAYS },
  { group: 'machineconfiguration.openshift.io', version: 'v1', kind: 'MachineConfigPool', from: ALWAYS },
  { group: 'machineconfiguration.openshift.io', version: 'v1', kind: 'MachineConfig', from: ALWAYS },
  { group: 'machineconfiguration.openshift.io', version: 'v1', kind: 'ContainerRuntimeConfig', from: ALWAYS },
  { group: 'operator.openshift.io', version: 'v1', kind: 'MachineConfiguration', from: '4.15' },
  { group: 'machine.openshift.io', version: 'v1beta1', kind: 'MachineSet', from: ALWAYS },
  {
    group: 'machineconfiguration.openshift.io',
    version: 'v1alpha1',
    kind: 'PinnedImageSet',
    from: '4.16',
    until: '4.19',
    featureGated: { from: '4.16', until: '4.19' }
  },
  { group: 'machineconfiguration.openshift.io', version: 'v1', kind: 'PinnedImageSet', from: '4.19' },
  {
    group: 'config.openshift.io',
    version: 'v1alpha1',
    kind: 'ClusterImagePolicy',
    from: '4.16',
    until: '4.20',
    featureGated: { from: '4.16', until: '4.20' }
  },
  { group: 'config.openshift.io', version: 'v1', kind: 'ClusterImagePolicy', from: '4.20' },
  {
    group: 'config.openshift.io',
    version: 'v1alpha1',
    kind: 'ImagePolicy',
    from: '4.16',
    until: '4.20',
    featureGated: { from: '4.16', until: '4.20' }
  },
  { group: 'config.openshift.io', version: 'v1', kind: 'ImagePolicy', from: '4.20' }
];

/**
 * Same-named kinds that are something else and must never be reported: `image.openshift.io/v1 Image`
 * is an image stream's image, not the cluster image configuration.
 */
const HOMONYMS: ReadonlySet<string> = new Set(['image.openshift.io/Image']);

const KINDS_BY_NAME = new Map<string, ServedRange[]>();
for (const r of SERVED_KINDS) KINDS_BY_NAME.set(r.kind, [...(KINDS_BY_NAME.get(r.kind) ?? []), r]);

/** The kinds the table covers, for near-miss detection. */
export const KNOWN_KINDS: readonly string[] = [...KINDS_BY_NAME.keys()];

export const isKnownKind = (kind: string): boolean => KINDS_BY_NAME.has(kind);

/** Groups the platform owns; a kind name in one of them is never somebody else's CRD. */
export const isOpenShiftGroup = (group: string): boolean => group === 'openshift.io' || group.endsWith('.openshift.io');

const inRange = (v: OcpVersion, from: string, until?: string): boolean =>
  compareOcp(v, from) >= 0 && (until === undefined || compareOcp(v, until) < 0);

export type Served =
  | { served: true }
  | { served: false; reason: 'not-yet' | 'removed' | 'feature-gated' | 'wrong-group-version'; servedAs: string[] };

/** `servedAs`: the apiVersions that do serve the kind at this version ("config.openshift.io/v1"). */
export function servedAt(kind: string, apiVersion: string, version: OcpVersion): Served | undefined {
  const ranges = KINDS_BY_NAME.get(kind);
  if (!ranges) return undefined;
  const [group, ver] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
  if (HOMONYMS.has(`${group}/${kind}`)) return undefined;
  const servedAs = ranges
    .filter(
      (r) =>
        inRange(version, r.from, r.until) &&
        !(r.featureGated && inRange(version, r.featureGated.from, r.featureGated.until))
    )
    .map((r) => `${r.group}/${r.version}`);
  const exact = ranges.find((r) => r.group === group && r.version === ver);
  if (!exact) {
    // Only a platform group (or the kind's own group) makes it ours; a Tekton `Image` is not.
    if (!isOpenShiftGroup(group ?? '') && !ranges.some((r) => r.group === group)) return undefined;
    return { served: false, reason: 'wrong-group-version', servedAs };
  }
  if (compareOcp(version, exact.from) < 0) return { served: false, reason: 'not-yet', servedAs };
  if (exact.until !== undefined && compareOcp(version, exact.until) >= 0)
    return { served: false, reason: 'removed', servedAs };
  if (exact.featureGated && inRange(version, exact.featureGated.from, exact.featureGated.until))
    return { served: false, reason: 'feature-gated', servedAs };
  return { served: true };
}

/** One sentence on why the API server refuses the object, for a finding. */
export function describeNotServed(kind: string, apiVersion: string, version: OcpVersion, s: Served): string {
  if (s.served) return '';
  const v = formatOcp(version);
  const range = KINDS_BY_NAME.get(kind)!.find((r) => `${r.group}/${r.version}` === apiVersion);
  const alt = s.servedAs.length
    ? ` On ${v} it is served as ${s.servedAs.map((a) => `apiVersion: ${a}`).join(' or ')}.`
    : ` OpenShift ${v} serves no version of it.`;
  switch (s.reason) {
    case 'not-yet':
      return `OpenShift ${v} does not serve ${kind} (${apiVersion} exists from ${range!.from}): the API server refuses the object and nodes never see it.${alt}`;
    case 'removed':
      return `OpenShift ${v} no longer serves ${apiVersion} ${kind} (removed in ${range!.until}): the API server refuses the object and nodes never see it.${alt}`;
    case 'feature-gated':
      return `On OpenShift ${v}, ${apiVersion} ${kind} is served only with the TechPreviewNoUpgrade (or CustomNoUpgrade/DevPreviewNoUpgrade) feature set; on the Default feature set the API server refuses it.${alt}`;
    case 'wrong-group-version':
      return `${kind} is not served under apiVersion ${apiVersion || '(none)'}: the API server refuses the object and nodes never see it.${alt}`;
  }
}
