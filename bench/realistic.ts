import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A realistic GitOps monorepo, the shape platform teams report (issue 16): most bytes are things that
 * cannot matter to nodes (1–4 MB CRD bundles, rendered Helm charts, Helm values, Deployments with long
 * env lists), beside a few clusters whose node configuration is oc-mirror output of hundreds of sources
 * per file. Written straight into Git with `git fast-import` (seeded, so two machines measure the same
 * repository) and packed, as a CI clone would have it.
 */
export interface RealisticShape {
  /** Approximate number of files on one side. */
  files: number;
  clusters: number;
  /** oc-mirror files per cluster (IDMS, ITMS and ICSP in turn): 3 x 7 is the issue's twenty files of 300 sources. */
  mirrorFiles: number;
  /** Sources per oc-mirror file. */
  sourcesPerFile: number;
  /** CRD bundles of 1–4 MB each. */
  crds: number;
  seed: number;
}

export const REALISTIC: RealisticShape = {
  files: 20000,
  clusters: 3,
  mirrorFiles: 7,
  sourcesPerFile: 300,
  crds: 20,
  seed: 7
};

export interface RealisticRepo {
  dir: string;
  base: string;
  head: string;
  files: number;
  bytes: number;
  sources: number;
}

type Rand = () => number;

function rng(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (r: Rand, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return s;
};
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const REGISTRIES = ['quay.io', 'registry.redhat.io', 'docker.io', 'ghcr.io', 'registry.example.com'] as const;

function image(r: Rand, team: string, app: string, tag: string): string {
  const reg = pick(r, REGISTRIES);
  return r() < 0.3 ? `${reg}/${team}/${app}@sha256:${hex(r, 64)}` : `${reg}/${team}/${app}:${tag}`;
}

function envList(r: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    s +=
      r() < 0.2
        ? `            - name: SECRET_${i}\n              valueFrom:\n                secretKeyRef: {name: app-secrets, key: k${i}}\n`
        : `            - name: SETTING_${i}_${hex(r, 4).toUpperCase()}\n              value: "${hex(r, 16 + Math.floor(r() * 48))}"\n`;
  }
  return s;
}

function deployment(r: Rand, team: string, app: string, tag: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${team}
  labels: {app.kubernetes.io/name: ${app}, app.kubernetes.io/part-of: ${team}}
spec:
  replicas: ${1 + Math.floor(r() * 5)}
  selector:
    matchLabels: {app.kubernetes.io/name: ${app}}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ${app}}
    spec:
      initContainers:
        - name: migrate
          image: ${image(r, team, `${app}-migrate`, tag)}
      containers:
        - name: ${app}
          image: ${image(r, team, app, tag)}
          imagePullPolicy: IfNotPresent
          env:
${envList(r, 20 + Math.floor(r() * 40))}          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: "1", memory: 512Mi}
`;
}

/** Helm values: image fields as charts spell them (repository + tag), plus the usual noise. */
function helmValues(r: Rand, team: string, app: string, tag: string): string {
  let extra = '';
  for (let i = 0; i < 40 + Math.floor(r() * 120); i++) extra += `  option${i}: ${hex(r, 20)}\n`;
  return `# Default values for ${app}.
replicaCount: 2
image:
  repository: ${pick(r, REGISTRIES)}/${team}/${app}
  tag: "${tag}"
  pullPolicy: IfNotPresent
serviceAccount: {create: true, name: ${app}}
ingress:
  enabled: true
  hosts: [{host: ${app}.apps.example.com, paths: [{path: /, pathType: Prefix}]}]
config:
${extra}`;
}

/** A rendered chart: several documents, one of them a StatefulSet with images. */
function renderedChart(r: Rand, team: string, app: string, tag: string): string {
  const docs: string[] = [];
  for (let i = 0; i < 3; i++) {
    let data = '';
    for (let k = 0; k < 30 + Math.floor(r() * 60); k++) data += `  key-${k}.conf: "${hex(r, 40)}"\n`;
    docs.push(
      `# Source: ${app}/templates/configmap-${i}.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-${i}\n  namespace: ${team}\ndata:\n${data}`
    );
  }
  docs.push(`# Source: ${app}/templates/statefulset.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${app}-db
  namespace: ${team}
spec:
  serviceName: ${app}-db
  selector: {matchLabels: {app: ${app}-db}}
  template:
    metadata: {labels: {app: ${app}-db}}
    spec:
      containers:
        - name: db
          image: ${image(r, team, `${app}-db`, tag)}
          env:
${envList(r, 10)}`);
  return docs.join('---\n');
}

