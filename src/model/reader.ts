import { valueAt, type ManifestDoc, type PathSeg } from './manifest.js';
import type { ClusterModel, Finding, Loc } from './types.js';
import type { OcpVersion } from './version.js';

/**
 * Reads typed fields off one manifest and records, with file and line, every value the API server
 * would refuse. Wrong types are never coerced: a finding names the field and the object is skipped or
 * the field ignored, so nothing is silently reinterpreted.
 */
export class Reader {
  constructor(
    readonly doc: ManifestDoc,
    private findings: Finding[]
  ) {}

  loc(path: PathSeg[] = []): Loc {
    return { file: this.doc.file, line: this.doc.lineOf(path) };
  }

  get objectId(): string {
    return `${this.doc.kind}/${this.doc.name || '(unnamed)'}`;
  }

  reject(path: PathSeg[], message: string, rule = 'api-rejected'): void {
    const field = path.length
      ? ` ${path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .slice(1)}`
      : '';
    this.findings.push({
      rule,
      severity: 'error',
      message: `${this.objectId}${field}: ${message}`,
      file: this.doc.file,
      line: this.doc.lineOf(path),
      object: this.objectId
    });
  }

  get(path: PathSeg[]): unknown {
    return valueAt(this.doc.obj, path);
  }

  /** undefined when absent or null; a finding when present with another type. */
  string(path: PathSeg[]): string | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      this.reject(path, `must be a string, found ${describe(v)}; the API server would refuse this object`);
      return undefined;
    }
    return v;
  }

  bool(path: PathSeg[]): boolean | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      this.reject(path, `must be true or false, found ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  object(path: PathSeg[]): Record<string, unknown> | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.reject(path, `must be a mapping, found ${describe(v)}`);
      return undefined;
    }
    return v as Record<string, unknown>;
  }

  array(path: PathSeg[]): unknown[] | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.reject(path, `must be a list, found ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  /** A list of strings; bad items are reported and dropped. */
  strings(path: PathSeg[]): string[] | undefined {
    const arr = this.array(path);
    if (arr === undefined) return undefined;
    const out: string[] = [];
    arr.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else this.reject([...path, i], `must be a string, found ${describe(item)}`);
    });
    return out;
  }
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** String-valued metadata.annotations; other values are not annotations the API server would keep. */
export function annotationsOf(r: Reader): { annotations?: Record<string, string> } {
  const raw = r.get(['metadata', 'annotations']);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')
  );
  return Object.keys(out).length ? { annotations: out } : {};
}

/** What a kind's extractor gets besides the manifest: the model it adds to and the duplicate check. */
export interface KindContext {
  model: ClusterModel;
  /** The manifest's API group ('' for core kinds): kinds are matched on kind and group together. */
  group: string;
  /** true, with a duplicate-object finding, when this kind/namespace/name was already read. */
  isDuplicate(r: Reader): boolean;
  /** The planned OpenShift version, for validation that exists only in some API releases; undefined: the newest. */
  version?: OcpVersion;
}

/** Reads one manifest of its kind into the model; bad fields become findings with their line. */
export type KindExtractor = (r: Reader, ctx: KindContext) => void;

/** Extractors by manifest kind. */
export type KindTable = Record<string, KindExtractor>;
