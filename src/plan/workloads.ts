import { POLICY_JSON, REGISTRIES_CONF } from '../model/node-paths.js';
import { parseRegistriesConf } from '../model/registries-conf.js';
import type { WorkloadImage } from '../model/types.js';
import { policyAllows } from '../render/linux/policy-allows.js';
import { pullEndpoints } from '../render/linux/pull-sources.js';
import type { NodeFile } from '../render/types.js';
import { windowsPullEndpoints } from '../render/windows/index.js';
import type { WorkloadPlan } from './types.js';

interface Route {
  endpoints: string[];
  pullable: boolean;
  note?: string;
}

// One registries.conf serves every workload image of a side: parse it once, not once per image
// (with hundreds of mirrored sources, per-image TOML parsing dominated `plan` on a monorepo).
const parsedConfs = new WeakMap<NodeFile[], ReturnType<typeof parseRegistriesConf> | Error>();
function registriesConfOf(files: NodeFile[]): ReturnType<typeof parseRegistriesConf> {
  let c = parsedConfs.get(files);
  if (!c) {
    try {
      c = parseRegistriesConf(files.find((f) => f.path === REGISTRIES_CONF)?.content);
    } catch (e) {
      c = e as Error;
    }
    parsedConfs.set(files, c);
  }
  if (c instanceof Error) throw c;
  return c;
}

function linuxRoute(files: NodeFile[], image: string): Route {
  const policy = files.find((f) => f.path === POLICY_JSON);
  let r;
  try {
    r = pullEndpoints(registriesConfOf(files), image);
  } catch (e) {
    return { endpoints: [], pullable: false, note: (e as Error).message };
  }
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
  const memo = new Map<string, [Route, Route]>();
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
      routes = [oneSide ? afterRoute : route(before, w.image), afterRoute];
      memo.set(mk, routes);
    }
    const [b, a] = routes;
    if (b.endpoints.join('\n') === a.endpoints.join('\n') && b.pullable === a.pullable && a.pullable) {
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
