import { posix } from 'node:path';
import type { Finding, Loc, NdpAction, NdpFilePolicy, NdpUnitPolicy, NodeDisruptionPolicy } from '../model/types.js';
import { atLeast, compareOcp, type OcpVersion } from '../model/version.js';
import * as P from '../model/node-paths.js';

/**
 * NodeDisruptionPolicy (MCO 4.16 TechPreview, 4.17+ default): the merged cluster policies the daemon reads
 * from `MachineConfiguration/cluster` `status.nodeDisruptionPolicyStatus.clusterPolicies`, and the
 * daemon's action calculation over a rendered-config diff (linux-mco.md §3.2).
 */
export interface NdpClusterPolicies {
  files: NdpFilePolicy[];
  units: NdpUnitPolicy[];
  sshkey: NdpAction[];
}

const reloadCrio: NdpAction = { type: 'Reload', serviceName: P.CRIO_SERVICE };
const none: NdpAction = { type: 'None' };

/**
 * `pkg/apihelpers` `defaultClusterPolicies` as shipped by the given release. The list grew over time:
 * 4.16 also had the internal-registry pull secret; credential-provider and IRI entries arrive in 4.22
 * (absent from release-4.19 … release-4.21 apihelpers.go; docs/openshift-versions.md).
 */
export function defaultClusterPolicies(version: OcpVersion): NdpClusterPolicies {
  const files: NdpFilePolicy[] = [{ path: P.KUBELET_AUTH_FILE, actions: [none] }];
  if (compareOcp(version, '4.16') === 0) files.push({ path: P.INTERNAL_REGISTRY_PULL_SECRET, actions: [none] });
  files.push(
    { path: P.GPG_NO_REBOOT, actions: [reloadCrio] },
    { path: P.POLICY_JSON, actions: [reloadCrio] },
    { path: P.REGISTRIES_CONF, actions: [{ type: 'Special' }] },
    { path: P.SIGSTORE_REGISTRIES_DIR, actions: [reloadCrio] },
    { path: P.CRIO_POLICIES_DIR, actions: [reloadCrio] },
    { path: P.NMSTATE_OPENSHIFT_DIR, actions: [none] },
    {
      path: P.USER_CA_BUNDLE,
      actions: [
        { type: 'Restart', serviceName: P.UPDATE_CA_TRUST_SERVICE },
        { type: 'Restart', serviceName: P.CRIO_SERVICE }
      ]
    }
  );
  const units: NdpUnitPolicy[] = [];
  if (atLeast(version, '4.22')) {
    files.push(
      { path: P.KUBERNETES_CREDENTIAL_PROVIDERS_DIR, actions: [{ type: 'Restart', serviceName: P.KUBELET_SERVICE }] },
      {
        path: P.KUBELET_CRIO_IMAGE_CRED_PROVIDER_CONF,
        actions: [{ type: 'DaemonReload' }, { type: 'Restart', serviceName: P.KUBELET_SERVICE }]
      },
      { path: P.IRI_REGISTRY_CONFIG, actions: [{ type: 'Restart', serviceName: P.IRI_REGISTRY_SERVICE }] },
      { path: P.IRI_LOAD_IMAGE_SCRIPT, actions: [{ type: 'Restart', serviceName: P.IRI_REGISTRY_SERVICE }] },
      { path: P.IRI_ROOT_CA, actions: [{ type: 'Restart', serviceName: P.UPDATE_CA_TRUST_SERVICE }] }
    );
    units.push({
      name: P.IRI_REGISTRY_SERVICE,
      actions: [{ type: 'DaemonReload' }, { type: 'Restart', serviceName: P.IRI_REGISTRY_SERVICE }]
    });
  }
  return { files, units, sshkey: [none] };
}

/**
 * `MergeClusterPolicies`: a user entry whose path (unit name) equals a default one replaces it in place,
 * others are appended; a non-empty user sshkey list replaces the default.
 */