/** A CRD bundle of about `bytes` bytes: deep openAPIV3Schema trees with long descriptions. */
function crdBundle(r: Rand, i: number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let c = 0; size < bytes; c++) {
    let props = '';
    for (let f = 0; f < 400; f++) {
      props += `              field${f}${hex(r, 4)}:\n                type: ${pick(r, ['string', 'integer', 'boolean'])}\n                description: ${hex(r, 60)} ${hex(r, 60)}\n`;
    }
    const doc = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: things${c}.bundle${i}.example.com
spec:
  group: bundle${i}.example.com
  names: {kind: Thing${c}, plural: things${c}}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
${props}`;
    parts.push(doc);
    size += doc.length;
  }
  return parts.join('---\n');
}

function mirrorFile(kind: 'IDMS' | 'ITMS' | 'ICSP', name: string, sources: string[], host: string): string {
  const entry = (s: string): string =>
    `  - mirrors:\n    - ${host}/${s.split('/').slice(1).join('/')}\n    source: ${s}\n`;
  if (kind === 'ICSP')
    return `apiVersion: operator.openshift.io/v1alpha1\nkind: ImageContentSourcePolicy\nmetadata:\n  name: ${name}\nspec:\n  repositoryDigestMirrors:\n${sources.map(entry).join('')}`;
  const [k, field] =
    kind === 'IDMS' ? ['ImageDigestMirrorSet', 'imageDigestMirrors'] : ['ImageTagMirrorSet', 'imageTagMirrors'];
  return `apiVersion: config.openshift.io/v1\nkind: ${k}\nmetadata:\n  name: ${name}\nspec:\n  ${field}:\n${sources.map(entry).join('')}`;
}

function clusterFiles(r: Rand, cluster: string, shape: RealisticShape, side: 'base' | 'head'): Map<string, string> {
  const files = new Map<string, string>();
  const host = `mirror.${cluster}.corp.example:5000`;
  const kinds = ['IDMS', 'ITMS', 'ICSP'] as const;
  for (let f = 0; f < shape.mirrorFiles; f++) {
    const sources = Array.from(
      { length: shape.sourcesPerFile },
      (_, i) => `${pick(r, REGISTRIES)}/vendor${f}/image${i}-${hex(r, 3)}`
    );
    // The PR: oc-mirror's next run adds a source to the first file of the first cluster.
    if (side === 'head' && f === 0 && cluster === 'cluster-0') sources.push('quay.io/payments/api');
    const kind = kinds[f % kinds.length]!;
    files.set(
      `clusters/${cluster}/oc-mirror/${kind.toLowerCase()}-${f}.yaml`,
      mirrorFile(kind, `oc-mirror-${f}`, sources, host)
    );
  }
  files.set(
    `clusters/${cluster}/config/image.yaml`,
    'apiVersion: config.openshift.io/v1\nkind: Image\nmetadata:\n  name: cluster\nspec:\n  registrySources:\n    blockedRegistries: [untrusted.example.com]\n'
  );
  files.set(
    `clusters/${cluster}/config/pools.yaml`,
    `apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfigPool\nmetadata:\n  name: worker\nspec:\n  maxUnavailable: 2\n  machineConfigSelector:\n    matchLabels: {machineconfiguration.openshift.io/role: worker}\n`
  );
  return files;
}

/** One side's files. Generated from the same seed for both sides, so unchanged files are byte-identical. */
function tree(shape: RealisticShape, side: 'base' | 'head'): Map<string, string> {
  const r = rng(shape.seed);
  const files = new Map<string, string>();
  const clusters = Array.from({ length: shape.clusters }, (_, i) => `cluster-${i}`);
  files.set(
    '.github/registry-plan.yaml',
    `openshiftVersion: "4.19"\nfailOn: error\nclusters:\n${clusters
      .map(
        (c) =>
          `  - name: ${c}\n    paths: ["clusters/${c}/**", "apps/**", "charts/**"]\n    pools: {master: {nodes: 3}}`
      )
      .join('\n')}\n`
  );
  for (let i = 0; i < shape.crds; i++)
    files.set(`platform/crds/bundle-${i}.yaml`, crdBundle(r, i, (1 + (i % 4)) * 1_000_000));
  for (const c of clusters) for (const [p, t] of clusterFiles(r, c, shape, side)) files.set(p, t);
  // The rest: apps of four files each (Deployment, Helm values, rendered chart, kustomization).
  const apps = Math.max(1, Math.floor((shape.files - files.size) / 4));
  for (let a = 0; a < apps; a++) {
    const team = `team${a % 40}`;
    const app = `app${a}`;
    const tag = side === 'head' && a % 500 === 0 ? '2.0.0' : '1.0.0';
    files.set(`apps/${team}/${app}/deployment.yaml`, deployment(r, team, app, tag));
    files.set(`charts/${team}/${app}/values.yaml`, helmValues(r, team, app, tag));
    files.set(`charts/${team}/${app}/rendered.yaml`, renderedChart(r, team, app, tag));
    files.set(`apps/${team}/${app}/kustomization.yaml`, 'resources: [deployment.yaml]\n');
  }
  return files;
}

function git(dir: string, args: string[], input?: Buffer): string {
  const res = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, encoding: 'buffer' });
  if (res.status !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr.toString()}`);
  return res.stdout.toString().trim();
}

