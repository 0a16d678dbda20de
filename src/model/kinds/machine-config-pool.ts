/** MachineConfigPools: the Linux node groups MCO rolls out to, with maxUnavailable and pause. */
import { describe, type KindTable } from '../reader.js';

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
      nodeRole
    });
  }
};
