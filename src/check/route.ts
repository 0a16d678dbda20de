/**
 * The route the plan computes for a reference on the rendered head side: which endpoints a node tries,
 * which of them are mirrors, and whether the source itself is among them. The checker uses it to tell
 * a mirror's answer from the source's, to say what a reference not run would have tried, and to skip
 * references whose every endpoint is already known to be unreachable.
 */
import { REGISTRIES_CONF } from '../model/node-paths.js';
import { parseRegistriesConf } from '../model/registries-conf.js';
import { referenceString } from '../render/linux/docker-reference.js';
import { logicalReference, pullEndpoints } from '../render/linux/pull-sources.js';
import type { NodeFile } from '../render/types.js';
import { parseImageRef, windowsPullEndpoints } from '../render/windows/index.js';
import { manifestEndpoint } from './ctr-trace.js';

export interface RouteEndpoint {
  endpoint: string;
  mirror: boolean;
  /** The client refuses it (a blocked entry): never asked. */
  blocked: boolean;
}

export interface Route {
  endpoints: RouteEndpoint[];
  /** The source registry is tried (not blocked, not replaced by NeverContactSource). */
  sourceAllowed: boolean;
  byDigest: boolean;
  /** The plan cannot compute a route (bad reference or unusable configuration). */
  error?: string;
}

export const hostOf = (endpoint: string): string => {
  const slash = endpoint.indexOf('/');
  return slash === -1 ? endpoint : endpoint.slice(0, slash);
};

export function linuxRouteFactory(files: NodeFile[]): (image: string) => Route {
  const content = files.find((f) => f.node === 'linux' && f.path === REGISTRIES_CONF)?.content;
  let conf: ReturnType<typeof parseRegistriesConf> | Error;
  try {
    conf = parseRegistriesConf(content);
  } catch (e) {
    conf = e as Error;
  }
  return (image) => {
    const byDigest = image.includes('@');
    if (conf instanceof Error) return { endpoints: [], sourceAllowed: false, byDigest, error: conf.message };
    const r = pullEndpoints(conf, image);
    if (r.error !== undefined) return { endpoints: [], sourceAllowed: false, byDigest, error: r.error };
    const endpoints = r.endpoints.map((e) => ({
      endpoint: e.location,
      mirror: e.kind === 'mirror',
      blocked: e.blocked
    }));
    const primary = r.endpoints.find((e) => e.kind === 'primary');
    return { endpoints, sourceAllowed: primary !== undefined && !primary.blocked, byDigest };
  };
}

/** containerd's default host for a registry name (docker.io is served by registry-1.docker.io). */
const defaultHost = (registry: string): string => (registry === 'docker.io' ? 'registry-1.docker.io' : registry);

export function windowsRouteFactory(files: NodeFile[]): (image: string) => Route {
  return (image) => {
    const byDigest = image.includes('@');
    try {
      const r = windowsPullEndpoints(files, image);
      const source = defaultHost(parseImageRef(image).registry);
      const seen = new Set<string>();
      const endpoints: RouteEndpoint[] = [];
      for (const url of r.endpoints) {
        const ep = manifestEndpoint(url);
        if (ep === undefined || seen.has(ep)) continue;
        seen.add(ep);
        endpoints.push({ endpoint: ep, mirror: hostOf(ep) !== source, blocked: false });
      }
      return { endpoints, sourceAllowed: endpoints.some((e) => !e.mirror), byDigest };
    } catch (e) {
      return { endpoints: [], sourceAllowed: false, byDigest, error: (e as Error).message };
    }
  };
}

/**
 * The reference handed to the client, as the node asks for it: a tag and a digest together mean the
 * digest (CRI-O drops the tag; containers/image refuses both), a bare name means `:latest`, and Windows
 * references are normalised the way kubelet hands them to containerd.
 */
export function clientReference(os: 'linux' | 'windows', image: string): string {
  if (os === 'linux') return referenceString(logicalReference(image));
  const r = parseImageRef(image);
  return `${r.registry}/${r.repository}${r.digest !== undefined ? `@${r.digest}` : `:${r.tag ?? 'latest'}`}`;
}
