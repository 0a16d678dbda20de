import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { DEFAULT_LIMITS } from '../load/limits.js';
import {
  DEFAULT_OPENSHIFT_VERSION,
  parseOcpVersion,
  parseWmcoVersion,
  type OcpVersion,
  type WmcoVersion
} from '../model/version.js';
import { parseConfigFile, type ConfigFile } from './config-file.js';
import { DEFAULT_RELEASE_IMAGE, DEFAULT_TIMING, type FailOn, type Settings, type Timing } from './settings.js';

export class UsageError extends Error {}

/** What the command line (or the action's inputs) said; undefined = not given. */
export interface Overrides {
  repo?: string;
  paths?: string[];
  include?: string[];
  exclude?: string[];
  config?: string;
  openshiftVersion?: string;
  wmcoVersion?: string;
  releaseImage?: string;
  failOn?: string;
}

export const DEFAULT_CONFIG_PATH = '.github/registry-plan.yaml';

function ocp(text: string, where: string): OcpVersion {
  const v = parseOcpVersion(text);
  if (!v || v.major !== 4) throw new UsageError(`${where}: "${text}" is not an OpenShift 4 minor version such as 4.19`);
  return v;
}

function wmco(text: string | undefined, where: string): WmcoVersion | undefined {
  if (text === undefined) return undefined;
  const v = parseWmcoVersion(text);
  if (!v) throw new UsageError(`${where}: "${text}" is not a WMCO version such as 10.19.0`);
  return v;
}

const timing = (t?: Partial<Timing>): Timing => ({ ...DEFAULT_TIMING, ...(t ?? {}) });

/** Reads the configuration file (if any) and merges the overrides into one Settings object. */
export function resolveSettings(o: Overrides, readText: (p: string) => string | undefined = readIfExists): Settings {
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
  const baseTiming = timing(cfg.timing);
  const settings: Settings = {
    repo,
    paths: o.paths && o.paths.length ? o.paths : ['.'],
    include: o.include ?? cfg.paths ?? [],
    exclude: o.exclude ?? cfg.exclude ?? [],
    openshiftVersion: version,
    wmcoVersion: wmco(o.wmcoVersion ?? cfg.wmcoVersion, '--wmco-version'),
    releaseImage: o.releaseImage ?? cfg.releaseImage ?? DEFAULT_RELEASE_IMAGE,
    releaseImageExplicit: (o.releaseImage ?? cfg.releaseImage) !== undefined,
    failOn,
    timing: baseTiming,
    limits: { ...DEFAULT_LIMITS, ...(cfg.limits ?? {}) },
    clusters: (cfg.clusters ?? []).map((c) => ({
      name: c.name,
      paths: c.paths ?? [],
      kustomize: c.kustomize,
      openshiftVersion: c.openshiftVersion
        ? ocp(c.openshiftVersion, `${displayPath} clusters.${c.name}.openshiftVersion`)
        : version,
      wmcoVersion:
        wmco(c.wmcoVersion, `${displayPath} clusters.${c.name}.wmcoVersion`) ??
        wmco(o.wmcoVersion ?? cfg.wmcoVersion, '--wmco-version'),
      releaseImage: c.releaseImage,
      pools: c.pools ?? cfg.pools ?? {},
      windows: c.windows ?? cfg.windows,
      timing: timing({ ...cfg.timing, ...c.timing }),
      policy: c.policy
    })),
    policy: cfg.policy ?? {},
    waivers: (cfg.waivers ?? []).map((w, i) => ({
      ...w,
      file: displayPath,
      line: cfg.sourceLines?.[`waivers.${i}`] ?? 1,
      origin: 'config' as const
    })),
    configLines: cfg.sourceLines,
    configFile: text === undefined ? undefined : displayPath,
    implicitCluster: false
  };
  if (!settings.clusters.length) {
    // No `clusters`: the scanned paths are one cluster, with the file's top-level node counts.
    settings.clusters.push({
      name: 'default',
      paths: settings.include,
      openshiftVersion: version,
      wmcoVersion: settings.wmcoVersion,
      pools: cfg.pools ?? {},
      windows: cfg.windows,
      timing: baseTiming
    });
    settings.implicitCluster = true;
  }
  return settings;
}

function readIfExists(p: string): string | undefined {
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
