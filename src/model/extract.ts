import type { ManifestDoc, PathSeg } from './manifest.js';
import { MIRROR_PATTERN, MIRROR_SOURCE_PATTERN } from './patterns.js';
import {
  emptyModel,
  type ClusterModel,
  type ConfigMapObject,
  type Finding,
  type ImageConfig,
  type Loc,
  type MirrorEntry,
  type MirrorSetKind,
  type MirrorSetObject,
  type NdpAction,
  type NodeDisruptionPolicy,
  type WorkloadImage
} from './types.js';

export const WMCO_NAMESPACE = 'openshift-windows-machine-config-operator';
const MCO_NAMESPACE = 'openshift-machine-config-operator';

/**
 * Reads typed fields off one manifest and records, with file and line, every value the API server
 * would refuse. Wrong types are never coerced: a finding names the field and the object is skipped or
 * the field ignored, so nothing is silently reinterpreted.
 */
class Reader {
  constructor(
    readonly doc: ManifestDoc,
    private findings: Finding[]
  ) {}

  loc(path: PathSeg[] = []): Loc {
    return { file: this.doc.file, line: this.doc.lineOf(path) };
  }

  get objectId(): string {
    return `${this.doc.kind}/${this.doc.name || '(unnamed)'}`;
  }

  reject(path: PathSeg[], message: string, rule = 'api-rejected'): void {
    const field = path.length
      ? ` ${path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .slice(1)}`
      : '';
    this.findings.push({
      rule,
      severity: 'error',
      message: `${this.objectId}${field}: ${message}`,
      file: this.doc.file,
      line: this.doc.lineOf(path),
      object: this.objectId
    });
  }

  get(path: PathSeg[]): unknown {
    let v: unknown = this.doc.obj;
    for (const seg of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string | number, unknown>)[seg];
    }
    return v;
  }

  /** undefined when absent or null; a finding when present with another type. */
  string(path: PathSeg[]): string | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      this.reject(path, `must be a string, found ${describe(v)}; the API server would refuse this object`);
      return undefined;
    }
    return v;
  }

  bool(path: PathSeg[]): boolean | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      this.reject(path, `must be true or false, found ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  object(path: PathSeg[]): Record<string, unknown> | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.reject(path, `must be a mapping, found ${describe(v)}`);
      return undefined;
    }
    return v as Record<string, unknown>;
  }

  array(path: PathSeg[]): unknown[] | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.reject(path, `must be a list, found ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  /** A list of strings; bad items are reported and dropped. */
  strings(path: PathSeg[]): string[] | undefined {
    const arr = this.array(path);
    if (arr === undefined) return undefined;
    const out: string[] = [];
    arr.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else this.reject([...path, i], `must be a string, found ${describe(item)}`);
    });
    return out;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** String-valued metadata.annotations; other values are not annotations the API server would keep. */
function annotationsOf(r: Reader): { annotations?: Record<string, string> } {
  const raw = r.get(['metadata', 'annotations']);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')
  );
  return Object.keys(out).length ? { annotations: out } : {};
}

const IMAGE_CONFIG_GROUP = 'config.openshift.io/';

