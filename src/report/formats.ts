/**
 * The one table of output formats. The command line accepts `--format` for the entries marked `cli`;
 * the action writes every entry's files into its report folder and names them in its outputs. A new
 * format is one entry here (and its module in report/); nothing else lists formats.
 */
import { RULES_DOC_URL } from '../model/rule-catalog.js';
import { reportFindings, type PlanReport } from '../plan/types.js';
import { commentArtifacts, githubPreview, publishFileName, type CommentOptions } from './comment-artifacts.js';
import { planJson } from './json.js';
import { planMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { planText } from './text.js';
import { CLI_FORMATS, orList, type CliFormat } from './format-names.js';

/** What a format needs besides the report. */
export interface ReportContext {
  /** No `clusters` configured: the JSON has the single-cluster shape. */
  implicitCluster: boolean;
  /** The comment names its cluster (several clusters, or a matrix job's `cluster` input). */
  clusterLabel: boolean;
  /** A matrix job's cluster: its publish file carries the cluster's name. */
  namedCluster: boolean;
  toolVersion: string;
  /** The action's comment layout; the defaults when absent. */
  comments?: CommentOptions;
}

export interface ReportFile {
  name: string;
  text: string;
}

export interface OutputFormat {
  name: string;
  /** Selectable with `registry-plan plan --format NAME`. */
  cli: boolean;
  /** The action output that names this format's file, if any. */
  output?: { name: string; file: string };
  /** The files the action writes into its report folder. */
  files(report: PlanReport, ctx: ReportContext): ReportFile[];
}

const json = (v: unknown, indent = 2): string => JSON.stringify(v, null, indent) + '\n';

/** A format that is one text, printed by the command line and written as one file by the action. */
function single<C extends boolean>(
  name: string,
  file: string | undefined,
  output: string | undefined,
  cli: C,
  text: (report: PlanReport, ctx: ReportContext) => string
): OutputFormat & { cli: C; text: typeof text } {
  return {
    name,
    cli,
    output: output && file ? { name: output, file } : undefined,
    text,
    files: (report, ctx) => (file ? [{ name: file, text: text(report, ctx) }] : [])
  };
}

export const PLAN_FORMATS = {
  markdown: single('markdown', 'report.md', 'report-path', true, (r, c) => planMarkdown(r, c.implicitCluster)),
  json: single('json', 'plan.json', 'plan-json', true, (r, c) => json(planJson(r, c.implicitCluster))),
  text: single('text', undefined, undefined, true, (r) => planText(r)),
  sarif: single('sarif', 'results.sarif', 'sarif-path', false, (r, c) =>
    json(toSarif(reportFindings(r), { helpBaseUri: RULES_DOC_URL, toolVersion: c.toolVersion }))
  ),
  // The PR comment(s) exactly as the action posts them, to preview locally.
  github: single('github', undefined, undefined, true, (r, c) => githubPreview(commentArtifacts(r, c))),
  // For the workflow_run publisher: the plan JSON, from which it builds the comments itself (never
  // uploaded markdown: publish/publish-mode.ts).
  comment: {
    name: 'comment',
    cli: false as const,
    files: (report: PlanReport, ctx: ReportContext): ReportFile[] => [
      { name: publishFileName(report, ctx), text: json(planJson(report, ctx.implicitCluster)) }
    ]
  } satisfies OutputFormat
};

/** Every format, in the order the action writes them. */
export const FORMATS: readonly OutputFormat[] = Object.values(PLAN_FORMATS);

type Formats = typeof PLAN_FORMATS;
/** The entries marked `cli`: format-names.ts lists the same names for the command line's parser. */
type CliEntries = { [K in keyof Formats]: Formats[K]['cli'] extends true ? K : never }[keyof Formats];
// Both directions, so a format added here with `cli: true` (or dropped) fails the build until the list agrees.
const sameNames: [CliEntries, CliFormat] extends [CliFormat, CliEntries] ? true : never = true;
void sameNames;
export { CLI_FORMATS, orList, type CliFormat };

/** The report as `--format NAME` prints it. */
export function formatReport(
  report: PlanReport,
  format: CliFormat,
  ctx: Pick<ReportContext, 'implicitCluster'>
): string {
  const full: ReportContext = { clusterLabel: !ctx.implicitCluster, namedCluster: false, toolVersion: '', ...ctx };
  return PLAN_FORMATS[format].text(report, full);
}
