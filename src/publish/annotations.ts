/**
 * Findings as workflow-command annotations on the manifest lines that cause them. GitHub shows at most
 * 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so we choose which ones
 * show: most severe first, lines the pull request changed before untouched ones, and one closing notice
 * that says how many more are in the job summary.
 */
import * as core from '@actions/core';
import type { Finding, Severity } from '../model/types.js';

export type AnnotatedFinding = Finding & {
  /** The finding points at a line the pull request added or modified. */
  changed?: boolean;
};

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  line?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Workflow-command lines (`::error file=…::…`), ready for stdout. */
  commands: string[];
  /** Findings left out because of the caps (excluding waived ones, which never annotate). */
  omitted: number;
}

export interface AnnotationCaps {
  error: number;
  warning: number;
  notice: number;
}

/** Per-step limits documented in actions/toolkit docs/problem-matchers.md. */
export const GITHUB_ANNOTATION_CAPS: AnnotationCaps = { error: 10, warning: 10, notice: 10 };

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Escaping for a workflow command's message (data), as @actions/core does. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a workflow command's property values, where `:` and `,` are separators. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(a: Annotation): string {
  const props: string[] = [];
  if (a.file) props.push(`file=${escapeProperty(a.file)}`);
  if (a.file && a.line && a.line > 0) props.push(`line=${a.line}`);
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
}

function compareFindings(a: AnnotatedFinding, b: AnnotatedFinding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    Number(b.changed === true) - Number(a.changed === true) ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.rule.localeCompare(b.rule)
  );
}

/** Chooses and formats the annotations for one step. Pure. */
export function planAnnotations(
  findings: AnnotatedFinding[],
  caps: AnnotationCaps = GITHUB_ANNOTATION_CAPS,
  summaryName = 'the job summary'
): AnnotationPlan {
  const active = findings.filter((f) => !f.waived).sort(compareFindings);
  const chosen: AnnotatedFinding[] = [];
  const left: AnnotatedFinding[] = [];
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of active) {
    if (taken[f.severity] < caps[f.severity]) {
      taken[f.severity]++;
      chosen.push(f);
    } else {
      left.push(f);
    }
  }
  // The "N more" notice needs a notice slot of its own, or GitHub would drop it as the 11th notice.
  if (left.length > 0 && taken.notice >= caps.notice && caps.notice > 0) {
    const lastNotice = chosen.map((f) => f.severity).lastIndexOf('notice');
    left.push(...chosen.splice(lastNotice, 1));
  }
  const annotations: Annotation[] = chosen.map((f) => ({
    level: f.severity,
    message: f.message,
    title: `registry-plan: ${f.rule}`,
    ...(f.file ? { file: f.file } : {}),
    ...(f.file && f.line > 0 ? { line: f.line } : {})
  }));
  if (left.length > 0 && caps.notice > 0) {
    const n = left.length;
    annotations.push({
      level: 'notice',
      title: 'registry-plan: more findings',
      message: `${n} more ${n === 1 ? 'finding' : 'findings'} in ${summaryName} (GitHub shows at most ${caps.error} errors, ${caps.warning} warnings and ${caps.notice} notices per step).`
    });
  }
  return { annotations, commands: annotations.map(formatCommand), omitted: left.length };
}

/** Issues the annotations through @actions/core (which applies the same escaping). */
export function issueAnnotations(
  plan: AnnotationPlan,
  sink: Pick<typeof core, 'error' | 'warning' | 'notice'> = core
): void {
  for (const a of plan.annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) props.file = a.file;
    if (a.line) props.startLine = a.line;
    sink[a.level](a.message, props);
  }
}