function mirrorSet(r: Reader, kind: MirrorSetKind): MirrorSetObject | undefined {
  const listField =
    kind === 'ImageDigestMirrorSet'
      ? 'imageDigestMirrors'
      : kind === 'ImageTagMirrorSet'
        ? 'imageTagMirrors'
        : 'repositoryDigestMirrors';
  if (!r.doc.name) r.reject(['metadata'], 'metadata.name is required');
  const list = r.array(['spec', listField]) ?? [];
  // The CRDs of IDMS and ITMS validate patterns; ICSP's does not (only MCO checks it, with its own message).
  const crdValidates = kind !== 'ImageContentSourcePolicy';
  const entries: MirrorEntry[] = [];
  list.forEach((_, i) => {
    const base: PathSeg[] = ['spec', listField, i];
    if (!r.object(base)) return;
    const source = r.string([...base, 'source']);
    if (source === undefined) {
      r.reject([...base, 'source'], 'source is required');
      return;
    }
    if (crdValidates && !MIRROR_SOURCE_PATTERN.test(source)) {
      r.reject(
        [...base, 'source'],
        `source "${source}" is not a valid registry scope (host[:port][/path] or *.domain, no scheme, tag or digest); the API server would refuse this object`
      );
    }
    const mirrors = r.strings([...base, 'mirrors']) ?? [];
    if (crdValidates) {
      mirrors.forEach((m, j) => {
        if (!MIRROR_PATTERN.test(m)) {
          r.reject(
            [...base, 'mirrors', j],
            `mirror "${m}" is not a valid repository (host[:port][/path], no scheme, wildcard, tag or digest); the API server would refuse this object`
          );
        }
      });
    }
    let policy = '';
    if (kind !== 'ImageContentSourcePolicy') {
      policy = r.string([...base, 'mirrorSourcePolicy']) ?? '';
      if (policy !== '' && policy !== 'NeverContactSource' && policy !== 'AllowContactingSource') {
        r.reject(
          [...base, 'mirrorSourcePolicy'],
          `mirrorSourcePolicy must be NeverContactSource or AllowContactingSource, found "${policy}"`
        );
      }
    }
    entries.push({
      source,
      mirrors,
      mirrorSourcePolicy: policy,
      loc: r.loc(base),
      sourceLoc: r.loc([...base, 'source']),
      mirrorLocs: mirrors.map((_, j) => r.loc([...base, 'mirrors', j])),
      policyLoc:
        r.get([...base, 'mirrorSourcePolicy']) !== undefined ? r.loc([...base, 'mirrorSourcePolicy']) : undefined
    });
  });
  return { kind, name: r.doc.name, loc: r.loc(), entries, ...annotationsOf(r) };
}

function imageConfig(r: Reader): ImageConfig | undefined {
  if (r.doc.name !== 'cluster') {
    r.reject(
      ['metadata', 'name'],
      `the only Image the platform reads is named "cluster" (found "${r.doc.name}"); the API server refuses other names`
    );
    return undefined;
  }
  const fieldLocs: Record<string, Loc> = {};
  const list = (field: string, hostnames: boolean): string[] | undefined => {
    const path = ['spec', 'registrySources', field];
    if (r.get(path) === undefined) return undefined;
    const items = r.strings(path);
    if (items === undefined) return undefined;
    fieldLocs[field] = r.loc(path);
    if (items.length > 1024) r.reject(path, `at most 1024 entries are allowed, found ${items.length}`);
    const seen = new Set<string>();
    items.forEach((it, i) => {
      fieldLocs[`${field}.${i}`] = r.loc([...path, i]);
      if (it.length < 1 || it.length > 256) r.reject([...path, i], `entries must be 1 to 256 characters long`);
      else if (
        hostnames
          ? !/^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*(?::[0-9]+)?$/.test(
              it
            )
          : !MIRROR_SOURCE_PATTERN.test(it)
      ) {
        r.reject(
          [...path, i],
          `"${it}" is not a valid ${hostnames ? 'hostname' : 'registry scope'}; the API server would refuse this object`
        );
      }
      if (hostnames && seen.has(it)) r.reject([...path, i], `"${it}" is listed twice; the list is a set`);
      seen.add(it);
    });
    if (hostnames && items.length === 0) r.reject(path, 'must have at least one entry when set');
    return items;
  };
  r.object(['spec']);
  r.object(['spec', 'registrySources']);
  const img: ImageConfig = {
    name: r.doc.name,
    loc: r.loc(),
    fieldLocs,
    allowedRegistries: list('allowedRegistries', false),
    blockedRegistries: list('blockedRegistries', false),
    insecureRegistries: list('insecureRegistries', false),
    containerRuntimeSearchRegistries: list('containerRuntimeSearchRegistries', true),
    allowedRegistriesForImport: r.get(['spec', 'allowedRegistriesForImport']),
    ...annotationsOf(r)
  };
  if (r.object(['spec', 'additionalTrustedCA'])) {
    const name = r.string(['spec', 'additionalTrustedCA', 'name']);
    if (name) {
      img.additionalTrustedCA = name;
      fieldLocs['additionalTrustedCA'] = r.loc(['spec', 'additionalTrustedCA', 'name']);
    }
  }
  return img;
}

