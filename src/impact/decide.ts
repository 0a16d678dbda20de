import type { NdpAction, NodeDisruptionPolicy } from '../model/types.js';
import { atLeast, compareOcp, formatOcp, type OcpVersion } from '../model/version.js';
import { isSafeContainerRegistryConfChanges, type DrainCheckVariant } from './drain-safety.js';
import {
  calculatePostConfigChangeAction,
  isDrainRequired,
  overrideDrainHonoured,
  type LegacyAction
} from './legacy.js';
import {
  calculatePostConfigChangeNodeDisruptionAction,
  defaultClusterPolicies,
  describeNdpAction,
  formatNdpActions,
  isDrainRequiredForNodeDisruptionActions,
  mergeClusterPolicies,
  validateNodeDisruptionPolicy
} from './ndp.js';
import * as P from '../model/node-paths.js';

export interface NodeFileChange {
  path: string;
  change: 'added' | 'removed' | 'modified';
  /**
   * Written by the daemon's certificate writer, not by a MachineConfig (no disruption). Unset: every
   * /etc/docker/certs.d path counts as the writer's; a MachineConfig file there sets false.
   */
  certWriter?: boolean;
}

export interface ImpactInput {
  version: OcpVersion;
  changedFiles: NodeFileChange[];
  /** Effective node text before/after (the template text when MCO generates no file). */
  oldRegistriesConf?: string;
  newRegistriesConf?: string;
  userPolicy?: NodeDisruptionPolicy;
  /** openshift-machine-config-operator/image-registry-override-drain exists. */
  overrideDrainConfigMap: boolean;
  /** The first-boot path always uses the legacy calculation. */
  firstBoot?: boolean;
  /** 4.16 with the TechPreviewNoUpgrade feature set: NodeDisruptionPolicy is on. */
  techPreview?: boolean;
  /** Non-file MachineConfig changes in the same rendered config: unit names, osImageURL, kernelArguments, sshkeys… */
  otherChanges?: string[];
  /**
   * What happened to mirror-set objects, for the documentation note about them (OCPBUGS-60994 is about
   * creating an ITMS, or deleting or modifying an IDMS/ITMS/ICSP). Unknown: the note is given.
   */
  mirrorSetChanges?: MirrorSetChanges;
}

export interface MirrorSetChanges {
  itmsCreated: boolean;
  /** An IDMS, ITMS or ICSP removed or its entries changed. */
  deletedOrModified: boolean;
}

export type Disruption = 'none' | 'reload' | 'restart' | 'drain' | 'reboot';
export type ImpactPath = 'ndp' | 'legacy' | '4.7' | 'pre-4.7';

export interface ImpactDecision {
  /** Service operations and reboot as the node runs them ("reload crio.service", "reboot", "none"); drain is in `drain`. */
  actions: string[];
  drain: boolean;
  reboot: boolean;
  disruption: Disruption;
  path: ImpactPath;
  /** Plain words: which file, which rule, which entry; and where the public docs say otherwise. */
  reasons: string[];
  /** The NodeDisruptionPolicy action list the daemon computes (NDP path only). */
  ndpActions?: NdpAction[];
  /** The daemon's legacy action strings (legacy and 4.7 paths). */
  legacyActions?: LegacyAction[];
}

/** Which calculation the daemon of this release uses (linux-mco.md §3.1, §3.6). */
export function impactPath(version: OcpVersion, opts: { firstBoot?: boolean; techPreview?: boolean } = {}): ImpactPath {
  if (!atLeast(version, '4.7')) return 'pre-4.7';
  if (compareOcp(version, '4.7') === 0) return '4.7';
  if (opts.firstBoot) return 'legacy';
  if (atLeast(version, '4.17')) return 'ndp';
  if (compareOcp(version, '4.16') === 0 && opts.techPreview) return 'ndp';
  return 'legacy';
}

const drainCheckVariant = (v: OcpVersion): DrainCheckVariant =>
  atLeast(v, '4.13') ? 'pull-from-mirror' : 'mirror-by-digest-only';

