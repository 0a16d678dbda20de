import type { ConfigDiff } from '../config/config-diff.js';
import type { ClusterSettings, FailOn, Settings } from '../config/settings.js';
import { overlayInputs } from '../load/kustomize.js';
import { pathFilter, type ParseCache } from '../load/load.js';
import { listGitTree, resolveCommit, type RepoFile } from '../load/sources.js';
import type { Finding } from '../model/types.js';
import { compareOcp, formatOcp, wmcoForOpenShift } from '../model/version.js';
import { evaluateLoaded, loadSide } from './evaluate-side.js';
import { sideVersions, type SideVersion } from './side-versions.js';
import { planUpgrade, withUpgrade, type UpgradeSides } from '../plan/upgrade-plan.js';
import { buildClusterPlan } from '../plan/build-cluster-plan.js';
import type { ClusterPlan, ConfigChange, PlanReport, SideResult } from '../plan/types.js';
import { PullChecker } from '../check/check-pulls.js';
import { withPullChecks } from './pull-checks.js';
import { applyPolicy } from '../policy/index.js';
import { verdictOf, worstVerdict } from '../policy/verdict.js';
import { redactUserinfoDeep } from '../report/redact-userinfo.js';
import { redactSecrets } from '../report/markdown-escape.js';

export interface PlanRefs {
  base: string;
  head: string;
}

/** One cluster between rendering and the policy stage: `done` when nothing of it needs evaluating. */
type Prepared =
  | { done: ClusterPlan }
  | {
      done?: undefined;
      cluster: ClusterSettings;
      base: SideResult;
      head: SideResult;
      partial: Omit<ClusterPlan, 'verdict'>;
      changed: string[];
      /** The three rendered sides of an upgrade, for the upgrade rules. */
      upgrade?: UpgradeSides;
    };

interface RangeContext {
  s: Settings;
  refs: PlanRefs;
  baseCommit: string;
  headCommit: string;
  cache: ParseCache;
}

function rangeContext(s: Settings, refs: PlanRefs): RangeContext {
  return {
    s,
    refs,
    baseCommit: resolveCommit(s.repo, refs.base),
    headCommit: resolveCommit(s.repo, refs.head),
    cache: new Map()
  };
}

/** The cluster's settings at one side's version (the WMCO default follows the OpenShift version). */
function atVersion(cluster: ClusterSettings, v: SideVersion): ClusterSettings {
  if (compareOcp(cluster.openshiftVersion, formatOcp(v.version)) === 0) return cluster;
  const defaultWmco =
    JSON.stringify(cluster.wmcoVersion ?? null) === JSON.stringify(wmcoForOpenShift(cluster.openshiftVersion) ?? null);
  const wmcoVersion = defaultWmco ? wmcoForOpenShift(v.version) : cluster.wmcoVersion;
  return { ...cluster, openshiftVersion: v.version, openshiftVersionFrom: v.from, wmcoVersion };
}

interface RenderedSides {
  /** The cluster's settings at the head's version: the plan, the impact decisions and the rules use them. */
  headCluster: ClusterSettings;
  base: SideResult;
  head: SideResult;
  versionFindings: Finding[];
  /** Set when the sides are at different versions: the base's manifests rendered at both. */
  upgrade?: UpgradeSides;
}

/**
 * Both sides, each at its own OpenShift version (pipeline/side-versions.ts). An upgrade renders the base's
 * manifests at the new version too, so the plan can tell what the release changes by itself.
 */
