/**
 * `(*mirrorSet).generateConfig`: the exact bytes of one hosts.toml (windows-wmco.md §3.6, legacy §3.9).
 * WMCO writes text by hand rather than through a TOML encoder, so duplicate tables are possible and are
 * reproduced, not repaired.
 */
import { extractRegistryHostname, extractRegistryOrgPath, legacyExtractHostname } from './hostname.js';
import { NEVER_CONTACT_SOURCE, type MergedMirrorSet, type MirrorHost, type WmcoFormat } from './mirror-sets.js';
import { REDACTED, type AuthTokens } from './pull-secret.js';

export interface GenerateOptions {
  /** Header tokens by auths key; undefined = the pull secret is not known (no header is rendered). */
  tokens?: AuthTokens;
  /** Replace header tokens with `<redacted>` so a secret never leaves through reports or written files. */
  redact: boolean;
}

/** `https://<registry>/v2[/<org path>]`: the URL WMCO writes for a host string in the current format. */
export function hostUrl(host: string): string {
  const org = extractRegistryOrgPath(host);
  return `https://${extractRegistryHostname(host)}/v2${org !== '' ? `/${org}` : ''}`;
}

/** The table key the legacy format writes: the host string, org path inline, no `/v2`. */
export function legacyHostUrl(host: string): string {
  return `https://${host}`;
}

/** The auths key WMCO looks a mirror up by. */
export function authKeyFor(host: string, format: WmcoFormat): string {
  return format === 'legacy' ? legacyExtractHostname(host) : extractRegistryHostname(host);
}

function fallbackHost(set: MergedMirrorSet): string {
  // NeverContactSource keeps a `server` line but points it at the alphabetically first mirror.
  return set.mirrorSourcePolicy === NEVER_CONTACT_SOURCE ? set.mirrors[0]!.host : set.source;
}

function token(tokens: AuthTokens | undefined, host: string, format: WmcoFormat, redact: boolean): string | undefined {
  const t = tokens?.get(authKeyFor(host, format));
  if (t === undefined) return undefined;
  return redact ? REDACTED : t;
}

export function generateConfig(set: MergedMirrorSet<MirrorHost>, opts: GenerateOptions): string {
  if (set.mirrors.length === 0) return '';
  let out = `server = "${hostUrl(fallbackHost(set))}"\n`;
  out += '\noverride_path = true\n';
  for (const m of set.mirrors) {
    const url = hostUrl(m.host);
    out += `\n[host."${url}"]\n`;
    out += m.resolveTags ? '  capabilities = ["pull", "resolve"]\n' : '  capabilities = ["pull"]\n';
    out += '  override_path = true\n';
    const t = token(opts.tokens, m.host, 'current', opts.redact);
    if (t !== undefined) {
      out += `  [host."${url}".header]\n`;
      out += `    authorization = "Basic ${t}"\n`;
    }
  }
  return out;
}

export function generateLegacyConfig(set: MergedMirrorSet<MirrorHost>, opts: GenerateOptions): string {
  if (set.mirrors.length === 0) return '';
  let out = `server = "${legacyHostUrl(fallbackHost(set))}"\r\n`;
  for (const m of set.mirrors) {
    const url = legacyHostUrl(m.host);
    out += `\r\n[host."${url}"]\r\n`;
    out += m.resolveTags ? '  capabilities = ["pull", "resolve"]\r\n' : '  capabilities = ["pull"]\r\n';
    const t = token(opts.tokens, m.host, 'legacy', opts.redact);
    if (t !== undefined) {
      out += `  [host."${url}".header]\r\n`;
      out += `    authorization = "Basic ${t}"\r\n`;
    }
  }
  return out;
}

export function generateFor(format: WmcoFormat, set: MergedMirrorSet<MirrorHost>, opts: GenerateOptions): string {
  return format === 'legacy' ? generateLegacyConfig(set, opts) : generateConfig(set, opts);
}

/** The `[host."…"]` key a mirror gets, per format; two mirrors with one key make the file invalid TOML. */
export function tableKeyFor(format: WmcoFormat, host: string): string {
  return format === 'legacy' ? legacyHostUrl(host) : hostUrl(host);
}
