/**
 * What containerd 1.7 on a Windows node does with a WMCO hosts.toml when it pulls an image
 * (windows-wmco.md §3.7): which hosts it tries, in which order, with which URL. Used to predict Windows
 * pulls; an end-to-end suite checks the prediction against real `ctr`.
 */
import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { NodeFile } from '../types.js';
import { registryOfHostsTomlPath } from './render.js';

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ENDPOINT = 'registry-1.docker.io';

export interface ImageRef {
  /** Registry host[:port] as containerd sees it (docker.io for Docker Hub). */
  registry: string;
  /** Repository path after the registry. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Docker reference normalisation as kubelet/CRI hand references to containerd. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  let registry: string;
  let repository: string;
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    repository = rest.slice(slash + 1);
  } else {
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (tag === undefined && digest === undefined) tag = 'latest';
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

type Capability = 'pull' | 'resolve' | 'push';

interface HostConfig {
  scheme: string;
  host: string;
  path: string;
  capabilities: Set<Capability>;
}

class HostsFileError extends Error {}

const ALL_CAPS: Capability[] = ['pull', 'resolve', 'push'];

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** containerd `parseHostConfig`: scheme/host/path of one server entry and its capabilities. */
function parseHostConfig(server: string, config: Record<string, unknown>): HostConfig {
  const url = server.startsWith('http') ? server : `https://${server}`;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(url);
  if (!m) throw new HostsFileError(`unable to parse server ${server}`);
  const authority = m[2]!;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const overridePath = config['override_path'];
  if (overridePath !== undefined && typeof overridePath !== 'boolean')
    throw new HostsFileError('override_path must be a boolean');
  let path = m[3]!;
  if (path.length > 0) {
    path = posix.normalize(path);
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    if (!path.endsWith('/v2') && overridePath !== true) path = `${path}/v2`;
  } else if (overridePath !== true) {
    path = '/v2';
  }
  const caps = config['capabilities'];
  let capabilities: Set<Capability>;
  if (caps === undefined) {
    capabilities = new Set(ALL_CAPS);
  } else {
    if (!Array.isArray(caps)) throw new HostsFileError('capabilities must be an array');
    capabilities = new Set();
    for (const c of caps) {
      const name = typeof c === 'string' ? c.toLowerCase() : '';
      if (name !== 'pull' && name !== 'resolve' && name !== 'push')
        throw new HostsFileError(`unknown capability ${String(c)}`);
      capabilities.add(name);
    }
  }
  return { scheme: m[1]!, host, path, capabilities };
}

/** containerd `parseHostsFile`: `[host."…"]` tables in file order, then the `server` entry. */
function parseHostsFile(content: string): HostConfig[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(content) as Record<string, unknown>;
  } catch (e) {
    throw new HostsFileError(`failed to decode hosts.toml: ${(e as Error).message}`);
  }
  const server = doc['server'];
  if (server !== undefined && typeof server !== 'string') throw new HostsFileError('server must be a string');
  const hostTables = doc['host'];
  // getSortedHosts (1.6/1.7) rejects a file without any [host."…"] table, even one with a server line.
  if (!isTable(hostTables)) throw new HostsFileError('invalid `host` tree');
  const hosts: HostConfig[] = [];
  // smol-toml keeps tables in insertion (= file) order, which is what getSortedHosts restores in Go.
  for (const [name, cfg] of Object.entries(hostTables)) {
    if (!isTable(cfg)) throw new HostsFileError(`host ${name} must be a table`);
    hosts.push(parseHostConfig(name, cfg));
  }
  hosts.push(parseHostConfig(server ?? '', doc));
  return hosts;
}

/** `ConfigureHosts` default when no server is configured (or no usable file exists). */
function defaultHost(registry: string): HostConfig {
  return {
    scheme: 'https',
    host: registry === DOCKER_HUB ? DOCKER_HUB_ENDPOINT : registry,
    path: '/v2',
    capabilities: new Set(ALL_CAPS)
  };
}

