import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { BoundedMap } from '../model/bounded-map.js';
import { BlobStream } from './blob-stream.js';
import { quotePath, unsafePathReason } from './safe-path.js';

/** A file as the loader sees it, from the working tree or from a Git tree at some commit. */
export interface RepoFile {
  /** Repository-relative POSIX path: what every finding names. */
  path: string;
  size: number;
  /** Stable identity of the content (Git blob id, or path+size+mtime on disk): parse once per key. */
  key: string;
  /** Set for symbolic links: where it points, and whether that stays inside the repository. */
  symlink?: { target: string; inside: boolean };
  read(): Buffer;
}

export class SourceError extends Error {}

const toPosix = (p: string): string => p.split(sep).join('/');

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Files under `root` (a directory or a single file). Symbolic links are never followed: a link inside
 * the repository is redundant (its target is scanned anyway) and one leading outside must not be read.
 */
export function listWorkingTree(root: string, displayBase: string = process.cwd()): RepoFile[] {
  const out: RepoFile[] = [];
  const realRoot = realpathSync(isDirectory(root) ? root : dirname(root));
  const display = (abs: string): string => {
    const rel = relative(displayBase, abs);
    return toPosix(rel === '' ? posix.basename(toPosix(abs)) : rel.startsWith('..') ? resolve(abs) : rel);
  };
  const visit = (abs: string): void => {
    const st = lstatSync(abs);
    const rel = display(abs);
    if (st.isSymbolicLink()) {
      const target = readlinkSync(abs);
      let inside = false;
      try {
        const real = realpathSync(abs);
        inside = real === realRoot || real.startsWith(realRoot + sep);
      } catch {
        const rel2 = relative(realRoot, resolve(dirname(abs), target));
        inside = !rel2.startsWith('..') && !rel2.startsWith(sep);
      }
      out.push({ path: rel, size: 0, key: `link:${rel}`, symlink: { target, inside }, read: () => Buffer.alloc(0) });
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (SKIP_DIRS.has(name)) continue;
        visit(join(abs, name));
      }
      return;
    }
    if (!st.isFile()) return;
    out.push({ path: rel, size: st.size, key: `fs:${rel}:${st.size}:${st.mtimeMs}`, read: () => readFileSync(abs) });
  };
  visit(root);
  return out;
}

function git(repo: string, args: string[], input?: string | Buffer): Buffer {
  const r = spawnSync('git', ['-C', repo, ...args], { input, maxBuffer: 1 << 30 });
  if (r.error) throw new SourceError(`git ${args[0]}: ${r.error.message}`);
  if (r.status !== 0) throw new SourceError(r.stderr.toString().trim() || `git ${args.join(' ')} failed`);
  return r.stdout;
}

const resolvedCommits = new Map<string, string>();

/** The commit a ref names, or a clear error (shallow clones often lack the base). */
export function resolveCommit(repo: string, ref: string): string {
  // A commit id names the same commit for good: the trusted configuration and the plan both resolve the
  // pull request's two commits, one git process each time. Branch names are always asked again.
  const key = /^[0-9a-f]{40}$/.test(ref) ? `${repo}\0${ref}` : undefined;
  const known = key && resolvedCommits.get(key);
  if (known) return known;
  const r = spawnSync('git', ['-C', repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.status === 0) {
    const commit = r.stdout.toString().trim();
    if (key) resolvedCommits.set(key, commit);
    return commit;
  }
  const shallow = spawnSync('git', ['-C', repo, 'rev-parse', '--is-shallow-repository']).stdout?.toString().trim();
  throw new SourceError(
    `cannot find commit "${ref}" in ${repo}` +
      (shallow === 'true'
        ? ': this is a shallow clone. Check out with fetch-depth: 0, or fetch the base explicitly (git fetch --depth=1 origin <base-sha>).'
        : '.')
  );
}

/**
 * Files of the tree at `commit`, read from Git's object store: no second checkout, and identical blobs
 * on both sides of a PR share one key so they are parsed once.
 */
interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
  path: string;
}

