/** What the loader hands the model: Kubernetes objects as written in the repository. */

export type PathSeg = string | number;

/** One Kubernetes object as written in the repo, with a way back to the line of any field. */
export interface ManifestDoc {
  file: string;
  line: number;
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  obj: Record<string, unknown>;
  /** 1-based line of the field at `path` (relative to this object), or of its nearest existing parent. */
  lineOf(path: PathSeg[]): number;
}

/** How many files a side read, parsed, and scanned for workload images. */
export interface LoadStats {
  files: number;
  parsed: number;
  scanned: number;
}

/** The value at `path` inside a parsed document, or undefined where the path leaves the objects. */
export function valueAt(obj: unknown, path: readonly PathSeg[]): unknown {
  let v = obj;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
