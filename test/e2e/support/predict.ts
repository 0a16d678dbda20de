/**
 * The plan's own prediction of which endpoints a client tries, in the harness's endpoint notation
 * (host[:port]/repository, no scheme, no /v2, no tag or digest), and its comparison with what the
 * client really tried.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseRegistriesConf } from '../../../src/model/registries-conf.js';
import { pullEndpoints } from '../../../src/render/linux/pull-sources.js';
import { containerdHostsFor, parseImageRef } from '../../../src/render/windows/index.js';
import type { CheckResult } from './harness.js';

/** What the prediction reads: the files as rendered (before the harness's scheme rewrite). */
export interface PredictionInput {
  registriesConf: string | undefined;
  /** The hosts.toml directory ctr reads (hosts.d in a config dir, or the rendered Windows tree). */
  hostsDir: string | undefined;
}

export interface Prediction {
  endpoints: string[];
  error?: string;
}

/** containerd 1.6 on Linux (what ctr runs here) looks up `host_port_`, then `host:port`, then `_default`. */
function hostsTomlFor(hostsDir: string | undefined, registry: string): string | undefined {
  if (!hostsDir) return undefined;
  const names = registry.includes(':') ? [`${registry.replace(':', '_')}_`, registry] : [registry];
  for (const n of [...names, '_default']) {
    const f = path.join(hostsDir, n, 'hosts.toml');
    if (fs.existsSync(f)) return fs.readFileSync(f, 'utf8');
  }
  return undefined;
}

/** `https://127.0.0.1:5002/v2/mirror/oss/x/manifests/sha256:..?ns=..` -> `127.0.0.1:5002/mirror/oss/x` */
export function manifestUrlToEndpoint(url: string): string {
  const u = new URL(url);
  const m = /^(.*)\/manifests\/[^/]+$/.exec(u.pathname);
  if (!m) throw new Error(`not a manifest URL: ${url}`);
  return u.host + m[1]!.replace(/^\/v2(?=\/)/, '');
}

export function predict(client: 'skopeo' | 'ctr', input: PredictionInput, image: string): Prediction {
  if (client === 'skopeo') {
    const r = pullEndpoints(parseRegistriesConf(input.registriesConf), image);
    return { endpoints: r.endpoints.map((e) => e.location), ...(r.error !== undefined ? { error: r.error } : {}) };
  }
  const registry = parseImageRef(image).registry;
  const r = containerdHostsFor(hostsTomlFor(input.hostsDir, registry), image);
  // the harness lists each endpoint once, as a NeverContactSource server line repeats the first mirror
  return { endpoints: [...new Set(r.endpoints.map(manifestUrlToEndpoint))] };
}

/**
 * A client stops at the first endpoint that answers with the manifest (for a policy rejection too: policy
 * runs after the fetch); otherwise it walks the whole list. So `tried` must equal the prediction when no
 * registry served the manifest, and be a non-empty prefix of it ending at the server otherwise.
 */
export function comparePrediction(result: CheckResult, p: Prediction): string | null {
  const served = result.requests.some((q) => /\/manifests\//.test(q.uri) && q.status === 200);
  const t = result.tried;
  const show = `predicted [${p.endpoints.join(' -> ')}]${p.error ? ` (error: ${p.error})` : ''}, client tried [${t.join(' -> ')}]`;
  if (p.error !== undefined) {
    // the plan says the file is unusable: the client must not have tried anything
    return t.length === 0 && result.rc !== 0 ? null : show;
  }
  if (served) {
    const prefix = t.length > 0 && t.length <= p.endpoints.length && t.every((e, i) => e === p.endpoints[i]);
    return prefix ? null : `${show} (served, so tried must be a prefix of the prediction)`;
  }
  const equal = t.length === p.endpoints.length && t.every((e, i) => e === p.endpoints[i]);
  return equal ? null : `${show} (nothing served, so tried must equal the prediction)`;
}
