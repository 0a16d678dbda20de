import type { ClusterSettings, Settings } from '../config/settings.js';
import { diffNodeFiles, type NodeFileDiff } from '../diff/file-diff.js';
import { summarizeRegistries } from '../diff/semantic.js';
import { decideNodeImpact, type Disruption, type ImpactDecision } from '../impact/decide.js';
import { validateNodeDisruptionPolicy } from '../impact/ndp.js';
import {
  estimateRollout,
  estimateWindowsRollout,
  maxUnavailable,
  MaxUnavailableError,
  windowsPasses
} from '../impact/rollout.js';
import type { ClusterModel, Finding, MirrorSetObject } from '../model/types.js';
import { REGISTRIES_CONF } from '../model/node-paths.js';
import { formatOcp } from '../model/version.js';
import type { NodeFile } from '../render/types.js';
import { resolvePools, type PoolNodes } from './pools.js';
import type { ClusterPlan, PoolPlan, SideResult, SideSummary, WindowsPlan, WorkloadPlan } from './types.js';
import { planWorkloads } from './workloads.js';

const ORDER: Disruption[] = ['none', 'reload', 'restart', 'drain', 'reboot'];

export const highest = (ds: Disruption[]): Disruption =>
  ds.reduce((m, d) => (ORDER.indexOf(d) > ORDER.indexOf(m) ? d : m), 'none' as Disruption);

/** What the nodes end up with: an operator that rejects the head keeps the nodes on the base files. */
function effective(
  base: SideResult | undefined,
  head: SideResult,
  node: 'linux' | 'windows'
): { before: NodeFile[]; after: NodeFile[]; rejected: boolean } {
  const pick = (s: SideResult | undefined): NodeFile[] => (s ? s.files.filter((f) => f.node === node) : []);
  const component = node === 'linux' ? 'mco' : 'wmco';
  const rejected = head.errors.some((e) => e.component === component);
  return { before: pick(base), after: rejected ? pick(base) : pick(head), rejected };
}

const mirrorSetKey = (s: MirrorSetObject): string => `${s.kind}/${s.name}`;
const mirrorSetBody = (s: MirrorSetObject): string =>
  JSON.stringify(s.entries.map((e) => [e.source, e.mirrors, e.mirrorSourcePolicy]));

/** IDMS/ITMS objects added, removed or changed: each is one WMCO reconcile pass over every Windows node. */
export function changedMirrorSetObjects(base: ClusterModel | undefined, head: ClusterModel): number {
  const map = (m: ClusterModel | undefined): Map<string, string> =>
    new Map([...(m?.idms ?? []), ...(m?.itms ?? [])].map((s) => [mirrorSetKey(s), mirrorSetBody(s)]));
  const b = map(base);
  const h = map(head);
  let n = 0;
  for (const k of new Set([...b.keys(), ...h.keys()])) if (b.get(k) !== h.get(k)) n++;
  return n;
}

function sideSummary(ref: string, commit: string | undefined, side: SideResult | undefined): SideSummary {
  return {
    ref,
    ...(commit ? { commit } : {}),
    errors: side
      ? [
          ...side.errors,
          ...side.inputFindings
            .filter((f) => f.severity === 'error')
            .map((f) => ({ component: 'input' as const, message: f.message, file: f.file, line: f.line }))
        ]
      : []
  };
}

export interface ClusterPlanInput {
  cluster: ClusterSettings;
  settings: Settings;
  base?: SideResult;
  head: SideResult;
  baseRef: string;
  headRef: string;
  baseCommit?: string;
  headCommit?: string;
}

/** What an operator refuses never reaches the nodes: one finding per error of the head side. */
function operatorRejections(head: SideResult): Finding[] {
  return head.errors.map((e) => ({
    rule: 'operator-rejects',
    severity: 'error' as const,
    message: `${e.component === 'mco' ? 'The Machine Config Operator' : 'The Windows Machine Config Operator'} would reject this configuration: "${e.message}". Nodes keep their current files: the change never rolls out, and the cluster reports it only in the ${e.component === 'mco' ? 'machine-config-controller' : 'WMCO'} logs.`,
    file: e.file,
    line: e.line
  }));
}