function configMap(r: Reader): ConfigMapObject {
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  const keyLocs: Record<string, Loc> = {};
  for (const field of ['data', 'binaryData'] as const) {
    const m = r.object([field]) ?? {};
    for (const [k, v] of Object.entries(m)) {
      if (typeof v !== 'string') {
        r.reject([field, k], `ConfigMap ${field} values must be strings, found ${describe(v)}`);
        continue;
      }
      (field === 'data' ? data : binaryData)[k] = v;
      keyLocs[k] = r.loc([field, k]);
    }
  }
  return { name: r.doc.name, namespace: r.doc.namespace, loc: r.loc(), data, binaryData, keyLocs };
}

const NDP_TYPES = new Set(['Reboot', 'Drain', 'Reload', 'Restart', 'DaemonReload', 'None', 'Special']);

function ndpActions(r: Reader, path: PathSeg[]): NdpAction[] {
  const out: NdpAction[] = [];
  (r.array(path) ?? []).forEach((_, i) => {
    const type = r.string([...path, i, 'type']);
    if (!type || !NDP_TYPES.has(type)) {
      r.reject(
        [...path, i, 'type'],
        `action type must be one of Reboot, Drain, Reload, Restart, DaemonReload, None (found ${JSON.stringify(type ?? null)})`
      );
      return;
    }
    const svc =
      type === 'Reload'
        ? r.string([...path, i, 'reload', 'serviceName'])
        : type === 'Restart'
          ? r.string([...path, i, 'restart', 'serviceName'])
          : undefined;
    out.push(
      svc !== undefined ? { type: type as NdpAction['type'], serviceName: svc } : { type: type as NdpAction['type'] }
    );
  });
  return out;
}

function nodeDisruptionPolicy(r: Reader): NodeDisruptionPolicy | undefined {
  const base = ['spec', 'nodeDisruptionPolicy'];
  if (!r.object(base)) return undefined;
  const files = (r.array([...base, 'files']) ?? []).flatMap((_, i) => {
    const path = r.string([...base, 'files', i, 'path']);
    if (path === undefined) return [];
    return [{ path, actions: ndpActions(r, [...base, 'files', i, 'actions']), loc: r.loc([...base, 'files', i]) }];
  });
  const units = (r.array([...base, 'units']) ?? []).flatMap((_, i) => {
    const name = r.string([...base, 'units', i, 'name']);
    if (name === undefined) return [];
    return [{ name, actions: ndpActions(r, [...base, 'units', i, 'actions']), loc: r.loc([...base, 'units', i]) }];
  });
  const ssh = r.object([...base, 'sshkey']) ? ndpActions(r, [...base, 'sshkey', 'actions']) : undefined;
  return { files, units, ...(ssh && ssh.length ? { sshkey: ssh } : {}) };
}

function decodeBase64(v: string): string | undefined {
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(v)) return undefined;
  return Buffer.from(v, 'base64').toString('utf8');
}

const group = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');

/**
 * Builds one cluster's model from its manifests. Kinds are matched on kind and API group together:
 * an `Image` of another group (a Tekton or Crossplane kind, say) is not the cluster image config.
 */