// A commit's tree never changes: `plan` lists it once per cluster and side, so list it once per run, and
// keep one reader and one file object per entry for every listing of it.
interface Tree {
  entries: TreeEntry[];
  unsafe: Array<[TreeEntry, string]>;
  reader?: BlobReader;
  files?: Array<RepoFile | undefined>;
}
const trees = new BoundedMap<string, Tree>(16);
function treeEntries(repo: string, commit: string): Tree {
  const id = `${repo}\0${commit}`;
  let tree = trees.get(id);
  if (tree) return tree;
  tree = { entries: [], unsafe: [] };
  const out = git(repo, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]).toString('utf8');
  // One record per NUL: `<mode> SP <type> SP <oid> SP+ <size> TAB <path>`. Read by index, not by
  // splitting: a monorepo's tree is tens of thousands of records, listed for both sides.
  for (let at = 0; at < out.length;) {
    let end = out.indexOf('\0', at);
    if (end < 0) end = out.length;
    const tab = out.indexOf('\t', at);
    if (tab > at && tab < end) {
      const [mode, type, oid, size] = out.slice(at, tab).split(' ').filter(Boolean);
      const path = out.slice(tab + 1, end);
      if (type === 'blob' && !inSkippedDir(path)) {
        const entry = { mode: mode!, oid: oid!, size: Number(size), path };
        tree.entries.push(entry);
        const why = unsafePathReason(path);
        if (why) tree.unsafe.push([entry, why]);
      }
    }
    at = end + 1;
  }
  trees.set(id, tree);
  return tree;
}

function inSkippedDir(path: string): boolean {
  if (!path.includes('.git') && !path.includes('node_modules')) return false;
  return path.split('/').some((seg) => SKIP_DIRS.has(seg));
}

/** A file of a Git tree; its blob is fetched with others when the loader says which ones it will read. */
class GitBlobFile implements RepoFile {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly key: string,
    readonly reader: BlobReader,
    readonly oid: string
  ) {}
  read(): Buffer {
    return this.reader.read(this.oid);
  }
}

/**
 * Tells the Git sources which files are about to be read, in order: blobs are then fetched in batches of
 * exactly those files, instead of batches of the whole tree of which most entries are already parsed.
 */
export function willRead(files: RepoFile[]): void {
  const byReader = new Map<BlobReader, string[]>();
  for (const f of files) {
    if (!(f instanceof GitBlobFile)) continue;
    const list = byReader.get(f.reader) ?? [];
    list.push(f.oid);
    byReader.set(f.reader, list);
  }
  for (const [reader, oids] of byReader) reader.plan(oids);
}

export function listGitTree(repo: string, commit: string, keep: (path: string) => boolean = () => true): RepoFile[] {
  const tree = treeEntries(repo, commit);
  // `git mktree` can make entries named `..` (fsck only warns), and a name may hold a backslash: such a
  // path could lead out of any folder it is copied into, so the side is refused before anything is read.
  // Every path of the commit is checked once; a listing is refused when it keeps one of the unsafe ones.
  for (const [e, why] of tree.unsafe) {
    if (keep(e.path)) {
      throw new SourceError(
        `commit ${commit.slice(0, 12)} holds the path ${quotePath(e.path)}, which registry-plan refuses because ${why}; no file of this commit was read`
      );
    }
  }
  const reader = (tree.reader ??= new BlobReader(
    repo,
    tree.entries.filter((e) => e.mode !== '120000')
  ));
  const files = (tree.files ??= new Array<RepoFile | undefined>(tree.entries.length));
  const kept: number[] = [];
  tree.entries.forEach((e, i) => keep(e.path) && kept.push(i));
  reader.fetch(kept.filter((i) => !files[i] && tree.entries[i]!.mode === '120000').map((i) => tree.entries[i]!.oid));
  const listing = kept.map((i) => (files[i] ??= repoFile(tree.entries[i]!, reader)));
  keptBy.set(listing, keep);
  return listing;
}

// Which filter made a listing: the loader, given the same filter, does not ask it again of every path.
const keptBy = new WeakMap<readonly RepoFile[], (path: string) => boolean>();

/** The files of `files` that `keep` keeps (the list itself when `listGitTree` made it with `keep`). */
export function keptFiles(files: RepoFile[], keep: (path: string) => boolean): RepoFile[] {
  return keptBy.get(files) === keep ? files : files.filter((f) => keep(f.path));
}

function repoFile(e: TreeEntry, blobs: BlobReader): RepoFile {
  if (e.mode === '120000') {
    const target = blobs.read(e.oid).toString('utf8');
    const joined = posix.normalize(posix.join(posix.dirname(e.path), target));
    const inside = !target.startsWith('/') && !joined.startsWith('..');
    return { path: e.path, size: 0, key: `link:${e.oid}`, symlink: { target, inside }, read: () => Buffer.alloc(0) };
  }
  return new GitBlobFile(e.path, e.size, `git:${e.oid}`, blobs, e.oid);
}

/**
 * Reads blobs through `git cat-file --batch`, a batch of blobs per process: one process per blob would
 * dominate the run time on a monorepo, one for the whole tree could hold gigabytes in memory. Batches
 * are bounded by bytes, so a typical repository is read by one or two processes.
 */
