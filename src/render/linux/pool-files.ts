import { ignitionVersionProblem, type IgnitionFile } from '../../model/ignition/ignition.js';
import type { LabelSelector } from '../../model/label-selector.js';
import {
  ROLE_LABEL,
  type ContainerRuntimeConfigObject,
  type MachineConfigObject,
  type MachineConfigOrigin
} from '../../model/machine-configs.js';
import type { Finding, Loc } from '../../model/types.js';
import type { OcpVersion } from '../../model/version.js';
import { renderContainerRuntimeConfigs } from './container-runtime-config.js';
import {
  ContentDecoder,
  renderPool,
  selectMachineConfigs,
  type EffectiveFile,
  type PoolRendered
} from './merge-machine-configs.js';
import { POLICY_JSON_TEMPLATE } from './policy-json.js';
import { REGISTRIES_CONF_TEMPLATE } from './registries-conf.js';

/**
 * Every MachineConfig a cluster's pools are rendered from, as far as the repo and MCO's image-config
 * controllers determine them: the container-runtime templates (`01-<role>-container-runtime`), the
 * generated `99-<pool>-generated-registries` and `99-<pool>-generated-containerruntime[-N]`, and the
 * repo's own MachineConfigs. Other MCO-owned configs (00-<role>, kubelet, ssh) are the same on both
 * sides of a pull request and carry no image-pull file, so they are left out.
 */

export interface PoolSpec {
  name: string;
  labels: Record<string, string>;
  machineConfigSelector?: LabelSelector;
  /** Labelled machineconfiguration.openshift.io/mco-built-in: MCO writes 99-<pool>-generated-registries for it. */
  builtIn: boolean;
}

/** A file MCO's registries controller renders for the built-in pools. */
export interface GeneratedFile {
  path: string;
  content: string;
}

export interface PoolFilesInput {
  version: OcpVersion;
  pools: readonly PoolSpec[];
  /** Files of 99-<pool>-generated-registries (only those MCO writes: never the templates, never certs.d). */
  registriesFiles: readonly GeneratedFile[];
  machineConfigs: readonly MachineConfigObject[];
  containerRuntimeConfigs: readonly ContainerRuntimeConfigObject[];
}

export interface PoolFiles {
  pool: string;
  rendered: PoolRendered;
}

export interface PoolFilesResult {
  pools: PoolFiles[];
  findings: Finding[];
  /** Every MachineConfig considered, generated ones included (by name). */
  configs: Map<string, MachineConfigObject>;
}

/** The labels MCO puts on the default pools, which ContainerRuntimeConfig selectors usually name. */
export function defaultPoolLabels(name: string): Record<string, string> {
  return {
    'machineconfiguration.openshift.io/mco-built-in': '',
    [`pools.operator.machineconfiguration.openshift.io/${name}`]: ''
  };
}

export const defaultPoolSelector = (role: string): LabelSelector => ({
  matchLabels: { [ROLE_LABEL]: role },
  matchExpressions: []
});

/**
 * `dataurl.EncodeBytes`, as `NewIgnFileBytes` writes generated contents. Each distinct text is encoded
 * once per render (every built-in pool gets the same registries files), and its bytes are handed to the
 * decoder, which would otherwise decode megabytes of base64 back into what was just encoded.
 */
class GeneratedContents {
  private urls = new Map<string, string>();
  constructor(private readonly decoder: ContentDecoder) {}

  encode(text: string): string {
    let url = this.urls.get(text);
    if (url === undefined) {
      const bytes = Buffer.from(text, 'utf8');
      url = `data:text/plain;charset=utf-8;base64,${bytes.toString('base64')}`;
      this.decoder.prime(url, bytes);
      this.urls.set(text, url);
    }
    return url;
  }
}

function generatedConfig(
  contents: GeneratedContents,
  name: string,
  role: string,
  origin: MachineConfigOrigin,
  files: readonly GeneratedFile[],
  loc: Loc
): MachineConfigObject {
  const entries: IgnitionFile[] = files.map((f, i) => ({
    path: f.path,
    at: ['storage', 'files', i],
    source: contents.encode(f.content),
    mode: 0o644,
    overwrite: true,
    append: false,
    extra: JSON.stringify([null, null, null])
  }));
  return {
    name,
    loc,
    labels: { [ROLE_LABEL]: role },
    origin,
    ignitionVersion: '3.5.0',
    files: entries,
    units: [],
    passwd: '',
    fields: {},
    irreconcilable: [],
    problems: [],
    locOf: () => loc
  };
}

const TEMPLATE_ROLES = ['master', 'worker', 'arbiter'];

/**
 * Names the operator creates and owns (templates, generated kubelet / container-runtime / registries
 * configs, ssh, rendered configs): a repo object with one of them is overwritten on the next sync.
 */
const MCO_OWNED_NAME =
  /^(?:0[01]-(?:master|worker|arbiter)(?:-container-runtime|-kubelet)?|\d\d-[a-z0-9.-]+-generated-(?:registries|containerruntime|kubelet)(?:-\d+)?|99-(?:master|worker|arbiter)-ssh|rendered-[a-z0-9.-]+)$/;