export function mergeClusterPolicies(
  defaults: NdpClusterPolicies,
  user: NodeDisruptionPolicy | undefined
): NdpClusterPolicies {
  const files = [...defaults.files];
  const units = [...defaults.units];
  let sshkey = defaults.sshkey;
  for (const f of user?.files ?? []) {
    const i = defaults.files.findIndex((d) => d.path === f.path);
    if (i >= 0) files[i] = f;
    else files.push(f);
  }
  for (const u of user?.units ?? []) {
    const i = defaults.units.findIndex((d) => d.name === u.name);
    if (i >= 0) units[i] = u;
    else units.push(u);
  }
  if (user?.sshkey && user.sshkey.length > 0) sshkey = user.sshkey;
  return { files, units, sshkey };
}

/** Go filepath.Clean for slash paths. */
function clean(p: string): string {
  const n = posix.normalize(p === '' ? '.' : p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** MCO `IsSubdirectory`: target lies below dir (dir itself does not count). */
export function isSubdirectory(dir: string, target: string): boolean {
  return clean(target).startsWith(clean(dir) + '/');
}

export interface FilePolicyMatch {
  found: boolean;
  path?: string;
  actions: NdpAction[];
}

/** `FindClosestFilePolicyPathMatch`: exact path or a parent directory; the longest policy path wins. */
export function findClosestFilePolicyPathMatch(diffPath: string, policies: NdpFilePolicy[]): FilePolicyMatch {
  let best: FilePolicyMatch = { found: false, actions: [] };
  let len = 0;
  for (const p of policies) {
    if ((diffPath === p.path || isSubdirectory(p.path, diffPath)) && p.path.length > len) {
      len = p.path.length;
      best = { found: true, path: p.path, actions: p.actions };
    }
  }
  return best;
}

/** One line of the calculation, for the report. */
export interface NdpMatch {
  kind: 'file' | 'unit' | 'sshkey';
  name: string;
  /** The policy path (files) that matched; undefined when nothing matched (→ Reboot). */
  policy?: string;
  actions: NdpAction[];
}

export interface NdpCalculation {
  actions: NdpAction[];
  matches: NdpMatch[];
}

const hasAny = (actions: NdpAction[], ...types: NdpAction['type'][]): boolean =>
  actions.some((a) => types.includes(a.type));

/**
 * `calculatePostConfigChangeNodeDisruptionActionFromMCDiffs`: files in diff order, then units, then the
 * sshkey policy; an unmatched file or unit is an immediate Reboot; any Reboot collapses the list to
 * [Reboot]; None is dropped next to real actions and an all-None list collapses to [None].
 */
export function calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(
  diffSSH: boolean,
  diffFiles: string[],
  diffUnits: string[],
  policies: NdpClusterPolicies
): NdpCalculation {
  const actions: NdpAction[] = [];
  const matches: NdpMatch[] = [];
  const reboot = (): NdpCalculation => ({ actions: [{ type: 'Reboot' }], matches });
  for (const f of diffFiles) {
    const m = findClosestFilePolicyPathMatch(f, policies.files);
    if (!m.found) {
      matches.push({ kind: 'file', name: f, actions: [{ type: 'Reboot' }] });
      return reboot();
    }
    matches.push({ kind: 'file', name: f, policy: m.path, actions: m.actions });
    actions.push(...m.actions);
  }
  for (const u of diffUnits) {
    const p = policies.units.find((x) => x.name === u);
    if (!p) {
      matches.push({ kind: 'unit', name: u, actions: [{ type: 'Reboot' }] });
      return reboot();
    }
    matches.push({ kind: 'unit', name: u, policy: p.name, actions: p.actions });
    actions.push(...p.actions);
  }
  if (diffSSH) {
    matches.push({ kind: 'sshkey', name: 'sshkey', policy: 'sshkey', actions: policies.sshkey });
    actions.push(...policies.sshkey);
  }
  if (hasAny(actions, 'Reboot')) return reboot();
  if (hasAny(actions, 'None')) {
    if (hasAny(actions, 'Drain', 'Reload', 'Restart', 'DaemonReload', 'Special')) {
      return { actions: actions.filter((a) => a.type !== 'None'), matches };
    }
    return { actions: [{ type: 'None' }], matches };
  }
  return { actions, matches };
}

/** Non-file MachineConfig fields that force a reboot on the NDP path (units are matched by name instead). */
export const NDP_REBOOT_FIELDS = new Set([
  'osImageURL',
  'kernelArguments',
  'kargs',
  'fips',
  'kernelType',
  'extensions',
  'force'
]);
export const SSH_FIELDS = new Set(['sshkeys', 'sshKeys', 'passwd']);
export const UNIT_NAME =
  /^[a-zA-Z0-9:._\\-]+\.(service|socket|device|mount|automount|swap|target|path|timer|snapshot|slice|scope)$/;

/**
 * `calculatePostConfigChangeNodeDisruptionAction` over a list of changed things: node paths (start with
 * "/"), systemd unit names, and MachineConfig fields (osImageURL, kernelArguments, sshkeys, ...).
 */
export function calculatePostConfigChangeNodeDisruptionAction(
  changed: string[],
  policies: NdpClusterPolicies
): NdpCalculation {
  const forced = changed.filter((c) => NDP_REBOOT_FIELDS.has(c));
  if (forced.length > 0) {
    return {
      actions: [{ type: 'Reboot' }],
      matches: forced.map((f) => ({ kind: 'file' as const, name: f, actions: [{ type: 'Reboot' as const }] }))
    };
  }
  const files = changed.filter((c) => c.startsWith('/'));
  const ssh = changed.some((c) => SSH_FIELDS.has(c));
  const units = changed.filter((c) => !c.startsWith('/') && !SSH_FIELDS.has(c));
  if (files.length === 0 && units.length === 0 && !ssh) return { actions: [{ type: 'None' }], matches: [] };
  return calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(ssh, files, units, policies);
}

export interface NdpDrainDecision {
  drain: boolean;
  /** Why, in plain words. */
  reason: string;
}

/**
 * `isDrainRequiredForNodeDisruptionActions`: Reboot or Drain drain; Special asks the registries.conf
 * safety check unless the image-registry-override-drain ConfigMap says to skip it; anything else does not.
 */
export function isDrainRequiredForNodeDisruptionActions(
  actions: NdpAction[],
  special: { safe: () => { safe: boolean; why: string }; overrideDrain: boolean }
): NdpDrainDecision {
  if (hasAny(actions, 'Reboot')) return { drain: true, reason: 'a Reboot action always drains first' };
  if (hasAny(actions, 'Drain')) return { drain: true, reason: 'the policy lists a Drain action' };
  if (hasAny(actions, 'Special')) {
    if (special.overrideDrain) {
      return {
        drain: false,
        reason:
          'ConfigMap openshift-machine-config-operator/image-registry-override-drain exists, so the registries.conf drain check is skipped (no drain, even for unsafe changes)'
      };
    }
    const s = special.safe();
    return { drain: !s.safe, reason: s.why };
  }
  return { drain: false, reason: 'no action in the list needs a drain' };
}

/** What the daemon runs for an action, as the report shows it. */
export function describeNdpAction(a: NdpAction): string {
  switch (a.type) {
    case 'Reboot':
      return 'reboot';
    case 'Drain':
      return 'drain';
    case 'Reload':
      return `reload ${a.serviceName ?? '(no service)'}`;
    case 'Restart':
      return `restart ${a.serviceName ?? '(no service)'}`;
    case 'DaemonReload':
      return 'daemon-reload';
    case 'None':
      return 'none';
    case 'Special':
      // performPostConfigChangeNodeDisruptionAction runs `systemctl reload crio` for Special.
      return `reload ${P.CRIO_SERVICE}`;
  }
}

export const formatNdpActions = (actions: NdpAction[]): string =>
  actions.length === 0
    ? '(no actions)'
    : actions.map((a) => (a.type === 'Special' ? 'Special' : describeNdpAction(a))).join(', ');

// ---- API validation of the user's spec.nodeDisruptionPolicy (openshift/api operator/v1) ----

const SPEC_ACTION_TYPES = ['Reboot', 'Drain', 'Reload', 'Restart', 'DaemonReload', 'None'];
const MAX_ENTRIES = 50;
const MAX_ACTIONS = 10;
const MAX_SERVICE_NAME = 255;

function serviceNameProblem(name: string): string | undefined {
  if (name.length > MAX_SERVICE_NAME) return `is longer than ${MAX_SERVICE_NAME} characters`;
  if (!UNIT_NAME.test(name)) {
    return (
      'must be ${NAME}${SERVICETYPE}: NAME of letters, digits, ":", "-", "_", ".", "\\" and SERVICETYPE one of ' +
      '.service, .socket, .device, .mount, .automount, .swap, .target, .path, .timer, .snapshot, .slice, .scope'
    );
  }
  return undefined;
}

function actionProblems(actions: NdpAction[]): string[] {
  const out: string[] = [];
  if (actions.length > MAX_ACTIONS) out.push(`has ${actions.length} actions; at most ${MAX_ACTIONS} are allowed`);
  if (actions.some((a) => a.type === 'Reboot') && actions.length > 1) {
    out.push('Reboot action can only be specified standalone, as it will override any other actions');
  }
  if (actions.some((a) => a.type === 'None') && actions.length > 1) {
    out.push('None action can only be specified standalone, as it will override any other actions');
  }
  actions.forEach((a, i) => {
    if (!SPEC_ACTION_TYPES.includes(a.type)) {
      out.push(
        `actions[${i}].type ${JSON.stringify(a.type)} is not allowed: supported values are ${SPEC_ACTION_TYPES.join(', ')}` +
          (a.type === 'Special' ? " (Special is reserved for the operator's own registries.conf default)" : '')
      );
      return;
    }
    const needsService = a.type === 'Reload' || a.type === 'Restart';
    const field = a.type.toLowerCase();
    if (needsService && (a.serviceName === undefined || a.serviceName === '')) {
      out.push(`actions[${i}]: ${field}.serviceName is required when type is ${a.type}`);
    } else if (!needsService && a.serviceName !== undefined) {
      out.push(`actions[${i}]: a service name is only allowed for Reload and Restart, not ${a.type}`);
    } else if (needsService) {
      const p = serviceNameProblem(a.serviceName!);
      if (p) out.push(`actions[${i}]: ${field}.serviceName ${JSON.stringify(a.serviceName)} ${p}`);
    }
  });
  return out;
}

/**
 * Checks the user's policy against the API's limits, which the API server enforces at admission: a
 * violating MachineConfiguration never reaches the cluster, so the team should see it in review.
 */
export function validateNodeDisruptionPolicy(policy: NodeDisruptionPolicy, loc: Loc): Finding[] {
  const findings: Finding[] = [];
  const add = (at: Loc | undefined, message: string): void => {
    const l = at ?? loc;
    findings.push({
      rule: 'ndp-invalid',
      severity: 'error',
      message: `MachineConfiguration cluster spec.nodeDisruptionPolicy: ${message}`,
      file: l.file,
      line: l.line,
      object: 'MachineConfiguration/cluster'
    });
  };
  if (policy.files.length > MAX_ENTRIES)
    add(loc, `files has ${policy.files.length} entries; at most ${MAX_ENTRIES} are allowed`);
  if (policy.units.length > MAX_ENTRIES)
    add(loc, `units has ${policy.units.length} entries; at most ${MAX_ENTRIES} are allowed`);
  const seenPaths = new Set<string>();
  policy.files.forEach((f, i) => {
    const where = `files[${i}] (${f.path})`;
    if (seenPaths.has(f.path)) add(f.loc, `${where}: duplicate path; each path may appear once`);
    seenPaths.add(f.path);
    for (const p of actionProblems(f.actions)) add(f.loc, `${where}: ${p}`);
  });
  const seenUnits = new Set<string>();
  policy.units.forEach((u, i) => {
    const where = `units[${i}] (${u.name})`;
    if (seenUnits.has(u.name)) add(u.loc, `${where}: duplicate unit name; each name may appear once`);
    seenUnits.add(u.name);
    const p = serviceNameProblem(u.name);
    if (p) add(u.loc, `${where}: name ${p}`);
    for (const q of actionProblems(u.actions)) add(u.loc, `${where}: ${q}`);
  });
  for (const p of actionProblems(policy.sshkey ?? [])) add(loc, `sshkey: ${p}`);
  return findings;
}
