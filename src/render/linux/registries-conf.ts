import type { RegistriesConf } from '../../model/registries-conf.js';
import { atLeast, type OcpVersion } from '../../model/version.js';

/** The raw template MCO decodes; it stays on disk verbatim when no registries file is generated. */
export const REGISTRIES_CONF_TEMPLATE = "unqualified-search-registries = ['registry.access.redhat.com', 'docker.io']\n";

/** The template as BurntSushi/toml decodes it into sysregistriesv2.V2RegistriesConf. */
export function decodedTemplate(): RegistriesConf {
  return {
    unqualifiedSearchRegistries: ['registry.access.redhat.com', 'docker.io'],
    shortNameMode: '',
    registries: []
  };
}

const TOML_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r'
};

/** Printable ASCII without `"` or `\`: written as it is (registry names, nearly always). */
const PLAIN_TOML = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** BurntSushi/toml basic-string quoting. */
export function tomlString(s: string): string {
  if (PLAIN_TOML.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const e = TOML_ESCAPES[ch];
    const cp = ch.codePointAt(0)!;
    if (e !== undefined) out += e;
    else if (cp < 0x20 || cp === 0x7f) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

export const tomlArray = (items: readonly string[]): string => '[' + items.map(tomlString).join(', ') + ']';

/**
 * The top-level scalar keys of V2RegistriesConf in struct order. `credential-helpers` and `aliases` are nil
 * and omitted; `short-name-mode` has no omitempty; `additional-layer-store-auth-helper` exists in the
 * struct only from c/image 5.34 (OCP 4.19).
 */
export function topLevelKeys(
  unqualified: readonly string[] | undefined,
  shortNameMode: string,
  version: OcpVersion
): string {
  let out = '';
  if (unqualified !== undefined) out += `unqualified-search-registries = ${tomlArray(unqualified)}\n`;
  out += `short-name-mode = ${tomlString(shortNameMode)}\n`;
  if (atLeast(version, '4.19')) out += 'additional-layer-store-auth-helper = ""\n';
  return out;
}

/** `toml.NewEncoder(buf).Encode(V2RegistriesConf)` with the operator's struct tags, byte for byte. */
export function encodeRegistriesConf(conf: RegistriesConf, version: OcpVersion): string {
  let out = topLevelKeys(conf.unqualifiedSearchRegistries, conf.shortNameMode, version);
  for (const r of conf.registries) {
    out += '\n[[registry]]\n';
    out += `  prefix = ${tomlString(r.prefix)}\n`;
    if (r.location !== '') out += `  location = ${tomlString(r.location)}\n`;
    if (r.insecure) out += '  insecure = true\n';
    if (r.blocked) out += '  blocked = true\n';
    if (r.mirrorByDigestOnly) out += '  mirror-by-digest-only = true\n';
    for (const m of r.mirrors) {
      out += '\n  [[registry.mirror]]\n';
      if (m.location !== '') out += `    location = ${tomlString(m.location)}\n`;
      if (m.insecure) out += '    insecure = true\n';
      if (m.pullFromMirror !== '') out += `    pull-from-mirror = ${tomlString(m.pullFromMirror)}\n`;
    }
  }
  return out;
}
