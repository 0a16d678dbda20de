import type { OutputFormat } from '../config/settings.js';
import type { PlanReport } from '../plan/types.js';
import { planJson } from './json.js';
import { planMarkdown } from './markdown.js';
import { planText } from './text.js';

export function formatReport(report: PlanReport, format: OutputFormat, opts: { implicitCluster: boolean }): string {
  switch (format) {
    case 'json':
      return JSON.stringify(planJson(report, opts.implicitCluster), null, 2) + '\n';
    case 'markdown':
      return planMarkdown(report, opts.implicitCluster);
    case 'text':
      return planText(report);
  }
}