export function buildModel(docs: ManifestDoc[], workloads: WorkloadImage[] = []): ClusterModel {
  const model = emptyModel();
  model.workloads = workloads;
  const seen = new Map<string, Loc>();
  const dup = (r: Reader): boolean => {
    const id = `${r.doc.kind}/${r.doc.namespace}/${r.doc.name}`;
    const prev = seen.get(id);
    seen.set(id, r.loc());
    if (prev) {
      model.findings.push({
        rule: 'duplicate-object',
        severity: 'error',
        message: `${r.objectId} is declared twice (first at ${prev.file}:${prev.line}); only one can exist in the cluster and which one wins depends on apply order`,
        file: r.doc.file,
        line: r.doc.line,
        object: r.objectId
      });
      return true;
    }
    return false;
  };
  for (const doc of docs) {
    const r = new Reader(doc, model.findings);
    const g = group(doc.apiVersion);
    switch (doc.kind) {
      case 'ImageDigestMirrorSet':
      case 'ImageTagMirrorSet':
        if (g !== 'config.openshift.io' || dup(r)) break;
        {
          const set = mirrorSet(r, doc.kind);
          if (set) (doc.kind === 'ImageDigestMirrorSet' ? model.idms : model.itms).push(set);
        }
        break;
      case 'ImageContentSourcePolicy':
        if (g !== 'operator.openshift.io' || dup(r)) break;
        {
          const set = mirrorSet(r, doc.kind);
          if (set) model.icsp.push(set);
        }
        break;
      case 'Image':
        if (!doc.apiVersion.startsWith(IMAGE_CONFIG_GROUP) || dup(r)) break;
        model.image = imageConfig(r) ?? model.image;
        break;
      case 'ConfigMap':
        if (doc.namespace === 'openshift-config') {
          if (!dup(r)) model.openshiftConfigMaps[doc.name] = configMap(r);
        } else if (doc.namespace === MCO_NAMESPACE && doc.name === 'image-registry-override-drain') {
          model.overrideDrainConfigMap = r.loc();
        } else if (doc.namespace === WMCO_NAMESPACE && doc.name === 'windows-instances') {
          if (dup(r)) break;
          const cm = configMap(r);
          model.windowsInstances = {
            loc: cm.loc,
            instances: Object.entries(cm.data).map(([address, value]) => ({
              address,
              value,
              loc: cm.keyLocs[address]!
            }))
          };
        }
        break;
      case 'Secret':
        if (doc.namespace === 'openshift-config' && doc.name === 'pull-secret' && !dup(r)) {
          const values: Record<string, string> = {};
          const keyLocs: Record<string, Loc> = {};
          for (const [k, v] of Object.entries(r.object(['data']) ?? {})) {
            const dec = typeof v === 'string' ? decodeBase64(v) : undefined;
            if (dec !== undefined) values[k] = dec;
            keyLocs[k] = r.loc(['data', k]);
          }
          for (const [k, v] of Object.entries(r.object(['stringData']) ?? {})) {
            if (typeof v === 'string') values[k] = v;
            keyLocs[k] = r.loc(['stringData', k]);
          }
          model.pullSecret = { name: doc.name, namespace: doc.namespace, loc: r.loc(), values, keyLocs };
        }
        break;
      case 'MachineConfigPool': {
        if (g !== 'machineconfiguration.openshift.io' || dup(r)) break;
        const mu = r.get(['spec', 'maxUnavailable']);
        let maxUnavailable: number | string | undefined;
        if (typeof mu === 'number' && Number.isInteger(mu) && mu >= 0) maxUnavailable = mu;
        else if (typeof mu === 'string' && /^\d+%?$/.test(mu)) maxUnavailable = /%$/.test(mu) ? mu : Number(mu);
        else if (mu !== undefined && mu !== null)
          r.reject(
            ['spec', 'maxUnavailable'],
            `maxUnavailable must be a non-negative integer or a percentage like "25%", found ${describe(mu)}`
          );
        const labels = (r.object(['metadata', 'labels']) ?? {}) as Record<string, unknown>;
        const roles = new Set<string>();
        const mcRole = r.get([
          'spec',
          'machineConfigSelector',
          'matchLabels',
          'machineconfiguration.openshift.io/role'
        ]);
        if (typeof mcRole === 'string') roles.add(mcRole);
        const exprs = r.get(['spec', 'machineConfigSelector', 'matchExpressions']);
        if (Array.isArray(exprs)) {
          for (const e of exprs) {
            if (
              e &&
              e.key === 'machineconfiguration.openshift.io/role' &&
              e.operator === 'In' &&
              Array.isArray(e.values)
            ) {
              for (const v of e.values) if (typeof v === 'string') roles.add(v);
            }
          }
        }
        const nodeLabels = (r.get(['spec', 'nodeSelector', 'matchLabels']) ?? {}) as Record<string, unknown>;
        const nodeRole = Object.keys(nodeLabels)
          .find((k) => k.startsWith('node-role.kubernetes.io/'))
          ?.slice('node-role.kubernetes.io/'.length);
        model.pools.push({
          name: doc.name,
          loc: r.loc(),
          maxUnavailable,
          maxUnavailableLoc: mu !== undefined ? r.loc(['spec', 'maxUnavailable']) : undefined,
          paused: r.bool(['spec', 'paused']) ?? false,
          builtIn: 'machineconfiguration.openshift.io/mco-built-in' in labels,
          machineConfigRoles: [...roles],
          nodeRole
        });
        break;
      }
      case 'MachineSet': {
        if (g !== 'machine.openshift.io' || dup(r)) break;
        const replicasRaw = r.get(['spec', 'replicas']);
        let replicas = 1; // the MachineSet API default
        if (typeof replicasRaw === 'number' && Number.isInteger(replicasRaw) && replicasRaw >= 0)
          replicas = replicasRaw;
        else if (replicasRaw !== undefined && replicasRaw !== null)
          r.reject(['spec', 'replicas'], `replicas must be a non-negative integer, found ${describe(replicasRaw)}`);
        const tl = (r.object(['spec', 'template', 'metadata', 'labels']) ?? {}) as Record<string, unknown>;
        const nodeLabels = (r.get(['spec', 'template', 'spec', 'metadata', 'labels']) ?? {}) as Record<string, unknown>;
        const nodeRole = Object.keys(nodeLabels)
          .find((k) => k.startsWith('node-role.kubernetes.io/'))
          ?.slice('node-role.kubernetes.io/'.length);
        const machineRole =
          typeof tl['machine.openshift.io/cluster-api-machine-role'] === 'string'
            ? (tl['machine.openshift.io/cluster-api-machine-role'] as string)
            : undefined;
        model.machineSets.push({
          name: doc.name,
          namespace: doc.namespace,
          loc: r.loc(),
          replicas,
          windows:
            tl['machine.openshift.io/os-id'] === 'Windows' && tl['windowsmachineconfig.openshift.io/ignore'] !== 'true',
          role: nodeRole ?? machineRole
        });
        break;
      }
      case 'MachineConfiguration':
        if (g !== 'operator.openshift.io' || doc.name !== 'cluster' || dup(r)) break;
        model.machineConfiguration = { loc: r.loc(), nodeDisruptionPolicy: nodeDisruptionPolicy(r) };
        break;
      case 'ClusterVersion': {
        if (g !== 'config.openshift.io') break;
        const image = r.string(['spec', 'desiredUpdate', 'image']) ?? r.string(['status', 'desired', 'image']);
        if (image) {
          const path =
            r.get(['spec', 'desiredUpdate', 'image']) !== undefined
              ? ['spec', 'desiredUpdate', 'image']
              : ['status', 'desired', 'image'];
          model.clusterVersionImage = { image, loc: r.loc(path) };
        }
        break;
      }
    }
  }
  return model;
}
