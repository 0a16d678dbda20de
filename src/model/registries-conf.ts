import { parse } from 'smol-toml';

let lastToml: { text: string; ok: true; value: unknown } | { text: string; ok: false; error: unknown } | undefined;

/**
 * smol-toml's parse, remembered for the last text: loading a node's registries.conf reads the same text
 * twice (its TOML types checked, then decoded), and with thousands of mirrored sources it is megabytes.
 * The value is shared: callers only read it. A parse error is thrown again, unchanged.
 */
export function parseToml(text: string): unknown {
  if (lastToml?.text !== text) {
    try {
      lastToml = { text, ok: true, value: parse(text) };
    } catch (error) {
      lastToml = { text, ok: false, error };
    }
  }
  if (!lastToml.ok) throw lastToml.error;
  return lastToml.value;
}

/**
 * containers/image `sysregistriesv2.V2RegistriesConf`, as far as MCO writes and the drain check and the
 * pull simulation read it. Field names follow the TOML keys' Go struct fields.
 */
export interface RegistryMirror {
  location: string;
  insecure: boolean;
  /** "" | "all" | "digest-only" | "tag-only" */
  pullFromMirror: string;
}

export interface Registry {
  prefix: string;
  location: string;
  insecure: boolean;
  blocked: boolean;
  mirrorByDigestOnly: boolean;
  mirrors: RegistryMirror[];
}

export interface RegistriesConf {
  unqualifiedSearchRegistries: string[];
  shortNameMode: string;
  registries: Registry[];
}

export class RegistriesConfParseError extends Error {}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const bool = (v: unknown): boolean => v === true;

/**
 * Decodes registries.conf text the way BurntSushi/toml fills the Go struct: missing keys are zero
 * values, so an empty or absent file decodes to an empty config (drain.go relies on that).
 */
// One side's registries.conf is read by the pull routes, the drain check and the per-registry summary:
// decode each distinct text once. The decoded value is frozen (every level), so no reader can change
// what another sees; a handful of entries covers both sides of the cluster being planned.
const decoded = new Map<string, RegistriesConf | RegistriesConfParseError>();
const DECODED_MAX = 8;

export function parseRegistriesConf(text: string | undefined): RegistriesConf {
  const key = text ?? '';
  let hit = decoded.get(key) ?? encodedHere.get(key);
  if (hit === undefined) {
    try {
      hit = deepFreeze(decodeRegistriesConf(text));
    } catch (e) {
      if (!(e instanceof RegistriesConfParseError)) throw e;
      hit = e;
    }
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, hit);
  }
  if (hit instanceof RegistriesConfParseError) throw hit;
  return hit;
}

/** Printable ASCII without `"` or `\\`: a TOML basic string holds it verbatim, and reads back unchanged. */
export const PLAIN_TOML = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

// The registries.conf texts this process encoded itself (one per side and version of a cluster), with the
// value they decode to: with ten thousand mirrored sources the TOML parse of our own output is the largest
// part of loading it, and it can only give back what was encoded. Kept only when every string is plain
// (no escaping, so no question of how a parser reads an escape), every flag a boolean.
const encodedHere = new Map<string, RegistriesConf>();

/**
 * Records that `text` is the TOML encoding of `conf` (`encodeRegistriesConf`): parsing it later returns a
 * frozen copy of `conf` without reading the TOML. test/model/registries-conf-encoded.test.ts holds the
 * copy equal to what decoding the text gives.
 */
export function rememberEncoded(text: string, conf: RegistriesConf): void {
  if (encodedHere.has(text)) return;
  const copy = frozenPlainCopy(conf);
  if (!copy) return;
  if (encodedHere.size >= DECODED_MAX) encodedHere.delete(encodedHere.keys().next().value!);
  encodedHere.set(text, copy);
}

/** The value a text encoded by `rememberEncoded`'s caller decodes to, when it was recorded. */
export const encodedConf = (text: string): RegistriesConf | undefined => encodedHere.get(text);

const plain = (s: unknown): s is string => typeof s === 'string' && PLAIN_TOML.test(s);
const isBool = (b: unknown): b is boolean => typeof b === 'boolean';

/** A frozen copy of `conf` (what decoding its encoding gives), or undefined when a value is not plain. */
function frozenPlainCopy(conf: RegistriesConf): RegistriesConf | undefined {
  const search = conf.unqualifiedSearchRegistries;
  if (!Array.isArray(search) || !search.every(plain) || !plain(conf.shortNameMode)) return undefined;
  const registries: Registry[] = [];
  for (const r of conf.registries) {
    const { prefix, location, insecure, blocked, mirrorByDigestOnly } = r;
    if (!plain(prefix) || !plain(location) || !isBool(insecure) || !isBool(blocked) || !isBool(mirrorByDigestOnly)) {
      return undefined;
    }
    const mirrors: RegistryMirror[] = [];
    for (const m of r.mirrors) {
      if (!plain(m.location) || !isBool(m.insecure) || !plain(m.pullFromMirror)) return undefined;
      mirrors.push(Object.freeze({ location: m.location, insecure: m.insecure, pullFromMirror: m.pullFromMirror }));
    }
    registries.push(
      Object.freeze({
        prefix,
        location,
        insecure,
        blocked,
        mirrorByDigestOnly,
        mirrors: Object.freeze(mirrors) as RegistryMirror[]
      })
    );
  }
  return Object.freeze({
    unqualifiedSearchRegistries: Object.freeze([...search]) as string[],
    shortNameMode: conf.shortNameMode,
    registries: Object.freeze(registries)
  }) as RegistriesConf;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const child of Object.values(v)) deepFreeze(child);
    Object.freeze(v);
  }
  return v;
}

function decodeRegistriesConf(text: string | undefined): RegistriesConf {
  const empty: RegistriesConf = { unqualifiedSearchRegistries: [], shortNameMode: '', registries: [] };
  if (text === undefined || text.trim() === '') return empty;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    throw new RegistriesConfParseError(`registries.conf is not valid TOML: ${(e as Error).message}`);
  }
  const regs = Array.isArray(doc['registry']) ? (doc['registry'] as Record<string, unknown>[]) : [];
  return {
    unqualifiedSearchRegistries: Array.isArray(doc['unqualified-search-registries'])
      ? (doc['unqualified-search-registries'] as unknown[]).map(str)
      : [],
    shortNameMode: str(doc['short-name-mode']),
    registries: regs.map((r) => ({
      prefix: str(r['prefix']),
      location: str(r['location']),
      insecure: bool(r['insecure']),
      blocked: bool(r['blocked']),
      mirrorByDigestOnly: bool(r['mirror-by-digest-only']),
      mirrors: (Array.isArray(r['mirror']) ? (r['mirror'] as Record<string, unknown>[]) : []).map((m) => ({
        location: str(m['location']),
        insecure: bool(m['insecure']),
        pullFromMirror: str(m['pull-from-mirror'])
      }))
    }))
  };
}

/** The key drain.go and c/image use for an entry: prefix when set, else location. */
export function registryScope(r: Pick<Registry, 'prefix' | 'location'>): string {
  return r.prefix !== '' ? r.prefix : r.location;
}
