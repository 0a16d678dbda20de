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
  let hit = decoded.get(key);
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
