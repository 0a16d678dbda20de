import type { ManifestDoc } from '../load/yaml-documents.js';
import { isEmptySelector, readLabelSelector, selectorProblem, type LabelSelector } from './label-selector.js';
import {
  readContainerRuntimeConfig,
  readMachineConfig,
  type ContainerRuntimeConfigObject,
  type MachineConfigObject
} from './machine-configs.js';
import type { Finding, Loc } from './types.js';

/** What selects MachineConfigs for a pool, and the labels ContainerRuntimeConfigs select pools by. */
export interface PoolSelection {
  name: string;
  loc: Loc;
  labels: Record<string, string>;
  /** undefined: the pool selects nothing (a nil selector), and MCO reports it failing. */
  machineConfigSelector?: LabelSelector;
}

export interface MachineConfigModel {
  machineConfigs: MachineConfigObject[];
  containerRuntimeConfigs: ContainerRuntimeConfigObject[];
  poolSelections: PoolSelection[];
}

const MCO_GROUP = 'machineconfiguration.openshift.io';
const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function poolSelection(doc: ManifestDoc, findings: Finding[]): PoolSelection {
  const meta = isObj(doc.obj['metadata']) ? doc.obj['metadata'] : {};
  const labels = isObj(meta['labels'])
    ? Object.fromEntries(Object.entries(meta['labels']).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};
  const spec = isObj(doc.obj['spec']) ? doc.obj['spec'] : {};
  const sel = readLabelSelector(spec['machineConfigSelector']);
  const out: PoolSelection = { name: doc.name, loc: { file: doc.file, line: doc.line }, labels };
  const problem = (message: string): void => {
    findings.push({
      rule: 'pool-invalid',
      severity: 'error',
      message: `MachineConfigPool ${doc.name}: ${message}`,
      file: doc.file,
      line: doc.lineOf(['spec', 'machineConfigSelector']),
      object: `MachineConfigPool/${doc.name}`
    });
  };
  if (typeof sel === 'string') problem(`spec.machineConfigSelector: ${sel}`);
  else if (sel === undefined) {
    problem('has no machineConfigSelector, so it selects no MachineConfig and the operator reports it failing');
  } else if (isEmptySelector(sel)) {
    problem(
      'machineConfigSelector is empty, which selects every MachineConfig: the operator refuses to render this pool ("A non-empty selector is required")'
    );
  } else if (selectorProblem(sel)) problem(`machineConfigSelector: ${selectorProblem(sel)}`);
  else out.machineConfigSelector = sel;
  return out;
}

/**
 * The MachineConfig-level objects of one cluster: MachineConfigs, ContainerRuntimeConfigs and the
 * selectors of its pools. Kinds are matched with their API group, as everywhere in the model.
 */
export function readMachineConfigDocs(docs: readonly ManifestDoc[], findings: Finding[]): MachineConfigModel {
  const out: MachineConfigModel = { machineConfigs: [], containerRuntimeConfigs: [], poolSelections: [] };
  for (const doc of docs) {
    if (groupOf(doc.apiVersion) !== MCO_GROUP) continue;
    if (doc.kind === 'MachineConfig') {
      const mc = readMachineConfig(doc);
      out.machineConfigs.push(mc);
    } else if (doc.kind === 'ContainerRuntimeConfig') {
      out.containerRuntimeConfigs.push(readContainerRuntimeConfig(doc, findings));
    } else if (doc.kind === 'MachineConfigPool') {
      out.poolSelections.push(poolSelection(doc, findings));
    }
  }
  return out;
}
