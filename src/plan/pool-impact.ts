import { decideNodeImpact, type ImpactDecision, type MirrorSetChanges, type NodeFileChange } from '../impact/decide.js';
import type { ContainerRuntimeConfigObject, MachineConfigObject } from '../model/machine-configs.js';
import type { Finding, NodeDisruptionPolicy } from '../model/types.js';
import type { OcpVersion } from '../model/version.js';
import { machineConfigFindings, MC_RULES } from '../render/linux/machine-config-findings.js';
import {
  renderPoolFiles,
  type GeneratedFile,
  type PoolFilesResult,
  type PoolSpec
} from '../render/linux/pool-files.js';
import { mergeRegistriesConfigs, REGISTRIES_CONF } from '../render/linux/registries-dropins.js';
import { diffPools, pullFilesOf, writerName, type PoolDiff } from './machine-config-diff.js';

/** What one side of a cluster says about the MachineConfigs its pools are rendered from. */
export interface MachineConfigSide {
  pools: PoolSpec[];
  /** Files of 99-<pool>-generated-registries as MCO renders them for this side (empty when it writes none). */
  registriesFiles: GeneratedFile[];
  machineConfigs: MachineConfigObject[];
  containerRuntimeConfigs: ContainerRuntimeConfigObject[];
  /** Keys of the additionalTrustedCA ConfigMap (the certificate writer keeps those certs.d directories). */
  trustedCAKeys: string[];
}

export interface EvaluatedSide {
  result: PoolFilesResult;
  findings: Finding[];
}

/**
 * Renders one side. `base` is the other side of a plan: a ContainerRuntimeConfig the controller refuses
 * in the head leaves its earlier MachineConfig in place, so the base object stands in for it.
 */
export function evaluateMachineConfigs(
  side: MachineConfigSide,
  version: OcpVersion,
  base?: MachineConfigSide
): EvaluatedSide {
  const containerRuntimeConfigs = side.containerRuntimeConfigs.flatMap((c) => {
    if (!c.invalid) return [c];
    const before = base?.containerRuntimeConfigs.find((b) => b.name === c.name && !b.invalid);
    return before ? [before] : [];
  });
  const result = renderPoolFiles({
    version,
    pools: side.pools,
    registriesFiles: side.registriesFiles,
    machineConfigs: side.machineConfigs,
    containerRuntimeConfigs
  });
  return {
    result,
    findings: [
      ...result.findings,
      ...machineConfigFindings(result, { version, trustedCAKeys: side.trustedCAKeys }),
      ...unloadableFindings(result)
    ]
  };
}

/** A pool whose registries.conf plus drop-ins c/image cannot load: every pull on its nodes fails. */
function unloadableFindings(result: PoolFilesResult): Finding[] {
  const out = new Map<string, Finding & { pools: string[] }>();
  for (const { pool, rendered } of result.pools) {
    if (rendered.refused.length > 0 || rendered.irreconcilable.length > 0) continue;
    const files = pullFilesOf(rendered);
    const merged = mergeRegistriesConfigs(files.main, files.dropIns);
    if (merged.loaded.error === undefined) continue;
    const error = merged.loaded.error;
    const culprit =
      [...rendered.files.values()].find((f) => f.path !== REGISTRIES_CONF && error.includes(f.path)) ??
      rendered.files.get(REGISTRIES_CONF);
    // A generated file that does not load comes from the image configuration, whose own rules name the
    // field; this rule is about files the repository's MachineConfigs write.
    if (!culprit || culprit.writer.origin !== 'repo') continue;
    const key = `${culprit.writer.name}\0${error}`;
    const prev = out.get(key);
    if (prev) {
      prev.pools.push(pool);
      continue;
    }
    out.set(key, {
      rule: MC_RULES.registriesUnloadable,
      severity: 'error',
      message: `containers/image cannot load the registries configuration (${error}); every image pull on these nodes fails until it is fixed (file written by MachineConfig ${culprit.writer.name})`,
      file: culprit.loc.file,
      line: culprit.loc.line,
      object: `MachineConfig/${culprit.writer.name}`,
      pools: [pool]
    });
  }
  return [...out.values()].map(({ pools, ...f }) => ({
    ...f,
    message: `${f.message} (pool${pools.length > 1 ? 's' : ''} ${pools.join(', ')})`
  }));
}

export interface PoolImpact {
  diff: PoolDiff;
  decision: ImpactDecision;
}

/** Reasons naming which MachineConfig wrote each changed path, so a reviewer sees where a reboot comes from. */
function writerReasons(diff: PoolDiff): string[] {
  return diff.files
    .filter((f) => (f.after ?? f.before)?.writer.origin === 'repo')
    .map((f) =>
      f.change === 'removed'
        ? `${f.path}: no longer written (was MachineConfig ${writerName(f.before)}); the daemon deletes it`
        : `${f.path}: written by MachineConfig ${writerName(f.after)}${f.after && f.after.writers.length > 1 ? ` (after ${f.after.writers.slice(0, -1).join(', ')})` : ''}`
    );
}

/**
 * Each head pool's node impact from its effective files: the daemon's file diff between the base and
 * head rendered configs, decided by the node-disruption policy or the legacy path of the release.
 */
export function decidePoolImpacts(
  base: EvaluatedSide | undefined,
  head: EvaluatedSide,
  opts: {
    version: OcpVersion;
    userPolicy?: NodeDisruptionPolicy;
    overrideDrainConfigMap: boolean;
    /** /etc/docker/certs.d files the daemon's certificate writer changes on every node (no disruption). */
    certChanges?: NodeFileChange[];
    /** Which mirror-set objects the change creates, deletes or modifies (for the documentation notes). */
    mirrorSetChanges?: MirrorSetChanges;
  }
): Map<string, PoolImpact> {
  const out = new Map<string, PoolImpact>();
  for (const diff of diffPools(base?.result, head.result)) {
    const before = base?.result.pools.find((p) => p.pool === diff.pool)?.rendered;
    const after = head.result.pools.find((p) => p.pool === diff.pool)!.rendered;
    const changedFiles: NodeFileChange[] = [
      ...diff.files.map((f) => ({ path: f.path, change: f.change, certWriter: false })),
      ...(opts.certChanges ?? [])
    ];
    const decision = decideNodeImpact({
      version: opts.version,
      changedFiles,
      oldRegistriesConf: before?.files.get(REGISTRIES_CONF)?.content,
      newRegistriesConf: after.files.get(REGISTRIES_CONF)?.content,
      ...(opts.userPolicy ? { userPolicy: opts.userPolicy } : {}),
      overrideDrainConfigMap: opts.overrideDrainConfigMap,
      otherChanges: diff.other,
      ...(opts.mirrorSetChanges ? { mirrorSetChanges: opts.mirrorSetChanges } : {})
    });
    const extra = diff.held
      ? [
          `the head side cannot be rendered for pool ${diff.pool} (see the MachineConfig findings), so its nodes keep their current configuration`
        ]
      : writerReasons(diff);
    out.set(diff.pool, { diff, decision: { ...decision, reasons: [...extra, ...decision.reasons] } });
  }
  return out;
}
