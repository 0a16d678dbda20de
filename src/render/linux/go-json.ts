/**
 * encoding/json `MarshalIndent(v, "", "  ")` for values that mix Go structs and Go maps: a JS `Map` is a
 * Go map (keys byte-sorted), a plain object is a struct (fields in declaration order, as inserted).
 * Strings get Go's HTML-safe escaping (<, >, & and U+2028/U+2029 as \uXXXX). No trailing newline.
 */

export type GoValue = string | number | boolean | null | GoValue[] | GoMap | GoStruct;
export type GoMap = Map<string, GoValue>;
export interface GoStruct {
  [field: string]: GoValue;
}

/** Go encoding/json string escaping (HTML-safe, as json.Marshal does by default). */
export function goJsonString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function goMarshalIndentValue(v: GoValue, indent = ''): string {
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => inner + goMarshalIndentValue(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (v instanceof Map) {
    const keys = [...v.keys()].sort(byteOrder);
    if (keys.length === 0) return '{}';
    const body = keys.map((k) => `${inner}${goJsonString(k)}: ${goMarshalIndentValue(v.get(k)!, inner)}`);
    return '{\n' + body.join(',\n') + '\n' + indent + '}';
  }
  if (v !== null && typeof v === 'object') {
    const fields = Object.keys(v);
    if (fields.length === 0) return '{}';
    const body = fields.map((k) => `${inner}${goJsonString(k)}: ${goMarshalIndentValue(v[k]!, inner)}`);
    return '{\n' + body.join(',\n') + '\n' + indent + '}';
  }
  if (typeof v === 'string') return goJsonString(v);
  return JSON.stringify(v);
}

/**
 * Go's `[]byte` in JSON: base64.StdEncoding of the bytes. Decoding (json.Unmarshal into []byte) uses
 * StdEncoding too, which requires padding and skips only '\r' and '\n'; anything else is an error.
 */
export function decodeGoBytes(text: string): Buffer | undefined {
  const s = text.replace(/[\r\n]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return undefined;
  return Buffer.from(s, 'base64');
}

/** The base64 text Go writes for these bytes: the canonical StdEncoding form. */
export const encodeGoBytes = (b: Buffer): string => b.toString('base64');
