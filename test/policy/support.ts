/** Drives the real pipeline (load → model → render → plan → policy) from in-memory manifests. */
import { resolveSettings } from '../../src/config/resolve.js';
import type { Settings } from '../../src/config/settings.js';
import type { RepoFile } from '../../src/load/sources.js';
import type { Finding } from '../../src/model/types.js';
import { evaluateSide } from '../../src/pipeline/evaluate-side.js';
import type { SideResult } from '../../src/plan/types.js';
import { buildClusterPlan } from '../../src/plan/build-cluster-plan.js';
import { applyPolicy } from '../../src/policy/index.js';
import { verdictOf } from '../../src/policy/verdict.js';
import { expectClusterContract } from '../support/plan-contract.js';

export type Tree = Record<string, string>;

export function repoFiles(tree: Tree): RepoFile[] {
  return Object.entries(tree).map(([path, text]) => ({
    path,
    size: Buffer.byteLength(text),
    key: `${path}:${text}`,
    read: () => Buffer.from(text)
  }));
}

export const CONFIG_PATH = '.github/registry-plan.yaml';

/** Settings as the CLI resolves them, from an optional configuration file text. */
export function settingsFrom(configText?: string): Settings {
  return resolveSettings({ repo: '/repo' }, (p) =>
    configText !== undefined && p.endsWith(CONFIG_PATH) ? configText : undefined
  );
}

export interface Run {
  findings: Finding[];
  plan: ReturnType<typeof buildClusterPlan>;
  head: SideResult;
  base?: SideResult;
  settings: Settings;
}

export interface RunOptions {
  base?: Tree;
  config?: string;
  today?: string;
  changedPaths?: string[];
  cluster?: number;
}

export function run(head: Tree, opts: RunOptions = {}): Run {
  const settings = settingsFrom(opts.config);
  const cluster = settings.clusters[opts.cluster ?? 0]!;
  const h = evaluateSide(repoFiles(head), settings, cluster);
  const b = evaluateSide(repoFiles(opts.base ?? {}), settings, cluster);
  const plan = buildClusterPlan({ cluster, settings, base: b, head: h, baseRef: 'base', headRef: 'head' });
  const findings = applyPolicy({
    plan,
    base: b,
    head: h,
    cluster,
    settings,
    today: opts.today ?? '2025-06-01',
    ...(opts.changedPaths ? { changedPaths: opts.changedPaths } : {})
  });
  expectClusterContract({ ...plan, findings, verdict: verdictOf(findings, settings.failOn) }, settings.failOn);
  return { findings, head: h, base: b, settings, plan };
}

export const ofRule = (fs: Finding[], rule: string): Finding[] => fs.filter((f) => f.rule === rule);

export function idms(
  name: string,
  entries: Array<{ source: string; mirrors: string[]; policy?: string }>,
  annotations?: Record<string, string>
): string {
  return (
    [
      'apiVersion: config.openshift.io/v1',
      'kind: ImageDigestMirrorSet',
      'metadata:',
      `  name: ${name}`,
      ...(annotations
        ? ['  annotations:', ...Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)]
        : []),
      'spec:',
      '  imageDigestMirrors:',
      ...entries.flatMap((e) => [
        `  - source: ${e.source}`,
        '    mirrors:',
        ...e.mirrors.map((m) => `    - ${m}`),
        ...(e.policy ? [`    mirrorSourcePolicy: ${e.policy}`] : [])
      ])
    ].join('\n') + '\n'
  );
}

export function itms(name: string, entries: Array<{ source: string; mirrors: string[]; policy?: string }>): string {
  return idms(name, entries)
    .replace('kind: ImageDigestMirrorSet', 'kind: ImageTagMirrorSet')
    .replace('imageDigestMirrors', 'imageTagMirrors');
}

export function icsp(name: string, entries: Array<{ source: string; mirrors: string[] }>): string {
  return (
    [
      'apiVersion: operator.openshift.io/v1alpha1',
      'kind: ImageContentSourcePolicy',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  repositoryDigestMirrors:',
      ...entries.flatMap((e) => [`  - source: ${e.source}`, '    mirrors:', ...e.mirrors.map((m) => `    - ${m}`)])
    ].join('\n') + '\n'
  );
}

export function image(
  sources: Partial<
    Record<
      'allowedRegistries' | 'blockedRegistries' | 'insecureRegistries' | 'containerRuntimeSearchRegistries',
      string[]
    >
  >,
  annotations?: Record<string, string>
): string {
  return (
    [
      'apiVersion: config.openshift.io/v1',
      'kind: Image',
      'metadata:',
      '  name: cluster',
      ...(annotations
        ? ['  annotations:', ...Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)]
        : []),
      'spec:',
      '  registrySources:',
      ...Object.entries(sources).flatMap(([k, v]) => [`    ${k}:`, ...v!.map((x) => `    - ${JSON.stringify(x)}`)])
    ].join('\n') + '\n'
  );
}

export const REQUIRED_ALLOWED = ['registry.redhat.io', 'quay.io', 'image-registry.openshift-image-registry.svc:5000'];
