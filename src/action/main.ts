import * as core from '@actions/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../config/settings.js';
import { reportFindings, type PlanReport } from '../plan/types.js';
import type { PlanArtifact } from '../publish/plan-artifact.js';
import type { PublishResult } from '../publish/sticky-comment.js';
import type { CommentArtifact } from '../report/comment-artifacts.js';
import type { OutputFormat, ReportContext } from '../report/formats.js';
import { runContext } from './context.js';
import { targetFromEvent } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { findPublishFiles } from './publish-files.js';

// The engine and the GitHub client load when a mode needs them, not before the action's first line of
// output: the client (Octokit) only when a comment is posted.
const engine = () => import('./engine-modules.js');
const client = () => import('./client-modules.js');

const VERSION = '0.1.0';

/** Outputs are small values; anything large goes through the files in report-dir. */
function setOutputs(report: PlanReport, dir: string, FORMATS: readonly OutputFormat[]): void {
  const all = reportFindings(report);
  const order = ['none', 'reload', 'restart', 'drain', 'reboot'];
  const highest = report.clusters
    .map((c) => c.highestDisruption)
    .reduce((m, d) => (order.indexOf(d) > order.indexOf(m) ? d : m), 'none');
  for (const f of FORMATS) if (f.output) core.setOutput(f.output.name, join(dir, f.output.file));
  core.setOutput('highest-disruption', highest === 'restart' ? 'reload' : highest);
  core.setOutput(
    'reboot-pools',
    report.clusters
      .flatMap((c) =>
        c.pools.filter((p) => p.reboot).map((p) => (report.clusters.length > 1 ? `${c.name}/${p.name}` : p.name))
      )
      .join(',')
  );
  for (const s of ['error', 'warning', 'notice'] as const)
    core.setOutput(`${s}s`, String(all.filter((f) => f.severity === s && !f.waived).length));
  core.setOutput('verdict', report.verdict);
}

async function comment(
  inputs: ActionInputs,
  owner: string,
  repo: string,
  pr: number,
  artifacts: CommentArtifact[]
): Promise<PublishResult[]> {
  const { createClient, publishComments } = await client();
  const github = createClient({ token: inputs.token });
  const results: PublishResult[] = [];
  for (const a of artifacts) {
    const r = await publishComments(github, {
      owner,
      repo,
      issueNumber: pr,
      markerId: a.markerId,
      bodies: a.bodies,
      updateOnly: a.updateOnly === true
    });
    // The message already says what to do and that the verdict does not depend on it.
    if (!r.ok) core.warning(`No PR comment for ${a.markerId}: ${r.message}`);
    results.push(r);
  }
  return results;
}

/**
 * planRangeChecked, with the `check-auth` secret (when given) in a private file for the length of the
 * check: skopeo takes credentials only from a file. The file is removed whatever happens.
 */
