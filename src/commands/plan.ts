import { writeFileSync } from 'node:fs';
import { UsageError } from '../config/resolve.js';
import type { Settings } from '../config/settings.js';
import { planRange, today, withGateFindings } from '../pipeline/plan-range.js';
import { formatReport, type CliFormat } from '../report/formats.js';
import { EXIT, type Io } from './io.js';
import type { Finding } from '../model/types.js';

/** What `plan` takes from the command line, parsed. */
export interface PlanOptions {
  base?: string;
  head?: string;
  format: CliFormat;
  /** A file for the report instead of stdout. */
  out?: string;
  /** The head's loosening of the configuration (read from the base): findings of every cluster. */
  gateFindings?: Finding[];
}

/** `registry-plan plan`: exit 0 pass, 4 fail (or cannot evaluate), 2 bad input. */
export function runPlan(settings: Settings, args: PlanOptions, io: Io): number {
  if (!args.base || !args.head) throw new UsageError('plan needs --base REF and --head REF');
  const report = withGateFindings(
    planRange(settings, { base: args.base, head: args.head }, today()),
    args.gateFindings ?? [],
    settings
  );
  const text = formatReport(report, args.format, { implicitCluster: settings.implicitCluster });
  if (args.out) writeFileSync(args.out, text);
  else io.stdout(text);
  const unreadable = report.clusters.flatMap((c) =>
    c.findings.filter((f) => f.rule === 'bad-input' && f.severity === 'error')
  );
  for (const f of unreadable) io.stderr(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
  if (report.verdict === 'cannot-evaluate') return EXIT.badInput;
  return report.verdict === 'pass' ? EXIT.ok : EXIT.verdictFail;
}
