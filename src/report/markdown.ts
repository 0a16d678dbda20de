import type { Finding } from '../model/types.js';
import { ruleDocUrl } from '../model/rule-catalog.js';
import type { ClusterPlan, PlanReport, PoolPlan } from '../plan/types.js';
import type { CommentReport, ReportSection } from './comment-body.js';
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  redactSecrets
} from './markdown-escape.js';

const VERDICT: Record<string, string> = {
  pass: '✅ **pass**',
  fail: '❌ **fail**',
  'cannot-evaluate': '⛔ **cannot evaluate**'
};

const DISRUPTION: Record<string, string> = {
  none: 'no action',
  reload: 'CRI-O reload',
  restart: 'CRI-O restart',
  drain: 'drain + CRI-O reload',
  reboot: 'drain + reboot'
};

const ICON: Record<string, string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };

const cell = (s: string): string => escapeTableCell(redactSecrets(s));
const where = (f: { file: string; line: number }): string =>
  f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(no file)';

function poolRow(p: PoolPlan): string {
  const action = p.paused ? `${DISRUPTION[p.disruption]} (held: pool paused)` : DISRUPTION[p.disruption]!;
  const est =
    p.nodes === 0
      ? '—'
      : p.disruption === 'none'
        ? '—'
        : `${p.estimate.minutes} min (${p.estimate.batches} batch${p.estimate.batches === 1 ? '' : 'es'})`;
  return `| ${cell(p.name)} | ${p.nodes}${p.nodesFrom === 'assumed' ? ' (assumed)' : ''} | ${p.maxUnavailable} | ${action} | ${p.drain ? 'yes' : 'no'} | ${p.reboot ? 'yes' : 'no'} | ${est} |`;
}

