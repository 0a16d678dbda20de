import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { lookupRelease } from '../model/openshift-versions.js';
import {
  DEFAULT_OPENSHIFT_VERSION,
  parseOcpVersion,
  parseWmcoVersion,
  wmcoForOpenShift,
  type OcpVersion,
  type WmcoVersion
} from '../model/version.js';
import { parseConfigFile, type ConfigFile } from './config-file.js';
import { mergePolicy } from './policy-section.js';
import {
  DEFAULT_CHECK_PULLS,
  DEFAULT_TIMING,
  type CheckPullsSettings,
  type ClusterSettings,
  type FailOn,
  type Settings,
  type Timing
} from './settings.js';
import { trimTrailingSlashes } from '../model/text.js';
import { UsageError } from './errors.js';

export { UsageError };

/** What the command line (or the action's inputs) said; undefined = not given. */
export interface Overrides {
  repo?: string;
  paths?: string[];
  include?: string[];
  exclude?: string[];
  config?: string;
  openshiftVersion?: string;
  /** `--from-version`/`--to-version` (action inputs `from-version`/`to-version`): plan an upgrade between them. */
  fromVersion?: string;
  toVersion?: string;
  wmcoVersion?: string;
  releaseImage?: string;
  failOn?: string;
  /** One cluster of the configuration (the action's `cluster` input), or the name of the implicit one. */
  cluster?: string;
  /** 'paths' (render): one cluster over the given paths, whatever clusters the configuration lists. */
  scope?: 'paths';
  /** `--check-pulls[=changed|all]`, action input `check-pulls` (`false`/`off`/empty: not at all). */
  checkPulls?: string;
  checkAuthfile?: string;
  checkParallelism?: string;
  checkTimeout?: string;
  checkBudget?: string;
}

function bounded(text: string | undefined, where: string, fallback: number, max: number): number {
  if (text === undefined || text === '') return fallback;
  if (!/^[0-9]{1,6}$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`${where} must be a whole number from 1 to ${max} (got "${text}")`);
  return Number(text);
}

/** The check-pulls settings, or undefined when the check is off. */
export function checkPullsSettings(o: Overrides): CheckPullsSettings | undefined {
  const v = (o.checkPulls ?? '').trim().toLowerCase();
  if (v === '' || v === 'false' || v === 'off' || v === 'no') return undefined;
  const mode = v === 'true' || v === 'changed' ? 'changed' : v === 'all' ? 'all' : undefined;
  if (!mode) throw new UsageError(`--check-pulls must be changed or all (got "${o.checkPulls}")`);
  return {
    mode,
    ...(o.checkAuthfile ? { authfile: o.checkAuthfile } : {}),
    parallelism: bounded(o.checkParallelism, '--check-parallelism', DEFAULT_CHECK_PULLS.parallelism, 64),
    timeoutSeconds: bounded(o.checkTimeout, '--check-timeout', DEFAULT_CHECK_PULLS.timeoutSeconds, 3600),
    budgetSeconds: bounded(o.checkBudget, '--check-budget', DEFAULT_CHECK_PULLS.budgetSeconds, 86_400)
  };
}

export const DEFAULT_CONFIG_PATH = '.github/registry-plan.yaml';

function ocp(text: string, where: string): OcpVersion {
  const v = parseOcpVersion(text);
  if (!v) throw new UsageError(`${where}: "${text}" is not an OpenShift minor version such as 4.22`);
  const r = lookupRelease(v);
  if (r.error !== undefined) throw new UsageError(`${where}: ${r.error}`);
  return v;
}

function wmco(text: string | undefined, where: string): WmcoVersion | undefined {
  if (text === undefined) return undefined;
  const v = parseWmcoVersion(text);
  if (!v) throw new UsageError(`${where}: "${text}" is not a WMCO version such as 10.19.0`);
  return v;
}

const timing = (t?: Partial<Timing>): Timing => ({ ...DEFAULT_TIMING, ...(t ?? {}) });

/**
 * Reads the configuration file (if any) and merges the overrides into one Settings object whose clusters
 * are fully resolved: versions, the WMCO default, the explicit release image, node counts, timing, the
 * merged policy, the positional PATHs and the cluster selection are all decided here, once.
 */