function renderSides(
  x: RangeContext,
  cluster: ClusterSettings,
  files: { base: RepoFile[]; head: RepoFile[] },
  unchangedInputs: boolean
): RenderedSides {
  const baseLoaded = loadSide(files.base, x.s, cluster, x.cache);
  const headLoaded = unchangedInputs ? baseLoaded : loadSide(files.head, x.s, cluster, x.cache);
  const versions = sideVersions(cluster, baseLoaded.docs, headLoaded.docs);
  const headCluster = atVersion(cluster, versions.head);
  const head = evaluateLoaded(headLoaded, headCluster);
  const sides = { headCluster, head, versionFindings: versions.findings };
  if (compareOcp(versions.base.version, formatOcp(versions.head.version)) === 0)
    return { ...sides, base: unchangedInputs ? head : evaluateLoaded(baseLoaded, headCluster) };
  const base = evaluateLoaded(baseLoaded, atVersion(cluster, versions.base));
  const upgrade: UpgradeSides = {
    baseOld: base,
    baseNew: unchangedInputs ? head : evaluateLoaded(baseLoaded, headCluster),
    head,
    from: { version: formatOcp(versions.base.version), from: versions.base.from },
    to: { version: formatOcp(versions.head.version), from: versions.head.from }
  };
  return { ...sides, base, upgrade };
}

function prepareCluster(x: RangeContext, cluster: ClusterSettings): Prepared {
  const { s, refs, baseCommit, headCommit } = x;
  const baseFiles = clusterInputs(s, cluster, baseCommit);
  const headFiles = clusterInputs(s, cluster, headCommit);
  const changed = changedPaths(baseFiles, headFiles);
  const unchangedInputs = changed.length === 0;
  // A configured cluster the PR does not touch is reported unchanged without rendering it at all:
  // in a fleet repo most clusters are untouched by any one PR. A version the head declares apart
  // (--to-version, the head configuration) is a change even on identical inputs.
  if (unchangedInputs && !s.implicitCluster && !cluster.headVersion)
    return { done: unchangedCluster(cluster, refs, baseCommit, headCommit) };
  const r = renderSides(x, cluster, { base: baseFiles, head: headFiles }, unchangedInputs);
  const input = { cluster: r.headCluster, settings: s, baseRef: refs.base, headRef: refs.head, baseCommit, headCommit };
  let partial = buildClusterPlan({ ...input, base: r.base, head: r.head });
  // Identical inputs change nothing, unless the two sides are at different versions.
  partial = { ...partial, changed: (!unchangedInputs || r.upgrade !== undefined) && partial.changed };
  if (r.upgrade) partial = withUpgrade(partial, planUpgrade(input, r.upgrade));
  partial = { ...partial, findings: [...r.versionFindings, ...partial.findings] };
  return {
    cluster: r.headCluster,
    base: r.base,
    head: r.head,
    changed,
    partial,
    ...(r.upgrade ? { upgrade: r.upgrade } : {})
  };
}

function finishCluster(x: RangeContext, p: Prepared, today: string): ClusterPlan {
  if (p.done) return p.done;
  const { cluster, base, head, partial, changed, upgrade } = p;
  const findings = applyPolicy({
    plan: partial,
    base,
    head,
    cluster,
    settings: x.s,
    today,
    changedPaths: changed,
    ...(upgrade ? { upgrade } : {})
  });
  return { ...partial, findings, verdict: verdictOf(findings, x.s.failOn) };
}

// The one place repository values enter the report: every output (plan.json, the comment, report.md,
// SARIF, annotations, the job summary, the terminal) is made from this object, so a `user:password@host`
// written into a source or mirror is redacted here, once.
function report(x: RangeContext, clusters: ClusterPlan[]): PlanReport {
  return redactUserinfoDeep({
    openshiftVersion: formatOcp(x.s.openshiftVersion),
    clusters,
    verdict: worstVerdict(clusters.map((c) => c.verdict)),
    failOn: x.s.failOn
  });
}

/**
 * The engine's one entry: the whole report for a Git range, from resolved settings. The action and the
 * command line both call this; the settings are fully resolved (config/resolve.ts) and used as they are.
 * Only reading Git happens here; the rest is the pure core.
 */
