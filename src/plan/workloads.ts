import { POLICY_JSON, REGISTRIES_CONF } from '../model/node-paths.js';
import type { WorkloadImage } from '../model/types.js';
import { policyAllows } from '../render/linux/policy-allows.js';
import { pullEndpointsFrom, type LoadResult } from '../render/linux/pull-sources.js';
import { isRegistriesDropIn, mergeRegistriesConfigs } from '../render/linux/registries-dropins.js';
import type { NodeFile } from '../render/types.js';
import { windowsPullEndpoints } from '../render/windows/index.js';
import type { WorkloadPlan } from './types.js';

export interface Route {
  endpoints: string[];
  pullable: boolean;
  note?: string;
}

// One registries configuration serves every workload image of a side: load it once, not once per image
// (with hundreds of mirrored sources, per-image TOML parsing dominated `plan` on a monorepo). The node reads
// registries.conf and then its registries.conf.d drop-ins, merged as containers/image merges them.
const loadedConfs = new WeakMap<NodeFile[], LoadResult>();
function registriesOf(files: NodeFile[]): LoadResult {
  let c = loadedConfs.get(files);
  if (!c) {
    const main = files.find((f) => f.path === REGISTRIES_CONF);
    const dropIns = files.filter((f) => isRegistriesDropIn(f.path)).map((f) => ({ path: f.path, text: f.content }));
    c = mergeRegistriesConfigs(main ? { path: main.path, text: main.content } : undefined, dropIns).loaded;
    loadedConfs.set(files, c);
  }
  return c;
}

/** How a Linux node with these files pulls one image: the endpoints it tries, and whether it can. */
export function linuxRoute(files: NodeFile[], image: string): Route {
  const policy = files.find((f) => f.path === POLICY_JSON);
  const r = pullEndpointsFrom(registriesOf(files), image);
  if (r.error) return { endpoints: [], pullable: false, note: r.error };
  const usable = r.endpoints.filter((e) => !e.blocked);
  const endpoints = r.endpoints.map(
    (e) => `${e.location}${e.blocked ? ' (blocked)' : ''}${e.insecure ? ' (insecure)' : ''}`
  );
  if (!usable.length) return { endpoints, pullable: false, note: 'every endpoint is blocked' };
  if (policy && !policyAllows(policy.content, image))
    return { endpoints, pullable: false, note: 'rejected by policy.json (not an allowed registry)' };
  return { endpoints, pullable: true };
}

function windowsRoute(files: NodeFile[], image: string): Route {
  try {
    const r = windowsPullEndpoints(files, image);
    if (!r.tomlValid)
      return {
        endpoints: r.endpoints,
        pullable: r.endpoints.length > 0,
        note: `hosts.toml ignored by containerd: ${r.invalidReason}`
      };
    return {
      endpoints: r.endpoints,
      pullable: r.endpoints.length > 0,
      note: r.endpoints.length ? undefined : 'no host can resolve this reference'
    };
  } catch (e) {
    return { endpoints: [], pullable: false, note: (e as Error).message };
  }
}

/**
 * For each workload image of the head side, the endpoints a node tries before and after the change.
 * Only images whose route or pullability changes are returned; `unchanged` counts the rest.
 */
