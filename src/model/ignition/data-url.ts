/**
 * RFC 2397 `data:` URLs as github.com/vincent-petithory/dataurl `DecodeString` reads them; it is what
 * Ignition's validation and MCO's `DecodeIgnitionFileContents` call, so a URL it refuses is a
 * MachineConfig the operator refuses. Every scan below is one left-to-right pass (linear time).
 */
export type DataUrlResult = { data: Buffer; base64: boolean; mediaType: string } | { error: string };

const TSPECIALS = new Set('()<>@,;:\\"/[]?=');

/** RFC 2045 token characters: ASCII, no control, no space, no tspecial. */
function isToken(c: string): boolean {
  const code = c.charCodeAt(0);
  return code > 0x20 && code < 0x7f && !TSPECIALS.has(c);
}

/** A table per character class: a rendered registries.conf is megabytes, scanned one character at a time. */
const charTable = (accepts: (code: number) => boolean): Uint8Array =>
  Uint8Array.from({ length: 128 }, (_, code) => (accepts(code) ? 1 : 0));

const URL_UNWISE = ' <>#"{}|\\^[]`';
/** RFC 2396 uric as the lexer accepts it ('%' allowed, validated by the unescape step). */
const URL_CHARS = charTable((code) => code > 0x1f && code < 0x7f && !URL_UNWISE.includes(String.fromCharCode(code)));
const isUrlChar = (code: number): boolean => code < 128 && URL_CHARS[code] === 1;

/** What a base64 data URL may hold before the shape check: the alphabet, padding and newlines. */
const BASE64_CHARS = charTable((code) => /[A-Za-z0-9+/=\n]/.test(String.fromCharCode(code)));

const HEX = charTable((code) => /[0-9a-fA-F]/.test(String.fromCharCode(code)));
const isHex = (code: number): boolean => code < 128 && HEX[code] === 1;

/** `Unescape`: %XX sequences must be two hex digits; anything non-ASCII is refused. */
function unescape(s: string): Buffer | string {
  // Never longer than the text: every character is one byte or three characters make one.
  const out = Buffer.alloc(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code > 0x7f) return 'rfc2396: non-ASCII char detected';
    if (code !== 0x25) {
      out[n++] = code;
      continue;
    }
    if (s.length - (i + 1) < 2) return 'rfc2396: unexpected end of unescape sequence';
    if (!isHex(s.charCodeAt(i + 1)) || !isHex(s.charCodeAt(i + 2))) {
      return `rfc2396: invalid char 0x25 in unescape sequence`;
    }
    out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
    i += 2;
  }
  return out.subarray(0, n);
}

/**
 * Go `base64.StdEncoding.DecodeString`: padding required, newlines ignored, nothing after the padding.
 * Node's decoder is lenient, so the shape is checked first.
 */
function decodeStdBase64(s: string): Buffer | string {
  const body = s.replace(/[\r\n]/g, '');
  const m = /^[A-Za-z0-9+/]*(={0,2})$/.exec(body);
  if (!m || body.length % 4 !== 0 || (m[1]!.length > 0 && body.length === m[1]!.length)) {
    return 'illegal base64 data';
  }
  return Buffer.from(body, 'base64');
}

/** Parses the header (`type/subtype;attr=value;base64`) up to the comma; returns the data offset. */
function parseHeader(s: string): { end: number; base64: boolean; mediaType: string } | { error: string } {
  const comma = s.indexOf(',', 5);
  if (comma === -1) return { error: 'missing comma before data' };
  const header = s.slice(5, comma);
  if (header === '') return { end: comma + 1, base64: false, mediaType: 'text/plain' };
  const parts = header.split(';');
  const [type, ...params] = parts;
  let mediaType = 'text/plain';
  if (type !== '') {
    const slash = type!.indexOf('/');
    if (slash <= 0 || slash === type!.length - 1) return { error: 'invalid media type' };
    if (![...type!.slice(0, slash)].every(isToken) || ![...type!.slice(slash + 1)].every(isToken)) {
      return { error: 'invalid character for media type' };
    }
    mediaType = type!;
  }
  let base64 = false;
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    const eq = p.indexOf('=');
    if (eq === -1) {
      // A bare attribute is only allowed as the last one, and only "base64".
      if (i !== params.length - 1) return { error: 'unterminated parameter sequence' };
      if (p !== 'base64') return { error: `expected base64, got ${p}` };
      base64 = true;
      continue;
    }
    const attr = p.slice(0, eq);
    const value = p.slice(eq + 1);
    if (attr === '' || ![...attr].every(isToken)) return { error: 'invalid character for parameter attribute' };
    const quoted = value.startsWith('"') && value.endsWith('"') && value.length >= 2;
    if (!quoted && (value === '' || ![...value].every(isToken))) {
      return { error: 'invalid character for parameter value' };
    }
  }
  return { end: comma + 1, base64, mediaType };
}

/** `dataurl.DecodeString`. Quoted parameter values containing "," or ";" are not supported (never seen in MCs). */
export function decodeDataUrl(s: string): DataUrlResult {
  if (!s.startsWith('data:')) return { error: 'missing data prefix' };
  const h = parseHeader(s);
  if ('error' in h) return h;
  const raw = s.slice(h.end);
  if (h.base64) {
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      if (code >= 128 || BASE64_CHARS[code] !== 1) return { error: 'invalid data character' };
    }
    const d = decodeStdBase64(raw);
    return typeof d === 'string' ? { error: d } : { data: d, base64: true, mediaType: h.mediaType };
  }
  for (let i = 0; i < raw.length; i++) {
    if (!isUrlChar(raw.charCodeAt(i))) return { error: 'invalid data character' };
  }
  const d = unescape(raw);
  return typeof d === 'string' ? { error: d } : { data: d, base64: false, mediaType: h.mediaType };
}
