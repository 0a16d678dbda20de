import {
  decodeIgnitionFileContents,
  MAX_DECODED_FILE_BYTES,
  type FileContents,
  type IgnitionFile
} from '../../model/ignition/ignition.js';
import { selectorMatches, type LabelSelector } from '../../model/label-selector.js';
import { ROLE_LABEL, type MachineConfigObject } from '../../model/machine-configs.js';
import type { Loc } from '../../model/types.js';
import { atLeast, type OcpVersion } from '../../model/version.js';
import { byteCompare } from './go-format.js';

/**
 * A pool's rendered config, the way the render controller builds it: the MachineConfigs its
 * `machineConfigSelector` selects, ordered as `MergeMachineConfigs` orders them, merged with Ignition's
 * field-wise merge (a later config's set fields win), then each file decoded as the daemon decodes it.
 */

/** One node file of a pool's rendered config. */
export interface EffectiveFile {
  path: string;
  /** The merged Ignition entry: what the daemon compares between the old and the new rendered config. */
  entry: IgnitionFile;
  /** MachineConfig names that write this path, in merge order; the last one's contents are on the node. */
  writers: string[];
  /** The MachineConfig whose `contents.source` is in effect. */
  writer: MachineConfigObject;
  /** Decoded text (UTF-8); undefined when the contents cannot be known (see `problem`). */
  content?: string;
  problem?: string;
  /** Contents come from a remote URL, which the daemon cannot write. */
  remote?: boolean;
  loc: Loc;
}

export interface PoolRendered {
  /** Names of the selected MachineConfigs in merge order. */
  configs: string[];
  files: Map<string, EffectiveFile>;
  /** Unit name → [entry JSON, writer]: the daemon compares whole unit entries. */
  units: Map<string, { body: string; writer: string }>;
  /** Merged non-file fields (kernel arguments concatenated, last osImageURL, ...), as JSON. */
  fields: Record<string, string>;
  passwd: string;
  /** Selected MachineConfigs the operator refuses: the pool does not render a new config at all. */
  refused: MachineConfigObject[];
  /** Storage sections (directories, links, ...) or `append` files: MCO refuses the change on a running cluster. */
  irreconcilable: { config: string; what: string }[];
}

/** `getMachineConfigsForPool`: the pool's selector against each MachineConfig's labels. */
export function selectMachineConfigs(
  selector: LabelSelector | undefined,
  configs: readonly MachineConfigObject[]
): MachineConfigObject[] {
  return configs.filter((c) => selectorMatches(selector, c.labels));
}

/**
 * `MergeMachineConfigs` ordering. Up to 4.14 every config sorts by name. From 4.15 the configs labelled
 * for the worker role come first (by name), then the rest (by name), so a custom pool's own configs
 * override the worker configs it inherits, whatever their names.
 */
export function mergeOrder(configs: readonly MachineConfigObject[], version: OcpVersion): MachineConfigObject[] {
  const byName = (a: MachineConfigObject, b: MachineConfigObject): number => byteCompare(a.name, b.name);
  if (!atLeast(version, '4.15')) return [...configs].sort(byName);
  const worker = configs.filter((c) => c.labels[ROLE_LABEL] === 'worker').sort(byName);
  const other = configs.filter((c) => c.labels[ROLE_LABEL] !== 'worker').sort(byName);
  return [...worker, ...other];
}

/**
 * Ignition's merge of one file entry: fields the child sets replace the parent's. Before 4.20 a child
 * without `compression` kept the parent's (coreos/butane#332); from 4.20 MCO resets it first.
 */
function mergeFile(parent: IgnitionFile, child: IgnitionFile, version: OcpVersion): IgnitionFile {
  const out: IgnitionFile = { ...parent, path: child.path, at: child.at, append: parent.append || child.append };
  if (child.source !== undefined) out.source = child.source;
  if (child.compression !== undefined) out.compression = child.compression;
  else if (atLeast(version, '4.20')) delete out.compression;
  if (child.mode !== undefined) out.mode = child.mode;
  if (child.overwrite !== undefined) out.overwrite = child.overwrite;
  if (child.extra !== JSON.stringify([null, null, null])) out.extra = child.extra;
  return out;
}

/**
 * Decodes file contents once per distinct (source, compression) and stops at a total byte budget, so a
 * repository of many large or compressed files cannot exhaust memory (each pool re-reads the same MachineConfigs).
 */
export class ContentDecoder {
  // By compression, then by source: a key joining the two would copy a generated file's megabytes of
  // base64 on every look-up (each pool asks for every file).
  private cache = new Map<string | undefined, Map<string | undefined, FileContents>>();
  private used = 0;
  constructor(readonly budget = MAX_DECODED_TOTAL_BYTES) {}

  /**
   * Records the bytes an uncompressed data URL of our own making decodes to, as `decode` would (same
   * budget, same per-file limit: contents over either are left for `decode` to refuse).
   */
  prime(source: string, bytes: Buffer): void {
    const left = this.budget - this.used;
    if (this.cached(source, undefined) || left <= 0 || bytes.length > Math.min(MAX_DECODED_FILE_BYTES, left)) return;
    this.used += bytes.length;
    this.remember(source, undefined, { bytes });
  }

