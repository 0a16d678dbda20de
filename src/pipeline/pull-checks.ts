/**
 * The pull-check stage of `plan --check-pulls`: which references of a cluster to ask about, and the
 * answers put where the policy and the report read them (`workloads[].check`, `checkedUnchanged`).
 */
import { PullChecker, checkKey } from '../check/check-pulls.js';
import { linuxRouteFactory, windowsRouteFactory } from '../check/route.js';
import type { CheckPullsMode, PullCheckItem } from '../model/pull-check.js';
import type { ClusterPlan, SideResult, WorkloadPlan } from '../plan/types.js';

type Partial = Omit<ClusterPlan, 'verdict'>;

/** `changed`: the references whose route the PR changes; `all`: every reference of the head side too. */
export async function withPullChecks(
  checker: PullChecker,
  mode: CheckPullsMode,
  head: SideResult,
  partial: Partial
): Promise<Partial> {
  const changedKeys = new Set(partial.workloads.map((w) => `${w.os}\0${w.image}\0${w.file}\0${w.line}`));
  const unchanged: WorkloadPlan[] = [];
  if (mode === 'all') {
    const routes = { linux: linuxRouteFactory(head.files), windows: windowsRouteFactory(head.files) };
    for (const w of head.model.workloads) {
      const os = w.windows ? 'windows' : 'linux';
      const key = `${os}\0${w.image}\0${w.file}\0${w.line}`;
      if (changedKeys.has(key)) continue;
      changedKeys.add(key);
      const route = routes[os](w.image).endpoints.map((e) => `${e.endpoint}${e.blocked ? ' (blocked)' : ''}`);
      unchanged.push({
        image: w.image,
        file: w.file,
        line: w.line,
        workload: w.workload,
        os,
        before: route,
        after: route,
        pullableBefore: true,
        pullable: true
      });
    }
  }
  const items: PullCheckItem[] = [...partial.workloads, ...unchanged].map((w) => ({ image: w.image, os: w.os }));
  const results = await checker.checkSide(head.files, items);
  const annotate = (w: WorkloadPlan): WorkloadPlan => {
    const check = results.get(checkKey(w.os, w.image));
    return check ? { ...w, check } : w;
  };
  return {
    ...partial,
    workloads: partial.workloads.map(annotate),
    ...(mode === 'all' ? { checkedUnchanged: unchanged.map(annotate) } : {})
  };
}
