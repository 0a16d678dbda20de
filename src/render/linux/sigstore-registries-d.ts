/**
 * `/etc/containers/registries.d/sigstore-registries.yaml` (helpers.go `generateSigstoreRegistriesdConfig`
 * and `addScopeMirrorsSigstoreRegistriesdConfig`, unchanged release-4.19 … main): `use-sigstore-attachments`
 * for every policy scope, and for every endpoint a pull of that scope — or of a mirror-set source nested
 * in it — may reach, found by asking c/image's pull-source logic with a dummy digest and a dummy tag.
 */
import { SIGSTORE_REGISTRIES_YAML } from '../../model/node-paths.js';
import { parseRegistriesConf, RegistriesConfParseError } from '../../model/registries-conf.js';
import { parseReference, referenceName, type DockerReference } from './docker-reference.js';
import { isSimpleKey, yamlKeyCompare, yamlScalar } from './go-yaml.js';
import { findRegistry, loadRegistries, pullSourcesFromReference, type LoadedRegistry } from './pull-sources.js';
import { scopeIsNestedInsideScope } from './scopes.js';

export const SIGSTORE_REGISTRIES_PATH = SIGSTORE_REGISTRIES_YAML;

const DUMMY_DIGEST = 'sha256:' + 'a'.repeat(64);
const DUMMY_TAG = 'aaa';
const DUMMY_PATH = '/a';
const DUMMY_PREFIX = 'matched';

export type RegistriesDResult =
  { yaml?: string; error?: undefined } | { yaml?: undefined; error: string; scope?: string };

class MirrorsError extends Error {}

/**
 * The endpoints a pull of `scope` can use under `reg` (its longest-prefix registry). A wildcard scope is
 * tried as `matched.<domain>`, a host-only scope with a dummy path that is cut off again; the wildcard
 * registry's own (location-less) endpoint is skipped, since only its mirrors are real places.
 */
function scopeEndpoints(scope: string, reg: LoadedRegistry | undefined): string[] {
  if (!reg) return [];
  let s = scope.startsWith('*.') ? DUMMY_PREFIX + scope.slice(1) : scope;
  const addedDummy = !s.includes('/');
  if (addedDummy) s += DUMMY_PATH;
  let repo: DockerReference;
  try {
    const r = parseReference(s);
    repo = { domain: r.domain, path: r.path };
  } catch (e) {
    throw new MirrorsError(`error parsing scope ${s}: ${(e as Error).message}`);
  }
  const out: string[] = [];
  for (const [what, ref] of [
    ['digest', { ...repo, digest: DUMMY_DIGEST }],
    ['tag', { ...repo, tag: DUMMY_TAG }]
  ] as const) {
    let sources;
    try {
      sources = pullSourcesFromReference(reg, ref);
    } catch (e) {
      throw new MirrorsError(`error getting ${what} sources for scope ${s}: ${(e as Error).message}`);
    }
    for (const src of sources) {
      if (src.endpoint.location === '') continue;
      let endpoint = referenceName(src.reference);
      if (addedDummy && endpoint.endsWith(DUMMY_PATH)) endpoint = endpoint.slice(0, -DUMMY_PATH.length);
      out.push(endpoint);
    }
  }
  return out;
}

/**
 * `generateSigstoreRegistriesdConfig(clusterScopes, namespacedScopes, registriesTOML)`: undefined when
 * there is no policy scope; `registriesToml` undefined = MCO generated no registries.conf (no mirrors).
 */
export function sigstoreRegistriesD(
  clusterScopes: Iterable<string>,
  namespacedScopes: Iterable<string>,
  registriesToml: string | undefined
): RegistriesDResult {
  const policyScopes = [...clusterScopes, ...namespacedScopes];
  if (policyScopes.length === 0) return {};
  const keys = new Set<string>();
  let raw;
  let loaded: LoadedRegistry[] = [];
  if (registriesToml !== undefined) {
    try {
      raw = parseRegistriesConf(registriesToml);
    } catch (e) {
      if (e instanceof RegistriesConfParseError) return { error: `error decoding registries config: ${e.message}` };
      throw e;
    }
    const l = loadRegistries(raw);
    if (l.error !== undefined) return { error: `loading registries configuration: ${l.error}` };
    loaded = l.registries;
  }
  for (const policyScope of policyScopes) {
    keys.add(policyScope);
    if (!raw) continue;
    try {
      for (const e of scopeEndpoints(policyScope, findRegistry(loaded, policyScope))) keys.add(e);
      for (const reg of raw.registries) {
        const scope = reg.prefix !== '' ? reg.prefix : reg.location;
        if (scope !== policyScope && scopeIsNestedInsideScope(scope, policyScope)) {
          for (const e of scopeEndpoints(scope, findRegistry(loaded, scope))) keys.add(e);
        }
      }
    } catch (e) {
      if (!(e instanceof MirrorsError)) throw e;
      return {
        error: `error adding clusterimagepolicy scope ${policyScope} relevant mirrors: ${e.message}`,
        scope: policyScope
      };
    }
  }
  return { yaml: encodeSigstoreRegistriesYaml(keys) };
}

/** ghodss/yaml of `{docker: {<key>: {use-sigstore-attachments: true}}}`: yaml.v2 key order and quoting. */
export function encodeSigstoreRegistriesYaml(keys: Iterable<string>): string {
  let out = 'docker:\n';
  for (const key of [...new Set(keys)].sort(yamlKeyCompare)) {
    const k = yamlScalar(key);
    out += isSimpleKey(key)
      ? `  ${k}:\n    use-sigstore-attachments: true\n`
      : `  ? ${k}\n  : use-sigstore-attachments: true\n`;
  }
  return out;
}
