/**
 * Credentials written into registry strings: `user:password@host[/path]`, with or without a scheme,
 * in a source, a mirror, a message or a diff line. A single forward scan (no regular expression over
 * the whole text, which an unanchored `[^@]+:[^@]+@` would make quadratic on a long run).
 */

export const REDACTED_USERINFO = '***';

/** Characters that end a userinfo when scanning back from `@`: whitespace, quotes, brackets, path. */
const DELIMITERS = new Set([...' \t\r\n"\'`<>()[]{},;|/\\=']);

/**
 * Replaces the `user:password` part of every `user:password@host` with `***`. A userinfo without a
 * password (`git@github.com`, `team@example.com`) is left alone: it is an address, not a credential.
 */
export function redactUserinfo(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let copied = 0;
  let floor = 0; // never scan back past the previous `@`: keeps the whole pass linear
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && !DELIMITERS.has(text[start - 1]!) && text[start - 1] !== '@') start--;
    // A scheme (`https://`) ends at a '/', so `start` is just after `//` for URLs.
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon >= at - 1) {
      floor = at + 1;
      continue;
    }
    // A password may itself hold '@': as URL parsers do, the host starts after the last '@' of the token.
    let end = at + 1;
    while (end < text.length && !DELIMITERS.has(text[end]!)) end++;
    const last = text.lastIndexOf('@', end - 1);
    if (last > at) at = last;
    floor = at + 1;
    out += text.slice(copied, start) + REDACTED_USERINFO;
    copied = at;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The same redaction over every string of a JSON-like value (a plan report, a render summary): the one
 * place values from the repository enter what the tool writes. Keys are left as they are.
 */
export function redactUserinfoDeep<T>(value: T): T {
  if (typeof value === 'string') return redactUserinfo(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactUserinfoDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactUserinfoDeep(v);
    return out as T;
  }
  return value;
}