export function planRange(settings: Settings, refs: PlanRefs, today: string): PlanReport {
  const x = rangeContext(settings, refs);
  return report(
    x,
    x.s.clusters.map((c) => finishCluster(x, prepareCluster(x, c), today))
  );
}

/**
 * planRange, and with `settings.checkPulls` the registries are asked between rendering and the policy
 * stage (src/check/, real clients as child processes; docs/check-pulls.md), so the pull-check rules,
 * severity overrides and waivers see the answers like any other finding.
 */
export async function planRangeChecked(
  settings: Settings,
  refs: PlanRefs,
  today: string,
  progress?: (line: string) => void
): Promise<PlanReport> {
  const cp = settings.checkPulls;
  if (!cp) return planRange(settings, refs, today);
  const x = rangeContext(settings, refs);
  const prepared = x.s.clusters.map((c) => prepareCluster(x, c));
  const checker = new PullChecker({
    ...(cp.authfile ? { authfile: cp.authfile } : {}),
    parallelism: cp.parallelism,
    requestTimeoutMs: cp.timeoutSeconds * 1000,
    budgetMs: cp.budgetSeconds * 1000,
    ...(progress ? { progress } : {})
  });
  for (const p of prepared) if (!p.done) p.partial = await withPullChecks(checker, cp.mode, p.head, p.partial);
  const out = report(
    x,
    prepared.map((p) => finishCluster(x, p, today))
  );
  return { ...out, checkPulls: { mode: cp.mode, ...checker.summary() } };
}

function unchangedCluster(
  cluster: ClusterSettings,
  refs: PlanRefs,
  baseCommit: string,
  headCommit: string
): ClusterPlan {
  return {
    name: cluster.name,
    changed: false,
    openshiftVersion: formatOcp(cluster.openshiftVersion),
    base: { ref: refs.base, commit: baseCommit, errors: [] },
    head: { ref: refs.head, commit: headCommit, errors: [] },
    files: [],
    registries: [],
    pools: [],
    windows: {
      nodes: 0,
      changed: false,
      disruption: 'none',
      passes: 0,
      estimate: { minutes: 0, assumptions: 'no input of this cluster changed' },
      reasons: []
    },
    workloads: [],
    workloadsUnchanged: 0,
    findings: [],
    highestDisruption: 'none',
    verdict: 'pass'
  };
}

/** The files a cluster is made of: its path globs, or everything its kustomize overlay can read. */
function clusterInputs(s: Settings, cluster: ClusterSettings, commit: string): RepoFile[] {
  if (!cluster.kustomize) return listGitTree(s.repo, commit, pathFilter(cluster.paths, s.exclude));
  return overlayInputs(listGitTree(s.repo, commit), cluster.kustomize).files;
}

function changedPaths(a: RepoFile[], b: RepoFile[]): string[] {
  const before = new Map(a.map((f) => [f.path, f.key]));
  const after = new Map(b.map((f) => [f.path, f.key]));
  const changed: string[] = [];
  for (const [path, key] of after) if (before.get(path) !== key) changed.push(path);
  for (const path of before.keys()) if (!after.has(path)) changed.push(path);
  return changed.sort();
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Adds the head's changes to the configuration (config/trusted-config.ts) to the report, once: they are
 * the run's, not any cluster's, so they count once in the verdict and in every tally, and each output
 * shows them wherever it shows the verdict.
 */
export function withConfigChange(
  report: PlanReport,
  change: { findings: Finding[]; diff?: ConfigDiff },
  failOn: FailOn
): PlanReport {
  if (!change.findings.length && !change.diff) return report;
  const verdict = verdictOf(change.findings, failOn);
  const configChange: ConfigChange = redactUserinfoDeep({
    findings: change.findings,
    verdict,
    ...(change.diff ? { diff: { ...change.diff, diff: redactSecrets(change.diff.diff) } } : {})
  });
  return { ...report, configChange, verdict: worstVerdict([report.verdict, verdict]) };
}