const LEGACY_DISPLAY: Record<LegacyAction, string> = {
  none: 'none',
  'reload crio': `reload ${P.CRIO_SERVICE}`,
  'restart crio': `restart ${P.CRIO_SERVICE}`,
  reboot: 'reboot'
};

function disruptionOf(actions: string[], drain: boolean, reboot: boolean): Disruption {
  if (reboot) return 'reboot';
  if (drain) return 'drain';
  if (actions.some((a) => a.startsWith('restart '))) return 'restart';
  if (actions.some((a) => a.startsWith('reload ') || a === 'daemon-reload')) return 'reload';
  return 'none';
}

function uniqueInOrder(xs: string[]): string[] {
  return [...new Set(xs)];
}

function certsReason(path: string, version: OcpVersion): string {
  const how = atLeast(version, '4.14')
    ? "written by the machine-config daemon's certificate writer from the additionalTrustedCA ConfigMap"
    : "copied by the image-registry operator's node-ca DaemonSet (MCO ≤4.13 does not handle it)";
  return `${path}: additionalTrustedCA does not go through a MachineConfig (${how}); no drain, no reboot, no CRI-O action`;
}

/** Wraps the §3.4 check as the daemon uses it, turning its findings (or a parse failure) into a reason. */
function registriesSafety(input: ImpactInput): () => { safe: boolean; why: string } {
  return () => {
    try {
      const c = isSafeContainerRegistryConfChanges(
        input.oldRegistriesConf,
        input.newRegistriesConf,
        drainCheckVariant(input.version)
      );
      if (c.safe) {
        const what = c.safeChanges.length > 0 ? c.safeChanges.join('; ') : 'no registry entry changed';
        return { safe: true, why: `registries.conf drain check: safe change, no drain (${what})` };
      }
      return {
        safe: false,
        why: `registries.conf drain check: not a safe change, the node drains (${c.unsafe.join('; ')})`
      };
    } catch (e) {
      return {
        safe: false,
        why: `registries.conf cannot be decoded (${(e as Error).message}); the daemon would fail the update, shown as a drain`
      };
    }
  };
}

function docNotes(
  files: string[],
  reboot: boolean,
  drain: boolean,
  path: ImpactPath,
  mirrorSets: MirrorSetChanges | undefined
): string[] {
  const notes: string[] = [];
  if (path === 'pre-4.7') return notes;
  // Only for the changes the documentation talks about: adding digest mirrors is not one of them.
  const documentedKind = !mirrorSets || mirrorSets.itmsCreated || mirrorSets.deletedOrModified;
  if (files.includes(P.REGISTRIES_CONF) && !reboot && documentedKind) {
    notes.push(
      'Docs differ: the public documentation (OCPBUGS-60994) says creating an ITMS, or deleting or modifying an IDMS/ITMS/ICSP, drains and reboots nodes; the operator code only reloads CRI-O for registries.conf and drains only when the change is not safe'
    );
  }
  if (files.includes(P.POLICY_JSON) && !reboot && path === 'ndp') {
    notes.push(
      `Docs differ: the documentation says image.config changes cordon the node and restart CRI-O; the operator code runs systemctl reload crio${drain ? '' : ' and does not cordon for this change'}`
    );
  }
  if (files.includes(P.SEARCH_REGISTRIES_DROPIN) && reboot) {
    notes.push(
      'Docs differ: the documentation says image.config changes do not reboot; containerRuntimeSearchRegistries writes /etc/containers/registries.conf.d/01-image-searchRegistries.conf, which no default policy covers, so nodes drain and reboot'
    );
  }
  return notes;
}

/** What every path's decision shares: the changed files, other changes, and the reasons so far. */
interface DecisionContext {
  input: ImpactInput;
  version: OcpVersion;
  path: ImpactPath;
  /** Changed MachineConfig files (certs.d excluded: the certificate writer handles those). */
  files: string[];
  other: string[];
  reasons: string[];
  /** A file name with its change, for reasons. */
  label(name: string): string;
}

