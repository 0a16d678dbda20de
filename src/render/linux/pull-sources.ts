import type { RegistriesConf, Registry } from '../../model/registries-conf.js';
import { goQuote, sortByGoOrder } from './go-format.js';
import {
  isDigested,
  parseNamed,
  parseNormalizedNamed,
  referenceName,
  referenceString,
  type DockerReference
} from './docker-reference.js';
import { trimTrailingSlashes } from '../../model/text.js';

/** A `[[registry]]` after c/image's postProcessRegistries: prefix defaulted, trailing slashes trimmed. */
export type LoadedRegistry = Registry;

export type LoadResult =
  { registries: LoadedRegistry[]; error?: undefined } | { registries?: undefined; error: string };

/** parseLocation: trailing "/" trimmed, URI schemes refused. */
function parseLocation(input: string): string {
  const trimmed = trimTrailingSlashes(input);
  if (trimmed.startsWith('http://') || trimmed.startsWith('https://')) {
    throw new Error(`invalid location '${input}': URI schemes are not supported`);
  }
  return trimmed;
}

/**
 * c/image `postProcessRegistries` plus the wildcard check of loadConfigFile. Any error makes the whole
 * file unusable, so every pull on the node fails with it.
 */
export function loadRegistries(conf: RegistriesConf): LoadResult {
  const regs: LoadedRegistry[] = [];
  const byKey = new Map<string, LoadedRegistry[]>();
  try {
    for (const r of conf.registries) {
      const reg: LoadedRegistry = {
        prefix: r.prefix,
        location: parseLocation(r.location),
        insecure: r.insecure,
        blocked: r.blocked,
        mirrorByDigestOnly: r.mirrorByDigestOnly,
        mirrors: []
      };
      if (reg.prefix === '') {
        if (reg.location === '') throw new Error('invalid condition: both location and prefix are unset');
        reg.prefix = reg.location;
      } else {
        reg.prefix = parseLocation(reg.prefix);
        if (!reg.prefix.startsWith('*.') && reg.location === '') {
          throw new Error('invalid condition: location is unset and prefix is not in the format: *.example.com');
        }
      }
      for (const m of r.mirrors) {
        const location = parseLocation(m.location);
        // Nothing changes a loaded mirror: the decoded one is kept when its location needs no trimming.
        const mir = location === m.location ? m : { ...m, location };
        if (mir.location === '') throw new Error('invalid condition: mirror location is unset');
        if (reg.mirrorByDigestOnly && mir.pullFromMirror !== '') {
          throw new Error(
            `cannot set mirror usage mirror-by-digest-only for the registry (${goQuote(reg.prefix)}) and pull-from-mirror for per-mirror (${goQuote(mir.location)}) at the same time`
          );
        }
        if (!['', 'all', 'digest-only', 'tag-only'].includes(mir.pullFromMirror)) {
          throw new Error(
            `unsupported pull-from-mirror value ${goQuote(mir.pullFromMirror)} for mirror ${goQuote(mir.location)}`
          );
        }
        reg.mirrors.push(mir);
      }
      const key = reg.location === '' ? reg.prefix : reg.location;
      const same = byKey.get(key);
      if (same) same.push(reg);
      else byKey.set(key, [reg]);
      regs.push(reg);
    }
    for (const reg of regs) {
      for (const other of byKey.get(reg.location === '' ? reg.prefix : reg.location) ?? []) {
        if (reg.insecure !== other.insecure) {
          throw new Error(`registry '${reg.location}' is defined multiple times with conflicting 'insecure' setting`);
        }
        if (reg.blocked !== other.blocked) {
          throw new Error(`registry '${reg.location}' is defined multiple times with conflicting 'blocked' setting`);
        }
      }
    }
  } catch (e) {
    return { error: (e as Error).message };
  }
  // The first entry for a prefix wins; later duplicates are dropped silently.
  const unique = new Map<string, LoadedRegistry>();
  for (const r of regs) if (!unique.has(r.prefix)) unique.set(r.prefix, r);
  const registries = sortByGoOrder([...unique.values()], (r) => r.prefix);
  for (const r of registries) {
    if (r.prefix.startsWith('*.') && /[/@:]/.test(r.prefix)) {
      return {
        error: `Wildcarded prefix should be in the format: *.example.com. Current prefix ${goQuote(r.prefix)} is incorrectly formatted`
      };
    }
  }
  return { registries };
}

