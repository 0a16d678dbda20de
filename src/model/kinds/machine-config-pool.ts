/** MachineConfigPools: the Linux node groups MCO rolls out to, with maxUnavailable and pause. */
import { isEmptySelector, readLabelSelector, selectorProblem, type LabelSelector } from '../label-selector.js';
import { describe, type KindTable, type Reader } from '../reader.js';

const BUILT_IN = ['master', 'worker', 'arbiter'];

/**
 * The selector the render controller uses (`syncMachineConfigPool`). A built-in pool written without one
 * is a partial manifest (the cluster's object keeps MCO's selector); a custom pool without one, or any
 * pool with an empty one, renders nothing.
 */
function machineConfigSelector(r: Reader): LabelSelector | undefined {
  const path = ['spec', 'machineConfigSelector'];
  const sel = readLabelSelector(r.get(path));
  if (typeof sel === 'string') {
    r.reject(path, sel);
    return undefined;
  }
  if (sel === undefined) {
    if (!BUILT_IN.includes(r.doc.name)) {
      r.reject(
        path,
        'a custom pool needs a machineConfigSelector; without one it selects no MachineConfig and the operator reports it failing',
        'pool-invalid'
      );
    }
    return undefined;
  }
  if (isEmptySelector(sel)) {
    r.reject(
      path,
      'an empty selector selects every MachineConfig, so the operator refuses to render the pool ("A non-empty selector is required")',
      'pool-invalid'
    );
    return undefined;
  }
  const problem = selectorProblem(sel);
  if (problem) {
    r.reject(path, problem, 'pool-invalid');
    return undefined;
  }
  return sel;
}

export const machineConfigPoolKinds: KindTable = {
  MachineConfigPool: (r, ctx) => {
    if (ctx.group !== 'machineconfiguration.openshift.io' || ctx.isDuplicate(r)) return;
    const mu = r.get(['spec', 'maxUnavailable']);
    let maxUnavailable: number | string | undefined;
    if (typeof mu === 'number' && Number.isInteger(mu) && mu >= 0) maxUnavailable = mu;
    else if (typeof mu === 'string' && /^\d+%?$/.test(mu)) maxUnavailable = /%$/.test(mu) ? mu : Number(mu);
    else if (mu !== undefined && mu !== null)
      r.reject(
        ['spec', 'maxUnavailable'],
        `maxUnavailable must be a non-negative integer or a percentage like "25%", found ${describe(mu)}`
      );
    const labels = (r.object(['metadata', 'labels']) ?? {}) as Record<string, unknown>;
    const roles = new Set<string>();
    const mcRole = r.get(['spec', 'machineConfigSelector', 'matchLabels', 'machineconfiguration.openshift.io/role']);
    if (typeof mcRole === 'string') roles.add(mcRole);
    const exprs = r.get(['spec', 'machineConfigSelector', 'matchExpressions']);
    if (Array.isArray(exprs)) {
      for (const e of exprs) {
        if (e && e.key === 'machineconfiguration.openshift.io/role' && e.operator === 'In' && Array.isArray(e.values)) {
          for (const v of e.values) if (typeof v === 'string') roles.add(v);
        }
      }
    }
    const nodeLabels = (r.get(['spec', 'nodeSelector', 'matchLabels']) ?? {}) as Record<string, unknown>;
    const nodeRole = Object.keys(nodeLabels)
      .find((k) => k.startsWith('node-role.kubernetes.io/'))
      ?.slice('node-role.kubernetes.io/'.length);
    ctx.model.pools.push({
      name: r.doc.name,
      loc: r.loc(),
      maxUnavailable,
      maxUnavailableLoc: mu !== undefined ? r.loc(['spec', 'maxUnavailable']) : undefined,
      paused: r.bool(['spec', 'paused']) ?? false,
      builtIn: 'machineconfiguration.openshift.io/mco-built-in' in labels,
      machineConfigRoles: [...roles],
      nodeRole,
      labels: Object.fromEntries(Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string')),
      ...((sel) => (sel ? { machineConfigSelector: sel } : {}))(machineConfigSelector(r))
    });
  }
};
