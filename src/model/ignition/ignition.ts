import { gunzipSync } from 'node:zlib';
import type { OcpVersion } from '../version.js';
import { atLeast } from '../version.js';
import { decodeDataUrl } from './data-url.js';

/**
 * The parts of a MachineConfig's Ignition config (`spec.config`) that reach a node's files and units,
 * read the way MCO reads them: `IgnParseWrapper` (spec 3.x up to the release's maximum, else 2.x),
 * the spec-2 conversion (last duplicate path wins), and `DecodeIgnitionFileContents` for contents.
 * Nothing is fetched: a remote `source` cannot be evaluated and says so.
 */

/** A path inside `spec.config`, for locating problems (the caller maps it to a line). */
export type IgnPath = (string | number)[];

export interface IgnitionFile {
  path: string;
  /** Where the entry is, relative to spec.config. */
  at: IgnPath;
  /** contents.source as written; undefined = nil (an empty file). */
  source?: string;
  /** contents.compression as written; undefined = nil. */
  compression?: string;
  mode?: number;
  overwrite?: boolean;
  /** The entry has `append` content (spec 2 `append: true`, spec 3 `append: [...]`). */
  append: boolean;
  /** user/group/verification as written, for the daemon's whole-entry comparison. */
  extra: string;
}

export interface IgnitionUnit {
  name: string;
  at: IgnPath;
  /** JSON of the entry: the daemon compares whole unit entries. */
  body: string;
}

export interface IgnitionProblem {
  at: IgnPath;
  message: string;
}

export interface ParsedIgnition {
  /** "" when spec.config is absent (a MachineConfig with only kernel arguments, say). */
  version: string;
  files: IgnitionFile[];
  units: IgnitionUnit[];
  /** storage.directories / links / disks / filesystems / raid entries: MCO refuses changes to them on a running cluster. */
  irreconcilable: string[];
  /** passwd users as JSON (ssh keys): an sshkey change on the node-disruption path. */
  passwd: string;
  /** The operator refuses the config: the whole pool's render fails. */
  problems: IgnitionProblem[];
}

/** Highest Ignition spec 3 minor the release parses (`IgnParseWrapper`: v3_2 ≤4.12, v3_4 4.13–4.18, v3_5 4.19+). */
export function maxIgnition3Minor(version: OcpVersion): number {
  if (atLeast(version, '4.19')) return 5;
  if (atLeast(version, '4.13')) return 4;
  return 2;
}

/** The newest release's limits: parse with these, then check the planned release with ignitionVersionProblem. */
const NEWEST: OcpVersion = { major: 4, minor: 99 };

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function supportedList(version: OcpVersion): string {
  const out: string[] = [];
  for (let m = maxIgnition3Minor(version); m >= 0; m--) out.push(`3.${m}`);
  return [...out, '2.2'].join(',');
}

/**
 * Why this release's MCO refuses the spec version (`IgnParseWrapper`), or undefined. Kept apart from
 * parsing so a model read once serves every release a cluster may be planned at.
 */
export function ignitionVersionProblem(ignitionVersion: string, version: OcpVersion): string | undefined {
  if (ignitionVersion === '') return undefined;
  const m = SEMVER.exec(ignitionVersion)!;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major === 3 && minor > maxIgnition3Minor(version)) {
    return `parsing Ignition config failed: unknown version. Supported spec versions: ${supportedList(version)}`;
  }
  return undefined;
}

/** Reads `spec.config`. Problems are the operator's refusals; the caller turns them into findings. */
export function parseIgnition(config: unknown, version: OcpVersion = NEWEST): ParsedIgnition {
  const out: ParsedIgnition = { version: '', files: [], units: [], irreconcilable: [], passwd: '', problems: [] };
  if (config === undefined || config === null) return out;
  const fail = (at: IgnPath, message: string): ParsedIgnition => {
    out.problems.push({ at, message });
    return out;
  };
  if (!isObj(config)) return fail([], 'spec.config must be an Ignition config object');
  const ign = config['ignition'];
  const v = isObj(ign) && typeof ign['version'] === 'string' ? ign['version'] : '';
  const m = SEMVER.exec(v);
  if (!m) {
    return fail(
      ['ignition', 'version'],
      `parsing Ignition config failed: invalid version. Supported spec versions: ${supportedList(version)}`
    );
  }
  out.version = v;
  const [major, minor, patch, pre] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]];
  const spec3 = major === 3 && patch === 0 && !pre && minor <= maxIgnition3Minor(version);
  const spec2 = major === 2 && patch === 0 && !pre && minor <= 2;
  if (!spec3 && !spec2) {
    return fail(
      ['ignition', 'version'],
      `parsing Ignition config failed: unknown version. Supported spec versions: ${supportedList(version)}`
    );
  }
  readStorage(config, spec3, out);
  readUnits(config, out);
  if (isObj(config['passwd'])) out.passwd = JSON.stringify(config['passwd']);
  return out;
}

function readStorage(config: Record<string, unknown>, spec3: boolean, out: ParsedIgnition): void {
  const storage = config['storage'];
  if (storage === undefined || storage === null) return;
  if (!isObj(storage)) {
    out.problems.push({ at: ['storage'], message: 'storage must be a mapping' });
    return;
  }
  for (const section of ['directories', 'links', 'disks', 'filesystems', 'raid']) {
    const list = storage[section];
    if (Array.isArray(list) && list.length > 0) out.irreconcilable.push(section);
  }
  const files = storage['files'];
  if (files === undefined || files === null) return;
  if (!Array.isArray(files)) {
    out.problems.push({ at: ['storage', 'files'], message: 'storage.files must be a list' });
    return;
  }
  const seen = new Map<string, number>();
  files.forEach((f, i) => {
    const at: IgnPath = ['storage', 'files', i];
    const file = readFile(f, at, spec3, out);
    if (!file) return;
    const prev = seen.get(file.path);
    if (prev !== undefined) {
      if (spec3) {
        out.problems.push({ at, message: `invalid ignition V3 config found: duplicate entry for path ${file.path}` });
        return;
      }
      // removeIgnDuplicateFilesUnitsUsers: in spec 2 the last entry for a path wins.
      out.files[prev] = file;
      return;
    }
    seen.set(file.path, out.files.length);
    out.files.push(file);
  });
}

