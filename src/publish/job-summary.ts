/**
 * The job summary is where the full report goes when the comment cannot hold it, but the runner refuses
 * a step summary over 1 MiB ("supports content up to a size of 1024k") and then shows nothing at all.
 * So the report is cut at a line boundary below the cap, any open code fence or `<details>` is closed,
 * and a note says where the complete report is.
 */
import { appendFile, stat } from 'node:fs/promises';

/** Runner limit for one step's summary file, in bytes. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface FitSummaryResult {
  markdown: string;
  truncated: boolean;
  /** Bytes of the original left out. */
  omittedBytes: number;
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

function closeOpenBlocks(lines: string[]): string[] {
  const closers: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    const top = closers[closers.length - 1];
    if (top && /^[`~]/.test(top)) {
      if (trimmed.length >= top.length && trimmed === top[0]!.repeat(trimmed.length)) closers.pop();
      continue;
    }
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) closers.push(fence[1]!);
    else if (/^<details\b/i.test(trimmed) && !/<\/details>$/i.test(trimmed)) closers.push('</details>');
    else if (/^<\/details>/i.test(trimmed) && top === '</details>') closers.pop();
  }
  return closers.reverse();
}

/** Cuts markdown to at most `capBytes` UTF-8 bytes including the note. Pure. */
export function fitSummary(
  markdown: string,
  capBytes = STEP_SUMMARY_LIMIT,
  fullReportAt = 'the report artifact'
): FitSummaryResult {
  const total = byteLength(markdown);
  if (total <= capBytes) return { markdown, truncated: false, omittedBytes: 0 };
  const noteFor = (omitted: number): string =>
    `\n\n> The report was cut here: ${omitted} more bytes exceed the ${Math.floor(capBytes / 1024)} KiB job summary limit. The complete report is in ${fullReportAt}.\n`;
  // Reserve room for the note (with a generous digit count) and for closing up to a few open blocks.
  const reserve = byteLength(noteFor(total)) + 256;
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = byteLength(line) + 1;
    if (used + cost > capBytes - reserve) break;
    kept.push(line);
    used += cost;
  }
  const closers = closeOpenBlocks(kept);
  const body = kept.join('\n') + (closers.length > 0 ? `\n${closers.join('\n')}` : '');
  const omittedBytes = total - used;
  return { markdown: body + noteFor(omittedBytes), truncated: true, omittedBytes };
}

export interface WriteSummaryOptions {
  /** Defaults to $GITHUB_STEP_SUMMARY. */
  path?: string;
  capBytes?: number;
  fullReportAt?: string;
}

export interface WriteSummaryResult {
  written: boolean;
  truncated: boolean;
  bytes: number;
  reason?: string;
}

/**
 * Appends the report to the step summary. Content another part of this step already wrote counts
 * against the cap. Outside Actions (no $GITHUB_STEP_SUMMARY) nothing is written.
 */
export async function writeJobSummary(
  markdown: string,
  options: WriteSummaryOptions = {}
): Promise<WriteSummaryResult> {
  const path = options.path ?? process.env['GITHUB_STEP_SUMMARY'];
  if (!path) return { written: false, truncated: false, bytes: 0, reason: 'GITHUB_STEP_SUMMARY is not set' };
  const cap = options.capBytes ?? STEP_SUMMARY_LIMIT;
  const already = await stat(path).then(
    (s) => s.size,
    () => 0
  );
  const room = cap - already;
  if (room < 1024) return { written: false, truncated: true, bytes: 0, reason: 'the step summary is already full' };
  const fitted = fitSummary(markdown.endsWith('\n') ? markdown : `${markdown}\n`, room, options.fullReportAt);
  await appendFile(path, fitted.markdown, 'utf8');
  return { written: true, truncated: fitted.truncated, bytes: byteLength(fitted.markdown) };
}