/** What a pool row needs of an impact decision. */
type PoolDecision = Pick<ImpactDecision, 'actions' | 'drain' | 'reboot' | 'disruption' | 'reasons'>;

/** A pool that does not select the worker machine configs gets no registries files at all. */
const untouchedPool = (name: string): PoolDecision => ({
  actions: ['none'],
  drain: false,
  reboot: false,
  disruption: 'none',
  reasons: [`pool ${name} does not select the worker machine configs, so MCO writes no registries configuration for it`]
});

/** One pool's row: the decision that applies to it, its maxUnavailable and its rollout estimate. */
function poolPlan(
  { pool, nodes, nodesFrom, receivesRegistriesConfig }: PoolNodes,
  registriesDecision: PoolDecision,
  cluster: ClusterSettings,
  findings: Finding[]
): PoolPlan {
  let mu = 1;
  try {
    mu = maxUnavailable(pool.maxUnavailable, nodes, pool.name);
  } catch (e) {
    if (!(e instanceof MaxUnavailableError)) throw e;
    findings.push({
      rule: 'pool-invalid',
      severity: 'error',
      message: `MachineConfigPool ${pool.name}: ${e.message}`,
      file: pool.maxUnavailableLoc?.file ?? pool.loc.file,
      line: pool.maxUnavailableLoc?.line ?? pool.loc.line
    });
  }
  const decision = receivesRegistriesConfig ? registriesDecision : untouchedPool(pool.name);
  const reasons = [...decision.reasons];
  if (nodesFrom === 'assumed')
    reasons.push(
      `node count ${nodes} is assumed: no MachineSet for this pool in the repo; set pools.${pool.name}.nodes in the configuration`
    );
  const est = estimateRollout({
    nodes,
    maxUnavailable: mu,
    disruption: decision.disruption,
    paused: pool.paused,
    timing: cluster.timing
  });
  return {
    name: pool.name,
    os: 'linux',
    nodes,
    nodesFrom,
    maxUnavailable: mu,
    paused: pool.paused,
    actions: decision.actions,
    drain: decision.drain,
    reboot: decision.reboot,
    disruption: decision.disruption,
    reasons,
    estimate: { batches: est.batches, minutes: est.minutes, held: est.held, assumptions: est.assumptions },
    file: pool.loc.file,
    line: pool.loc.line
  };
}

/** WMCO's sequential pass over Windows nodes; hosts.toml files only reach nodes where Windows nodes exist. */
function windowsPlan(
  base: SideResult | undefined,
  head: SideResult,
  fileDiffs: NodeFileDiff[],
  cluster: ClusterSettings
): WindowsPlan {
  const changed = head.windowsNodes > 0 && fileDiffs.some((d) => d.node === 'windows' && d.change !== 'unchanged');
  const pullSecretChanged =
    JSON.stringify(base?.model.pullSecret?.values ?? null) !== JSON.stringify(head.model.pullSecret?.values ?? null);
  const passes = changed
    ? Math.max(1, windowsPasses(changedMirrorSetObjects(base?.model, head.model), pullSecretChanged))
    : 0;
  const est = estimateWindowsRollout({ nodes: head.windowsNodes, passes, timing: cluster.timing });
  return {
    nodes: head.windowsNodes,
    changed,
    disruption: 'none',
    passes,
    estimate: { minutes: est.minutes, assumptions: est.assumptions },
    reasons: changed
      ? [
          `WMCO replaces C:\\k\\containerd\\registries on each Windows node, one node at a time; containerd reads hosts.toml per pull, so nothing restarts`
        ]
      : []
  };
}

