import { BoundedMap } from '../../model/bounded-map.js';
import { encodedConf, parseRegistriesConf, parseToml, type RegistriesConf } from '../../model/registries-conf.js';
import { byteCompare, goQuote, sortedGo } from './go-format.js';
import { loadRegistries, type LoadedRegistry, type LoadResult } from './pull-sources.js';

/**
 * What containers/image on the node reads: `/etc/containers/registries.conf`, then every `*.conf` file
 * directly in `/etc/containers/registries.conf.d/` in lexical order (`tryUpdatingCache`,
 * `dropInConfigs`, `updateWithConfigurationFrom` in pkg/sysregistriesv2). A drop-in's `[[registry]]`
 * replaces the whole entry with the same prefix; `unqualified-search-registries`, `credential-helpers`,
 * `short-name-mode` and `additional-layer-store-auth-helper` replace the earlier value when the drop-in
 * sets them. Any file that fails to load fails every pull on the node.
 */
export const REGISTRIES_CONF = '/etc/containers/registries.conf';
export const REGISTRIES_CONF_D = '/etc/containers/registries.conf.d/';

export interface ConfFile {
  path: string;
  text: string;
}

export interface MergedRegistries {
  loaded: LoadResult;
  unqualifiedSearchRegistries: string[];
  /** Drop-ins in the order they were applied. */
  applied: string[];
}

/** A drop-in c/image reads: a `.conf` file directly inside registries.conf.d (no sub-directories). */
export function isRegistriesDropIn(path: string): boolean {
  if (!path.startsWith(REGISTRIES_CONF_D)) return false;
  const rest = path.slice(REGISTRIES_CONF_D.length);
  return rest !== '' && !rest.includes('/') && rest.endsWith('.conf');
}

type Toml = Record<string, unknown>;
const isTable = (v: unknown): v is Toml => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

function typeProblem(doc: Toml): string | undefined {
  const strList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const checks: Array<[string, (v: unknown) => boolean, string]> = [
    ['unqualified-search-registries', strList, 'a list of strings'],
    ['credential-helpers', strList, 'a list of strings'],
    ['short-name-mode', (v) => typeof v === 'string', 'a string'],
    ['additional-layer-store-auth-helper', (v) => typeof v === 'string', 'a string'],
    ['aliases', isTable, 'a table']
  ];
  for (const [k, ok, want] of checks) if (k in doc && !ok(doc[k])) return `${k} must be ${want}`;
  if ('registry' in doc) {
    const regs = doc['registry'];
    if (!Array.isArray(regs) || !regs.every(isTable)) return 'registry must be an array of tables ([[registry]])';
    for (const r of regs as Toml[]) {
      for (const k of ['prefix', 'location', 'pull-from-mirror']) {
        if (k in r && typeof r[k] !== 'string') return `registry.${k} must be a string`;
      }
      for (const k of ['insecure', 'blocked', 'mirror-by-digest-only']) {
        if (k in r && typeof r[k] !== 'boolean') return `registry.${k} must be true or false`;
      }
      if ('mirror' in r) {
        const ms = r['mirror'];
        if (!Array.isArray(ms) || !ms.every(isTable)) return 'registry.mirror must be an array of tables';
        for (const m of ms as Toml[]) {
          if ('location' in m && typeof m['location'] !== 'string') return 'registry.mirror.location must be a string';
          if ('pull-from-mirror' in m && typeof m['pull-from-mirror'] !== 'string') {
            return 'registry.mirror.pull-from-mirror must be a string';
          }
          if ('insecure' in m && typeof m['insecure'] !== 'boolean')
            return 'registry.mirror.insecure must be true or false';
        }
      }
    }
  }
  return shortNameModeProblem(doc['short-name-mode']);
}

function shortNameModeProblem(mode: unknown): string | undefined {
  if (typeof mode === 'string' && !['', 'disabled', 'permissive', 'enforcing'].includes(mode)) {
    return `invalid short name mode ${goQuote(mode)}`;
  }
  return undefined;
}

/** The sysregistries v1 layout (`[registries.search]` ...), refused in drop-ins and not modelled in the main file. */
const isV1 = (doc: Toml): boolean => isTable(doc['registries']);