export function planWorkloads(
  images: WorkloadImage[],
  before: NodeFile[],
  after: NodeFile[]
): { changed: WorkloadPlan[]; unchanged: number } {
  const seen = new Set<string>();
  const changed: WorkloadPlan[] = [];
  let unchanged = 0;
  const memo = new Map<string, [Route, Route, boolean]>();
  // Identical node files on both sides (an unchanged cluster): each route is computed once.
  const oneSide =
    before.length === after.length &&
    before.every((f, i) => f.path === after[i]!.path && f.node === after[i]!.node && f.content === after[i]!.content);
  for (const w of images) {
    const key = `${w.image}\0${w.file}\0${w.line}`;
    // The update service's graph builder reads release images through the registry API: no node route.
    if (seen.has(key) || w.platform?.pulledBy === 'registry-client') continue;
    seen.add(key);
    const os = w.windows ? 'windows' : 'linux';
    const mk = `${os}\0${w.image}`;
    let routes = memo.get(mk);
    if (!routes) {
      const route = os === 'windows' ? windowsRoute : linuxRoute;
      const afterRoute = route(after, w.image);
      const beforeRoute = oneSide ? afterRoute : route(before, w.image);
      routes = [beforeRoute, afterRoute, sameRoute(beforeRoute, afterRoute)];
      memo.set(mk, routes);
    }
    const [b, a, same] = routes;
    if (same) {
      unchanged++;
      continue;
    }
    changed.push({
      image: w.image,
      file: w.file,
      line: w.line,
      workload: w.workload,
      os,
      before: b.endpoints,
      after: a.endpoints,
      pullableBefore: b.pullable,
      pullable: a.pullable,
      ...((a.note ?? b.note) ? { note: a.note ?? b.note } : {}),
      ...(w.platform
        ? { kind: 'platform' as const, source: { object: w.platform.object, field: w.platform.field } }
        : {})
    });
  }
  return { changed, unchanged };
}

/** A route that pulls, and from the same endpoints before and after. */
function sameRoute(b: Route, a: Route): boolean {
  return b.endpoints.join('\n') === a.endpoints.join('\n') && b.pullable === a.pullable && a.pullable;
}

/** The files that decide a Linux route, by path. */
function routeFiles(files: NodeFile[]): NodeFile[] {
  return files
    .filter((f) => f.path === REGISTRIES_CONF || f.path === POLICY_JSON || isRegistriesDropIn(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// Compared file by file: the texts are megabytes with thousands of mirrored sources, too big to copy into keys.
const sameFiles = (a: NodeFile[], b: NodeFile[]): boolean =>
  a.length === b.length && a.every((f, i) => f.path === b[i]!.path && f.content === b[i]!.content);

/** Control-plane pools run the platform, not the repository's workloads. */
const CONTROL_PLANE = ['master', 'arbiter'];

/**
 * Linux workloads on pools whose own pull files differ from the cluster-wide ones (a MachineConfig drop-in,
 * registries.conf or policy.json of their own): the same simulation with the pool's files, tagged with
 * the pools. Pools with identical files share one simulation.
 */
export function poolWorkloads(
  images: WorkloadImage[],
  cluster: { before: NodeFile[]; after: NodeFile[] },
  pullFiles: Map<string, { before: NodeFile[]; after: NodeFile[] }>,
  pools: readonly { name: string }[]
): WorkloadPlan[] {
  const linuxImages = images.filter((w) => !w.windows);
  if (linuxImages.length === 0) return [];
  const clusterBefore = routeFiles(cluster.before);
  const clusterAfter = routeFiles(cluster.after);
  const groups: Array<{
    before: NodeFile[];
    after: NodeFile[];
    pools: string[];
    routeBefore: NodeFile[];
    routeAfter: NodeFile[];
  }> = [];
  for (const { name } of pools) {
    const files = pullFiles.get(name);
    if (!files || CONTROL_PLANE.includes(name)) continue;
    const routeBefore = routeFiles(files.before);
    const routeAfter = routeFiles(files.after);
    if (sameFiles(routeBefore, clusterBefore) && sameFiles(routeAfter, clusterAfter)) continue;
    const g = groups.find((x) => sameFiles(x.routeBefore, routeBefore) && sameFiles(x.routeAfter, routeAfter));
    if (g) g.pools.push(name);
    else groups.push({ ...files, pools: [name], routeBefore, routeAfter });
  }
  return groups.flatMap((g) =>
    planWorkloads(linuxImages, g.before, g.after).changed.map((w) => ({ ...w, pools: g.pools }))
  );
}