/** The MachineConfigs of the cluster, generated ones included, and the pools rendered from them. */
export function renderPoolFiles(input: PoolFilesInput): PoolFilesResult {
  const none: Loc = { file: '', line: 0 };
  const decoder = new ContentDecoder();
  const contents = new GeneratedContents(decoder);
  const configs: MachineConfigObject[] = [];
  for (const role of TEMPLATE_ROLES) {
    if (role === 'arbiter' && !input.pools.some((p) => p.name === 'arbiter')) continue;
    configs.push(
      generatedConfig(
        contents,
        `01-${role}-container-runtime`,
        role,
        'template',
        [
          { path: '/etc/containers/registries.conf', content: REGISTRIES_CONF_TEMPLATE },
          { path: '/etc/containers/policy.json', content: POLICY_JSON_TEMPLATE }
        ],
        none
      )
    );
  }
  for (const pool of input.pools) {
    // syncImageConfig writes this MachineConfig for every built-in pool, with no files when nothing is configured.
    if (pool.builtIn) {
      configs.push(
        generatedConfig(
          contents,
          `99-${pool.name}-generated-registries`,
          pool.name,
          'generated-registries',
          input.registriesFiles,
          none
        )
      );
    }
  }
  const crc = renderContainerRuntimeConfigs(input.containerRuntimeConfigs, input.pools);
  for (const [pool, renders] of crc.byPool) {
    for (const r of renders) {
      configs.push(generatedConfig(contents, r.name, pool, 'generated-containerruntime', r.files, r.crc.loc));
    }
  }
  const generatedNames = new Set(configs.map((c) => c.name));
  const owned = (name: string): boolean => generatedNames.has(name) || MCO_OWNED_NAME.test(name);
  const findings = [...crc.findings];
  for (const mc of input.machineConfigs) {
    if (owned(mc.name)) {
      findings.push({
        rule: 'machineconfig-overrides-generated',
        severity: 'error',
        message: `MachineConfig ${mc.name} has the name of a MachineConfig the Machine Config Operator generates and owns; the operator overwrites it on its next sync, so this content never lasts on nodes. Give it another name`,
        file: mc.loc.file,
        line: mc.loc.line,
        object: `MachineConfig/${mc.name}`
      });
      continue;
    }
    const problem = ignitionVersionProblem(mc.ignitionVersion, input.version);
    if (problem) {
      const at = mc.locOf(['ignition', 'version']);
      configs.push({
        ...mc,
        problems: [
          ...mc.problems,
          {
            rule: 'machineconfig-invalid',
            severity: 'error',
            message: `MachineConfig/${mc.name}: the Machine Config Operator refuses this MachineConfig: ${problem}`,
            file: at.file,
            line: at.line,
            object: `MachineConfig/${mc.name}`
          }
        ]
      });
      continue;
    }
    configs.push(mc);
  }
  const pools = input.pools.map((p) => ({
    pool: p.name,
    rendered: renderPool(selectMachineConfigs(p.machineConfigSelector, configs), input.version, decoder)
  }));
  return { pools, findings, configs: new Map(configs.map((c) => [c.name, c])) };
}

/** Writers of a file in merge order, with where each came from. */
export function writerOrigins(f: EffectiveFile, configs: Map<string, MachineConfigObject>): MachineConfigOrigin[] {
  return f.writers.map((w) => configs.get(w)?.origin ?? 'repo');
}

/** Pool names whose MachineConfigs MCO templates and whose registries config it always generates. */
const BUILT_IN = ['master', 'worker', 'arbiter'];

/**
 * The pools of a cluster as the render controller sees them: the declared ones (their labels and
 * selectors as written, with the labels MCO itself puts on its built-in pools), plus master and worker,
 * which every cluster has whether or not the repo declares them.
 */
export function poolSpecs(
  declared: readonly { name: string; labels: Record<string, string>; machineConfigSelector?: LabelSelector }[]
): PoolSpec[] {
  const specs: PoolSpec[] = declared.map((p) => {
    const builtIn = BUILT_IN.includes(p.name) || 'machineconfiguration.openshift.io/mco-built-in' in p.labels;
    return {
      name: p.name,
      labels: BUILT_IN.includes(p.name) ? { ...defaultPoolLabels(p.name), ...p.labels } : p.labels,
      // A built-in pool written without a selector is a partial manifest: the cluster's object keeps MCO's.
      ...(p.machineConfigSelector
        ? { machineConfigSelector: p.machineConfigSelector }
        : BUILT_IN.includes(p.name)
          ? { machineConfigSelector: defaultPoolSelector(p.name) }
          : {}),
      builtIn
    };
  });
  for (const name of ['master', 'worker']) {
    if (!specs.some((s) => s.name === name)) {
      specs.push({
        name,
        labels: defaultPoolLabels(name),
        machineConfigSelector: defaultPoolSelector(name),
        builtIn: true
      });
    }
  }
  return specs;
}