/** Verdict and node-impact table: what a reviewer must see even when everything else is cut. */
export function headline(c: ClusterPlan, clusterLabel: boolean): string {
  const lines: string[] = [];
  const name = clusterLabel ? ` — cluster ${inlineCode(c.name)}` : '';
  lines.push(`### registry-plan${name}: ${VERDICT[c.verdict]}`);
  const counts = (['error', 'warning', 'notice'] as const).map((s) => {
    const n = c.findings.filter((f) => f.severity === s && !f.waived).length;
    return `${n} ${s}${n === 1 ? '' : 's'}`;
  });
  lines.push('');
  lines.push(
    `OpenShift ${c.openshiftVersion} · ${c.changed ? 'node configuration changes' : 'no change to node configuration'} · ${counts.join(', ')}`
  );
  if (!c.changed) return lines.join('\n') + '\n';
  lines.push('');
  lines.push('| pool | nodes | maxUnavailable | action | drain | reboot | estimate |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const p of c.pools) lines.push(poolRow(p));
  if (c.windows.nodes > 0 || c.windows.changed) {
    const est = c.windows.changed
      ? `${c.windows.estimate.minutes} min (${c.windows.passes} pass${c.windows.passes === 1 ? '' : 'es'}, sequential)`
      : '—';
    lines.push(
      `| Windows (WMCO) | ${c.windows.nodes} | 1 (sequential) | ${c.windows.changed ? 'hosts.toml replaced node by node' : 'no change'} | no | no | ${est} |`
    );
  }
  const errs = [...c.head.errors.filter((e) => e.component !== 'input')];
  for (const e of errs)
    lines.push(
      '',
      `> **${e.component.toUpperCase()} would reject the head side:** ${escapeMarkdown(e.message)} (${where(e)}). Nodes keep their current files.`
    );
  return lines.join('\n') + '\n';
}

function findingsSection(findings: Finding[]): string {
  if (!findings.length) return 'No findings.\n';
  const rows = findings.map((f) => {
    const waived = f.waived
      ? ` _(waived: ${cell(f.waived.reason)}, ${cell(f.waived.owner)}, until ${f.waived.expires})_`
      : '';
    return `| ${ICON[f.severity]} ${f.severity} | [${inlineCode(f.rule)}](${ruleDocUrl(f.rule)}) | ${cell(f.message)}${waived} | ${cell(where(f))} |`;
  });
  return ['| severity | rule | finding | where |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

function reasonsSection(c: ClusterPlan): string {
  const out: string[] = [];
  for (const p of c.pools) {
    if (!p.reasons.length) continue;
    out.push(`**${escapeMarkdown(p.name)}** (${p.actions.join(', ')}):`);
    for (const r of p.reasons) out.push(`- ${escapeMarkdown(r)}`);
    out.push(`- _${escapeMarkdown(p.estimate.assumptions)}_`);
  }
  if (c.windows.changed) {
    out.push('**Windows**:');
    for (const r of c.windows.reasons) out.push(`- ${escapeMarkdown(r)}`);
    out.push(`- _${escapeMarkdown(c.windows.estimate.assumptions)}_`);
  }
  return out.join('\n') + '\n';
}

function registriesSection(c: ClusterPlan): string {
  if (!c.registries.length) return 'No registry changes on nodes.\n';
  return (
    c.registries
      .map((r) => `- ${inlineCode(r.source)}\n${r.summary.map((s) => `  - ${escapeMarkdown(s)}`).join('\n')}`)
      .join('\n') + '\n'
  );
}

function workloadsSection(c: ClusterPlan): string {
  if (!c.workloads.length)
    return `No workload image pulls differently (${c.workloadsUnchanged} image reference(s) checked).\n`;
  const rows = c.workloads.map(
    (w) =>
      `| ${inlineCode(w.image)} | ${cell(w.workload)} (${cell(where(w))}) | ${w.os}${w.pools ? ` (pool ${cell(w.pools.join(', '))})` : ''} | ${w.before.map((e) => inlineCode(e)).join(' → ') || '—'} | ${w.after.map((e) => inlineCode(e)).join(' → ') || '—'} | ${w.pullable ? 'yes' : `**no**${w.note ? `: ${cell(w.note)}` : ''}`} |`
  );
  return (
    [
      `${c.workloads.length} workload image reference(s) pull differently; ${c.workloadsUnchanged} unchanged.`,
      '',
      '| image | workload | nodes | before | after | pullable |',
      '|---|---|---|---|---|---|',
      ...rows
    ].join('\n') + '\n'
  );
}

/** The comment structure for one cluster: headline plus sections in reading order. */
export function clusterComment(c: ClusterPlan, clusterLabel: boolean): CommentReport {
  const sections: ReportSection[] = [];
  const active = c.findings.filter((f) => !f.waived);
  sections.push({
    title: `Findings (${active.length}${active.length !== c.findings.length ? `, ${c.findings.length - active.length} waived` : ''})`,
    body: findingsSection(c.findings),
    collapsible: false,
    priority: 0
  });
  if (c.changed) {
    sections.push({ title: 'What changes, per registry', body: registriesSection(c), collapsible: false, priority: 1 });
    sections.push({
      title: 'Why: node impact reasons and estimate assumptions',
      body: reasonsSection(c),
      collapsible: true,
      priority: 2
    });
    sections.push({
      title: 'Workload image pulls',
      body: workloadsSection(c),
      collapsible: c.workloads.length > 20,
      priority: 3
    });
    // Without Windows nodes the hosts.toml files reach no node; they stay in the JSON, not in the comment.
    for (const f of c.files.filter((x) => x.change !== 'unchanged' && (x.node === 'linux' || c.windows.nodes > 0))) {
      sections.push({
        title: `${f.node === 'linux' ? '🐧' : '🪟'} ${f.title ?? `${f.path} (${f.change})`}`,
        body: codeBlock(redactSecrets(f.diff), 'diff'),
        collapsible: true,
        priority: 10
      });
    }
  }
  return { marker: c.name, headline: headline(c, clusterLabel), sections };
}

/** Full markdown (job summary, `--format markdown`): every section, details collapsed. */
export function planMarkdown(report: PlanReport, implicitCluster: boolean): string {
  const out: string[] = [];
  if (!implicitCluster) {
    out.push(`## registry-plan: ${VERDICT[report.verdict]} across ${report.clusters.length} cluster(s)`, '');
  }
  for (const c of report.clusters) {
    const cr = clusterComment(c, !implicitCluster);
    out.push(cr.headline);
    for (const s of cr.sections) {
      if (s.collapsible) out.push(`<details><summary>${escapeHtml(s.title)}</summary>\n\n${s.body}\n</details>\n`);
      else out.push(`#### ${escapeMarkdown(s.title)}\n\n${s.body}`);
    }
  }
  return out.join('\n');
}
