// Converts MachineConfiguration API-shaped policy YAML ({type, reload: {serviceName}}) into the model's
// NdpAction shape, for tests driven by the conformance cases.
import type { NdpAction, NdpActionType, NodeDisruptionPolicy } from '../../src/model/types.js';

type ApiAction = { type: string; reload?: { serviceName?: string }; restart?: { serviceName?: string } };

export function fromApiAction(a: ApiAction): NdpAction {
  const serviceName = a.reload?.serviceName ?? a.restart?.serviceName;
  return serviceName === undefined ? { type: a.type as NdpActionType } : { type: a.type as NdpActionType, serviceName };
}

export function fromApiPolicy(p: {
  files?: { path: string; actions: ApiAction[] }[];
  units?: { name: string; actions: ApiAction[] }[];
  sshkey?: { actions: ApiAction[] };
}): NodeDisruptionPolicy {
  return {
    files: (p.files ?? []).map((f) => ({ path: f.path, actions: f.actions.map(fromApiAction) })),
    units: (p.units ?? []).map((u) => ({ name: u.name, actions: u.actions.map(fromApiAction) })),
    ...(p.sshkey ? { sshkey: p.sshkey.actions.map(fromApiAction) } : {})
  };
}

/** Order-insensitive comparison key for an action list (the daemon's diff order is Go map order). */
export const actionKey = (xs: NdpAction[]): string[] => xs.map((a) => `${a.type}:${a.serviceName ?? ''}`).sort();