/** The disruption one pool's nodes go through for a rendered-config change. Pure. */
export function decideNodeImpact(input: ImpactInput): ImpactDecision {
  const { version } = input;
  const path = impactPath(version, input);
  const reasons: string[] = [];
  const byWriter = (f: NodeFileChange): boolean => f.certWriter ?? P.isUnder(P.DOCKER_CERTS_D, f.path);
  const certs = input.changedFiles.filter(byWriter);
  const files = input.changedFiles.filter((f) => !byWriter(f)).map((f) => f.path);
  const other = input.otherChanges ?? [];
  for (const c of certs) reasons.push(certsReason(c.path, version));

  if (files.length === 0 && other.length === 0) {
    reasons.push('no MachineConfig file changed: the rendered config stays the same and nodes are not touched');
    return { actions: ['none'], drain: false, reboot: false, disruption: 'none', path, reasons };
  }
  const changeOf = new Map(input.changedFiles.map((f) => [f.path, f.change]));
  const label = (name: string): string => (changeOf.has(name) ? `${name} (${changeOf.get(name)})` : name);

  if (path === 'pre-4.7') {
    reasons.push(
      `OpenShift ${formatOcp(version)} has no post-config actions: every MachineConfig change cordons, drains and reboots (${[...files, ...other].join(', ')})`
    );
    return { actions: ['reboot'], drain: true, reboot: true, disruption: 'reboot', path, reasons };
  }
  const ctx: DecisionContext = { input, version, path, files, other, reasons, label };
  return path === '4.7' || path === 'legacy' ? legacyDecision(ctx) : ndpDecision(ctx);
}

/** 4.7 and 4.8–4.16: the daemon's fixed file lists (calculatePostConfigChangeAction). */
function legacyDecision({ input, version, path, files, other, reasons, label }: DecisionContext): ImpactDecision {
  if (
    input.userPolicy &&
    (input.userPolicy.files.length > 0 || input.userPolicy.units.length > 0 || input.userPolicy.sshkey)
  ) {
    reasons.push(
      `spec.nodeDisruptionPolicy is not used on this path (${input.firstBoot ? 'first boot' : `OpenShift ${formatOcp(version)}${compareOcp(version, '4.16') === 0 ? ' without TechPreview' : ''}`})`
    );
  }
  const calc = calculatePostConfigChangeAction([...files, ...other], version);
  for (const m of calc.matches) reasons.push(`${label(m.name)}: ${m.action} (${m.why})`);
  let drain: boolean;
  if (path === '4.7') {
    drain = true;
    reasons.push('OpenShift 4.7 always cordons and drains before applying a MachineConfig change');
  } else {
    const d = isDrainRequired(calc.actions, files, {
      version,
      overrideDrain: input.overrideDrainConfigMap,
      safe: registriesSafety(input)
    });
    drain = d.drain;
    reasons.push(d.reason);
    if (calc.actions.includes('restart crio')) {
      reasons.push('the CRI-O restart runs update-ca-trust first');
    }
  }
  if (input.overrideDrainConfigMap && !overrideDrainHonoured(version)) {
    reasons.push(
      `ConfigMap image-registry-override-drain is present but OpenShift ${formatOcp(version)} does not read it (4.14–4.19 only)`
    );
  }
  const reboot = calc.actions.includes('reboot');
  const actions = calc.actions.map((a) => LEGACY_DISPLAY[a]);
  reasons.push(...docNotes(files, reboot, drain, path, input.mirrorSetChanges));
  return {
    actions,
    drain,
    reboot,
    disruption: disruptionOf(actions, drain, reboot),
    path,
    reasons,
    legacyActions: calc.actions
  };
}

/** A user policy the API server would refuse never reaches the daemon: then only the defaults apply. */
function admittedUserPolicy(input: ImpactInput, reasons: string[]): NodeDisruptionPolicy | undefined {
  const userPolicy = input.userPolicy;
  if (userPolicy) {
    const problems = validateNodeDisruptionPolicy(userPolicy, { file: '', line: 0 });
    if (problems.length > 0) {
      reasons.push(
        `spec.nodeDisruptionPolicy would be rejected by the API server (${problems.length} problem${problems.length > 1 ? 's' : ''}, see findings), so only the default policies are used`
      );
      return undefined;
    }
  }
  return userPolicy;
}