async function planWithPullChecks(
  settings: Settings,
  refs: { base: string; head: string },
  checkAuth: string | undefined
): Promise<PlanReport> {
  const { planRangeChecked, today } = await engine();
  let dir: string | undefined;
  let s = settings;
  if (checkAuth && s.checkPulls && !s.checkPulls.authfile) {
    dir = mkdtempSync(join(process.env['RUNNER_TEMP'] || tmpdir(), 'registry-plan-auth-'));
    const authfile = join(dir, 'auth.json');
    writeFileSync(authfile, checkAuth, { mode: 0o600 });
    s = { ...s, checkPulls: { ...s.checkPulls, authfile } };
  }
  try {
    return await planRangeChecked(s, refs, today(), (line) => core.info(line));
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

type Engine = Awaited<ReturnType<typeof engine>>;
type Target = ReturnType<typeof targetFromEvent>;

/** The plan of the range, with the gate's configuration read from the trusted side (the base commit). */
async function planTrusted(
  e: Engine,
  inputs: ActionInputs,
  refs: { base: string; head: string }
): Promise<{ report: PlanReport; settings: Settings }> {
  // The gate comes from the trusted side: the base commit's configuration (see docs/github-action.md).
  const trusted = e.trustedConfig(
    inputs.overrides.repo ?? process.cwd(),
    refs,
    inputs.overrides.config,
    e.parseConfigFrom(inputs.configFrom)
  );
  const settings = e.resolveSettings(
    { ...inputs.overrides, cluster: inputs.cluster },
    trusted.readText,
    trusted.readHeadText
  );
  const planned = await planWithPullChecks(settings, refs, inputs.checkAuth);
  return { report: e.withConfigChange(planned, trusted, settings.failOn), settings };
}

/** Every output format's files (plan.json, report.md, results.sarif, the publish files), annotations, outputs. */
function writeReports(e: Engine, inputs: ActionInputs, report: PlanReport, ctx: ReportContext): void {
  const dir = inputs.reportDir;
  mkdirSync(dir, { recursive: true });
  for (const f of e.FORMATS) for (const file of f.files(report, ctx)) writeFileSync(join(dir, file.name), file.text);
  if (inputs.annotations) e.issueAnnotations(e.planAnnotations(reportFindings(report)));
  setOutputs(report, dir, e.FORMATS);
}

/**
 * The sticky comments, when the event has a pull request to comment on. Returns the notes the job summary
 * shows when a comment could not be written (a fork's read-only token, a rate limit).
 */
async function commentOnTarget(inputs: ActionInputs, target: Target, artifacts: CommentArtifact[]): Promise<string[]> {
  if (!inputs.comment) return [];
  if (!target.comment.comment) {
    core.info(`No PR comment for a ${target.description}: ${target.comment.reason}.`);
    return [];
  }
  const { repo } = runContext();
  const results = await comment(inputs, repo.owner, repo.repo, target.comment.issueNumber, artifacts);
  core.setOutput('comment-id', results.flatMap((r) => r.commentIds).join(','));
  return results.filter((r) => !r.ok).map((r) => `> **No pull request comment.** ${r.message}\n`);
}

/** analyze: plan the range, write every report file, annotate, comment when allowed, gate on the verdict. */
async function analyze(inputs: ActionInputs): Promise<void> {
  const { eventName, payload, repo } = runContext();
  const target = targetFromEvent(eventName, payload as Parameters<typeof targetFromEvent>[1], repo.owner, repo.repo);
  const base = inputs.base ?? target.base;
  const head = inputs.head ?? target.head;
  if (!base || !head) {
    core.setFailed(
      `registry-plan needs a base and a head commit: the ${target.description} does not give them; set the base and head inputs.`
    );
    return;
  }
  const e = await engine();
  const { report, settings } = await planTrusted(e, inputs, { base, head });
  for (const line of e.checkPullsNotes(report)) core.warning(line);
  const ctx: ReportContext = {
    implicitCluster: settings.implicitCluster,
    // A named cluster (matrix job) says which cluster its comment is about, as with several clusters.
    clusterLabel: !settings.implicitCluster || inputs.cluster !== undefined,
    namedCluster: inputs.cluster !== undefined,
    toolVersion: VERSION,
    comments: inputs.comments
  };
  writeReports(e, inputs, report, ctx);
  // Commenting comes before the summary so that the summary can say why a comment is missing: the
  // summary is the one place every reader of the check sees.
  const notes = await commentOnTarget(inputs, target, e.commentArtifacts(report, ctx));
  await e.writeJobSummary([...notes, e.PLAN_FORMATS.markdown.text(report, ctx)].join('\n'), {
    fullReportAt: `the report artifact (${join(inputs.reportDir, 'report.md')})`
  });
  if (report.verdict !== 'pass') {
    core.setFailed(
      report.verdict === 'cannot-evaluate'
        ? 'registry-plan cannot evaluate this change: some manifests could not be read (see the annotations and the job summary).'
        : `registry-plan verdict: fail (a finding reaches fail-on: ${report.failOn}). See the PR comment or the job summary.`
    );
  }
}

/**
 * publish: for a workflow_run job that has the base repository's token. It reads only the uploaded plan
 * JSON (validated and rebuilt: publish/plan-artifact.ts), renders the comments from it with the same
 * code as analyze, takes the PR number from the event, and never checks out or runs PR code.
 */
async function publish(inputs: ActionInputs): Promise<void> {
  const { payload, repo } = runContext();
  const {
    createClient,
    checkPlanMatchesRun,
    findPullRequestForRun,
    maxCommentsFor,
    mergePlanArtifacts,
    planComments,
    readPlanArtifact
  } = await client();
  const plans: PlanArtifact[] = [];
  for (const p of findPublishFiles(inputs.artifactPath)) {
    const read = await readPlanArtifact(p);
    if (!read.ok) {
      core.setFailed(`publish: ${read.error}`);
      return;
    }
    plans.push(read.artifact);
  }
  if (!plans.length) {
    core.setFailed(`publish: no publish*.json report in ${inputs.artifactPath}`);
    return;
  }
  const plan = mergePlanArtifacts(plans);
  if (!plan.ok) {
    core.setFailed(`publish: ${plan.error}`);
    return;
  }
  const clusters = plan.artifact.report.clusters.length;
  if (clusters > inputs.maxClusters) {
    core.setFailed(
      `publish: the plan has ${clusters} clusters, more than max-clusters (${inputs.maxClusters}); nothing was posted`
    );
    return;
  }
  const target = await findPullRequestForRun(createClient({ token: inputs.token }), payload);
  if (!target.ok) {
    core.setFailed(`publish: ${target.error}`);
    return;
  }
  const mismatch = checkPlanMatchesRun(plan.artifact.report, target.target);
  if (mismatch) {
    core.setFailed(`publish: ${mismatch}`);
    return;
  }
  const comments = planComments(plan.artifact, inputs.comments);
  core.info(
    `publish: ${comments.length} comment(s) for ${plan.artifact.report.clusters.length} cluster(s), at most ${maxCommentsFor(plan.artifact.report, inputs.comments)} bodies`
  );
  const results = await comment(inputs, repo.owner, repo.repo, target.target.pullNumber, comments);
  core.setOutput('comment-id', results.flatMap((r) => r.commentIds).join(','));
  // The verdict the plan's findings make (checked when it was read); the analyze run's check is the gate.
  core.setOutput('verdict', plan.artifact.report.verdict);
}

export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs();
    if (inputs.mode === 'publish') await publish(inputs);
    else await analyze(inputs);
  } catch (e) {
    core.setFailed(`registry-plan: ${(e as Error).message}`);
  }
}
