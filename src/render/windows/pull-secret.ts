/**
 * The global pull secret as WMCO reads it for hosts.toml `authorization` headers (windows-wmco.md §3.6).
 * Only a repository that (wrongly) carries openshift-config/pull-secret gives us real data; error texts
 * here never quote the secret's content.
 */
import type { SecretObject } from '../../model/types.js';

export const PULL_SECRET_NAMESPACE = 'openshift-config';
export const PULL_SECRET_NAME = 'pull-secret';
export const DOCKER_CONFIG_JSON_KEY = '.dockerconfigjson';
export const REDACTED = '<redacted>';

/**
 * Header tokens by exact auths key. Current format: base64(username:password) re-encoded from the
 * decoded entry; legacy format: the raw `auth` string, present only when non-empty.
 */
export type AuthTokens = Map<string, string>;

export type PullSecretParse = { ok: true; tokens: AuthTokens } | { ok: false; message: string };

export function isGlobalPullSecret(s: SecretObject): boolean {
  return s.namespace === PULL_SECRET_NAMESPACE && s.name === PULL_SECRET_NAME;
}

const fail = (reason: string): PullSecretParse => ({
  ok: false,
  message: `error unmarshalling to DockerConfigJSON: ${reason}`
});

/** Go's encoding/json matches struct fields case-insensitively; the last matching key wins. */
function goField(obj: Record<string, unknown>, name: string): unknown {
  let value: unknown;
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === name.toLowerCase()) value = v;
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** base64.StdEncoding (padded) or RawStdEncoding (unpadded) as decodeDockerConfigFieldAuth picks them. */
function decodeGoBase64(field: string): Buffer | undefined {
  const padded = field.trim().endsWith('=');
  // Go's decoder skips CR and LF anywhere in the input.
  const s = field.replace(/[\r\n]/g, '');
  if (padded) {
    if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return undefined;
  } else if (s.length % 4 === 1 || !/^[A-Za-z0-9+/]*$/.test(s)) {
    return undefined;
  }
  return Buffer.from(s, 'base64');
}

function parseJson(text: string | undefined): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text === undefined || text.trim() === '') return { ok: false, message: 'unexpected end of JSON input' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // JSON.parse messages quote the input; the input is a secret.
    return { ok: false, message: 'the .dockerconfigjson value is not valid JSON' };
  }
}

/** credentialprovider.DockerConfigJSON, as the current WMCO format decodes it. */
export function parsePullSecret(secret: SecretObject): PullSecretParse {
  const parsed = parseJson(secret.values[DOCKER_CONFIG_JSON_KEY]);
  if (!parsed.ok) return fail(parsed.message);
  if (parsed.value === null) return { ok: true, tokens: new Map() };
  if (!isObject(parsed.value))
    return fail(
      'json: cannot unmarshal the .dockerconfigjson value into Go value of type credentialprovider.DockerConfigJSON'
    );
  const auths = goField(parsed.value, 'auths');
  const tokens: AuthTokens = new Map();
  if (auths === undefined || auths === null) return { ok: true, tokens };
  if (!isObject(auths))
    return fail(
      'json: cannot unmarshal auths into Go struct field DockerConfigJSON.auths of type credentialprovider.DockerConfig'
    );
  for (const [registry, entry] of Object.entries(auths)) {
    let username = '';
    let password = '';
    if (entry !== null) {
      if (!isObject(entry))
        return fail(
          `json: cannot unmarshal the entry for ${registry} into Go value of type credentialprovider.DockerConfigEntry`
        );
      for (const field of ['username', 'password', 'email', 'auth']) {
        const v = goField(entry, field);
        if (v !== undefined && v !== null && typeof v !== 'string') {
          return fail(
            `json: cannot unmarshal ${field} of the entry for ${registry} into Go struct field of type string`
          );
        }
      }
      username = (goField(entry, 'username') as string | undefined) ?? '';
      password = (goField(entry, 'password') as string | undefined) ?? '';
      const auth = (goField(entry, 'auth') as string | undefined) ?? '';
      if (auth !== '') {
        const decoded = decodeGoBase64(auth);
        if (decoded === undefined) return fail(`the auth field of the entry for ${registry} is not valid base64`);
        const text = decoded.toString('utf8');
        const colon = text.indexOf(':');
        if (colon < 0) return fail('unable to parse auth field, must be formatted as base64(username:password)');
        username = text.slice(0, colon);
        password = text.slice(colon + 1);
      }
    }
    tokens.set(registry, Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
  }
  return { ok: true, tokens };
}

/** The legacy format's `map[string]map[string]string`: the raw `auth` value, headers only when non-empty. */
export function parseLegacyPullSecret(secret: SecretObject): PullSecretParse {
  const parsed = parseJson(secret.values[DOCKER_CONFIG_JSON_KEY]);
  if (!parsed.ok) return fail(parsed.message);
  const tokens: AuthTokens = new Map();
  if (parsed.value === null) return { ok: true, tokens };
  if (!isObject(parsed.value))
    return fail('json: cannot unmarshal the .dockerconfigjson value into Go value of type registries.dockerConfigJSON');
  const auths = goField(parsed.value, 'auths');
  if (auths === undefined || auths === null) return { ok: true, tokens };
  if (!isObject(auths))
    return fail(
      'json: cannot unmarshal auths into Go struct field dockerConfigJSON.auths of type map[string]map[string]string'
    );
  for (const [registry, entry] of Object.entries(auths)) {
    if (entry === null) continue;
    if (!isObject(entry))
      return fail(`json: cannot unmarshal the entry for ${registry} into Go value of type map[string]string`);
    for (const [k, v] of Object.entries(entry)) {
      if (v !== null && typeof v !== 'string')
        return fail(`json: cannot unmarshal ${k} of the entry for ${registry} into Go value of type string`);
    }
    const auth = entry['auth'];
    if (typeof auth === 'string' && auth !== '') tokens.set(registry, auth);
  }
  return { ok: true, tokens };
}

/** Builds a SecretObject for a given auths map; used by tests and by callers that know the cluster's secret. */
export function pullSecretFromAuths(auths: Record<string, unknown>, where = { file: '', line: 0 }): SecretObject {
  return {
    name: PULL_SECRET_NAME,
    namespace: PULL_SECRET_NAMESPACE,
    loc: where,
    values: { [DOCKER_CONFIG_JSON_KEY]: JSON.stringify({ auths }) },
    keyLocs: {}
  };
}