export function resolveSettings(
  o: Overrides,
  readText: (p: string) => string | undefined = readIfExists,
  readHeadText?: (p: string) => string | undefined
): Settings {
  const repo = o.repo ?? process.cwd();
  const explicitConfig = o.config !== undefined;
  const configPath = o.config
    ? isAbsolute(o.config)
      ? o.config
      : join(repo, o.config)
    : join(repo, DEFAULT_CONFIG_PATH);
  const text = readText(configPath);
  if (text === undefined && explicitConfig) throw new UsageError(`configuration file ${o.config} not found`);
  const displayPath = relative(repo, configPath) || configPath;
  const cfg: ConfigFile = text === undefined ? {} : parseConfigFile(displayPath, text);
  const version = ocp(
    o.openshiftVersion ?? cfg.openshiftVersion ?? DEFAULT_OPENSHIFT_VERSION,
    o.openshiftVersion ? '--openshift-version' : `${displayPath} openshiftVersion`
  );
  const failOn = (o.failOn ?? cfg.failOn ?? 'error') as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn))
    throw new UsageError(`fail-on must be error, warning or never (got "${failOn}")`);
  const settings: Settings = {
    repo,
    paths: o.paths && o.paths.length ? o.paths : ['.'],
    exclude: o.exclude ?? cfg.exclude ?? [],
    openshiftVersion: version,
    failOn,
    limits: { ...DEFAULT_LIMITS, ...(cfg.limits ?? {}) },
    clusters: [],
    waivers: (cfg.waivers ?? []).map((w, i) => ({
      ...w,
      file: displayPath,
      line: cfg.sourceLines?.[`waivers.${i}`] ?? 1,
      origin: 'config' as const
    })),
    configLines: cfg.sourceLines,
    configFile: text === undefined ? undefined : displayPath,
    implicitCluster: !cfg.clusters?.length
  };
  const resolved = resolveClusters(o, cfg, displayPath, version, versionOrigin(o, cfg, displayPath));
  const clusters = withHeadVersions(resolved, o, displayPath, readHeadText?.(configPath), text);
  settings.clusters =
    o.scope === 'paths' ? clusters : selectCluster(withPaths(clusters, settings.paths), o.cluster, settings);
  const check = checkPullsSettings(o);
  if (check) settings.checkPulls = check;
  return settings;
}

/**
 * One version knob: --openshift-version and the action's openshift-version input are the same override,
 * and it wins over every cluster's own openshiftVersion (a "what does this PR do on 4.x" run must not be
 * silently ignored by clusters that name a version). Every report states the version and this origin.
 */
function versionOrigin(o: Overrides, cfg: ConfigFile, displayPath: string): string {
  if (o.openshiftVersion) return 'openshift-version override (command line or action input)';
  if (cfg.openshiftVersion) return `${displayPath} openshiftVersion`;
  return `default ${DEFAULT_OPENSHIFT_VERSION} (nothing configured)`;
}

/** A cluster's version and where it came from, the override first. */
function clusterVersion(
  o: Overrides,
  c: { name: string; openshiftVersion?: string },
  displayPath: string,
  version: OcpVersion,
  from: string
): { version: OcpVersion; from: string } {
  const key = `${displayPath} clusters.${c.name}.openshiftVersion`;
  if (!c.openshiftVersion) return { version, from };
  if (o.openshiftVersion) return { version, from: `${from}, over ${key} "${c.openshiftVersion}"` };
  return { version: ocp(c.openshiftVersion, key), from: key };
}

/** Every cluster of the file, or the one implicit cluster over the scanned paths; defaults applied. */
function resolveClusters(
  o: Overrides,
  cfg: ConfigFile,
  displayPath: string,
  version: OcpVersion,
  versionFrom: string
): ClusterSettings[] {
  const include = o.include ?? cfg.paths ?? [];
  const globalWmco = wmco(o.wmcoVersion ?? cfg.wmcoVersion, '--wmco-version');
  const globalRelease = o.releaseImage ?? cfg.releaseImage;
  const policy = cfg.policy ?? {};
  const common = (v: { version: OcpVersion; from: string }, wmcoVersion: WmcoVersion | undefined) => ({
    openshiftVersion: v.version,
    openshiftVersionFrom: v.from,
    ...(o.openshiftVersion ? { versionsExplicit: true } : {}),
    wmcoVersion: wmcoVersion ?? wmcoForOpenShift(v.version)
  });
  // No `clusters` (or `render`, which is about the given paths whatever the file lists): the scanned
  // paths are one cluster; with the file's top-level node counts only when the file has no clusters.
  if (!cfg.clusters?.length || o.scope === 'paths') {
    const own = !cfg.clusters?.length;
    return [
      {
        name: own ? 'default' : 'render',
        paths: include,
        ...common({ version, from: versionFrom }, globalWmco),
        releaseImage: globalRelease,
        pools: own ? (cfg.pools ?? {}) : {},
        windows: own ? cfg.windows : undefined,
        timing: timing(cfg.timing),
        policy
      }
    ];
  }
  return cfg.clusters.map((c, configIndex) => ({
    name: c.name,
    paths: c.paths ?? [],
    kustomize: c.kustomize,
    ...common(
      clusterVersion(o, c, displayPath, version, versionFrom),
      wmco(c.wmcoVersion, `${displayPath} clusters.${c.name}.wmcoVersion`) ?? globalWmco
    ),
    releaseImage: c.releaseImage ?? globalRelease,
    pools: c.pools ?? cfg.pools ?? {},
    windows: c.windows ?? cfg.windows,
    timing: timing({ ...cfg.timing, ...c.timing }),
    policy: mergePolicy(policy, c.policy),
    configIndex,
    ownPolicy: c.policy
  }));
}