interface LoadedFile {
  conf: RegistriesConf;
  /** Whether the file sets `unqualified-search-registries` (a drop-in that does replaces the list). The
   * parsed TOML itself is not kept: for ten thousand sources it is megabytes of objects per side. */
  setsSearch: boolean;
  registries: LoadedRegistry[];
}

// A side's rendered registries.conf is loaded for each question asked of it (can its pools load it? which
// endpoints does each workload pull from?): with ten thousand mirrored sources that is megabytes of TOML
// parsed again each time. The result depends only on the text, the path and the role, and is never
// modified, so the last few are kept.
const loadedFiles = new BoundedMap<string, Map<string, LoadedFile | string>>(8);

function loadOne(file: ConfFile, dropIn: boolean): LoadedFile | string {
  const byRole = loadedFiles.getOr(file.text, () => new Map());
  const role = `${dropIn ? 'drop-in' : 'main'}\0${file.path}`;
  let loaded = byRole.get(role);
  if (loaded === undefined) byRole.set(role, (loaded = loadUncached(file, dropIn)));
  return loaded;
}

function loadUncached(file: ConfFile, dropIn: boolean): LoadedFile | string {
  // Text this process encoded: valid v2 TOML with every key of the right type, the search list always set.
  const ours = encodedConf(file.text);
  if (ours) {
    const problem = shortNameModeProblem(ours.shortNameMode);
    return problem ? `${file.path}: ${problem}` : loadedFrom(file, dropIn, ours, true);
  }
  let doc: Toml;
  try {
    doc = parseToml(file.text) as Toml;
  } catch (e) {
    return `${file.path}: not valid TOML: ${(e as Error).message}`;
  }
  if (isV1(doc)) {
    return dropIn
      ? `loading drop-in registries configuration ${goQuote(file.path)}: registry must be in v2 format but is in v1`
      : `${file.path}: the sysregistries v1 format is not modelled by registry-plan`;
  }
  const problem = typeProblem(doc);
  if (problem) return `${file.path}: ${problem}`;
  return loadedFrom(file, dropIn, parseRegistriesConf(file.text), 'unqualified-search-registries' in doc);
}

function loadedFrom(file: ConfFile, dropIn: boolean, conf: RegistriesConf, setsSearch: boolean): LoadedFile | string {
  const loaded = loadRegistries(conf);
  if (loaded.error !== undefined) {
    return dropIn ? `loading drop-in registries configuration ${goQuote(file.path)}: ${loaded.error}` : loaded.error;
  }
  return { conf, setsSearch, registries: loaded.registries };
}

/**
 * The registry list and search list a node's containers/image ends up with. `main` undefined means the
 * file does not exist (c/image then starts from an empty configuration).
 */
export function mergeRegistriesConfigs(main: ConfFile | undefined, dropIns: readonly ConfFile[]): MergedRegistries {
  const ordered = dropIns.filter((d) => isRegistriesDropIn(d.path)).sort((a, b) => byteCompare(a.path, b.path));
  const fail = (error: string): MergedRegistries => ({
    loaded: { error },
    unqualifiedSearchRegistries: [],
    applied: ordered.map((d) => d.path)
  });
  const base = main ? loadOne(main, false) : undefined;
  if (typeof base === 'string') return fail(base);
  if (ordered.length === 0) {
    // loadRegistries gives one entry per prefix, sorted: with no drop-in there is nothing to merge.
    const registries = [...(base?.registries ?? [])];
    return {
      loaded: { registries },
      unqualifiedSearchRegistries: base?.conf.unqualifiedSearchRegistries ?? [],
      applied: []
    };
  }
  const byPrefix = new Map<string, LoadedRegistry>();
  for (const r of base?.registries ?? []) byPrefix.set(r.prefix, r);
  let search = base?.conf.unqualifiedSearchRegistries ?? [];
  for (const d of ordered) {
    const one = loadOne(d, true);
    if (typeof one === 'string') return fail(one);
    for (const r of one.registries) byPrefix.set(r.prefix, r);
    if (one.setsSearch) search = one.conf.unqualifiedSearchRegistries;
  }
  const registries = sortedGo(byPrefix.keys()).map((p) => byPrefix.get(p)!);
  return { loaded: { registries }, unqualifiedSearchRegistries: search, applied: ordered.map((d) => d.path) };
}
