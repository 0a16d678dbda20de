import type { ImagePolicyObject } from './image-policy.js';

/**
 * The typed model every pipeline stage shares. Loaders produce it, renderers and the impact engine
 * consume it. Every object and every field that a finding may point at carries a source location,
 * because a finding without file and line is useless in a pull-request review.
 */

/** A place in the scanned repository. `line` is 1-based; 0 means "the file as a whole". */
export interface Loc {
  file: string;
  line: number;
}

export type Severity = 'error' | 'warning' | 'notice';

/** The one shape of every problem the tool reports, whatever stage found it. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  /** kind/name of the object concerned, for waivers. */
  object?: string;
  /** Set by the policy stage when a waiver covers the finding. */
  waived?: { reason: string; owner: string; expires: string };
}

export type MirrorSetKind = 'ImageDigestMirrorSet' | 'ImageTagMirrorSet' | 'ImageContentSourcePolicy';

/** One `imageDigestMirrors[]` / `imageTagMirrors[]` / `repositoryDigestMirrors[]` entry. */
export interface MirrorEntry {
  source: string;
  mirrors: string[];
  /** Verbatim from the spec; "" when unset (the operators distinguish unset from AllowContactingSource). */
  mirrorSourcePolicy: string;
  loc: Loc;
  /** Location of each mirror, parallel to `mirrors`. */
  mirrorLocs: Loc[];
  sourceLoc: Loc;
  policyLoc?: Loc;
}

export interface MirrorSetObject {
  kind: MirrorSetKind;
  name: string;
  loc: Loc;
  entries: MirrorEntry[];
  /** metadata.annotations (string values), read for annotation waivers. */
  annotations?: Record<string, string>;
}

/** `image.config.openshift.io/cluster` spec fields that shape nodes. `undefined` = field absent (Go nil). */
export interface ImageConfig {
  name: string;
  loc: Loc;
  allowedRegistries?: string[];
  blockedRegistries?: string[];
  insecureRegistries?: string[];
  containerRuntimeSearchRegistries?: string[];
  additionalTrustedCA?: string;
  allowedRegistriesForImport?: unknown;
  /** metadata.annotations (string values), read for annotation waivers. */
  annotations?: Record<string, string>;
  /** Location of each field and list item, keyed "allowedRegistries", "allowedRegistries.0", ... */
  fieldLocs: Record<string, Loc>;
}

export interface ConfigMapObject {
  name: string;
  namespace: string;
  loc: Loc;
  data: Record<string, string>;
  binaryData: Record<string, string>;
  keyLocs: Record<string, Loc>;
}

export interface SecretObject {
  name: string;
  namespace: string;
  loc: Loc;
  /** Decoded string values (data is base64-decoded, stringData verbatim). */
  values: Record<string, string>;
  keyLocs: Record<string, Loc>;
}

export interface MachineConfigPoolObject {
  name: string;
  loc: Loc;
  /** int or "NN%" as written; undefined = default 1. */
  maxUnavailable?: number | string;
  paused: boolean;
  /** Labelled machineconfiguration.openshift.io/mco-built-in. */
  builtIn: boolean;
  /** Roles the pool selects machine configs for (from machineConfigSelector). */
  machineConfigRoles: string[];
  /** Role label the pool selects nodes by, e.g. "worker" for node-role.kubernetes.io/worker. */
  nodeRole?: string;
  maxUnavailableLoc?: Loc;
}

export interface MachineSetObject {
  name: string;
  namespace: string;
  loc: Loc;
  replicas: number;
  windows: boolean;
  /** machine.openshift.io/cluster-api-machine-role of the template, or node-role label of spec.template.spec.metadata. */
  role?: string;
}

export interface WindowsInstance {
  address: string;
  /** The value as written; WMCO expects exactly `username=<name>`. */
  value: string;
  loc: Loc;
}

export interface WindowsInstancesConfigMap {
  loc: Loc;
  instances: WindowsInstance[];
}

export type NdpActionType = 'Reboot' | 'Drain' | 'Reload' | 'Restart' | 'DaemonReload' | 'None' | 'Special';

export interface NdpAction {
  type: NdpActionType;
  /** For Reload / Restart. */
  serviceName?: string;
}

export interface NdpFilePolicy {
  path: string;
  actions: NdpAction[];
  loc?: Loc;
}

export interface NdpUnitPolicy {
  name: string;
  actions: NdpAction[];
  loc?: Loc;
}

export interface NodeDisruptionPolicy {
  files: NdpFilePolicy[];
  units: NdpUnitPolicy[];
  sshkey?: NdpAction[];
}

export interface MachineConfigurationObject {
  loc: Loc;
  nodeDisruptionPolicy?: NodeDisruptionPolicy;
}

/** A container image reference found in a workload's Pod template. */
export interface WorkloadImage {
  image: string;
  file: string;
  line: number;
  /** kind/name of the workload. */
  workload: string;
  container: string;
  /** true when the Pod template selects Windows nodes (kubernetes.io/os: windows). */
  windows: boolean;
}

/** Everything one side (base or head) of one cluster says about image pulls on nodes. */
export interface ClusterModel {
  idms: MirrorSetObject[];
  itms: MirrorSetObject[];
  icsp: MirrorSetObject[];
  image?: ImageConfig;
  /** ConfigMaps in openshift-config, by name (additionalTrustedCA target and others). */
  openshiftConfigMaps: Record<string, ConfigMapObject>;
  /** openshift-config/pull-secret when the repo carries it (it should not). */
  pullSecret?: SecretObject;
  pools: MachineConfigPoolObject[];
  machineSets: MachineSetObject[];
  windowsInstances?: WindowsInstancesConfigMap;
  machineConfiguration?: MachineConfigurationObject;
  /** config.openshift.io ClusterImagePolicy objects as written (any apiVersion; admission is per version). */
  clusterImagePolicies: ImagePolicyObject[];
  /** config.openshift.io ImagePolicy objects (namespaced). */
  imagePolicies: ImagePolicyObject[];
  /** ClusterVersion spec/status release image, when the repo has one. */
  clusterVersionImage?: { image: string; loc: Loc };
  /** openshift-machine-config-operator/image-registry-override-drain exists. */
  overrideDrainConfigMap?: Loc;
  workloads: WorkloadImage[];
  /** Problems found while building the model (admission failures, malformed objects). */
  findings: Finding[];
}

export function emptyModel(): ClusterModel {
  return {
    idms: [],
    itms: [],
    icsp: [],
    clusterImagePolicies: [],
    imagePolicies: [],
    openshiftConfigMaps: {},
    pools: [],
    machineSets: [],
    workloads: [],
    findings: []
  };
}
