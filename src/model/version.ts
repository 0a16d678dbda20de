/** OpenShift minor versions; every version-dependent byte and decision switches on one of these. */
export interface OcpVersion {
  major: number;
  minor: number;
}

/**
 * The default for --openshift-version: the newest GA release (openshift-versions.ts NEWEST_GA_VERSION;
 * a test keeps the two equal, this module cannot import the table without a cycle).
 */
export const DEFAULT_OPENSHIFT_VERSION = '4.22';

export function parseOcpVersion(text: string): OcpVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(String(text).trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

/** -1, 0 or 1 as a is older, equal or newer than "X.Y". */
export function compareOcp(a: OcpVersion, b: string): number {
  const v = parseOcpVersion(b)!;
  if (a.major !== v.major) return a.major < v.major ? -1 : 1;
  if (a.minor !== v.minor) return a.minor < v.minor ? -1 : 1;
  return 0;
}

export const atLeast = (a: OcpVersion, b: string): boolean => compareOcp(a, b) >= 0;

export function formatOcp(v: OcpVersion): string {
  return `${v.major}.${v.minor}`;
}

/** WMCO versions (10.16.0, ...); the hosts.toml format changed in 10.16.2 / 10.17.1 / 10.18.1 / 10.19.0. */
export interface WmcoVersion {
  major: number;
  minor: number;
  patch: number;
}

export function parseWmcoVersion(text: string): WmcoVersion | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(String(text).trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/**
 * WMCO ships one minor per OpenShift minor (10.x for 4.x). Without --wmco-version, releases before
 * 4.16 have no mirror support on Windows; from 4.16 the current z-streams write the current format
 * (undefined: the current format).
 */
export function wmcoForOpenShift(v: OcpVersion): WmcoVersion | undefined {
  return v.major === 4 && v.minor < 16 ? { major: 10, minor: v.minor, patch: 0 } : undefined;
}
