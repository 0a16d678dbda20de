import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../config/resolve.js';
import type { Settings } from '../config/settings.js';
import { planRangeChecked, today, withConfigChange } from '../pipeline/plan-range.js';
import { checkPullsNotes } from '../report/pull-check-lines.js';
import { formatReport, type CliFormat } from '../report/formats.js';
import { EXIT, type Io } from './io.js';
import type { Finding } from '../model/types.js';
import type { ConfigDiff } from '../config/config-diff.js';

/** What `plan` takes from the command line, parsed. */
export interface PlanOptions {
  base?: string;
  head?: string;
  format: CliFormat;
  /** A file for the report instead of stdout. */
  out?: string;
  /** The head's changes to the configuration (read from the base): findings and diff of the whole run. */
  configChange?: { findings: Finding[]; diff?: ConfigDiff };
}

/** File names for `--out DIR/` (a folder: trailing slash, or one that exists). */
const OUT_NAMES: Record<CliFormat, string> = {
  markdown: 'report.md',
  json: 'plan.json',
  text: 'plan.txt',
  github: 'comment.md'
};

/**
 * Where `--out` writes: a folder (named with a trailing slash, or already one) gets the format's usual
 * file name; otherwise the path is the file. Missing parent folders are created.
 */
export function outFile(out: string, format: CliFormat): string {
  const isDir = /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  const file = isDir ? join(out, OUT_NAMES[format]) : out;
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/** `registry-plan plan`: exit 0 pass, 4 fail (or cannot evaluate), 2 bad input. */
export async function runPlan(settings: Settings, args: PlanOptions, io: Io): Promise<number> {
  if (!args.base || !args.head) throw new UsageError('plan needs --base REF and --head REF');
  const report = withConfigChange(
    await planRangeChecked(settings, { base: args.base, head: args.head }, today(), (line) => io.stderr(`${line}\n`)),
    args.configChange ?? { findings: [] },
    settings.failOn
  );
  for (const line of checkPullsNotes(report)) io.stderr(`registry-plan: ${line}\n`);
  const text = formatReport(report, args.format, { implicitCluster: settings.implicitCluster });
  if (args.out) writeFileSync(outFile(args.out, args.format), text);
  else io.stdout(text);
  const unreadable = report.clusters.flatMap((c) =>
    c.findings.filter((f) => f.rule === 'bad-input' && f.severity === 'error')
  );
  for (const f of unreadable) io.stderr(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
  if (report.verdict === 'cannot-evaluate') return EXIT.badInput;
  return report.verdict === 'pass' ? EXIT.ok : EXIT.verdictFail;
}
