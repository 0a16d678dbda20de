import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A synthetic GitOps monorepo with the proportions platform teams report: thousands of application
 * manifests (Deployments, Services, ConfigMaps, RBAC, a few huge CRD bundles) beside a handful of
 * clusters whose node configuration holds hundreds of mirrored sources. Deterministic (seeded), so
 * figures from two machines describe the same repository.
 */
export interface MonorepoShape {
  apps: number;
  clusters: number;
  /** Mirrored sources per cluster (IDMS entries, split over several oc-mirror files). */
  mirroredSources: number;
  /** Large CRD bundles (100+ KB each), the files that dominate a parse-everything pass. */
  crdBundles: number;
  /** App manifests the PR touches (image bumps). */
  touchedApps: number;
}

export const DEFAULT_SHAPE: MonorepoShape = {
  apps: 600,
  clusters: 6,
  mirroredSources: 300,
  crdBundles: 12,
  touchedApps: 25
};

export interface GeneratedRepo {
  dir: string;
  base: string;
  head: string;
  files: number;
  bytes: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (r: () => number, n: number): string =>
  Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');

function git(dir: string, ...args: string[]): string {
  const res = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com'
    }
  });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr}`);
  return res.stdout.trim();
}

function deployment(r: () => number, team: string, app: string, tag: string): string {
  const containers = 1 + Math.floor(r() * 2);
  const cs = Array.from({ length: containers }, (_, i) => {
    const name = i === 0 ? app : `${app}-sidecar`;
    const image =
      i === 0 ? `quay.io/${team}/${app}:${tag}` : `registry.example.com/platform/envoy@sha256:${hex(r, 64)}`;
    return `        - name: ${name}
          image: ${image}
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: ${8000 + i}
              name: http${i}
          env:
            - name: LOG_LEVEL
              value: info
            - name: TEAM
              value: ${team}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: "1", memory: 512Mi}
          readinessProbe:
            httpGet: {path: /healthz, port: ${8000 + i}}
            periodSeconds: 10`;
  });
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${team}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: ${team}
spec:
  replicas: ${1 + Math.floor(r() * 5)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
    spec:
      serviceAccountName: ${app}
      containers:
${cs.join('\n')}
`;
}

function service(app: string, team: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${team}
spec:
  selector:
    app.kubernetes.io/name: ${app}
  ports:
    - name: http
      port: 80
      targetPort: 8000
`;
}

function configMap(r: () => number, app: string, team: string): string {
  const lines = Array.from({ length: 20 + Math.floor(r() * 60) }, (_, i) => `    key.${i} = ${hex(r, 24)}`);
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: ${team}
data:
  application.properties: |
${lines.join('\n')}
`;
}

function rbac(app: string, team: string): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app}
  namespace: ${team}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${app}
  namespace: ${team}
rules:
  - apiGroups: [""]
    resources: [configmaps, secrets]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${app}
  namespace: ${team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: ${app}}
subjects:
  - {kind: ServiceAccount, name: ${app}, namespace: ${team}}
`;
}

function hpa(app: string, team: string): string {
  return `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${app}
  namespace: ${team}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${app}}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
`;
}

/** A CustomResourceDefinition bundle: deep openAPIV3Schema trees, the bulk of real repos' bytes. */
function crdBundle(r: () => number, i: number): string {
  const prop = (depth: number, indent: string): string => {
    if (depth === 0) return `${indent}type: string\n${indent}description: ${hex(r, 40)}\n`;
    let s = `${indent}type: object\n${indent}properties:\n`;
    for (let k = 0; k < 4; k++) s += `${indent}  field${k}${hex(r, 4)}:\n${prop(depth - 1, indent + '    ')}`;
    return s;
  };
  const crds: string[] = [];
  for (let c = 0; c < 6; c++) {
    crds.push(`apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets${c}.bundle${i}.example.com
spec:
  group: bundle${i}.example.com
  names: {kind: Widget${c}, plural: widgets${c}}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
${prop(4, '          ')}`);
  }
  return crds.join('---\n');
}

function idmsFile(name: string, sources: string[], mirrorHost: string): string {
  return `# Written by oc-mirror
apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata:
  name: ${name}
spec:
  imageDigestMirrors:
