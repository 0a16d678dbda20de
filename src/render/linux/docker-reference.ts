/**
 * The subset of containers/image `docker/reference` that registries.conf matching depends on: the
 * grammar, docker.io normalisation (ParseNormalizedNamed) and the strict canonical parse (ParseNamed)
 * MCO applies to the release image and c/image applies to rewritten mirror references.
 */
import { BoundedMap } from '../../model/bounded-map.js';

export interface DockerReference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

export class ReferenceError extends Error {}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
// `[-]+` as in current distribution/reference; older `[-]*` accepts the same strings.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
export const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
export const ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

const DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export const referenceName = (r: DockerReference): string => (r.domain ? `${r.domain}/${r.path}` : r.path);

export function referenceString(r: DockerReference): string {
  return referenceName(r) + (r.tag !== undefined ? `:${r.tag}` : '') + (r.digest !== undefined ? `@${r.digest}` : '');
}

export const isDigested = (r: DockerReference): boolean => r.digest !== undefined;

function validateDigest(d: string): void {
  const i = d.indexOf(':');
  const alg = d.slice(0, i);
  const enc = d.slice(i + 1);
  const len = DIGEST_LENGTHS[alg];
  if (len === undefined) throw new ReferenceError('unsupported digest algorithm');
  if (enc.length !== len || !/^[a-f0-9]+$/.test(enc)) throw new ReferenceError('invalid checksum digest format');
}

/** reference.Parse: the grammar only, no normalisation. */
export function parseReference(s: string): DockerReference {
  const m = REFERENCE.exec(s);
  if (!m) {
    if (s === '') throw new ReferenceError('repository name must have at least one component');
    if (REFERENCE.test(s.toLowerCase())) throw new ReferenceError('repository name must be lowercase');
    throw new ReferenceError('invalid reference format');
  }
  const name = m[1]!;
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    throw new ReferenceError(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  }
  const nm = ANCHORED_NAME.exec(name)!;
  const ref: DockerReference = { domain: nm[1] ?? '', path: nm[2]! };
  if (m[2] !== undefined) ref.tag = m[2];
  if (m[3] !== undefined) {
    validateDigest(m[3]);
    ref.digest = m[3];
  }
  return ref;
}

function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash === -1) return ['docker.io', 'library/' + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') return [maybeDomain, maybeRemote];
  if (maybeDomain === 'index.docker.io') {
    domain = 'docker.io';
    remote = maybeRemote;
  } else if (/[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
    return [maybeDomain, maybeRemote];
  } else {
    domain = 'docker.io';
    remote = name;
  }
  if (domain === 'docker.io' && !remote.includes('/')) remote = 'library/' + remote;
  return [domain, remote];
}

// Every rule, side, cluster and route asks about the same few thousand references: parse each distinct
// string once per process. Results are frozen so no caller can change what another one sees; the memo is
// bounded so a hostile repository cannot grow it without limit.
const normalizedMemo = new BoundedMap<string, Readonly<DockerReference> | ReferenceError>(200_000);

/** reference.ParseNormalizedNamed: "busybox" is docker.io/library/busybox. */
export function parseNormalizedNamed(s: string): DockerReference {
  const hit = normalizedMemo.getOr(s, () => {
    try {
      return Object.freeze(parseNormalizedNamedUncached(s));
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      return e;
    }
  });
  if (hit instanceof ReferenceError) throw hit;
  return hit;
}

function parseNormalizedNamedUncached(s: string): DockerReference {
  if (IDENTIFIER.test(s)) {
    throw new ReferenceError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remoteName = colon > -1 ? remainder.slice(0, colon) : remainder;
  if (remoteName.toLowerCase() !== remoteName) {
    throw new ReferenceError(`invalid reference format: repository name (${remoteName}) must be lowercase`);
  }
  const ref = parseReference(`${domain}/${remainder}`);
  if (!ref.domain) throw new ReferenceError(`invalid reference format: ${s}`);
  return ref;
}

/** reference.ParseNamed: only the fully-qualified canonical spelling is accepted. */
export function parseNamed(s: string): DockerReference {
  const ref = parseNormalizedNamed(s);
  if (referenceString(ref) !== s) throw new ReferenceError('repository name must be canonical');
  return ref;
}