/**
 * The head side's version of every cluster: `--from-version`/`--to-version` set both sides of every
 * cluster (an upgrade planned on one commit); otherwise a head configuration that names another version
 * for a cluster than the base's plans the pull request as that upgrade. The head's configuration is read
 * for the version only: every other key stays the base's (config/trusted-config.ts).
 */
function withHeadVersions(
  clusters: ClusterSettings[],
  o: Overrides,
  displayPath: string,
  headText: string | undefined,
  baseText: string | undefined
): ClusterSettings[] {
  if (o.fromVersion !== undefined || o.toVersion !== undefined) return explicitUpgrade(clusters, o);
  if (o.openshiftVersion || headText === undefined || headText === baseText) return clusters;
  let head: ConfigFile;
  try {
    head = parseConfigFile(displayPath, headText);
  } catch {
    return clusters; // reported by the gate check (config-loosened); the base's versions stay in force
  }
  return clusters.map((c) => {
    const own = head.clusters?.find((h) => h.name === c.name)?.openshiftVersion;
    const key = own ? `clusters.${c.name}.openshiftVersion` : 'openshiftVersion';
    const text = own ?? head.openshiftVersion ?? DEFAULT_OPENSHIFT_VERSION;
    const v = ocp(text, `head ${displayPath} ${key}`);
    if (v.major === c.openshiftVersion.major && v.minor === c.openshiftVersion.minor) return c;
    return { ...c, headVersion: { version: v, from: `head ${displayPath} ${key}` } };
  });
}

function explicitUpgrade(clusters: ClusterSettings[], o: Overrides): ClusterSettings[] {
  if (o.fromVersion === undefined || o.toVersion === undefined)
    throw new UsageError('--from-version and --to-version go together (an upgrade from one version to the other)');
  if (o.openshiftVersion)
    throw new UsageError('--openshift-version cannot be combined with --from-version/--to-version');
  const from = ocp(o.fromVersion, '--from-version');
  const to = ocp(o.toVersion, '--to-version');
  return clusters.map((c) => ({
    ...c,
    openshiftVersion: from,
    openshiftVersionFrom: 'from-version (command line or action input)',
    // The WMCO default follows the OpenShift version; an explicit one is kept as given.
    wmcoVersion: sameWmco(c.wmcoVersion, wmcoForOpenShift(c.openshiftVersion)) ? wmcoForOpenShift(from) : c.wmcoVersion,
    headVersion: { version: to, from: 'to-version (command line or action input)' },
    versionsExplicit: true
  }));
}

const sameWmco = (a: WmcoVersion | undefined, b: WmcoVersion | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Positional PATH arguments narrow the scan like include globs do. */
function withPaths(clusters: ClusterSettings[], paths: string[]): ClusterSettings[] {
  const extra = paths
    .filter((p) => p !== '.')
    .map((p) => trimTrailingSlashes(p))
    .flatMap((p) => [p, `${p}/**`]);
  if (!extra.length) return clusters;
  return clusters.map((c) => ({ ...c, paths: [...c.paths, ...extra] }));
}

/**
 * The `cluster` input: a matrix job plans one cluster of the configuration, so that parallel jobs each
 * own one sticky comment (the cluster name is the comment's marker). Without `clusters` in the
 * configuration the scanned paths are one cluster, and the input names it: jobs that scan different
 * paths then keep different comments instead of overwriting one "default" comment.
 */
function selectCluster(clusters: ClusterSettings[], name: string | undefined, s: Settings): ClusterSettings[] {
  if (name === undefined) return clusters;
  if (s.implicitCluster) return clusters.map((c) => ({ ...c, name }));
  const chosen = clusters.filter((c) => c.name === name);
  if (!chosen.length) {
    const known = clusters.map((c) => c.name).join(', ');
    throw new UsageError(`cluster "${name}" is not in ${s.configFile ?? 'the configuration'} (its clusters: ${known})`);
  }
  return chosen;
}

function readIfExists(p: string): string | undefined {
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
