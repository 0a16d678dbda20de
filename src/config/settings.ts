import type { LoadLimits } from '../load/limits.js';
import type { OcpVersion, WmcoVersion } from '../model/version.js';
import type { PolicyConfig, Waiver } from './policy-section.js';
import type { CheckPullsMode } from '../model/pull-check.js';

export type FailOn = 'error' | 'warning' | 'never';

export { DEFAULT_TIMING, type Timing } from '../impact/rollout.js';
import type { Timing } from '../impact/rollout.js';

/**
 * One cluster (environment) of a fleet repo, fully resolved: every default and every command-line
 * override is already applied (config/resolve.ts), so the engine reads these fields and nothing else.
 */
export interface ClusterSettings {
  name: string;
  /** Globs over repository paths that make up this cluster (plus the positional PATHs of `plan`). */
  paths: string[];
  /** A kustomize overlay directory to build instead of reading paths. */
  kustomize?: string;
  openshiftVersion: OcpVersion;
  /** Where openshiftVersion came from, for the report ("openshift-version override …", a config key, the default). */
  openshiftVersionFrom?: string;
  /**
   * The head side's version when it is declared apart from the base's: `--to-version`, or the head
   * configuration's version for this cluster. Unset: the head is at openshiftVersion too, unless the
   * repository's ClusterVersion says otherwise (pipeline/side-versions.ts).
   */
  headVersion?: { version: OcpVersion; from: string };
  /**
   * `--from-version`/`--to-version` or `--openshift-version`: the versions are given on the command line
   * (or as action inputs), and a ClusterVersion in the repository does not override them.
   */
  versionsExplicit?: boolean;
  /** The WMCO whose hosts.toml format Windows nodes get; undefined: the current format. */
  wmcoVersion?: WmcoVersion;
  /** An explicit release image (cluster, --release-image or the file): then a ClusterVersion in the repo does not override it. */
  releaseImage?: string;
  /** Node counts where nodes are not in Git, by pool name. */
  pools: Record<string, { nodes: number }>;
  windows?: { nodes: number };
  timing: Timing;
  /** The team policy for this cluster: the file's `policy` with the cluster's own merged over it. */
  policy: PolicyConfig;
  /** Where the cluster sits in the file's `clusters` (for configuration lines); undefined when implicit. */
  configIndex?: number;
  /** The cluster's own `policy` section as written, so a finding can point at the line that set a key. */
  ownPolicy?: PolicyConfig;
}

/** `--check-pulls` (docs/check-pulls.md): ask the registries, with these bounds. */
export interface CheckPullsSettings {
  mode: CheckPullsMode;
  /** Passed to the client by path; never read. */
  authfile?: string;
  parallelism: number;
  timeoutSeconds: number;
  budgetSeconds: number;
}

export const DEFAULT_CHECK_PULLS = { parallelism: 8, timeoutSeconds: 30, budgetSeconds: 600 } as const;

/**
 * The one object between input parsing (command line, action inputs, configuration file) and the
 * engine. Nothing past this point reads argv, environment or action inputs, and nothing rewrites it.
 */
export interface Settings {
  /** Repository root; paths in findings are relative to it. */
  repo: string;
  /** Files and folders to scan (relative to repo) for a working-tree run. */
  paths: string[];
  exclude: string[];
  /** The default OpenShift version (the report's top-level `openshiftVersion`). */
  openshiftVersion: OcpVersion;
  failOn: FailOn;
  limits: LoadLimits;
  /** Never empty: without `clusters` in the file, one implicit cluster covers the scanned paths. */
  clusters: ClusterSettings[];
  /** true when `clusters` was not configured (the JSON report then has the single-cluster shape). */
  implicitCluster: boolean;
  waivers: Waiver[];
  /** Line of every key and list item of the configuration file, by dotted path ("waivers.0.rule"). */
  configLines?: Record<string, number>;
  /** Where the configuration came from, for messages. */
  configFile?: string;
  /** Set when the registries are to be asked (off by default). */
  checkPulls?: CheckPullsSettings;
}

export const DEFAULT_RELEASE_IMAGE = 'quay.io/openshift-release-dev/ocp-release';
