import type { LoadLimits } from '../load/limits.js';
import type { OcpVersion, WmcoVersion } from '../model/version.js';
import type { PolicyConfig, Waiver } from './policy-section.js';

export type FailOn = 'error' | 'warning' | 'never';

export { DEFAULT_TIMING, type Timing } from '../impact/rollout.js';
import type { Timing } from '../impact/rollout.js';

/** One cluster (environment) of a fleet repo. */
export interface ClusterSettings {
  name: string;
  /** Globs over repository paths that make up this cluster. */
  paths: string[];
  /** A kustomize overlay directory to build instead of reading paths. */
  kustomize?: string;
  openshiftVersion: OcpVersion;
  wmcoVersion?: WmcoVersion;
  releaseImage?: string;
  /** Node counts where nodes are not in Git, by pool name. */
  pools: Record<string, { nodes: number }>;
  windows?: { nodes: number };
  timing: Timing;
  /** Policy overrides for this cluster, merged over the file's `policy`. */
  policy?: PolicyConfig;
}

/**
 * The one object between input parsing (command line, action inputs, configuration file) and the
 * engine. Nothing past this point reads argv, environment or action inputs.
 */
export interface Settings {
  /** Repository root; paths in findings are relative to it. */
  repo: string;
  /** Files and folders to scan (relative to repo) for a working-tree run. */
  paths: string[];
  include: string[];
  exclude: string[];
  openshiftVersion: OcpVersion;
  wmcoVersion?: WmcoVersion;
  /** The release image the payload-registry rule protects; from ClusterVersion in the repo when present. */
  releaseImage: string;
  /** true when --release-image or the config named it: then a ClusterVersion in the repo does not override it. */
  releaseImageExplicit: boolean;
  failOn: FailOn;
  timing: Timing;
  limits: LoadLimits;
  /** Never empty: without `clusters` in the file, one implicit cluster covers the scanned paths. */
  clusters: ClusterSettings[];
  /** true when `clusters` was not configured (the JSON report then has the single-cluster shape). */
  implicitCluster: boolean;
  policy: PolicyConfig;
  waivers: Waiver[];
  /** Line of every key and list item of the configuration file, by dotted path ("waivers.0.rule"). */
  configLines?: Record<string, number>;
  /** Where the configuration came from, for messages. */
  configFile?: string;
}

export const DEFAULT_RELEASE_IMAGE = 'quay.io/openshift-release-dev/ocp-release';
