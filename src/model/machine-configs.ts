import type { ManifestDoc, PathSeg } from './manifest.js';
import { parseIgnition, type IgnitionFile, type IgnitionUnit } from './ignition/ignition.js';
import { readLabelSelector, selectorProblem, type LabelSelector } from './label-selector.js';
import type { Finding, Loc } from './types.js';

/** The label every pool selects MachineConfigs by, and that MergeMachineConfigs orders on. */
export const ROLE_LABEL = 'machineconfiguration.openshift.io/role';

/** Where a MachineConfig comes from: the repo, or MCO itself (templates and the generating controllers). */
export type MachineConfigOrigin = 'repo' | 'template' | 'generated-registries' | 'generated-containerruntime';

/** One MachineConfig, as the render controller sees it before merging a pool. */
export interface MachineConfigObject {
  name: string;
  loc: Loc;
  labels: Record<string, string>;
  origin: MachineConfigOrigin;
  /** spec.config.ignition.version ("" without a config): each release accepts a different range. */
  ignitionVersion: string;
  files: IgnitionFile[];
  units: IgnitionUnit[];
  passwd: string;
  /** Non-file spec fields (osImageURL, kernelArguments, extensions, fips, kernelType) as JSON, for the diff. */
  fields: Record<string, string>;
  /** storage sections MCO refuses to change on a running cluster. */
  irreconcilable: string[];
  /** The operator refuses this MachineConfig: every pool selecting it stops rendering. */
  problems: Finding[];
  /** Line of a spec.config path (files, units), for findings. */
  locOf: (at: PathSeg[]) => Loc;
}