type NdpMatch = ReturnType<typeof calculatePostConfigChangeNodeDisruptionAction>['matches'][number];

/** Why one changed file, unit or SSH key gets its actions: which policy (the user's or a default) matched. */
function ndpMatchReason(
  m: NdpMatch,
  userPolicy: NodeDisruptionPolicy | undefined,
  label: (name: string) => string
): string {
  if (m.policy === undefined) {
    return m.kind === 'file' && m.name.startsWith('/')
      ? `${label(m.name)}: no node-disruption policy covers this path, so the node reboots`
      : `${m.name}: ${m.kind === 'unit' ? 'no node-disruption policy names this unit' : 'OS, kernel, FIPS or extension change'}, so the node reboots`;
  }
  const fromUser =
    (m.kind === 'file' && (userPolicy?.files ?? []).some((f) => f.path === m.policy && f.actions === m.actions)) ||
    (m.kind === 'unit' && (userPolicy?.units ?? []).some((u) => u.name === m.policy && u.actions === m.actions)) ||
    (m.kind === 'sshkey' && !!userPolicy?.sshkey?.length);
  const whose = fromUser ? 'user policy' : 'default policy';
  const at = m.kind === 'file' && m.policy !== m.name ? ` for ${m.policy}` : '';
  const special = m.actions.some((a) => a.type === 'Special')
    ? ' (systemctl reload crio, drain only if the change is not safe)'
    : '';
  return `${label(m.name)}: ${whose}${at}: ${formatNdpActions(m.actions)}${special}`;
}

/** 4.17+: the node-disruption policy path (defaults merged with the cluster's own policy). */
function ndpDecision({ input, version, path, files, other, reasons, label }: DecisionContext): ImpactDecision {
  const userPolicy = admittedUserPolicy(input, reasons);
  const policies = mergeClusterPolicies(defaultClusterPolicies(version), userPolicy);
  const userFiles = userPolicy?.files ?? [];
  const calc = calculatePostConfigChangeNodeDisruptionAction([...files, ...other], policies);
  for (const m of calc.matches) reasons.push(ndpMatchReason(m, userPolicy, label));
  if (userFiles.some((f) => f.path === P.REGISTRIES_CONF) && files.includes(P.REGISTRIES_CONF)) {
    reasons.push(
      'the user policy overrides /etc/containers/registries.conf, so the registries.conf drain safety check does not run: the node drains only if that policy lists Drain or Reboot'
    );
  }
  const d = isDrainRequiredForNodeDisruptionActions(calc.actions, {
    overrideDrain: input.overrideDrainConfigMap && overrideDrainHonoured(version),
    safe: registriesSafety(input)
  });
  reasons.push(d.reason);
  if (input.overrideDrainConfigMap && !overrideDrainHonoured(version)) {
    reasons.push(
      `ConfigMap image-registry-override-drain is present but OpenShift ${formatOcp(version)} does not read it (4.14–4.19 only)`
    );
  }
  const reboot = calc.actions.some((a) => a.type === 'Reboot');
  const described = calc.actions.filter((a) => a.type !== 'Drain').map(describeNdpAction);
  for (const a of uniqueInOrder(described)) {
    const n = described.filter((x) => x === a).length;
    if (n > 1) reasons.push(`"${a}" runs ${n} times, once per matching policy entry`);
  }
  let actions = uniqueInOrder(described);
  if (actions.length === 0) actions = ['none'];
  if (actions.length > 1 && actions.includes('none')) actions = actions.filter((a) => a !== 'none');
  reasons.push(...docNotes(files, reboot, d.drain, path, input.mirrorSetChanges));
  return {
    actions,
    drain: d.drain,
    reboot,
    disruption: disruptionOf(actions, d.drain, reboot),
    path,
    reasons,
    ndpActions: calc.actions
  };
}