  decode(source: string | undefined, compression: string | undefined): FileContents {
    const hit = this.cached(source, compression);
    if (hit) return hit;
    const left = this.budget - this.used;
    let r: FileContents =
      left <= 0
        ? { error: `registry-plan's decoding budget of ${this.budget} bytes for one side is exhausted` }
        : decodeIgnitionFileContents(source, compression, Math.min(MAX_DECODED_FILE_BYTES, left));
    if ('bytes' in r) this.used += r.bytes.length;
    else if (left < MAX_DECODED_FILE_BYTES && /expand beyond|exceed/.test(r.error)) {
      r = { error: `registry-plan's decoding budget of ${this.budget} bytes for one side is exhausted` };
    }
    this.remember(source, compression, r);
    return r;
  }

  private cached(source: string | undefined, compression: string | undefined): FileContents | undefined {
    return this.cache.get(compression)?.get(source);
  }

  private remember(source: string | undefined, compression: string | undefined, r: FileContents): void {
    let bySource = this.cache.get(compression);
    if (!bySource) this.cache.set(compression, (bySource = new Map()));
    bySource.set(source, r);
  }
}

/** Decoded bytes one side may hold in total, across every MachineConfig file. */
export const MAX_DECODED_TOTAL_BYTES = 64 * 1024 * 1024;

/** The rendered config of a pool from its selected MachineConfigs. Pure. */
export function renderPool(
  selected: readonly MachineConfigObject[],
  version: OcpVersion,
  decoder: ContentDecoder = new ContentDecoder()
): PoolRendered {
  const ordered = mergeOrder(selected, version);
  const files = new Map<string, EffectiveFile>();
  const units = new Map<string, { body: string; writer: string }>();
  const kargs: unknown[] = [];
  const extensions: unknown[] = [];
  const fields: Record<string, string> = {};
  let passwd = '';
  const irreconcilable: PoolRendered['irreconcilable'] = [];
  for (const mc of ordered) {
    for (const f of mc.files) {
      const prev = files.get(f.path);
      const entry = prev ? mergeFile(prev.entry, f, version) : { ...f };
      const writer = f.source !== undefined || !prev ? mc : prev.writer;
      files.set(f.path, {
        path: f.path,
        entry,
        writers: [...(prev?.writers ?? []), mc.name],
        writer,
        loc: writer === mc ? mc.locOf(f.at) : prev!.loc
      });
      if (f.append) irreconcilable.push({ config: mc.name, what: `ignition file ${f.path} includes append` });
    }
    for (const u of mc.units) units.set(u.name, { body: u.body, writer: mc.name });
    if (mc.passwd) passwd = mc.passwd;
    for (const s of mc.irreconcilable) irreconcilable.push({ config: mc.name, what: `ignition ${s} section` });
    if (mc.fields['kernelArguments']) kargs.push(...(JSON.parse(mc.fields['kernelArguments']) as unknown[]));
    if (mc.fields['extensions']) extensions.push(...(JSON.parse(mc.fields['extensions']) as unknown[]));
    for (const k of ['osImageURL', 'baseOSExtensionsContainerImage', 'fips', 'kernelType']) {
      if (mc.fields[k]) fields[k] = mc.fields[k];
    }
  }
  if (kargs.length) fields['kernelArguments'] = JSON.stringify(kargs);
  if (extensions.length) fields['extensions'] = JSON.stringify(extensions);
  for (const f of files.values()) {
    // MCO always overwrites; an unset overwrite becomes true in the rendered config.
    if (f.entry.overwrite === undefined) f.entry.overwrite = true;
    const c = decoder.decode(f.entry.source, f.entry.compression);
    if ('bytes' in c) f.content = c.bytes.toString('utf8');
    else {
      f.problem = c.error;
      if (c.remote) f.remote = true;
    }
  }
  return {
    configs: ordered.map((c) => c.name),
    files,
    units,
    fields,
    passwd,
    refused: ordered.filter((c) => c.problems.length > 0),
    irreconcilable
  };
}

/**
 * The daemon's comparison of two file entries (`reflect.DeepEqual` of the whole Ignition file): each field
 * as JSON would write it (unset is null). Equal values are equal without writing them: a generated
 * registries.conf is megabytes of base64 in `source`.
 */
export function sameEntry(a: IgnitionFile, b: IgnitionFile): boolean {
  // JSON writes two strings alike only when they are equal, and a string never like any other value.
  const same = (x: unknown, y: unknown): boolean =>
    x === y ||
    (typeof x !== 'string' && typeof y !== 'string' && JSON.stringify(x ?? null) === JSON.stringify(y ?? null));
  return (
    same(a.source, b.source) &&
    same(a.compression, b.compression) &&
    same(a.mode, b.mode) &&
    same(a.overwrite, b.overwrite) &&
    same(a.append, b.append) &&
    same(a.extra, b.extra)
  );
}
