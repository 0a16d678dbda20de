import * as core from '@actions/core';
import type { Overrides } from '../config/resolve.js';
import { MAX_PUBLISH_CLUSTERS } from '../publish/limits.js';
import type { CommentOptions } from '../report/comment-artifacts.js';

export type Mode = 'analyze' | 'publish';

/** The action's inputs, typed; the only place that calls core.getInput. */
export interface ActionInputs {
  mode: Mode;
  overrides: Overrides;
  token: string;
  comment: boolean;
  /** comment-unchanged-clusters and comment-layout. */
  comments: CommentOptions;
  annotations: boolean;
  /** Folder for plan.json, report.md, results.sarif and publish.json. */
  reportDir: string;
  base?: string;
  head?: string;
  /** publish mode: the downloaded publish.json, or a folder of them. */
  artifactPath: string;
  /** publish mode: the most clusters one run may comment for (the workflow's matrix size); a plan with more is refused. */
  maxClusters: number;
  /** One cluster of the configuration (a matrix job), or the name of the implicit one. */
  cluster?: string;
  /** check-pulls: a containers-auth.json's content from a secret (masked; written to a private file). */
  checkAuth?: string;
  /** Which side's configuration file is in force: base (default, trusted) or head. */
  configFrom?: string;
}

const list = (name: string): string[] | undefined => {
  const v = core
    .getMultilineInput(name)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  return v.length ? v : undefined;
};
const opt = (name: string): string | undefined => core.getInput(name) || undefined;
/** Booleans with the action.yml default, so a run without the input (tests, local runs) behaves like GitHub's. */
const flag = (name: string, fallback: boolean): boolean =>
  core.getInput(name) === '' ? fallback : core.getBooleanInput(name);

/** An input that holds a secret: masked in every log line from here on. */
function masked(v: string | undefined): string | undefined {
  if (v) core.setSecret(v);
  return v;
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const mode = (core.getInput('mode') || 'analyze') as Mode;
  if (mode !== 'analyze' && mode !== 'publish')
    throw new Error(`input mode must be analyze or publish (got "${mode}")`);
  const reportDir = core.getInput('report-dir') || `${env['RUNNER_TEMP'] ?? '.'}/registry-plan`;
  const layout = core.getInput('comment-layout') || 'per-cluster';
  if (layout !== 'per-cluster' && layout !== 'combined')
    throw new Error(`input comment-layout must be per-cluster or combined (got "${layout}")`);
  return {
    mode,
    overrides: {
      repo: env['GITHUB_WORKSPACE'] ?? process.cwd(),
      paths: list('paths'),
      config: opt('config'),
      openshiftVersion: opt('openshift-version'),
      fromVersion: opt('from-version'),
      toVersion: opt('to-version'),
      failOn: opt('fail-on'),
      checkPulls: opt('check-pulls'),
      checkAuthfile: opt('check-authfile'),
      checkParallelism: opt('check-parallelism'),
      checkTimeout: opt('check-timeout'),
      checkBudget: opt('check-budget')
    },
    token: core.getInput('token'),
    comment: flag('comment', true),
    comments: { unchangedClusters: flag('comment-unchanged-clusters', false), layout },
    annotations: flag('annotations', true),
    reportDir,
    base: opt('base'),
    head: opt('head'),
    artifactPath: core.getInput('artifact-path') || `${reportDir}/publish.json`,
    maxClusters: maxClusters(core.getInput('max-clusters')),
    cluster: opt('cluster'),
    checkAuth: masked(opt('check-auth')),
    configFrom: opt('config-from')
  };
}

/** `max-clusters`: a whole number from 1 to MAX_PUBLISH_CLUSTERS; empty is that bound. */
function maxClusters(raw: string): number {
  if (raw === '') return MAX_PUBLISH_CLUSTERS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PUBLISH_CLUSTERS) {
    throw new Error(`input max-clusters must be a whole number from 1 to ${MAX_PUBLISH_CLUSTERS} (got "${raw}")`);
  }
  return n;
}
