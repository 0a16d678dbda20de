/**
 * `GenerateConfigFiles` over a cluster model: the hosts.toml files WMCO keeps in
 * C:\k\containerd\registries on every Windows node (windows-wmco.md §2, §3).
 */
import { CONTAINERD_REGISTRIES_DIR } from '../../model/node-paths.js';
import type { ClusterModel } from '../../model/types.js';
import type { WmcoVersion } from '../../model/version.js';
import type { NodeFile, OperatorError, OperatorWarning, RenderResult } from '../types.js';
import { legacyExtractHostname } from './hostname.js';
import { authKeyFor, generateFor } from './hosts-toml.js';
import {
  tracedMergedMirrorSets,
  untrace,
  type MergedMirrorSet,
  type TracedMirror,
  type WmcoFormat
} from './mirror-sets.js';
import {
  DOCKER_CONFIG_JSON_KEY,
  isGlobalPullSecret,
  parseLegacyPullSecret,
  parsePullSecret,
  type AuthTokens
} from './pull-secret.js';
import { formatWmco, wmcoSupport, type WmcoSupport } from './wmco-version.js';

export { CONTAINERD_REGISTRIES_DIR };

export interface WindowsRenderOptions {
  /** undefined = the newest WMCO, which writes the current format. */
  wmcoVersion?: WmcoVersion;
  /** Replace authorization header tokens with `<redacted>`. Reports and written files must use true. */
  redact: boolean;
}

export interface WindowsRender extends RenderResult {
  /** One per source registry, sorted by registry (byte order), same objects as `files`. */
  hostsToml: NodeFile[];
  /** WMCO's merged per-registry state, sorted as WMCO sorts it. */
  merged: MergedMirrorSet[];
  /** The dialect written, or 'none' for WMCO releases without mirror support. */
  format: WmcoSupport;
  /**
   * Mirror registries (auths keys) that would get an `authorization` header if the cluster's pull secret
   * has an entry for them. Filled only when the repository does not carry the pull secret.
   */
  headerIfPullSecretHas: string[];
}

export function hostsTomlPath(sourceRegistry: string): string {
  return `${CONTAINERD_REGISTRIES_DIR}\\${sourceRegistry}\\hosts.toml`;
}

/** The source registry directory of a rendered Windows path, or undefined for other paths. */
export function registryOfHostsTomlPath(path: string): string | undefined {
  const prefix = `${CONTAINERD_REGISTRIES_DIR}\\`;
  const suffix = '\\hosts.toml';
  if (!path.startsWith(prefix) || !path.endsWith(suffix)) return undefined;
  return path.slice(prefix.length, path.length - suffix.length);
}

function firstMirrorSetLoc(model: ClusterModel): { file: string; line: number } {
  const obj = model.idms[0] ?? model.itms[0];
  return obj ? { file: obj.loc.file, line: obj.loc.line } : { file: '', line: 0 };
}

function legacyOrgPathWarnings(sets: MergedMirrorSet<TracedMirror>[], version: string): OperatorWarning[] {
  const out: OperatorWarning[] = [];
  const seen = new Set<string>();
  for (const set of sets) {
    for (const m of set.mirrors) {
      const registry = legacyExtractHostname(m.host);
      if (m.host === registry || seen.has(`${set.source} ${m.host}`)) continue;
      seen.add(`${set.source} ${m.host}`);
      const loc = m.origin.entry.mirrorLocs[m.mirrorIndex] ?? m.origin.entry.loc;
      out.push({
        component: 'wmco',
        message:
          `WMCO ${version} writes the legacy hosts.toml format: containerd appends /v2 after the org path of ` +
          `mirror ${m.host} (https://${m.host}/v2/...), so Windows pulls of ${set.source} images through it fail ` +
          `(OCPBUGS-47696). Upgrade WMCO to 10.16.2, 10.17.1, 10.18.1, 10.19.0 or later, or mirror at the root ` +
          `of ${registry}.`,
        file: loc.file,
        line: loc.line
      });
    }
  }
  return out;
}

export function renderWindows(model: ClusterModel, opts: WindowsRenderOptions): WindowsRender {
  const support = wmcoSupport(opts.wmcoVersion);
  const errors: OperatorError[] = [];
  const warnings: OperatorWarning[] = [];
  if (support === 'none') {
    const where = firstMirrorSetLoc(model);
    warnings.push({
      component: 'wmco',
      message:
        `WMCO ${formatWmco(opts.wmcoVersion!)} has no image mirror support (added in 10.16 for OpenShift 4.16): ` +
        'Windows nodes ignore ImageDigestMirrorSet and ImageTagMirrorSet and pull from the source registries; ' +
        'no hosts.toml is rendered for Windows.',
      ...where
    });
    return { files: [], hostsToml: [], merged: [], errors, warnings, format: 'none', headerIfPullSecretHas: [] };
  }
  const format: WmcoFormat = support;
  const traced = tracedMergedMirrorSets(model, format);
  const merged = untrace(traced);
  if (format === 'legacy') warnings.push(...legacyOrgPathWarnings(traced, formatWmco(opts.wmcoVersion!)));

  let tokens: AuthTokens | undefined;
  let headerIfPullSecretHas: string[] = [];
  const secret = model.pullSecret && isGlobalPullSecret(model.pullSecret) ? model.pullSecret : undefined;
  if (secret) {
    const parsed = format === 'legacy' ? parseLegacyPullSecret(secret) : parsePullSecret(secret);
    if (!parsed.ok) {
      // WMCO fails the whole reconcile before touching any node: nothing is written.
      const loc = secret.keyLocs[DOCKER_CONFIG_JSON_KEY] ?? secret.loc;
      errors.push({ component: 'wmco', message: parsed.message, file: loc.file, line: loc.line });
      return { files: [], hostsToml: [], merged, errors, warnings, format, headerIfPullSecretHas };
    }
    tokens = parsed.tokens;
  } else {
    const keys = new Set<string>();
    for (const set of merged) for (const m of set.mirrors) keys.add(authKeyFor(m.host, format));
    headerIfPullSecretHas = [...keys].sort();
  }

  const files: NodeFile[] = merged.map((set) => ({
    node: 'windows',
    path: hostsTomlPath(set.source),
    content: generateFor(format, set, { tokens, redact: opts.redact }),
    origin: 'generated'
  }));
  return { files, hostsToml: files, merged, errors, warnings, format, headerIfPullSecretHas };
}
