import type { MachineConfigObject } from '../../model/machine-configs.js';
import type { RuleId } from '../../model/rule-catalog.js';
import type { Finding } from '../../model/types.js';
import { atLeast, type OcpVersion } from '../../model/version.js';
import type { EffectiveFile } from './merge-machine-configs.js';
import type { PoolFilesResult } from './pool-files.js';
import { shapesPulls } from './pull-paths.js';

/** Rule ids of the MachineConfig / ContainerRuntimeConfig half (catalogued in policy/catalog.ts, docs/rules.md). */
export const MC_RULES = {
  invalid: 'machineconfig-invalid',
  unwritable: 'machineconfig-file-unreadable',
  overridesGenerated: 'machineconfig-overrides-generated',
  overridden: 'machineconfig-overridden',
  irreconcilable: 'machineconfig-irreconcilable',
  certsD: 'machineconfig-certs-d',
  crcInvalid: 'containerruntimeconfig-invalid',
  crcNoPool: 'containerruntimeconfig-no-pool',
  crcOrder: 'containerruntimeconfig-order-unknown',
  registriesUnloadable: 'registries-conf-unloadable'
} as const satisfies Record<string, RuleId>;

const DOCKER_CERTS_D = '/etc/docker/certs.d/';

const GENERATED_WHAT: Record<string, string> = {
  'generated-registries':
    'the image configuration (ImageDigestMirrorSet, ImageTagMirrorSet, ImageContentSourcePolicy, image.config.openshift.io/cluster)',
  'generated-containerruntime': 'the ContainerRuntimeConfig'
};

function at(mc: MachineConfigObject | undefined, f: EffectiveFile): { file: string; line: number } {
  if (mc && mc.origin === 'repo') {
    const i = mc.files.findIndex((x) => x.path === f.path);
    const l = i >= 0 ? mc.locOf(mc.files[i]!.at) : mc.loc;
    return { file: l.file, line: l.line };
  }
  return { file: f.loc.file, line: f.loc.line };
}

/**
 * Findings about one cluster's MachineConfigs once every pool is merged: refused configs, files the
 * daemon cannot write, a repo file that shadows a generated one (the image configuration stops reaching
 * those nodes) or is shadowed by one (the repo's file never reaches them), and certs.d files the
 * certificate writer deletes. One finding per object and path, naming every pool concerned.
 */
export function machineConfigFindings(
  result: PoolFilesResult,
  opts: { version: OcpVersion; trustedCAKeys: readonly string[] }
): Finding[] {
  const out = new Map<string, Finding & { pools: string[] }>();
  const add = (key: string, pool: string, make: () => Finding): void => {
    const prev = out.get(key);
    if (prev) {
      if (!prev.pools.includes(pool)) prev.pools.push(pool);
      return;
    }
    out.set(key, { ...make(), pools: [pool] });
  };
  for (const { pool, rendered } of result.pools) {
    for (const mc of rendered.refused) {
      for (const p of mc.problems) add(`invalid\0${p.file}\0${p.line}\0${p.message}`, pool, () => p);
    }
    for (const ir of rendered.irreconcilable) {
      const mc = result.configs.get(ir.config);
      add(`irr\0${ir.config}\0${ir.what}`, pool, () => ({
        rule: MC_RULES.irreconcilable,
        severity: 'error',
        message: `MachineConfig ${ir.config}: ${ir.what}; the Machine Config Operator refuses to apply this to running nodes (only a fresh install or re-provisioned node gets it), so the pool stops updating`,
        file: mc?.loc.file ?? '',
        line: mc?.loc.line ?? 0,
        object: `MachineConfig/${ir.config}`
      }));
    }
    for (const f of rendered.files.values()) {
      const writer = f.writer;
      const origins = f.writers.map((w) => result.configs.get(w)?.origin ?? 'repo');
      if (f.problem && writer.origin === 'repo') {
        add(`unreadable\0${writer.name}\0${f.path}`, pool, () => ({
          rule: MC_RULES.unwritable,
          severity: 'error',
          message: f.remote
            ? `MachineConfig ${writer.name} ${f.path}: ${f.problem}. The machine-config daemon only writes inline data: URLs, so the update of every node in the pool stops at this file (Degraded), and registry-plan cannot evaluate its effect`
            : `MachineConfig ${writer.name} ${f.path}: ${f.problem}. The machine-config daemon cannot write this file, so the update of every node in the pool stops at it (Degraded)${shapesPulls(f.path) ? '; its effect on image pulls cannot be evaluated' : ''}`,
          ...at(writer, f),
          object: `MachineConfig/${writer.name}`
        }));
      }
      const lastGen =
        origins.lastIndexOf('generated-registries') >= 0 || origins.includes('generated-containerruntime');
      if (writer.origin === 'repo' && lastGen) {
        const gen = f.writers.find(
          (w, i) => origins[i] === 'generated-registries' || origins[i] === 'generated-containerruntime'
        )!;
        const what = GENERATED_WHAT[result.configs.get(gen)!.origin]!;
        add(`over\0${writer.name}\0${f.path}`, pool, () => ({
          rule: MC_RULES.overridesGenerated,
          severity: 'error',
          message: `MachineConfig ${writer.name} writes ${f.path}, and its name sorts after ${gen}, so it replaces the file the Machine Config Operator generates from ${what}: changes to it no longer reach these nodes`,
          ...at(writer, f),
          object: `MachineConfig/${writer.name}`
        }));
      }
      const repoWriters = f.writers.filter((_, i) => origins[i] === 'repo');
      if (writer.origin !== 'repo' && writer.origin !== 'template' && repoWriters.length > 0) {
        for (const name of repoWriters) {
          const mc = result.configs.get(name)!;
          add(`shadowed\0${name}\0${f.path}`, pool, () => ({
            rule: MC_RULES.overridden,
            severity: 'warning',
            message: `MachineConfig ${name} writes ${f.path}, but ${writer.name} (generated by the Machine Config Operator) sorts after it and replaces the file: this content never reaches the nodes`,
            ...at(mc, f),
            object: `MachineConfig/${name}`
          }));
        }
      }
      if (writer.origin === 'repo' && f.path.startsWith(DOCKER_CERTS_D) && atLeast(opts.version, '4.14')) {
        const dir = f.path.slice(DOCKER_CERTS_D.length).split('/')[0]!;
        if (!opts.trustedCAKeys.includes(dir)) {
          add(`certs\0${writer.name}\0${f.path}`, pool, () => ({
            rule: MC_RULES.certsD,
            severity: 'warning',
            message: `MachineConfig ${writer.name} writes ${f.path}; from OpenShift 4.14 the machine-config daemon's certificate writer removes every /etc/docker/certs.d directory that is not a key of the image-registry CA bundles, so this file is deleted after it is written and the node reports drift. Put the certificate in the additionalTrustedCA ConfigMap (key "${dir.replace(/:/g, '..')}") instead`,
            ...at(writer, f),
            object: `MachineConfig/${writer.name}`
          }));
        }
      }
    }
  }
  return [...out.values()].map(({ pools, ...f }) =>
    pools.length > 0 && f.rule !== MC_RULES.invalid
      ? { ...f, message: `${f.message} (pool${pools.length > 1 ? 's' : ''} ${pools.join(', ')})` }
      : f
  );
}
