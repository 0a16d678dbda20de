/** operator.openshift.io MachineConfiguration/cluster: the node disruption policy (4.17+). */
import type { PathSeg } from '../manifest.js';
import type { KindTable, Reader } from '../reader.js';
import type { NdpAction, NodeDisruptionPolicy } from '../types.js';

const NDP_TYPES = new Set(['Reboot', 'Drain', 'Reload', 'Restart', 'DaemonReload', 'None', 'Special']);

function ndpActions(r: Reader, path: PathSeg[]): NdpAction[] {
  const out: NdpAction[] = [];
  (r.array(path) ?? []).forEach((_, i) => {
    const type = r.string([...path, i, 'type']);
    if (!type || !NDP_TYPES.has(type)) {
      r.reject(
        [...path, i, 'type'],
        `action type must be one of Reboot, Drain, Reload, Restart, DaemonReload, None (found ${JSON.stringify(type ?? null)})`
      );
      return;
    }
    const svc =
      type === 'Reload'
        ? r.string([...path, i, 'reload', 'serviceName'])
        : type === 'Restart'
          ? r.string([...path, i, 'restart', 'serviceName'])
          : undefined;
    out.push(
      svc !== undefined ? { type: type as NdpAction['type'], serviceName: svc } : { type: type as NdpAction['type'] }
    );
  });
  return out;
}

function nodeDisruptionPolicy(r: Reader): NodeDisruptionPolicy | undefined {
  const base = ['spec', 'nodeDisruptionPolicy'];
  if (!r.object(base)) return undefined;
  const files = (r.array([...base, 'files']) ?? []).flatMap((_, i) => {
    const path = r.string([...base, 'files', i, 'path']);
    if (path === undefined) return [];
    return [{ path, actions: ndpActions(r, [...base, 'files', i, 'actions']), loc: r.loc([...base, 'files', i]) }];
  });
  const units = (r.array([...base, 'units']) ?? []).flatMap((_, i) => {
    const name = r.string([...base, 'units', i, 'name']);
    if (name === undefined) return [];
    return [{ name, actions: ndpActions(r, [...base, 'units', i, 'actions']), loc: r.loc([...base, 'units', i]) }];
  });
  const ssh = r.object([...base, 'sshkey']) ? ndpActions(r, [...base, 'sshkey', 'actions']) : undefined;
  return { files, units, ...(ssh && ssh.length ? { sshkey: ssh } : {}) };
}

export const machineConfigurationKinds: KindTable = {
  MachineConfiguration: (r, ctx) => {
    if (ctx.group !== 'operator.openshift.io' || r.doc.name !== 'cluster' || ctx.isDuplicate(r)) return;
    ctx.model.machineConfiguration = { loc: r.loc(), nodeDisruptionPolicy: nodeDisruptionPolicy(r) };
  }
};