/** Go url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** containerd `isProxy`: requests to a host other than the image's registry carry `?ns=<registry>`. */
function isProxy(host: string, registry: string): boolean {
  return registry !== host && !(registry === DOCKER_HUB && host === DOCKER_HUB_ENDPOINT);
}

function requestUrl(h: HostConfig, ref: ImageRef, kind: 'manifests' | 'blobs', object: string): string {
  let p = posix.join('/', h.path, ref.repository, kind, object);
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  const ns = isProxy(h.host, ref.registry) ? `?ns=${queryEscape(ref.registry)}` : '';
  return `${h.scheme}://${h.host}${p}${ns}`;
}

export interface ContainerdResolution {
  /** Manifest URLs containerd tries, in order, when resolving the reference. */
  endpoints: string[];
  /** For digest references: the `blobs/<digest>` URLs containerd falls back to when every manifest request fails. */
  blobFallback: string[];
  /** false = containerd cannot decode the file and uses its defaults (source registry only). */
  tomlValid: boolean;
  /** Why the file was rejected, when it was. */
  invalidReason?: string;
  byDigest: boolean;
  image: ImageRef;
}

/**
 * The endpoints containerd tries for `imageRef` with `content` as the registry's hosts.toml. Tag pulls
 * only use hosts with pull+resolve; digest pulls every host with pull. The `server` entry is last and
 * has every capability unless the top level sets them.
 */
export function containerdHostsFor(content: string | undefined, imageRef: string): ContainerdResolution {
  const image = parseImageRef(imageRef);
  let hosts: HostConfig[];
  let tomlValid = true;
  let invalidReason: string | undefined;
  if (content === undefined || content.trim() === '') {
    hosts = [defaultHost(image.registry)];
  } else {
    try {
      hosts = parseHostsFile(content);
    } catch (e) {
      if (!(e instanceof HostsFileError)) throw e;
      tomlValid = false;
      invalidReason = e.message;
      hosts = [defaultHost(image.registry)];
    }
  }
  const last = hosts[hosts.length - 1]!;
  if (last.host === '') hosts[hosts.length - 1] = defaultHost(image.registry);

  const byDigest = image.digest !== undefined;
  const needed: Capability[] = byDigest ? ['pull'] : ['pull', 'resolve'];
  const usable = hosts.filter((h) => needed.every((c) => h.capabilities.has(c)));
  const object = byDigest ? image.digest! : image.tag!;
  return {
    endpoints: usable.map((h) => requestUrl(h, image, 'manifests', object)),
    blobFallback: byDigest ? usable.map((h) => requestUrl(h, image, 'blobs', object)) : [],
    tomlValid,
    ...(invalidReason !== undefined ? { invalidReason } : {}),
    byDigest,
    image
  };
}

export interface WindowsPull extends ContainerdResolution {
  /** The hosts.toml containerd reads for this image, or null when it reads none. */
  hostsTomlUsed: string | null;
}

/**
 * containerd 1.7 on Windows looks up `<host>` for port-less registries and `host_port_` / `hostport`
 * otherwise, never `host:port` (the name WMCO writes) nor wildcard names. NTFS names are case-insensitive.
 */
export function windowsHostsTomlFor(files: NodeFile[], registry: string): NodeFile | undefined {
  if (registry.includes(':')) return undefined;
  const want = registry.toLowerCase();
  return files.find((f) => f.node === 'windows' && registryOfHostsTomlPath(f.path)?.toLowerCase() === want);
}

/** The endpoints a Windows node tries for an image, given the hosts.toml files WMCO wrote. */
export function windowsPullEndpoints(files: NodeFile[], imageRef: string): WindowsPull {
  const image = parseImageRef(imageRef);
  const file = windowsHostsTomlFor(files, image.registry);
  return { ...containerdHostsFor(file?.content, imageRef), hostsTomlUsed: file ? file.path : null };
}
