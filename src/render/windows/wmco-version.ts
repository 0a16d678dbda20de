/** Which hosts.toml dialect a WMCO release writes, if any (windows-wmco.md §1). */
import type { WmcoVersion } from '../../model/version.js';
import type { WmcoFormat } from './mirror-sets.js';

export type WmcoSupport = WmcoFormat | 'none';

/** Releases cut before the org-path fix (OCPBUGS-47696) was backported. */
const LEGACY_RELEASES = new Set(['10.16.0', '10.16.1', '10.17.0', '10.18.0']);

/** undefined = the newest release, i.e. the current format. */
export function wmcoSupport(version?: WmcoVersion): WmcoSupport {
  if (version === undefined) return 'current';
  // Mirror support arrived with WMCO 10.16 (OCP 4.16); older operators ignore IDMS/ITMS entirely.
  if (version.major < 10 || (version.major === 10 && version.minor <= 15)) return 'none';
  if (LEGACY_RELEASES.has(formatWmco(version))) return 'legacy';
  return 'current';
}

export function formatWmco(v: WmcoVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}
