/** MachineSets: node counts and the Windows machines WMCO configures. */
import { describe, type KindTable } from '../reader.js';

export const machineSetKinds: KindTable = {
  MachineSet: (r, ctx) => {
    if (ctx.group !== 'machine.openshift.io' || ctx.isDuplicate(r)) return;
    const replicasRaw = r.get(['spec', 'replicas']);
    let replicas = 1; // the MachineSet API default
    if (typeof replicasRaw === 'number' && Number.isInteger(replicasRaw) && replicasRaw >= 0) replicas = replicasRaw;
    else if (replicasRaw !== undefined && replicasRaw !== null)
      r.reject(['spec', 'replicas'], `replicas must be a non-negative integer, found ${describe(replicasRaw)}`);
    const tl = (r.object(['spec', 'template', 'metadata', 'labels']) ?? {}) as Record<string, unknown>;
    const nodeLabels = (r.get(['spec', 'template', 'spec', 'metadata', 'labels']) ?? {}) as Record<string, unknown>;
    const nodeRole = Object.keys(nodeLabels)
      .find((k) => k.startsWith('node-role.kubernetes.io/'))
      ?.slice('node-role.kubernetes.io/'.length);
    const machineRole =
      typeof tl['machine.openshift.io/cluster-api-machine-role'] === 'string'
        ? (tl['machine.openshift.io/cluster-api-machine-role'] as string)
        : undefined;
    ctx.model.machineSets.push({
      name: r.doc.name,
      namespace: r.doc.namespace,
      loc: r.loc(),
      replicas,
      windows:
        tl['machine.openshift.io/os-id'] === 'Windows' && tl['windowsmachineconfig.openshift.io/ignore'] !== 'true',
      role: nodeRole ?? machineRole
    });
  }
};