function refMatchingSubdomainPrefix(ref: string, prefix: string): number {
  const suffix = prefix.slice(1);
  let index = ref.indexOf(suffix);
  if (index === -1) return -1;
  if (ref.slice(0, index).includes('/')) return -1;
  index += suffix.length;
  if (index === ref.length) return index;
  return ':/@'.includes(ref[index]!) ? index : -1;
}

/** c/image `refMatchingPrefix`: the length of the matched part of `ref`, or -1. */
export function refMatchingPrefix(ref: string, prefix: string): number {
  if (prefix.startsWith('*.')) return refMatchingSubdomainPrefix(ref, prefix);
  if (ref.length < prefix.length) return -1;
  if (ref.length === prefix.length) return ref === prefix ? prefix.length : -1;
  if (!ref.startsWith(prefix)) return -1;
  // "example.com:5000" matching "example.com" is a known c/image quirk; the node has it, so we do too.
  return ':/@'.includes(ref[prefix.length]!) ? prefix.length : -1;
}

interface RegistryIndex {
  /** Plain prefixes, each with the first registry (and its position) that declares it. */
  exact: Map<string, { reg: LoadedRegistry; at: number }>;
  /** `*.domain` prefixes in file order: few in practice, matched one by one. */
  wildcards: Array<{ reg: LoadedRegistry; at: number }>;
}

const indexCache = new WeakMap<readonly LoadedRegistry[], RegistryIndex>();

function registryIndex(registries: readonly LoadedRegistry[]): RegistryIndex {
  let index = indexCache.get(registries);
  if (index) return index;
  index = { exact: new Map(), wildcards: [] };
  registries.forEach((reg, at) => {
    if (reg.prefix.startsWith('*.')) index!.wildcards.push({ reg, at });
    else if (!index!.exact.has(reg.prefix)) index!.exact.set(reg.prefix, { reg, at });
  });
  indexCache.set(registries, index);
  return index;
}

/**
 * c/image `FindRegistry`: the longest matching prefix wins, the first in file order among equals. A plain
 * prefix can only match `ref` up to one of its `:`, `/` or `@` or the whole of it, so those cut points are
 * looked up in an index instead of testing every registry (thousands of oc-mirror sources per image).
 */
export function findRegistry(registries: readonly LoadedRegistry[], ref: string): LoadedRegistry | undefined {
  const { exact, wildcards } = registryIndex(registries);
  let best: { reg: LoadedRegistry; at: number } | undefined;
  const consider = (c: { reg: LoadedRegistry; at: number } | undefined): void => {
    if (!c || c.reg.prefix.length === 0) return;
    const len = c.reg.prefix.length;
    const bestLen = best?.reg.prefix.length ?? 0;
    if (len > bestLen || (len === bestLen && c.at < best!.at)) best = c;
  };
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 0x3a || c === 0x2f || c === 0x40) consider(exact.get(ref.slice(0, i))); // ':' '/' '@'
  }
  consider(exact.get(ref));
  for (const w of wildcards) if (refMatchingPrefix(ref, w.reg.prefix) !== -1) consider(w);
  return best?.reg;
}

export interface PullSource {
  endpoint: { location: string; insecure: boolean; pullFromMirror: string };
  reference: DockerReference;
  kind: 'mirror' | 'primary';
}

function rewriteReference(ref: DockerReference, prefix: string, location: string): DockerReference {
  const refString = referenceString(ref);
  const prefixLen = refMatchingPrefix(refString, prefix);
  if (prefixLen === -1) throw new Error(`invalid prefix '${prefix}' for reference '${refString}'`);
  if (location === '') {
    if (!prefix.startsWith('*.')) {
      throw new Error(`invalid prefix '${prefix}' for empty location, should be in the format: *.example.com`);
    }
    return ref;
  }
  try {
    return parseNamed(location + refString.slice(prefixLen));
  } catch (e) {
    throw new Error(`rewriting reference: ${(e as Error).message}`);
  }
}

