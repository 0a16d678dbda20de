import type { ClusterSettings } from '../config/settings.js';
import type { ClusterModel, MachineConfigPoolObject } from '../model/types.js';

/** Pools that exist in every cluster even when the repo does not declare them. */
const DEFAULT_POOLS = ['master', 'worker'];
/** Used only when neither MachineSets nor the configuration give a count; printed as "assumed". */
const ASSUMED_NODES: Record<string, number> = { master: 3, worker: 3, arbiter: 1 };

export interface PoolNodes {
  pool: MachineConfigPoolObject;
  nodes: number;
  nodesFrom: 'machinesets' | 'config' | 'assumed';
  /** Whether MCO writes the registries MachineConfig for this pool (built-in, or selects worker configs). */
  receivesRegistriesConfig: boolean;
}

function defaultPool(name: string): MachineConfigPoolObject {
  return {
    name,
    loc: { file: '', line: 0 },
    paused: false,
    builtIn: true,
    machineConfigRoles: [name],
    nodeRole: name,
    labels: {}
  };
}

/**
 * The pools of one cluster with their node counts. Control-plane machines are usually not in
 * MachineSets, so a count from the configuration wins over an empty MachineSet sum.
 */
export function resolvePools(model: ClusterModel, cluster: ClusterSettings): PoolNodes[] {
  const declared = model.pools.length ? model.pools : [];
  const pools = [...declared];
  for (const name of DEFAULT_POOLS) if (!pools.some((p) => p.name === name)) pools.push(defaultPool(name));
  return pools.map((pool) => {
    const role = pool.nodeRole ?? pool.name;
    const sets = model.machineSets.filter((m) => !m.windows && (m.role ?? 'worker') === role);
    const fromSets = sets.reduce((n, m) => n + m.replicas, 0);
    const configured = cluster.pools[pool.name]?.nodes;
    const [nodes, nodesFrom]: [number, PoolNodes['nodesFrom']] =
      configured !== undefined
        ? [configured, 'config']
        : sets.length
          ? [fromSets, 'machinesets']
          : [ASSUMED_NODES[pool.name] ?? 0, 'assumed'];
    const builtIn = pool.builtIn || ['master', 'worker', 'arbiter'].includes(pool.name);
    return { pool, nodes, nodesFrom, receivesRegistriesConfig: builtIn || pool.machineConfigRoles.includes('worker') };
  });
}
