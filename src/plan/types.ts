import type { LoadStats } from '../model/manifest.js';
import type { ClusterModel, Finding } from '../model/types.js';
import type { LinuxRender } from '../render/linux/index.js';
import type { NodeFile, OperatorError, OperatorWarning } from '../render/types.js';
import type { WindowsRender } from '../render/windows/index.js';
import type { FileChange } from '../diff/file-diff.js';
import type { RegistrySummary } from '../diff/semantic.js';
import type { Disruption } from '../impact/decide.js';
import type { ConfigDiff } from '../config/config-diff.js';
import type { CheckPullsMode, PullCheck, PullCheckSummary } from '../model/pull-check.js';

/** The JSON contract of `registry-plan plan` (shared/spec/README.md), per cluster. */
export interface PlanFile {
  node: 'linux' | 'windows';
  path: string;
  change: FileChange;
  diff: string;
  origin: { before: FileOrigin; after: FileOrigin };
  /** Written by MachineConfigs: the pools whose nodes get this change (the cluster-wide files carry none). */
  pools?: string[];
  /** The MachineConfig whose contents are in effect on each side. */
  writer?: { before?: string; after?: string };
  /** A display title naming the pools (repository text made safe for any output). */
  title?: string;
  /** In an upgrade: what changes the file, the new release, the edited manifests, or both. */
  cause?: ChangeCause;
}

export type ChangeCause = 'upgrade' | 'manifests' | 'both';

/** What one side of the split (the upgrade alone, the manifests alone) costs one pool. */
export interface PoolCost {
  pool: string;
  disruption: Disruption;
  actions: string[];
}

/**
 * A pull request (or `--from-version`/`--to-version`) that moves a cluster to another OpenShift version:
 * the base is rendered at `from`, the head at `to`, and the base's manifests at `to` too, so the node
 * files the new release writes by itself are told apart from those the edited manifests change.
 */
export interface UpgradePlan {
  from: string;
  to: string;
  fromSource: string;
  toSource: string;
  /** Node files the new release writes differently from the same (base) manifests. */
  files: Array<Pick<PlanFile, 'node' | 'path' | 'change' | 'diff' | 'pools'>>;
  /** Per pool: what the upgrade's own pull-configuration changes would cost without the upgrade's reboot. */
  impactAlone: PoolCost[];
  /** Per pool: what the edited manifests cost at the new version (empty when no manifest changed). */
  manifestImpact: PoolCost[];
  /** How the platform's own reboot and these changes combine, in words. */
  note: string;
}

/** generated / template: the image-config controller; machineconfig: the pool's merged MachineConfigs. */
export type FileOrigin = 'generated' | 'template' | 'machineconfig' | 'absent';

export interface PoolPlan {
  name: string;
  os: 'linux';
  nodes: number;
  /** Where the node count came from. */
  nodesFrom: 'machinesets' | 'config' | 'assumed';
  maxUnavailable: number;
  paused: boolean;
  actions: string[];
  drain: boolean;
  reboot: boolean;
  disruption: Disruption;
  reasons: string[];
  estimate: { batches: number; minutes: number; held: boolean; assumptions: string };
  file: string;
  line: number;
}

export interface WindowsPlan {
  nodes: number;
  changed: boolean;
  disruption: 'none';
  passes: number;
  estimate: { minutes: number; assumptions: string };
  reasons: string[];
}

export interface WorkloadPlan {
  image: string;
  file: string;
  line: number;
  workload: string;
  os: 'linux' | 'windows';
  before: string[];
  after: string[];
  pullableBefore: boolean;
  pullable: boolean;
  note?: string;
  /** "platform" for the release image, catalogs, update service and pinned images; absent for workloads. */
  kind?: 'platform';
  /** For platform images: the object and field the reference comes from. */
  source?: { object: string; field: string };
  /** Simulated with these pools' own files (their MachineConfigs change what a node reads); unset: cluster-wide. */
  pools?: string[];
  /** `--check-pulls`: what the registries answered for this reference on the head side. */
  check?: PullCheck;
}

export interface SideSummary {
  ref: string;
  commit?: string;
  errors: Array<OperatorError | { component: 'input'; message: string; file: string; line: number }>;
}

export interface ClusterPlan {
  name: string;
  changed: boolean;
  openshiftVersion: string;
  /** Where the version came from (override, configuration key, default). */
  openshiftVersionFrom?: string;
  /** Set when the two sides are at different OpenShift versions; `openshiftVersion` is then the head's. */
  upgrade?: UpgradePlan;
  base: SideSummary;
  head: SideSummary;
  files: PlanFile[];
  registries: RegistrySummary[];
  pools: PoolPlan[];
  windows: WindowsPlan;
  workloads: WorkloadPlan[];
  /** Workload images checked whose pull route does not change. */
  workloadsUnchanged: number;
  /** `--check-pulls=all`: references whose route did not change, checked too (each with `check`). */
  checkedUnchanged?: WorkloadPlan[];
  findings: Finding[];
  highestDisruption: Disruption;
  verdict: Verdict;
}

export type Verdict = 'pass' | 'fail' | 'cannot-evaluate';

/**
 * What the pull request does to the configuration file. The base's file is the gate in force; the head's
 * changes that loosen it are findings of the whole run (not of any one cluster): counted once, shown
 * wherever the verdict is.
 */
export interface ConfigChange {
  findings: Finding[];
  /** The verdict of these findings alone; the report's verdict includes it. */
  verdict: Verdict;
  /** Absent when the head's file is the base's. */
  diff?: ConfigDiff;
}

export interface PlanReport {
  openshiftVersion: string;
  clusters: ClusterPlan[];
  verdict: Verdict;
  failOn: 'error' | 'warning' | 'never';
  /** `--check-pulls`: the run's totals (one run serves every cluster). */
  checkPulls?: PullCheckSummary & { mode: CheckPullsMode };
  /** The head's changes to the configuration file, when it has any. */
  configChange?: ConfigChange;
}

/** Every finding of the report once: the configuration's, then each cluster's. */
export const reportFindings = (r: PlanReport): Finding[] => [
  ...(r.configChange?.findings ?? []),
  ...r.clusters.flatMap((c) => c.findings)
];

/** One side (base or head) of one cluster, rendered. */
export interface SideResult {
  model: ClusterModel;
  linux: LinuxRender;
  windows: WindowsRender;
  files: NodeFile[];
  errors: OperatorError[];
  warnings: OperatorWarning[];
  /** Problems with the input itself: unreadable files, API rejections, duplicates. */
  inputFindings: Finding[];
  /** Findings of the rendering rules (Windows rules, inventory). */
  findings: Finding[];
  windowsNodes: number;
  releaseImage: string;
  stats: LoadStats;
}
