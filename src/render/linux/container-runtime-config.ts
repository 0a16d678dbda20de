import { selectorMatches } from '../../model/label-selector.js';
import { quantityBytes, type ContainerRuntimeConfigObject } from '../../model/machine-configs.js';
import type { Finding } from '../../model/types.js';
import { byteCompare, goQuote } from './go-format.js';

/**
 * What the ContainerRuntimeConfig controller writes (`syncContainerRuntimeConfig`,
 * `createCRIODropinFiles`, `updateStorageConfig` in pkg/controller/container-runtime-config): one
 * MachineConfig `99-<pool>-generated-containerruntime[-N]` per selected pool, holding CRI-O drop-ins
 * under /etc/crio/crio.conf.d and, for overlaySize, /etc/containers/storage.conf.
 */
export const CRIO_DROPIN = {
  logLevel: '/etc/crio/crio.conf.d/01-ctrcfg-logLevel',
  pidsLimit: '/etc/crio/crio.conf.d/01-ctrcfg-pidsLimit',
  logSizeMax: '/etc/crio/crio.conf.d/01-ctrcfg-logSizeMax',
  defaultRuntime: '/etc/crio/crio.conf.d/01-ctrcfg-defaultRuntime'
} as const;
export const STORAGE_CONF = '/etc/containers/storage.conf';

export interface CrcFile {
  path: string;
  content: string;
  /** false: the operator's bytes are not reproduced (storage.conf is re-encoded from the pool template). */
  exact: boolean;
}

export interface CrcRender {
  /** MachineConfig name → files, for one pool. */
  name: string;
  crc: ContainerRuntimeConfigObject;
  files: CrcFile[];
}

/** BurntSushi/toml encoding of `{Crio: {Runtime: {<key>: value}}}`: nested headers indented by two spaces. */
function crioRuntimeDropIn(key: string, value: string | number | undefined): string {
  const line =
    value === undefined ? '' : `    ${key} = ${typeof value === 'number' ? String(value) : goQuote(value)}\n`;
  return `[crio]\n  [crio.runtime]\n${line}`;
}

/** The files one ContainerRuntimeConfig renders, in the controller's order (storage.conf, then drop-ins). */
export function containerRuntimeConfigFiles(crc: ContainerRuntimeConfigObject): CrcFile[] {
  const files: CrcFile[] = [];
  const overlay = crc.overlaySize !== undefined ? quantityBytes(crc.overlaySize) : undefined;
  if (overlay !== undefined && overlay !== 0) {
    files.push({
      path: STORAGE_CONF,
      content: `# storage.conf of the pool template, re-encoded by MCO with [storage.options] size = ${goQuote(crc.overlaySize!)}\n`,
      exact: false
    });
  }
  if (crc.logLevel !== undefined) {
    files.push({ path: CRIO_DROPIN.logLevel, content: crioRuntimeDropIn('log_level', crc.logLevel), exact: true });
  }
  if (crc.pidsLimit !== undefined) {
    // pids_limit is omitempty: 0 writes the headers only.
    const v = crc.pidsLimit === 0 ? undefined : crc.pidsLimit;
    files.push({ path: CRIO_DROPIN.pidsLimit, content: crioRuntimeDropIn('pids_limit', v), exact: true });
  }
  const logSize = crc.logSizeMax !== undefined ? quantityBytes(crc.logSizeMax) : undefined;
  if (logSize !== undefined && logSize !== 0) {
    files.push({ path: CRIO_DROPIN.logSizeMax, content: crioRuntimeDropIn('log_size_max', logSize), exact: true });
  }
  if (crc.defaultRuntime !== undefined) {
    files.push({
      path: CRIO_DROPIN.defaultRuntime,
      content: crioRuntimeDropIn('default_runtime', crc.defaultRuntime),
      exact: true
    });
  }
  return files;
}

export interface PoolLabels {
  name: string;
  labels: Record<string, string>;
}

/**
 * The generated MachineConfigs per pool. The first ContainerRuntimeConfig of a pool gets the bare name,
 * later ones `-1`, `-2`, ... in creation order, which Git does not record: they are numbered in name
 * order, and a pool selected by more than one gets a finding because which one wins is not knowable.
 */
export function renderContainerRuntimeConfigs(
  crcs: readonly ContainerRuntimeConfigObject[],
  pools: readonly PoolLabels[]
): { byPool: Map<string, CrcRender[]>; findings: Finding[] } {
  const byPool = new Map<string, CrcRender[]>();
  const findings: Finding[] = [];
  const sorted = [...crcs].sort((a, b) => byteCompare(a.name, b.name));
  for (const crc of sorted) {
    if (crc.invalid) continue;
    const selected = pools.filter((p) => selectorMatches(crc.poolSelector, p.labels));
    if (selected.length === 0) {
      findings.push({
        rule: 'containerruntimeconfig-no-pool',
        severity: 'warning',
        message: `ContainerRuntimeConfig/${crc.name} selects no MachineConfigPool (its machineConfigPoolSelector matches no pool's labels), so nothing is rendered; MCO reports "containerRuntimeConfig ${crc.name} does not match any MachineConfigPools"`,
        file: crc.loc.file,
        line: crc.loc.line,
        object: `ContainerRuntimeConfig/${crc.name}`
      });
      continue;
    }
    for (const pool of selected) {
      const list = byPool.get(pool.name) ?? [];
      const name = `99-${pool.name}-generated-containerruntime${list.length === 0 ? '' : `-${list.length}`}`;
      list.push({ name, crc, files: containerRuntimeConfigFiles(crc) });
      byPool.set(pool.name, list);
    }
  }
  for (const [pool, list] of byPool) {
    if (list.length < 2) continue;
    const last = list[list.length - 1]!.crc;
    findings.push({
      rule: 'containerruntimeconfig-order-unknown',
      severity: 'warning',
      message: `pool ${pool} is selected by ${list.length} ContainerRuntimeConfigs (${list.map((r) => r.crc.name).join(', ')}); MCO numbers their MachineConfigs in creation order, which Git does not record, so where they set the same field the one created last wins. The plan assumes name order. Merge them into one`,
      file: last.loc.file,
      line: last.loc.line,
      object: `ContainerRuntimeConfig/${last.name}`
    });
  }
  return { byPool, findings };
}
