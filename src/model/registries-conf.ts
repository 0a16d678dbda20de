import { parse } from 'smol-toml';
import { BoundedMap } from './bounded-map.js';

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
const decoded = new BoundedMap<string, RegistriesConf | RegistriesConfParseError>(8);

export function parseRegistriesConf(text: string | undefined): RegistriesConf {
  const key = text ?? '';
  const hit =
    encodedHere.get(key) ??
    decoded.getOr(key, () => {
      try {
        return deepFreeze(decodeRegistriesConf(text));
      } catch (e) {
        if (!(e instanceof RegistriesConfParseError)) throw e;
        return e;
      }
    });
  if (hit instanceof RegistriesConfParseError) throw hit;
  return hit;
}

// The registries.conf texts this process encoded itself (one per side and version of a cluster), with the
// value they decode to: with ten thousand mirrored sources the TOML parse of our own output is the largest
// part of loading it, and it can only give back what was encoded. Kept only when the text holds no
// escape (so no question of how a parser reads one) and the value has exactly the encoder's fields.
const encodedHere = new BoundedMap<string, RegistriesConf>(8);

/**
 * Records that `text` is the TOML encoding of `conf` (`encodeRegistriesConf`): parsing it later returns
 * `conf` without reading the TOML. The caller gives `conf` up: it is frozen here, at every level, as a
 * decoded value is. test/render/linux/registries-encoded.test.ts holds it equal to what decoding gives.
 */
export function rememberEncoded(text: string, conf: RegistriesConf): void {
  if (encodedHere.has(text) || !VERBATIM.test(text) || !hasEncodedShape(conf)) return;
  for (const r of conf.registries) {
    for (const m of r.mirrors) Object.freeze(m);
    Object.freeze(r.mirrors);
    Object.freeze(r);
  }
  Object.freeze(conf.registries);
  Object.freeze(conf.unqualifiedSearchRegistries);
  encodedHere.set(text, Object.freeze(conf));
}

/** The value a text given to `rememberEncoded` decodes to, while it is remembered. */
export const encodedConf = (text: string): RegistriesConf | undefined => encodedHere.get(text);

// Printable ASCII and line feeds, no backslash: the encoder escaped nothing (every escape starts with a
// backslash), so every string in the text is the conf's own, and TOML reads it back unchanged.
const VERBATIM = /^[\x20-\x5b\x5d-\x7e\n]*$/;

const isStr = (s: unknown): boolean => typeof s === 'string';
const isBool = (b: unknown): boolean => typeof b === 'boolean';

/** Only the fields the encoder writes, each of its type: decoding the text gives nothing else. */
function hasEncodedShape(conf: RegistriesConf): boolean {
  const keys = (o: object, n: number): boolean => {
    let count = 0;
    for (const _ in o) count++;
    return count === n;
  };
  return (
    keys(conf, 3) &&
    Array.isArray(conf.unqualifiedSearchRegistries) &&
    conf.unqualifiedSearchRegistries.every(isStr) &&
    isStr(conf.shortNameMode) &&
    conf.registries.every(
      (r) =>
        keys(r, 6) &&
        isStr(r.prefix) &&
        isStr(r.location) &&
        isBool(r.insecure) &&
        isBool(r.blocked) &&
        isBool(r.mirrorByDigestOnly) &&
        r.mirrors.every((m) => keys(m, 3) && isStr(m.location) && isBool(m.insecure) && isStr(m.pullFromMirror))
    )
  );
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

/** Go reflect.DeepEqual over the decoded sysregistriesv2.Registry (mirrors in order). */
export function registriesEqual(a: Registry, b: Registry): boolean {
  return (
    a.prefix === b.prefix &&
    a.location === b.location &&
    a.insecure === b.insecure &&
    a.blocked === b.blocked &&
    a.mirrorByDigestOnly === b.mirrorByDigestOnly &&
    a.mirrors.length === b.mirrors.length &&
    a.mirrors.every((m, i) => {
      const n = b.mirrors[i]!;
      return m.location === n.location && m.insecure === n.insecure && m.pullFromMirror === n.pullFromMirror;
    })
  );
}

/** The key drain.go and c/image use for an entry: prefix when set, else location. */
export function registryScope(r: Pick<Registry, 'prefix' | 'location'>): string {
  return r.prefix !== '' ? r.prefix : r.location;
}
