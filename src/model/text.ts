/**
 * String helpers for repository text that regular expressions would make super-linear: `/\/+$/` is
 * quadratic on a long run of slashes followed by anything else, because the engine retries the run
 * from every position in it.
 */

/** `s` without trailing `/` characters, in one backward pass. */
export function trimTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x2f) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` up to its first `#` (a URI without its fragment). */
export function withoutFragment(s: string): string {
  const i = s.indexOf('#');
  return i < 0 ? s : s.slice(0, i);
}

/**
 * Whether a repository path (the part after the host) ends in a tag or a digest: its last component
 * holds ':' or '@', or (for digests) any '@' at all. A scan, not a pattern: the text is the repository's.
 */
export function pathNamesTagOrDigest(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path.includes('@') || last.includes(':');
}
