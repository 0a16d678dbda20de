/**
 * The string surgery WMCO's pkg/registries does on IDMS/ITMS sources and mirrors. Every function mirrors
 * one Go function byte for byte, including its quirks, because the quirks decide which containerd
 * directory and which URL a Windows node ends up with (windows-wmco.md §3.2, §3.6, §3.9).
 */

const PATH_SEPARATOR = '/';

/** Go `validOptionalPort`: "" or ":" followed by digits only. */
function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  return /^[0-9]*$/.test(port.slice(1));
}

/**
 * Go `url.parseHost` accepts a narrow character set (net/url shouldEscape in encodeHost mode); anything
 * else makes url.Parse fail, and WMCO then falls back to splitting on "/".
 */
function validHostChars(host: string): boolean {
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 0x80) continue;
    const ch = host[i]!;
    if (/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(ch)) continue;
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(host.slice(i + 1, i + 3))) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

/** Go url.Parse(s).Hostname() and .Port(), or undefined when Parse fails or finds no authority. */
function goUrlHostPort(raw: string): { hostname: string; port: string } | undefined {
  // An authority starts with "//" (checked below): without one there is no host, whatever else is there.
  if (!raw.includes('//')) return undefined;
  // net/url rejects ASCII control characters outright.
  if (/[\x00-\x1f\x7f]/.test(raw)) return undefined;
  let rest = raw;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  let scheme = '';
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
  if (schemeMatch) {
    scheme = schemeMatch[1]!;
    rest = rest.slice(scheme.length + 1);
  } else if (rest.startsWith(':')) {
    return undefined; // "missing protocol scheme"
  }
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  // Opaque URLs ("registry.local:5000/x" parses as scheme "registry.local") and plain paths carry no host.
  if (!rest.startsWith('/')) return undefined;
  if (!(rest.startsWith('//') && (scheme !== '' || !rest.startsWith('///')))) return undefined;
  rest = rest.slice(2);
  const slash = rest.indexOf('/');
  const authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const at = authority.lastIndexOf('@');
  const host = at >= 0 ? authority.slice(at + 1) : authority;
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    if (close < 0) return undefined;
    if (!validOptionalPort(host.slice(close + 1))) return undefined;
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon))) return undefined;
  }
  if (!validHostChars(host)) return undefined;
  // url.URL.Hostname()/Port(): split at the last colon when what follows is a valid port, strip brackets.
  let hostname = host;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && validOptionalPort(host.slice(colon)) && (!host.startsWith('[') || host.lastIndexOf(']') < colon)) {
    hostname = host.slice(0, colon);
    port = host.slice(colon + 1);
  }
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  return { hostname, port };
}

/**
 * `extractRegistryHostname`: host[:port] of a URL with a scheme, else everything before the first "/"
 * (port and wildcard kept).
 */
export function extractRegistryHostname(fullImage: string): string {
  const parsed = goUrlHostPort(fullImage);
  if (parsed && parsed.hostname !== '') {
    return parsed.port !== '' ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  }
  return fullImage.split(PATH_SEPARATOR)[0]!;
}

/** The pre-April-2025 `extractHostname` (legacy format): text before the first "/", no scheme handling. */
export function legacyExtractHostname(fullImage: string): string {
  return fullImage.split(PATH_SEPARATOR)[0]!;
}

/** Go strings.SplitN(s, sep, 2), which explodes into characters when sep is empty. */
function splitN2(s: string, sep: string): string[] {
  if (sep === '') {
    if (s === '') return [];
    const first = String.fromCodePoint(s.codePointAt(0)!);
    return [first, s.slice(first.length)];
  }
  const idx = s.indexOf(sep);
  if (idx < 0) return [s];
  return [s.slice(0, idx), s.slice(idx + sep.length)];
}

/** `extractRegistryOrgPath`: what follows the first occurrence of the registry host, minus one leading "/". */
export function extractRegistryOrgPath(registry: string): string {
  const hostname = extractRegistryHostname(registry);
  const parts = splitN2(registry, hostname);
  if (parts.length !== 2) return '';
  const after = parts[1]!;
  return after.startsWith(PATH_SEPARATOR) ? after.slice(1) : after;
}

/**
 * `extractMirrorURL`: drop the segments the mirror shares with the source, from the end, up to the first
 * mismatch. containerd re-appends the full source repository path at pull time.
 */
export function extractMirrorURL(source: string, mirror: string): string {
  const sourceParts = source.split(PATH_SEPARATOR);
  const mirrorParts = mirror.split(PATH_SEPARATOR);
  let keep = mirrorParts.length;
  for (let i = 0; i < sourceParts.length && i < mirrorParts.length; i++) {
    if (sourceParts[sourceParts.length - 1 - i] !== mirrorParts[mirrorParts.length - 1 - i]) break;
    keep--;
  }
  return mirrorParts.slice(0, keep).join(PATH_SEPARATOR);
}