class BlobReader {
  private static readonly BATCH_BYTES = 8 * 1024 * 1024;
  private static readonly BATCH_COUNT = 8000;
  private cache = new Map<string, Buffer>();
  private index = new Map<string, number>();
  private sizes = new Map<string, number>();
  private order: string[];
  /** Reads still expected per blob: identical files (same blob at many paths) are fetched once. */
  private pending = new Map<string, number>();
  /** Index and counts are built on the first read: most listings (cached files) never read a blob. */
  private indexed = false;
  private stream: BlobStream | undefined;
  /** Position of each blob in the stream's list, and how far the stream has been read. */
  private streamed = new Map<string, number>();
  private streamAt = 0;
  constructor(
    private repo: string,
    entries: TreeEntry[]
  ) {
    this.order = entries.map((e) => e.oid);
    for (const e of entries) this.sizes.set(e.oid, e.size);
  }

  /** Fetches these blobs now (symbolic link targets, read while listing). */
  fetch(oids: string[]): void {
    const todo = [...new Set(oids)].filter((o) => !this.cache.has(o));
    if (!todo.length) return;
    const buf = git(this.repo, ['cat-file', '--batch'], todo.join('\n') + '\n');
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(10, pos);
      const [oid, , size] = buf.subarray(pos, nl).toString().split(' ');
      const n = Number(size);
      this.cache.set(oid!, buf.subarray(nl + 1, nl + 1 + n));
      pos = nl + 1 + n + 1;
    }
  }

  /** The blobs the caller is about to read, in order: batches follow this list rather than the tree. */
  plan(oids: string[]): void {
    this.order = oids;
    this.indexed = false;
    this.stream?.close();
    this.stream = undefined;
    // More than a batch's worth is streamed through one process (load/blob-stream.ts); less is one batch.
    const unique = [...new Set(oids)];
    let bytes = 0;
    for (const oid of unique) bytes += this.sizes.get(oid) ?? 0;
    if (bytes <= BlobReader.BATCH_BYTES) return;
    this.stream = new BlobStream(this.repo, unique);
    this.streamed = new Map(unique.map((oid, i) => [oid, i]));
    this.streamAt = 0;
  }

  /**
   * Takes `oid` from the stream when it is still ahead there: blobs before it (files the loader skipped)
   * are passed over. False when the stream cannot give it; the caller then reads it in a batch.
   */
  private fromStream(oid: string): boolean {
    const at = this.streamed.get(oid);
    if (!this.stream || at === undefined || at < this.streamAt) return false;
    for (;;) {
      let blob;
      try {
        blob = this.stream.next();
      } catch {
        blob = undefined;
      }
      if (!blob) {
        this.stream.close();
        this.stream = undefined;
        return false;
      }
      this.streamAt++;
      if (blob.oid !== oid) continue;
      if ('missing' in blob) return false;
      this.cache.set(oid, blob.data);
      return true;
    }
  }

  private buildIndex(): void {
    this.index = new Map();
    this.pending = new Map();
    this.order.forEach((oid, i) => {
      if (!this.index.has(oid)) this.index.set(oid, i);
      this.pending.set(oid, (this.pending.get(oid) ?? 0) + 1);
    });
    this.indexed = true;
  }

  private batchFrom(i: number): string[] {
    const out: string[] = [];
    let bytes = 0;
    for (let k = i; k < this.order.length && out.length < BlobReader.BATCH_COUNT; k++) {
      const oid = this.order[k]!;
      bytes += this.sizes.get(oid) ?? 0;
      if (out.length && bytes > BlobReader.BATCH_BYTES) break;
      out.push(oid);
    }
    return out;
  }

  read(oid: string): Buffer {
    if (!this.indexed) this.buildIndex();
    if (!this.cache.has(oid) && !this.fromStream(oid)) {
      // A new batch replaces what is left of the last one: blobs fetched and never read (files the loader
      // skipped) must not pile up in a reader that serves every listing of its commit.
      this.cache.clear();
      const i = this.index.get(oid);
      this.fetch(i === undefined ? [oid] : this.batchFrom(i));
    }
    const b = this.cache.get(oid)!;
    // Keep memory flat: drop a blob once its last expected reader has it.
    const left = (this.pending.get(oid) ?? 1) - 1;
    this.pending.set(oid, left);
    if (left <= 0) this.cache.delete(oid);
    return b;
  }
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The text of `path` (repository-relative) at `commit`, or undefined when the commit has no such file.
 * Used to read the configuration from the trusted side of a pull request.
 */
export function readGitFile(repo: string, commit: string, path: string): string | undefined {
  const r = spawnSync('git', ['-C', repo, 'cat-file', 'blob', `${commit}:${path}`], { maxBuffer: 16 << 20 });
  return r.status === 0 ? r.stdout.toString('utf8') : undefined;
}
