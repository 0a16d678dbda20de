/**
 * Paths that come from the scanned repository (Git tree entries, rendered node paths built from
 * registry names and ConfigMap keys) and are about to touch the disk. A fork writes every byte of them:
 * `git mktree` makes entries named `..`, a registry name can hold backslashes, so each segment is
 * checked before anything is created, and the final path is checked to lie inside its folder.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** Why a `/`-separated relative path is unsafe to join onto a folder, or undefined when it is safe. */
export function unsafePathReason(path: string): string | undefined {
  if (path.includes('\0')) return 'it holds a NUL byte';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is absolute';
  for (const seg of path.split('/')) {
    if (seg === '') return 'it has an empty segment';
    if (seg === '.' || seg === '..') return `it has a "${seg}" segment`;
    if (seg.includes('\\')) return 'it holds a backslash';
  }
  return undefined;
}

/** `root` joined with `rel` when the result stays strictly inside `root`; undefined otherwise. */
export function resolveInside(root: string, rel: string): string | undefined {
  if (unsafePathReason(rel)) return undefined;
  const base = resolve(root);
  const full = resolve(base, ...rel.split('/'));
  const back = relative(base, full);
  if (back === '' || back.startsWith('..') || isAbsolute(back)) return undefined;
  return full;
}

/** A quoted path for messages: control characters shown escaped, so a name cannot forge lines. */
export function quotePath(path: string): string {
  return JSON.stringify(path);
}