/** `ContainerRuntimeConfig` spec fields MCO renders into files (`container_runtime_config_controller.go`). */
export interface ContainerRuntimeConfigObject {
  name: string;
  loc: Loc;
  poolSelector?: LabelSelector;
  logLevel?: string;
  pidsLimit?: number;
  /** resource.Quantity as written. */
  logSizeMax?: string;
  overlaySize?: string;
  defaultRuntime?: string;
  /** Other keys of spec.containerRuntimeConfig, which this release may or may not render. */
  otherFields: string[];
  /** validateUserContainerRuntimeConfig fails: the controller writes nothing and keeps the previous MachineConfig. */
  invalid: boolean;
  fieldLocs: Record<string, Loc>;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const at = (doc: ManifestDoc, path: PathSeg[]): Loc => ({ file: doc.file, line: doc.lineOf(path) });

function finding(doc: ManifestDoc, path: PathSeg[], rule: string, message: string): Finding {
  return {
    rule,
    severity: 'error',
    message: `${doc.kind}/${doc.name || '(unnamed)'}: ${message}`,
    file: doc.file,
    line: doc.lineOf(path),
    object: `${doc.kind}/${doc.name || '(unnamed)'}`
  };
}

function stringLabels(v: unknown): Record<string, string> {
  if (!isObj(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * A `machineconfiguration.openshift.io` MachineConfig from the repo. Ignition problems become
 * `machineconfig-invalid` findings (the render controller's ValidateMachineConfig refuses the object,
 * and with it every rendered config of the pools that select it).
 */
export function readMachineConfig(doc: ManifestDoc): MachineConfigObject {
  const spec = isObj(doc.obj['spec']) ? doc.obj['spec'] : {};
  const ign = parseIgnition(spec['config']);
  const problems: Finding[] = ign.problems.map((p) =>
    finding(
      doc,
      ['spec', 'config', ...p.at],
      'machineconfig-invalid',
      `the Machine Config Operator refuses this MachineConfig: ${p.message}`
    )
  );
  const fields: Record<string, string> = {};
  for (const f of [
    'osImageURL',
    'kernelArguments',
    'extensions',
    'fips',
    'kernelType',
    'baseOSExtensionsContainerImage'
  ]) {
    const v = spec[f];
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== '' && v !== false) {
      fields[f] = JSON.stringify(v);
    }
  }
  const kt = spec['kernelType'];
  if (typeof kt === 'string' && !['', 'default', 'realtime', '64k-pages'].includes(kt)) {
    problems.push(finding(doc, ['spec', 'kernelType'], 'machineconfig-invalid', `kernelType=${kt} is invalid`));
  }
  return {
    name: doc.name,
    loc: at(doc, []),
    labels: stringLabels(isObj(doc.obj['metadata']) ? doc.obj['metadata']['labels'] : undefined),
    origin: 'repo',
    ignitionVersion: ign.version,
    files: ign.files,
    units: ign.units,
    passwd: ign.passwd,
    fields,
    irreconcilable: ign.irreconcilable,
    problems,
    locOf: (p) => at(doc, ['spec', 'config', ...p])
  };
}

const LOG_LEVELS = ['error', 'fatal', 'panic', 'warn', 'info', 'debug', 'trace'];
const RENDERED_CRC_FIELDS = ['logLevel', 'pidsLimit', 'logSizeMax', 'overlaySize', 'defaultRuntime'];

/**
 * A ContainerRuntimeConfig. `validateUserContainerRuntimeConfig` failures are findings: the controller
 * sets a Failure condition and writes no MachineConfig, so the pools keep what they had.
 */
export function readContainerRuntimeConfig(doc: ManifestDoc, findings: Finding[]): ContainerRuntimeConfigObject {
  const spec = isObj(doc.obj['spec']) ? doc.obj['spec'] : {};
  const out: ContainerRuntimeConfigObject = {
    name: doc.name,
    loc: at(doc, []),
    otherFields: [],
    fieldLocs: {},
    invalid: false
  };
  const sel = readLabelSelector(spec['machineConfigPoolSelector']);
  if (typeof sel === 'string') {
    findings.push(finding(doc, ['spec', 'machineConfigPoolSelector'], 'api-rejected', sel));
  } else if (sel) {
    const p = selectorProblem(sel);
    if (p)
      findings.push(
        finding(
          doc,
          ['spec', 'machineConfigPoolSelector'],
          'containerruntimeconfig-invalid',
          `invalid label selector: ${p}`
        )
      );
    else out.poolSelector = sel;
  }
  const c = spec['containerRuntimeConfig'];
  if (!isObj(c)) return out;
  const bad = (field: string, message: string): void => {
    out.invalid = true;
    findings.push(
      finding(
        doc,
        ['spec', 'containerRuntimeConfig', field],
        'containerruntimeconfig-invalid',
        `the Machine Config Operator refuses this ContainerRuntimeConfig: ${message}`
      )
    );
  };
  for (const [k, v] of Object.entries(c)) {
    out.fieldLocs[k] = at(doc, ['spec', 'containerRuntimeConfig', k]);
    if (!RENDERED_CRC_FIELDS.includes(k)) {
      out.otherFields.push(k);
      continue;
    }
    if (k === 'pidsLimit') {
      if (typeof v !== 'number' || !Number.isInteger(v))
        bad(k, `pidsLimit must be an integer, found ${JSON.stringify(v)}`);
      else if (v !== 0 && v < 20) bad(k, `invalid PidsLimit ${v}`);
      else out.pidsLimit = v;
    } else if (k === 'logLevel') {
      if (typeof v !== 'string' || (v !== '' && !LOG_LEVELS.includes(v))) {
        bad(
          k,
          `invalid LogLevel ${JSON.stringify(v)}, must be one of error, fatal, panic, warn, info, debug, or trace`
        );
      } else if (v !== '') out.logLevel = v;
    } else if (k === 'defaultRuntime') {
      if (v !== '' && v !== 'runc' && v !== 'crun')
        bad(k, `invalid DefaultRuntime ${JSON.stringify(v)}, must be one of crun, runc`);
      else if (v !== '') out.defaultRuntime = v as string;
    } else {
      const q = typeof v === 'number' ? String(v) : v;
      const bytes = typeof q === 'string' ? quantityBytes(q) : undefined;
      if (bytes === undefined) bad(k, `${k} must be a quantity such as "10G" or "1Gi", found ${JSON.stringify(v)}`);
      else if (k === 'logSizeMax' && bytes > 0 && bytes <= 8192)
        bad(k, `invalid LogSizeMax "${q}", cannot be less than 8kB`);
      else if (k === 'overlaySize' && bytes < 0) bad(k, `invalid overlaySize "${q}", cannot be less than 0`);
      else if (k === 'logSizeMax') out.logSizeMax = q as string;
      else out.overlaySize = q as string;
    }
  }
  return out;
}

const SUFFIX: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};

/** resource.Quantity `Value()` (rounded up to whole bytes), or undefined when the text is not a quantity. */
export function quantityBytes(q: string): number | undefined {
  const m = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?)$/.exec(q);
  if (!m) return undefined;
  const n = Number(m[2]) * (m[3] ? 10 ** Number(m[3].slice(1)) : SUFFIX[m[4] ?? '']!);
  return (m[1] === '-' ? -1 : 1) * Math.ceil(n);
}