/** A fast-import stream of two commits (base, head) with a full tree each; blobs are deduplicated by git. */
function fastImport(shape: RealisticShape): { stream: Buffer; files: number; bytes: number } {
  const chunks: Buffer[] = [];
  let files = 0;
  let bytes = 0;
  let mark = 0;
  const when = 1767225600; // fixed: 2026-01-01
  for (const side of ['base', 'head'] as const) {
    const t = tree(shape, side);
    const marks: Array<[string, number]> = [];
    for (const [path, text] of t) {
      const data = Buffer.from(text);
      chunks.push(Buffer.from(`blob\nmark :${++mark}\ndata ${data.length}\n`), data, Buffer.from('\n'));
      marks.push([path, mark]);
    }
    files = t.size;
    bytes = [...t.values()].reduce((n, s) => n + Buffer.byteLength(s), 0);
    const msg = `${side}\n`;
    chunks.push(
      Buffer.from(
        `commit refs/heads/main\nmark :${++mark}\ncommitter bench <bench@example.com> ${when} +0000\ndata ${msg.length}\n${msg}` +
          'deleteall\n' +
          marks.map(([p, m]) => `M 100644 :${m} ${p}\n`).join('') +
          '\n'
      )
    );
  }
  return { stream: Buffer.concat(chunks), files, bytes };
}

export function generateRealistic(dir: string, shape: RealisticShape): RealisticRepo {
  // The generator is deterministic: a repository already generated with this exact shape is reused
  // (generating the 20,000-file one takes minutes). The stamp is written last, so a run interrupted
  // while generating leaves no stamp and is regenerated.
  const stamp = join(dir, '.git', 'bench-shape.json');
  const wanted = JSON.stringify(shape);
  if (existsSync(stamp)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8')) as { shape: string; repo: RealisticRepo };
    if (saved.shape === wanted) return { ...saved.repo, dir };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const { stream, files, bytes } = fastImport(shape);
  git(dir, ['fast-import', '--quiet'], stream);
  git(dir, ['repack', '-adq']);
  const head = git(dir, ['rev-parse', 'main']);
  const base = git(dir, ['rev-parse', 'main~1']);
  // The naive floor reads files from a checkout: materialise the base side's tree.
  git(dir, ['checkout', '-q', '-f', base]);
  const repo = { dir, base, head, files, bytes, sources: shape.clusters * shape.mirrorFiles * shape.sourcesPerFile };
  writeFileSync(stamp, JSON.stringify({ shape: wanted, repo }));
  return repo;
}
