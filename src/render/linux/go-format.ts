/**
 * The few pieces of Go's fmt output that end up in operator messages. Operator errors are compared
 * byte for byte, so `%q` must quote the way strconv.Quote does, not the way JSON.stringify does.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"'
};

/** strconv.Quote for the characters registry scopes can realistically hold (ASCII plus printable Unicode). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) out += simple;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if ((cp >= 0x80 && cp <= 0x9f) || cp === 0xad || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff)
      out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/** `%q` applied to a []string: Go prints `["a" "b"]`. */
export function goQuoteSlice(items: readonly string[]): string {
  return '[' + items.map(goQuote).join(' ') + ']';
}

/** `%#v` of a string is the same quoting as `%q`. */
export const goSharpV = goQuote;

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * Go's string order (sort.Strings, `<`): byte-wise over UTF-8. JS `<` compares UTF-16 code units, which
 * orders the same except around surrogates (a character above U+FFFF sorts after U+E000–U+FFFF in UTF-8,
 * before them in UTF-16; a lone surrogate is written as U+FFFD). So the first differing code unit decides
 * when neither it nor the unit before it is a surrogate; otherwise the UTF-8 bytes are compared.
 */
export function byteCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const x = i < a.length ? a.charCodeAt(i) : -1;
  const y = i < b.length ? b.charCodeAt(i) : -1;
  if (!isSurrogate(x) && !isSurrogate(y) && !(i > 0 && isSurrogate(a.charCodeAt(i - 1)))) {
    return x === y ? 0 : x < y ? -1 : 1;
  }
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

/**
 * Sorts `items` in place by a string key in Go's order. When no key holds a surrogate, UTF-16 code-unit
 * order is UTF-8 byte order, and the engine's own comparison does it without a loop per pair.
 */
export function sortByGoOrder<T>(items: T[], key: (item: T) => string): T[] {
  if (items.some((it) => HAS_SURROGATE.test(key(it)))) return items.sort((a, b) => byteCompare(key(a), key(b)));
  return items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** A sorted copy of `strings` in Go's order (the default sort compares UTF-16 code units, natively). */
export function sortedGo(strings: Iterable<string>): string[] {
  const out = [...strings];
  return out.some((s) => HAS_SURROGATE.test(s)) ? out.sort(byteCompare) : out.sort();
}