/** c/image `Registry.PullSourcesFromReference`: usable mirrors in file order, then the primary. */
export function pullSourcesFromReference(reg: LoadedRegistry, ref: DockerReference): PullSource[] {
  const digested = isDigested(ref);
  const endpoints: PullSource['endpoint'][] = [];
  if (reg.mirrorByDigestOnly) {
    if (digested) endpoints.push(...reg.mirrors);
  } else {
    for (const m of reg.mirrors) {
      if (m.pullFromMirror === 'digest-only' && !digested) continue;
      if (m.pullFromMirror === 'tag-only' && digested) continue;
      endpoints.push(m);
    }
  }
  const mirrorCount = endpoints.length;
  endpoints.push({ location: reg.location, insecure: reg.insecure, pullFromMirror: '' });
  return endpoints.map((ep, i) => ({
    endpoint: { location: ep.location, insecure: ep.insecure, pullFromMirror: ep.pullFromMirror },
    reference: rewriteReference(ref, reg.prefix, ep.location),
    kind: i < mirrorCount ? 'mirror' : 'primary'
  }));
}

export interface PullEndpoint {
  /** Rewritten repository, host[:port]/path, no tag or digest. */
  location: string;
  /** The full rewritten reference the client asks for. */
  reference: string;
  insecure: boolean;
  kind: 'mirror' | 'primary';
  /** The client refuses this endpoint: the rewritten name falls in a blocked entry. */
  blocked: boolean;
}

export interface PullEndpointsResult {
  endpoints: PullEndpoint[];
  error?: string;
  /**
   * The reference names no registry (e.g. "busybox"). The endpoints are for its docker.io expansion, as
   * skopeo resolves it; CRI-O may instead try the unqualified-search-registries in turn.
   */
  shortName?: true;
}

/** reference.splitDockerDomain's test for an explicit registry host in the first component. */
export function isShortName(imageRef: string): boolean {
  const slash = imageRef.indexOf('/');
  if (slash === -1) return true;
  const first = imageRef.slice(0, slash);
  return !(first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first);
}

/**
 * The logical reference a CRI-O pull works on. A reference with both tag and digest is pulled by digest
 * (the tag is dropped, as CRI-O and podman do); a bare name means `:latest`.
 */
export function logicalReference(imageRef: string): DockerReference {
  const ref = parseNormalizedNamed(imageRef);
  if (ref.digest !== undefined) return { domain: ref.domain, path: ref.path, digest: ref.digest };
  if (ref.tag === undefined) return { ...ref, tag: 'latest' };
  return ref;
}

/**
 * The endpoints a node's containers/image tries, in order, for `imageRef` under `conf`. Each attempt
 * re-resolves the rewritten name with FindRegistry and fails if that entry is blocked (so mirrors of a
 * blocked source still work), while TLS follows the endpoint's own `insecure` flag.
 */
// Callers ask for many images against one parsed configuration; validate it once per object.
const loadedCache = new WeakMap<RegistriesConf, LoadResult>();
function loadedRegistries(conf: RegistriesConf): LoadResult {
  let l = loadedCache.get(conf);
  if (!l) loadedCache.set(conf, (l = loadRegistries(conf)));
  return l;
}

export function pullEndpoints(conf: RegistriesConf, imageRef: string): PullEndpointsResult {
  return pullEndpointsFrom(loadedRegistries(conf), imageRef);
}

/** `pullEndpoints` over an already loaded (and possibly drop-in merged) registry list. */
export function pullEndpointsFrom(loaded: LoadResult, imageRef: string): PullEndpointsResult {
  let ref: DockerReference;
  try {
    ref = logicalReference(imageRef);
  } catch (e) {
    return { endpoints: [], error: `invalid image reference ${goQuote(imageRef)}: ${(e as Error).message}` };
  }
  if (loaded.error !== undefined) return { endpoints: [], error: loaded.error };
  const registries = loaded.registries;
  const name = referenceName(ref);
  const reg = findRegistry(registries, name);
  let sources: PullSource[];
  if (!reg) {
    sources = [{ endpoint: { location: name, insecure: false, pullFromMirror: '' }, reference: ref, kind: 'primary' }];
  } else {
    try {
      sources = pullSourcesFromReference(reg, ref);
    } catch (e) {
      return { endpoints: [], error: (e as Error).message };
    }
  }
  const result: PullEndpointsResult = {
    endpoints: sources.map((s) => {
      const physical = referenceName(s.reference);
      return {
        location: physical,
        reference: referenceString(s.reference),
        insecure: s.endpoint.insecure,
        kind: s.kind,
        blocked: findRegistry(registries, physical)?.blocked ?? false
      };
    })
  };
  if (isShortName(imageRef)) result.shortName = true;
  return result;
}
