/**
 * An upgrade, split in two (docs/release-gating.md): the same base manifests rendered at the old and at
 * the new version give what the release changes by itself; the base and head manifests both rendered at
 * the new version give what the edited manifests change. Each half gets its own per-pool cost, and the
 * plan's files are labelled with their cause.
 */
import { buildClusterPlan, type ClusterPlanInput } from './build-cluster-plan.js';
import type { ChangeCause, ClusterPlan, PlanFile, PoolCost, SideResult, UpgradePlan } from './types.js';

export interface UpgradeSides {
  /** The base manifests at the old version. */
  baseOld: SideResult;
  /** The base manifests at the new version (the upgrade alone). */
  baseNew: SideResult;
  head: SideResult;
  from: { version: string; from: string };
  to: { version: string; from: string };
}

type Half = Omit<ClusterPlan, 'verdict'>;

const fileKey = (f: Pick<PlanFile, 'node' | 'path' | 'pools'>): string =>
  `${f.node}\0${f.path}\0${(f.pools ?? []).join(',')}`;

const changedFiles = (p: Half): PlanFile[] => p.files.filter((f) => f.change !== 'unchanged');

const costs = (p: Half): PoolCost[] =>
  p.pools.map((pool) => ({ pool: pool.name, disruption: pool.disruption, actions: pool.actions }));

const costText = (cs: PoolCost[]): string =>
  cs.length ? cs.map((c) => `${c.pool}: ${c.disruption}`).join(', ') : 'no pool';

function note(u: UpgradeSides, upgradeHalf: Half, manifestHalf: Half): string {
  const step = `OpenShift ${u.from.version} → ${u.to.version}`;
  const platform =
    `${step} rolls a new rendered MachineConfig (operating system image and templates) to every pool: ` +
    'each node drains and reboots once for the platform (a paused pool waits).';
  const own = changedFiles(upgradeHalf).length;
  const upgradePart = own
    ? ` The new release changes ${own} pull-configuration file${own === 1 ? '' : 's'} by itself; they ride along on that ` +
      `reboot, and alone they would cost ${costText(costs(upgradeHalf))}.`
    : ' The new release writes the same pull configuration for these manifests.';
  const edited = changedFiles(manifestHalf).length;
  const manifestPart = edited
    ? ` The edited manifests change ${edited} file${edited === 1 ? '' : 's'} at ${u.to.version}: applied with the ` +
      `update they ride along too; applied on their own they cost ${costText(costs(manifestHalf))}.`
    : '';
  return platform + upgradePart + manifestPart;
}

/** The upgrade section and each file's cause, from the three rendered sides. */
export function planUpgrade(
  input: Omit<ClusterPlanInput, 'base' | 'head'>,
  u: UpgradeSides
): { upgrade: UpgradePlan; causeOf: (f: PlanFile) => ChangeCause | undefined } {
  const upgradeHalf = buildClusterPlan({ ...input, base: u.baseOld, head: u.baseNew });
  const manifestHalf = u.baseNew === u.head ? undefined : buildClusterPlan({ ...input, base: u.baseNew, head: u.head });
  const byUpgrade = new Set(changedFiles(upgradeHalf).map(fileKey));
  const byManifests = new Set(manifestHalf ? changedFiles(manifestHalf).map(fileKey) : []);
  const causeOf = (f: PlanFile): ChangeCause | undefined => {
    if (f.change === 'unchanged') return undefined;
    const up = byUpgrade.has(fileKey(f));
    const man = byManifests.has(fileKey(f));
    // A file both halves change, or one whose change neither half shows alone (they cancel out or combine).
    return up && !man ? 'upgrade' : man && !up ? 'manifests' : 'both';
  };
  const upgrade: UpgradePlan = {
    from: u.from.version,
    to: u.to.version,
    fromSource: u.from.from,
    toSource: u.to.from,
    files: changedFiles(upgradeHalf).map((f) => ({
      node: f.node,
      path: f.path,
      change: f.change,
      diff: f.diff,
      ...(f.pools ? { pools: f.pools } : {})
    })),
    impactAlone: costs(upgradeHalf),
    manifestImpact: manifestHalf && changedFiles(manifestHalf).length ? costs(manifestHalf) : [],
    note: note(u, upgradeHalf, manifestHalf ?? { ...upgradeHalf, files: [] })
  };
  return { upgrade, causeOf };
}

/** The plan with its upgrade section and every changed file labelled with its cause. */
export function withUpgrade(
  plan: Half,
  r: { upgrade: UpgradePlan; causeOf: (f: PlanFile) => ChangeCause | undefined }
): Half {
  const files = plan.files.map((f) => {
    const cause = r.causeOf(f);
    return cause ? { ...f, cause } : f;
  });
  return { ...plan, files, upgrade: r.upgrade };
}