${sources.map((s) => `    - source: ${s}\n      mirrors:\n        - ${mirrorHost}/${s.split('/').slice(1).join('/')}`).join('\n')}
`;
}

function clusterFiles(
  r: () => number,
  cluster: string,
  shape: MonorepoShape,
  extraSource?: string
): Record<string, string> {
  const files: Record<string, string> = {};
  const host = `mirror.${cluster}.corp.example:5000`;
  const sources = Array.from({ length: shape.mirroredSources }, (_, i) => `quay.io/vendor${i % 40}/image${i}`);
  if (extraSource) sources.push(extraSource);
  const per = 50;
  for (let i = 0; i * per < sources.length; i++) {
    files[`clusters/${cluster}/mirrors/idms-${i}.yaml`] = idmsFile(
      `mirrors-${i}`,
      sources.slice(i * per, (i + 1) * per),
      host
    );
  }
  files[`clusters/${cluster}/mirrors/release-itms.yaml`] = `apiVersion: config.openshift.io/v1
kind: ImageTagMirrorSet
metadata:
  name: release-tags
spec:
  imageTagMirrors:
    - source: registry.redhat.io/ubi9
      mirrors: [${host}/ubi9]
`;
  files[`clusters/${cluster}/config/image.yaml`] = `apiVersion: config.openshift.io/v1
kind: Image
metadata:
  name: cluster
spec:
  registrySources:
    blockedRegistries: [untrusted.example.com]
`;
  files[`clusters/${cluster}/config/pools.yaml`] = `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfigPool
metadata:
  name: worker
spec:
  maxUnavailable: ${1 + Math.floor(r() * 3)}
  machineConfigSelector:
    matchLabels: {machineconfiguration.openshift.io/role: worker}
  nodeSelector:
    matchLabels: {node-role.kubernetes.io/worker: ""}
`;
  files[`clusters/${cluster}/config/machinesets.yaml`] = ['a', 'b', 'c']
    .map(
      (z) => `apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata:
  name: ${cluster}-worker-${z}
  namespace: openshift-machine-api
spec:
  replicas: ${2 + Math.floor(r() * 6)}
  template:
    metadata:
      labels: {machine.openshift.io/cluster-api-machine-role: worker}
`
    )
    .join('---\n');
  // Cluster-scoped operators and namespaces: files the prefilter must pass over.
  for (let i = 0; i < 30; i++) {
    files[`clusters/${cluster}/namespaces/ns-${i}.yaml`] =
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${i}\n  labels: {cluster: ${cluster}}\n`;
  }
  return files;
}

function tree(shape: MonorepoShape, side: 'base' | 'head'): Record<string, string> {
  const r = rng(42);
  const files: Record<string, string> = {};
  const clusters = Array.from({ length: shape.clusters }, (_, i) => `prod-${i}`);
  files['.github/registry-plan.yaml'] = `openshiftVersion: "4.19"
failOn: error
clusters:
${clusters.map((c) => `  - name: ${c}\n    paths: ["clusters/${c}/**", "apps/**"]\n    pools: {master: {nodes: 3}}`).join('\n')}
`;
  for (let i = 0; i < shape.crdBundles; i++) files[`platform/crds/bundle-${i}.yaml`] = crdBundle(r, i);
  for (let a = 0; a < shape.apps; a++) {
    const team = `team${a % 30}`;
    const app = `app${a}`;
    const dir = `apps/${team}/${app}`;
    const tag = side === 'head' && a < shape.touchedApps ? '1.1.0' : '1.0.0';
    files[`${dir}/deployment.yaml`] = deployment(r, team, app, tag);
    files[`${dir}/service.yaml`] = service(app, team);
    files[`${dir}/configmap.yaml`] = configMap(r, app, team);
    files[`${dir}/rbac.yaml`] = rbac(app, team);
    files[`${dir}/hpa.yaml`] = hpa(app, team);
    files[`${dir}/kustomization.yaml`] =
      `resources: [deployment.yaml, service.yaml, configmap.yaml, rbac.yaml, hpa.yaml]\n`;
  }
  clusters.forEach((c, i) =>
    Object.assign(files, clusterFiles(r, c, shape, side === 'head' && i === 0 ? 'quay.io/payments/api' : undefined))
  );
  return files;
}

/** Writes the repository with one commit per side; the PR touches one cluster and a few apps. */
export function generateMonorepo(dir: string, shape: MonorepoShape = DEFAULT_SHAPE): GeneratedRepo {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  const commits: string[] = [];
  let count = 0;
  let bytes = 0;
  for (const side of ['base', 'head'] as const) {
    const files = tree(shape, side);
    count = 0;
    bytes = 0;
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
      count++;
      bytes += Buffer.byteLength(text);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', side);
    commits.push(git(dir, 'rev-parse', 'HEAD'));
  }
  // A CI checkout is a clone: objects arrive in a pack, not as thousands of loose files.
  git(dir, 'repack', '-adq');
  git(dir, 'prune');
  return { dir, base: commits[0]!, head: commits[1]!, files: count, bytes };
}
