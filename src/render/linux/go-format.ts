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

/** Go's sort.Strings order: byte-wise. JS `<` compares UTF-16 code units, identical for ASCII. */
export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
