import { atLeast, compareOcp, type OcpVersion } from '../model/version.js';
import { UNIT_NAME } from './ndp.js';
import * as P from '../model/node-paths.js';

/**
 * The pre-NodeDisruptionPolicy daemon logic (linux-mco.md §3.3, §3.6): 4.8–4.16 by default, and the
 * first-boot path of every later release. Action names are the daemon's own strings.
 */
export type LegacyAction = 'none' | 'reload crio' | 'restart crio' | 'reboot';

export interface LegacyMatch {
  name: string;
  action: LegacyAction;
  why: string;
}

export interface LegacyCalculation {
  actions: LegacyAction[];
  matches: LegacyMatch[];
}

/** MachineConfig fields whose change always reboots on the legacy path (units included). */
export const LEGACY_REBOOT_FIELDS = new Set([
  'osImageURL',
  'kernelArguments',
  'kargs',
  'fips',
  'units',
  'kernelType',
  'extensions',
  'force'
]);
const SSH_FIELDS = new Set(['sshkeys', 'sshKeys', 'passwd']);

const dirOf = (p: string): string => p.slice(0, p.lastIndexOf('/')) || '/';

/**
 * `calculatePostConfigChangeActionFromMCDiffs` as of the given release: starts at [none]; reload-crio
 * files do not downgrade a chosen restart; any unlisted file returns [reboot] at once.
 */
export function calculatePostConfigChangeActionFromMCDiffs(
  diffFileSet: string[],
  version: OcpVersion
): LegacyCalculation {
  const noneFiles = [P.KUBELET_CA, P.KUBELET_AUTH_FILE];
  const reloadFiles = [P.REGISTRIES_CONF];
  // 4.10 added policy.json and the no-reboot GPG key to the reload list.
  if (atLeast(version, '4.10')) reloadFiles.push(P.GPG_NO_REBOOT, P.POLICY_JSON);
  // The user CA bundle restart and the sigstore registries.d reload belong to the 4.14-era lists.
  const restartFiles = atLeast(version, '4.14') ? [P.USER_CA_BUNDLE] : [];
  const reloadDirs = atLeast(version, '4.14') ? [P.SIGSTORE_REGISTRIES_DIR] : [];
  const noneDirs = [P.NMSTATE_OPENSHIFT_DIR];

  let actions: LegacyAction[] = ['none'];
  const matches: LegacyMatch[] = [];
  for (const path of diffFileSet) {
    if (noneFiles.includes(path)) {
      matches.push({ name: path, action: 'none', why: 'listed as needing no action' });
    } else if (reloadFiles.includes(path) || reloadDirs.includes(dirOf(path))) {
      if (!actions.includes('restart crio')) actions = ['reload crio'];
      matches.push({ name: path, action: 'reload crio', why: 'listed as a CRI-O reload file' });
    } else if (restartFiles.includes(path)) {
      actions = ['restart crio'];
      matches.push({ name: path, action: 'restart crio', why: 'user CA bundle: update-ca-trust, then restart CRI-O' });
    } else if (noneDirs.includes(dirOf(path))) {
      matches.push({ name: path, action: 'none', why: 'in a directory that needs no action' });
    } else {
      matches.push({ name: path, action: 'reboot', why: "not in any of the daemon's no-reboot lists" });
      return { actions: ['reboot'], matches };
    }
  }
  return { actions, matches };
}

/** 4.7 `calculatePostConfigChangeActionFromFileDiffs`: only registries.conf reloads CRI-O. */
export function calculatePostConfigChangeActionFromFileDiffs47(diffFileSet: string[]): LegacyCalculation {
  let actions: LegacyAction[] = ['none'];
  const matches: LegacyMatch[] = [];
  for (const path of diffFileSet) {
    if (path === P.KUBELET_CA || path === P.KUBELET_AUTH_FILE) {
      matches.push({ name: path, action: 'none', why: 'kubelet CA and pull secret need no action in 4.7' });
    } else if (path === P.REGISTRIES_CONF) {
      actions = ['reload crio'];
      matches.push({ name: path, action: 'reload crio', why: 'registries.conf reloads CRI-O in 4.7' });
    } else {
      matches.push({ name: path, action: 'reboot', why: 'any other file reboots in 4.7' });
      return { actions: ['reboot'], matches };
    }
  }
  return { actions, matches };
}

/**
 * `calculatePostConfigChangeAction` over changed things: node paths (start with "/") and MachineConfig
 * fields (osImageURL, kernelArguments, units, sshkeys, ...). SSH key changes need no action here.
 */
export function calculatePostConfigChangeAction(changed: string[], version: OcpVersion): LegacyCalculation {
  const fields = changed.filter((c) => !c.startsWith('/') && !SSH_FIELDS.has(c));
  if (fields.length > 0) {
    return {
      actions: ['reboot'],
      matches: fields.map((f) => ({
        name: f,
        action: 'reboot' as const,
        why: LEGACY_REBOOT_FIELDS.has(f)
          ? 'OS, kernel, FIPS, unit or extension changes always reboot'
          : UNIT_NAME.test(f)
            ? 'systemd unit changes always reboot on this path'
            : 'unrecognised MachineConfig change, treated as a reboot'
      }))
    };
  }
  const files = changed.filter((c) => c.startsWith('/'));
  return compareOcp(version, '4.7') === 0
    ? calculatePostConfigChangeActionFromFileDiffs47(files)
    : calculatePostConfigChangeActionFromMCDiffs(files, version);
}

/** The image-registry-override-drain ConfigMap is read by the daemon from 4.14 through 4.19. */
export const overrideDrainHonoured = (version: OcpVersion): boolean =>
  atLeast(version, '4.14') && !atLeast(version, '4.20');

export interface LegacyDrainDecision {
  drain: boolean;
  reason: string;
}

/**
 * `isDrainRequired` (4.8+): reboot drains; a CRI-O reload (or, from 4.14, restart) drains only when
 * registries.conf is in the diff and the safety check fails; none does not; anything else drains.
 */
export function isDrainRequired(
  actions: LegacyAction[],
  diffFileSet: string[],
  opts: { version: OcpVersion; overrideDrain: boolean; safe: () => { safe: boolean; why: string } }
): LegacyDrainDecision {
  if (actions.includes('reboot')) return { drain: true, reason: 'a reboot always drains first' };
  const crio = actions.includes('reload crio') || (atLeast(opts.version, '4.14') && actions.includes('restart crio'));
  if (crio) {
    if (!diffFileSet.includes(P.REGISTRIES_CONF)) {
      return { drain: false, reason: 'registries.conf did not change, so no drain check is needed' };
    }
    if (opts.overrideDrain && overrideDrainHonoured(opts.version)) {
      return {
        drain: false,
        reason:
          'ConfigMap openshift-machine-config-operator/image-registry-override-drain exists, so the registries.conf drain check is skipped (no drain, even for unsafe changes)'
      };
    }
    const s = opts.safe();
    return { drain: !s.safe, reason: s.why };
  }
  if (actions.includes('none')) return { drain: false, reason: 'no action needed' };
  return { drain: true, reason: 'unhandled action list: the daemon drains by default' };
}