function readFile(f: unknown, at: IgnPath, spec3: boolean, out: ParsedIgnition): IgnitionFile | undefined {
  const problem = (sub: IgnPath, message: string): undefined => {
    out.problems.push({ at: [...at, ...sub], message });
    return undefined;
  };
  if (!isObj(f)) return problem([], 'a storage.files entry must be a mapping');
  const path = f['path'];
  if (typeof path !== 'string' || !path.startsWith('/')) return problem(['path'], 'path must be an absolute path');
  if (!spec3 && f['filesystem'] !== 'root') {
    return problem(['filesystem'], 'spec 2 files must name filesystem "root" (the only one MCO writes)');
  }
  const contents = f['contents'];
  if (contents !== undefined && contents !== null && !isObj(contents)) {
    return problem(['contents'], 'contents must be a mapping');
  }
  const c = isObj(contents) ? contents : {};
  const source = c['source'];
  const compression = c['compression'];
  if (source !== undefined && source !== null && typeof source !== 'string') {
    return problem(['contents', 'source'], 'contents.source must be a string');
  }
  if (compression !== undefined && compression !== null && typeof compression !== 'string') {
    return problem(['contents', 'compression'], 'contents.compression must be a string');
  }
  if (typeof compression === 'string' && compression !== '' && compression !== 'gzip') {
    return problem(
      ['contents', 'compression'],
      `invalid ignition config found: compression type "${compression}" is invalid`
    );
  }
  if (typeof source === 'string' && source !== '') {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(source)?.[1]?.toLowerCase();
    if (scheme === 'data') {
      const d = decodeDataUrl(source);
      if ('error' in d) return problem(['contents', 'source'], `invalid ignition config found: data URL: ${d.error}`);
    } else if (!scheme || !['http', 'https', 'tftp', 'gs', 's3', 'arn'].includes(scheme)) {
      return problem(['contents', 'source'], 'invalid ignition config found: config source URL has an invalid scheme');
    }
  }
  const mode = f['mode'];
  if (mode !== undefined && mode !== null && (typeof mode !== 'number' || !Number.isInteger(mode) || mode < 0)) {
    return problem(['mode'], 'mode must be an integer (decimal, e.g. 420 for 0644)');
  }
  if (typeof mode === 'number' && mode > 0o777) {
    return problem(['mode'], `invalid mode ${'0' + mode.toString(8)} for ${path}, cannot exceed 0777`);
  }
  const overwrite = f['overwrite'];
  const append = spec3 ? Array.isArray(f['append']) && f['append'].length > 0 : f['append'] === true;
  return {
    path,
    at,
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof compression === 'string' ? { compression } : {}),
    ...(typeof mode === 'number' ? { mode } : {}),
    ...(typeof overwrite === 'boolean' ? { overwrite } : {}),
    append,
    extra: JSON.stringify([f['user'] ?? null, f['group'] ?? null, c['verification'] ?? null])
  };
}

function readUnits(config: Record<string, unknown>, out: ParsedIgnition): void {
  const systemd = config['systemd'];
  const units = isObj(systemd) ? systemd['units'] : undefined;
  if (!Array.isArray(units)) return;
  units.forEach((u, i) => {
    if (!isObj(u) || typeof u['name'] !== 'string') {
      out.problems.push({ at: ['systemd', 'units', i], message: 'a systemd unit needs a name' });
      return;
    }
    out.units.push({ name: u['name'], at: ['systemd', 'units', i], body: JSON.stringify(u) });
  });
}

/** Decoded contents of one file, or why the node's bytes cannot be known. */
export type FileContents = { bytes: Buffer } | { error: string; remote?: true };

/** Per-file cap on decompressed bytes: a gzip bomb stops here instead of filling memory. */
export const MAX_DECODED_FILE_BYTES = 4 * 1024 * 1024;

/** `DecodeIgnitionFileContents`: data URL, then gzip when compression says so. nil source = empty file. */
export function decodeIgnitionFileContents(
  source: string | undefined,
  compression: string | undefined,
  maxBytes = MAX_DECODED_FILE_BYTES
): FileContents {
  if (source === undefined) return { bytes: Buffer.alloc(0) };
  if (/^(https?|tftp|s3|gs|arn):/i.test(source)) {
    return {
      error: `contents come from a remote source (${source.split(':')[0]}), which is never fetched`,
      remote: true
    };
  }
  const d = decodeDataUrl(source);
  if ('error' in d) return { error: `could not decode file content string: ${d.error}` };
  if (compression === undefined || compression === '') {
    if (d.data.length > maxBytes) return { error: `contents exceed ${maxBytes} bytes` };
    return { bytes: d.data };
  }
  if (compression !== 'gzip') return { error: `unsupported compression type "${compression}"` };
  try {
    return { bytes: gunzipSync(d.data, { maxOutputLength: maxBytes }) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      return { error: `gzip contents expand beyond ${maxBytes} bytes (refused as a decompression bomb)` };
    }
    return { error: `failed decompressing: ${err.message}` };
  }
}
