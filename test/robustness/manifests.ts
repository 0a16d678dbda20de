import { main } from '../../src/cli/index.js';

/**
 * Valid examples of every kind registry-plan reads, as plain objects: the starting points that the
 * robustness tests break field by field and the fuzz test mutates at random.
 */
export const VALID: Record<string, Record<string, unknown>> = {
  idms: {
    apiVersion: 'config.openshift.io/v1',
    kind: 'ImageDigestMirrorSet',
    metadata: { name: 'apps' },
    spec: {
      imageDigestMirrors: [
        {
          source: 'quay.io/acme/app',
          mirrors: ['mirror.example.com/acme/app'],
          mirrorSourcePolicy: 'AllowContactingSource'
        }
      ]
    }
  },
  itms: {
    apiVersion: 'config.openshift.io/v1',
    kind: 'ImageTagMirrorSet',
    metadata: { name: 'tags' },
    spec: {
      imageTagMirrors: [
        {
          source: 'registry.redhat.io/ubi9',
          mirrors: ['mirror.example.com/ubi9'],
          mirrorSourcePolicy: 'NeverContactSource'
        }
      ]
    }
  },
  icsp: {
    apiVersion: 'operator.openshift.io/v1alpha1',
    kind: 'ImageContentSourcePolicy',
    metadata: { name: 'legacy' },
    spec: { repositoryDigestMirrors: [{ source: 'quay.io/legacy', mirrors: ['mirror.example.com/legacy'] }] }
  },
  image: {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Image',
    metadata: { name: 'cluster' },
    spec: {
      additionalTrustedCA: { name: 'registry-ca' },
      allowedRegistriesForImport: [{ domainName: 'quay.io', insecure: false }],
      registrySources: {
        insecureRegistries: ['legacy.example.com:5000'],
        blockedRegistries: ['untrusted.example.com'],
        containerRuntimeSearchRegistries: ['registry.example.com']
      }
    }
  },
  ca: {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'registry-ca', namespace: 'openshift-config' },
    data: { 'mirror.example.com..5000': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' }
  },
  windowsInstances: {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'windows-instances', namespace: 'openshift-windows-machine-config-operator' },
    data: { '10.0.0.5': 'username=Administrator' }
  },
  pullSecret: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'pull-secret', namespace: 'openshift-config' },
    type: 'kubernetes.io/dockerconfigjson',
    data: {
      '.dockerconfigjson': Buffer.from('{"auths":{"mirror.example.com":{"auth":"dXNlcjpwYXNz"}}}').toString('base64')
    }
  },
  mcp: {
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfigPool',
    metadata: { name: 'worker', labels: { 'machineconfiguration.openshift.io/mco-built-in': '' } },
    spec: {
      maxUnavailable: 2,
      paused: false,
      machineConfigSelector: {
        matchLabels: { 'machineconfiguration.openshift.io/role': 'worker' },
        matchExpressions: [
          { key: 'machineconfiguration.openshift.io/role', operator: 'In', values: ['worker', 'infra'] }
        ]
      },
      nodeSelector: { matchLabels: { 'node-role.kubernetes.io/worker': '' } }
    }
  },
  machineSet: {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'MachineSet',
    metadata: { name: 'win', namespace: 'openshift-machine-api' },
    spec: {
      replicas: 3,
      template: {
        metadata: {
          labels: { 'machine.openshift.io/os-id': 'Windows', 'machine.openshift.io/cluster-api-machine-role': 'worker' }
        },
        spec: { metadata: { labels: { 'node-role.kubernetes.io/worker': '' } } }
      }
    }
  },
  machineConfiguration: {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'MachineConfiguration',
    metadata: { name: 'cluster' },
    spec: {
      nodeDisruptionPolicy: {
        files: [
          {
            path: '/etc/containers/registries.conf',
            actions: [{ type: 'Reload', reload: { serviceName: 'crio.service' } }]
          }
        ],
        units: [{ name: 'crio.service', actions: [{ type: 'Restart', restart: { serviceName: 'crio.service' } }] }]
      }
    }
  },
  clusterVersion: {
    apiVersion: 'config.openshift.io/v1',
    kind: 'ClusterVersion',
    metadata: { name: 'version' },
    spec: { desiredUpdate: { image: 'quay.io/openshift-release-dev/ocp-release@sha256:' + '1'.repeat(64) } }
  },
  deployment: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      template: {
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          containers: [{ name: 'web', image: 'quay.io/acme/app@sha256:' + 'a'.repeat(64) }]
        }
      }
    }
  }
};

/** Every path into a value: each map key and list index, at every depth. */
export function allPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!v || typeof v !== 'object') return [];
  const out: (string | number)[][] = [];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  for (const [k, child] of entries) {
    const p = [...prefix, k];
    out.push(p, ...allPaths(child, p));
  }
  return out;
}

export function setPath(obj: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(obj) as Record<string | number, unknown>;
  let cur = copy;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  if (value === DELETE) {
    if (Array.isArray(cur)) cur.splice(path[path.length - 1] as number, 1);
    else delete cur[path[path.length - 1]!];
  } else cur[path[path.length - 1]!] = value;
  return copy;
}

export const DELETE = Symbol('delete');

/** Values of the wrong type for any field. */
export const WRONG: unknown[] = [DELETE, null, -1, 3.5, true, '', 'x', [], [1, null], {}, { name: 7 }];

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command line, in process, with captured output. */
export async function cli(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

export const ALLOWED_EXITS = [0, 2, 3, 4];

import type { Settings } from '../../src/config/settings.js';
import type { ParseCache } from '../../src/load/load.js';
import type { RepoFile } from '../../src/load/sources.js';
import type { Finding } from '../../src/model/types.js';
import { evaluateSide } from '../../src/pipeline/evaluate-side.js';
import type { SideResult } from '../../src/plan/types.js';
import { buildClusterPlan } from '../../src/plan/build-cluster-plan.js';
import { applyPolicy } from '../../src/policy/index.js';
import { verdictOf } from '../../src/policy/verdict.js';
import { expectClusterContract } from '../support/plan-contract.js';

let serial = 0;
/** Files with content keys that never collide, so a shared parse cache cannot return a stale outcome. */
export function files(entries: Record<string, string | Buffer>): RepoFile[] {
  return Object.entries(entries).map(([path, text]) => {
    const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
    const key = `t:${serial++}`;
    return { path, size: buf.length, key, read: () => buf };
  });
}

/**
 * The whole engine below the CLI for one change: both sides loaded, modelled and rendered, the plan
 * built and the policy applied. Returns every finding the report would show.
 */
export function planSides(
  settings: Settings,
  baseFiles: RepoFile[] | SideResult,
  headFiles: RepoFile[],
  cache: ParseCache = new Map()
): { base: SideResult; head: SideResult; findings: Finding[] } {
  const cluster = settings.clusters[0]!;
  const base = Array.isArray(baseFiles) ? evaluateSide(baseFiles, settings, cluster, cache) : baseFiles;
  const head = evaluateSide(headFiles, settings, cluster, cache);
  const plan = buildClusterPlan({
    cluster,
    settings,
    base,
    head,
    baseRef: 'base',
    headRef: 'head',
    baseCommit: '0'.repeat(40),
    headCommit: '1'.repeat(40)
  });
  const findings = applyPolicy({
    plan,
    base,
    head,
    cluster,
    settings,
    today: '2026-01-01',
    changedPaths: headFiles.map((f) => f.path)
  });
  expectClusterContract({ ...plan, findings, verdict: verdictOf(findings, settings.failOn) }, settings.failOn);
  return { base, head, findings };
}