/** Workload images whose pull route changes, and a finding for each one that stops being pullable. */
function workloadsPlan(
  base: SideResult | undefined,
  head: SideResult,
  before: NodeFile[],
  after: NodeFile[],
  findings: Finding[]
): { changed: WorkloadPlan[]; unchanged: number } {
  // Same inputs on both sides (a cluster the PR does not touch): no route can differ.
  const wl =
    base === head
      ? { changed: [], unchanged: head.model.workloads.length }
      : planWorkloads(head.model.workloads, before, after);
  for (const w of wl.changed) {
    if (!w.pullable && (w.pullableBefore || !base)) {
      findings.push({
        rule: 'workload-unpullable',
        severity: 'error',
        message: `${w.workload} uses ${w.image}, which ${w.os} nodes can no longer pull after this change${w.note ? `: ${w.note}` : ''}`,
        file: w.file,
        line: w.line,
        object: w.workload
      });
    }
  }
  return wl;
}

/** Everything but policy: files, semantic summary, impact per pool, Windows pass, workload pulls. */
export function buildClusterPlan(input: ClusterPlanInput): Omit<ClusterPlan, 'verdict'> {
  const { cluster, base, head } = input;
  const version = cluster.openshiftVersion;
  const findings: Finding[] = operatorRejections(head);
  const linux = effective(base, head, 'linux');
  const win = effective(base, head, 'windows');
  const fileDiffs = [...diffNodeFiles(linux.before, linux.after), ...diffNodeFiles(win.before, win.after)];
  const changedLinux = fileDiffs.filter((d) => d.node === 'linux' && d.change !== 'unchanged');
  const before = [...linux.before, ...win.before];
  const after = [...linux.after, ...win.after];

  const ndp = head.model.machineConfiguration?.nodeDisruptionPolicy;
  if (ndp && head.model.machineConfiguration)
    findings.push(...validateNodeDisruptionPolicy(ndp, head.model.machineConfiguration.loc));

  // Every pool that receives the registries MachineConfig gets the same files, so one decision serves them all
  // (it parses both registries.conf texts for the drain check).
  const registriesDecision = decideNodeImpact({
    version,
    changedFiles: changedLinux.map((d) => ({ path: d.path, change: d.change as 'added' | 'removed' | 'modified' })),
    oldRegistriesConf: linux.before.find((f) => f.path === REGISTRIES_CONF)?.content,
    newRegistriesConf: linux.after.find((f) => f.path === REGISTRIES_CONF)?.content,
    userPolicy: ndp,
    overrideDrainConfigMap: head.model.overrideDrainConfigMap !== undefined
  });
  const pools = resolvePools(head.model, cluster).map((p) => poolPlan(p, registriesDecision, cluster, findings));
  const windows = windowsPlan(base, head, fileDiffs, cluster);
  const wl = workloadsPlan(base, head, before, after, findings);

  const changed = fileDiffs.some((d) => d.change !== 'unchanged') || findings.length > 0;
  return {
    name: cluster.name,
    changed,
    openshiftVersion: formatOcp(version),
    base: sideSummary(input.baseRef, input.baseCommit, base),
    head: sideSummary(input.headRef, input.headCommit, head),
    files: fileDiffs.map((d) => ({
      node: d.node,
      path: d.path,
      change: d.change,
      diff: d.diff,
      origin: { before: d.before?.origin ?? 'absent', after: d.after?.origin ?? 'absent' }
    })),
    registries: summarizeRegistries(before, after, {
      windows: head.windowsNodes > 0 || (base?.windowsNodes ?? 0) > 0,
      pools: pools.map((p) => p.name)
    }),
    pools,
    windows,
    workloads: wl.changed,
    workloadsUnchanged: wl.unchanged,
    findings: [...head.inputFindings, ...head.findings, ...findings],
    highestDisruption: highest(pools.filter((p) => p.nodes > 0 || p.disruption !== 'none').map((p) => p.disruption))
  };
}
