import picomatch from 'picomatch';
import { BoundedMap } from '../model/bounded-map.js';
import type { Finding, WorkloadImage } from '../model/types.js';
import { InputBudget, type LoadLimits } from './limits.js';
import { isManifestFileName, mayHideStructure, mayHoldNodeConfig, mayHoldWorkload } from './prefilter.js';
import { keptFiles, willRead, type RepoFile } from './sources.js';
import { scanWorkloadImages } from './workload-images.js';
import type { LoadStats, ManifestDoc } from '../model/manifest.js';
import { badInput, parseManifests } from './yaml-documents.js';

export interface LoadOptions {
  /** Globs over repository-relative paths; empty = every manifest file. */
  include: string[];
  exclude: string[];
  limits: LoadLimits;
}

/** What one side of a change holds, before any modelling. */
export interface LoadedFiles {
  docs: ManifestDoc[];
  workloads: WorkloadImage[];
  problems: Finding[];
  stats: LoadStats;
}

interface FileOutcome {
  docs: ManifestDoc[];
  workloads: WorkloadImage[];
  problems: Finding[];
  parsed: boolean;
  scanned: boolean;
  /** Bytes handed to the YAML parser (0 when the file was only scanned). */
  parsedBytes: number;
  /** Set when parsing would have gone over the side's input budget: nothing was parsed (never cached). */
  overBudget?: boolean;
}

/** Per-file results keyed by content identity, shared by the base and head sides of one run. */
export type ParseCache = Map<string, FileOutcome>;

const decoder = new TextDecoder('utf-8', { fatal: true });

// `plan` asks the same question (is this path part of this cluster?) of the same paths for every side and
// stage; glob matching a monorepo's paths again each time was a visible share of the run.
const filters = new BoundedMap<string, (path: string) => boolean>(64);

export function pathFilter(include: string[], exclude: string[]): (path: string) => boolean {
  return filters.getOr(JSON.stringify([include, exclude]), () => {
    const inc = include.length ? picomatch(include, { dot: true }) : () => true;
    const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
    const answers = new Map<string, boolean>();
    return (p) => {
      let v = answers.get(p);
      if (v === undefined) answers.set(p, (v = isManifestFileName(p) && inc(p) && !exc(p)));
      return v;
    };
  });
}

function loadOne(f: RepoFile, limits: LoadLimits, budget: InputBudget): FileOutcome {
  const out: FileOutcome = { docs: [], workloads: [], problems: [], parsed: false, scanned: false, parsedBytes: 0 };
  if (f.symlink) {
    if (!f.symlink.inside) {
      out.problems.push(
        badInput(
          f.path,
          0,
          `symbolic link to "${f.symlink.target}" leads outside the repository; not followed`,
          'warning'
        )
      );
    }
    return out;
  }
  if (f.size > limits.maxFileBytes) {
    out.problems.push(
      badInput(
        f.path,
        0,
        `file is ${f.size} bytes, over the ${limits.maxFileBytes}-byte limit; not read, so the change cannot be evaluated (raise limits.maxFileBytes, or exclude the file if it holds no node configuration)`
      )
    );
    return out;
  }
  const bytes = f.read();
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = decoder.decode(bytes);
  } catch {
    // Only complain when the bytes look like a manifest that matters; binary blobs with a .json name are common.
    // UTF-16 (what some Windows editors save) is recognised by its byte order mark.
    const utf16 =
      bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    const loose = utf16
      ? bytes[0] === 0xff
        ? bytes.toString('utf16le')
        : Buffer.from(bytes).swap16().toString('utf16le')
      : bytes.toString('latin1');
    if (mayHoldNodeConfig(loose) || mayHoldWorkload(loose)) {
      const bad = utf16 ? 1 : firstInvalidUtf8Line(bytes);
      out.problems.push(
        badInput(
          f.path,
          bad,
          utf16
            ? 'file is UTF-16 text; save it as UTF-8 to have it read'
            : 'file is not valid UTF-8 text (binary or another encoding); cannot read it'
        )
      );
    }
    return out;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (mayHoldNodeConfig(text)) {
    if (!budget.allows(bytes.length)) return { ...out, overBudget: true };
    const parsed = parseManifests(f.path, text, limits);
    out.parsedBytes = bytes.length;
    out.parsed = true;
    out.docs = parsed.docs;
    out.problems.push(...parsed.problems);
  } else if (mayHideStructure(text)) {
    // The literal scan found nothing, but the file spells something in a way it cannot see: parse it and
    // keep what names a node-configuration kind once decoded. A file that does not parse at all (a Helm
    // template, say) cannot be applied by Argo CD or Flux either, so it cannot hide anything from nodes:
    // its errors stay out of the report rather than flagging every template in a monorepo.
    const parsed = parseManifests(f.path, text, limits);
    out.parsed = true;
    out.docs = parsed.docs.filter((d) => mayHoldNodeConfig(`kind: ${d.kind}\napiVersion: ${d.apiVersion}\n`));
    if (out.docs.length) out.problems.push(...parsed.problems);
  }
  if (mayHoldWorkload(text)) {
    out.scanned = true;
    out.workloads = scanWorkloadImages(f.path, text);
  }
  return out;
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (b === 0 || len === 0) return line;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    if (b === 10) line++;
    i += len;
  }
  return line;
}

// A Git file object serves every listing of its commit (each cluster, each stage): its key is made once.
const parseKeys = new WeakMap<RepoFile, string>();
function parseKey(f: RepoFile): string {
  let key = parseKeys.get(f);
  if (key === undefined) parseKeys.set(f, (key = `${f.key}\0${f.path}`));
  return key;
}

/** Reads, filters and parses files. Results are cached per content key so both sides share the work. */
export function loadFiles(files: RepoFile[], opts: LoadOptions, cache: ParseCache = new Map()): LoadedFiles {
  const keep = pathFilter(opts.include, opts.exclude);
  const result: LoadedFiles = { docs: [], workloads: [], problems: [], stats: { files: 0, parsed: 0, scanned: 0 } };
  const kept = keptFiles(files, keep);
  const keys = kept.map(parseKey);
  willRead(kept.filter((f, i) => !f.symlink && f.size <= opts.limits.maxFileBytes && !cache.has(keys[i]!)));
  const budget = new InputBudget(opts.limits);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    result.stats.files++;
    const key = keys[i]!;
    let o = cache.get(key);
    if (!o) {
      o = loadOne(f, opts.limits, budget);
      if (!o.overBudget) cache.set(key, o);
    }
    if (o.overBudget || !budget.spend(o.parsedBytes, o.docs.length)) {
      // Stop here: what was read so far is dropped too, a partial side must not look evaluated.
      const what = o.overBudget
        ? `${f.path} would take the node configuration read past ${budget.limits.maxTotalBytes} bytes`
        : `${f.path} takes the node configuration read past ${budget.limits.maxTotalObjects} objects`;
      return {
        docs: [],
        workloads: [],
        problems: [...result.problems, badInput(f.path, 0, budget.exceeded(what))],
        stats: result.stats
      };
    }
    if (o.parsed) result.stats.parsed++;
    if (o.scanned) result.stats.scanned++;
    result.docs.push(...o.docs);
    result.workloads.push(...o.workloads);
    result.problems.push(...o.problems);
  }
  return result;
}
