import { checkCountLine, checkPhrase, uncleanUnchanged } from './pull-check-lines.js';
import type { Finding } from '../model/types.js';
import { RULES_BY_ID, ruleDocUrl } from '../model/rule-catalog.js';
import type { ChangeCause, ClusterPlan, ConfigChange, PlanReport, PoolCost, PoolPlan, Verdict } from '../plan/types.js';
import type { CommentReport, ReportSection } from './comment-body.js';
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  redactSecrets
} from './markdown-escape.js';
import { alsoAt, countGroups, foldFindings, type FindingGroup } from './fold-findings.js';
import { groupRegistryChanges, shouldGroup } from './group-registries.js';
import { mermaidBlock } from './mermaid.js';
import { shortenReason, splitDocNotes } from './doc-notes.js';
import { rolloutSentence, rolloutTimeline } from './timeline.js';
import { at as where } from './location.js';

/**
 * The markdown report: the PR comment (one per cluster, fitted into GitHub's limit by comment-body.ts)
 * and the job summary / `--format markdown` (every section, in full). What a busy reviewer needs comes
 * first and is never cut: the verdict, the one thing to fix, how long the rollout takes and which pools
 * go at once. Everything after it is a list of sections (CLUSTER_SECTIONS) that a new check adds to.
 */

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
/** A code span inside a table cell: GFM splits cells at `|` even inside code spans unless it is escaped. */
export const codeCell = (s: string): string => inlineCode(s).replace(/\|/g, '\\|');
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Where the comment sends a reader for what it leaves out. */
const ELSEWHERE = 'the job summary and the JSON report';
/** A diff longer than this is not put into the comment (the job summary has it). */
const COMMENT_DIFF_LIMIT = 6_000;
/** Workload rows shown in the comment; the rest are in the job summary. */
const COMMENT_WORKLOAD_ROWS = 15;
/** Groups of registry changes shown in the comment. */
const COMMENT_GROUP_ROWS = 30;
/** Examples per group of registry changes. */
const GROUP_EXAMPLES = 3;

/** Who reads the output: the PR comment (kept short) or the job summary / `--format markdown` (all of it). */
export interface MarkdownContext {
  /** true: every row and diff (job summary, files); false: the PR comment. */
  full: boolean;
  /** Name the cluster in headings (several clusters, or a matrix job's cluster). */
  clusterLabel: boolean;
  /**
   * The pull request's change to the configuration (the run's, not the cluster's): the headline shows
   * its verdict with the cluster's, and, with `configSections`, the comment lists it.
   */
  configChange?: ConfigChange;
  /** List the configuration change's findings and diff in this cluster's sections (the PR comment). */
  configSections?: boolean;
}

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, fail: 1, 'cannot-evaluate': 2 };
const worse = (a: Verdict, b: Verdict): Verdict => (VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a);

function poolRow(p: PoolPlan): string {
  const action = p.paused ? `${DISRUPTION[p.disruption]} (held: pool paused)` : DISRUPTION[p.disruption]!;
  const est =
    p.nodes === 0 || p.disruption === 'none'
      ? '—'
      : `${p.estimate.minutes} min (${plural(p.estimate.batches, 'batch', 'batches')})`;
  return `| ${cell(p.name)} | ${p.nodes}${p.nodesFrom === 'assumed' ? ' (assumed)' : ''} | ${p.maxUnavailable} | ${action} | ${p.drain ? 'yes' : 'no'} | ${p.reboot ? 'yes' : 'no'} | ${est} |`;
}

/**
 * The one thing to fix: the first error (or, when warnings fail the check, the first warning), as its
 * rule's one-line summary and place; the finding's own words are in the table below, once.
 */
function fixFirst(c: ClusterPlan, groups: FindingGroup[]): string {
  const active = groups.filter((g) => !g.lead.waived);
  const first =
    active.find((g) => g.lead.severity === 'error') ??
    (c.verdict !== 'pass' ? active.find((g) => g.lead.severity === 'warning') : undefined);
  if (!first) return '';
  const f: Finding = first.lead;
  const summary = RULES_BY_ID.get(f.rule)?.summary ?? 'see the finding below';
  const more = first.consequences.length
    ? `; ${plural(first.consequences.length, 'more finding follows', 'more findings follow')} from it`
    : '';
  return `**Fix first:** ${ICON[f.severity]} [${inlineCode(f.rule)}](${ruleDocUrl(f.rule)}) at ${escapeMarkdown(where(f))}: ${escapeMarkdown(summary)}${more}.`;
}

function impactTable(c: ClusterPlan): string[] {
  const lines = [
    '| pool | nodes | maxUnavailable | action | drain | reboot | estimate |',
    '|---|---|---|---|---|---|---|'
  ];
  for (const p of c.pools) lines.push(poolRow(p));
  if (c.windows.nodes > 0 || c.windows.changed) {
    const est = c.windows.changed
      ? `${c.windows.estimate.minutes} min (${plural(c.windows.passes, 'pass', 'passes')}, sequential)`
      : '—';
    lines.push(
      `| Windows (WMCO) | ${c.windows.nodes} | 1 (sequential) | ${c.windows.changed ? 'hosts.toml replaced node by node' : 'no change'} | no | no | ${est} |`
    );
  }
  return lines;
}

/**
 * The estimate's constants and per-pool arithmetic, one click away from the chart. The estimate texts
 * are sentences of `; `-separated parts; parts every pool shares (the timing constants) are shown once.
 */
function assumptions(c: ClusterPlan): string {
  const texts: Array<[string, string]> = c.pools
    .filter((p) => p.nodes > 0 && p.disruption !== 'none')
    .map((p) => [p.name, p.estimate.assumptions]);
  const parts = texts.map(([, t]) => t.replace(/\.$/, '').split('; '));
  const common = parts.length > 1 ? parts[0]!.filter((x) => parts.every((ps) => ps.includes(x))) : [];
  const lines = texts.map(
    ([name], i) =>
      `- **${escapeMarkdown(name)}**: ${escapeMarkdown(parts[i]!.filter((x) => !common.includes(x)).join('; '))}.`
  );
  if (c.windows.changed && c.windows.nodes > 0)
    lines.push(`- **Windows**: ${escapeMarkdown(c.windows.estimate.assumptions)}`);
  if (!lines.length) return '';
  const shared = common.length ? `${escapeMarkdown(common.join('; '))}.\n\n` : '';
  return `<details><summary>How the estimate is made (minutes per drain, reboot, reload, Windows node)</summary>\n\n${shared}${lines.join('\n')}\n\n</details>`;
}

const tallyOf = (findings: Finding[]): string => {
  const counts = countGroups(foldFindings(findings));
  return (['error', 'warning', 'notice'] as const).map((s) => plural(counts[s], s)).join(', ');
};

/** The configuration file's path for headings. */
const configPath = (change: ConfigChange): string =>
  change.diff?.path ?? change.findings[0]?.file ?? 'the configuration file';

/**
 * One line under a cluster's headline: the pull request also changes the gate's configuration. Its
 * findings are the run's, so they are named here but not added to the cluster's tally.
 */
export function configLine(change: ConfigChange): string {
  const path = inlineCode(configPath(change));
  if (!change.findings.length)
    return `> The pull request changes the configuration file ${path}; the base's file stays in force, and the change does not loosen the gate.`;
  return `> **The pull request changes the gate's configuration** (${path}): ${VERDICT[change.verdict]} (${tallyOf(change.findings)}). These findings are the run's, for every cluster: listed once and counted once.`;
}

/** Verdict, the one thing to fix, the rollout at a glance: what a reviewer must see even when all else is cut. */
export function headline(c: ClusterPlan, clusterLabel: boolean, change?: ConfigChange): string {
  const groups = foldFindings(c.findings);
  const name = clusterLabel ? ` — cluster ${inlineCode(c.name)}` : '';
  const verdict = change ? worse(c.verdict, change.verdict) : c.verdict;
  const lines: string[] = [`### registry-plan${name}: ${VERDICT[verdict]}`, ''];
  const version = c.upgrade
    ? `OpenShift ${c.upgrade.from} → ${c.upgrade.to} (upgrade)`
    : `OpenShift ${c.openshiftVersion}${c.openshiftVersionFrom ? ` (${escapeMarkdown(c.openshiftVersionFrom)})` : ''}`;
  lines.push(
    `${version} · ${c.changed ? 'node configuration changes' : 'no change to node configuration'} · ${tallyOf(c.findings)}`
  );
  if (c.upgrade)
    lines.push(
      '',
      `> **This change updates OpenShift ${c.upgrade.from} → ${c.upgrade.to}.** The update itself drains and reboots every pool (the platform's rollout); the pull-configuration changes below ride along on it. What each part would cost alone is under "Upgrade".`
    );
  if (change) lines.push('', configLine(change));
  const fix = fixFirst(c, groups);
  if (fix) lines.push('', fix);
  for (const e of c.head.errors.filter((x) => x.component !== 'input'))
    lines.push(
      '',
      `> **${e.component.toUpperCase()} would reject the head side:** ${escapeMarkdown(e.message)} (${escapeMarkdown(where(e))}). Nodes keep their current files.`
    );
  if (!c.changed) return lines.join('\n') + '\n';
  const timeline = rolloutTimeline(c);
  const sentence = rolloutSentence(timeline, (n) => inlineCode(n));
  if (sentence) lines.push('', `**${sentence}**`);
  lines.push('', ...impactTable(c));
  const chart = mermaidBlock(timeline);
  if (chart) lines.push('', chart.trimEnd());
  const how = assumptions(c);
  if (how) lines.push('', how);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------
// Sections, in reading order. Each builder returns zero or more sections; a new check adds one here.

type SectionBuilder = (c: ClusterPlan, ctx: MarkdownContext) => ReportSection[];

const DOC_NOTES_TITLE = 'Where the documentation differs from the operator code';

function groupRow(g: FindingGroup): string {
  const waived = g.lead.waived
    ? ` _(waived: ${cell(g.lead.waived.reason)}, ${cell(g.lead.waived.owner)}, until ${g.lead.waived.expires})_`
    : '';
  const also = alsoAt(g) ? ` _(${escapeMarkdown(alsoAt(g))})_` : '';
  const because = g.consequences.length
    ? `<br>**Because of the above:** ${g.consequences
        .map((x) => `${codeCell(x.lead.rule)} ${cell(x.lead.message)} (${cell(where(x.lead))})`)
        .join('<br>')}`
    : '';
  return `| ${ICON[g.severity]} ${g.severity} | [${inlineCode(g.lead.rule)}](${ruleDocUrl(g.lead.rule)}) | ${cell(g.lead.message)}${also}${waived}${because} | ${cell(where(g.lead))} |`;
}

function findingsTable(groups: FindingGroup[]): string {
  return groups.length
    ? ['| severity | rule | finding | where |', '|---|---|---|---|', ...groups.map(groupRow)].join('\n') + '\n'
    : 'No findings.\n';
}

/**
 * The pull request's change to the configuration file: its findings (the run's, for every cluster) and
 * the file base → head. The head's file is not in force (the base's is); the diff shows what it would
 * change.
 */
export function configSections(change: ConfigChange, ctx: { full: boolean }): ReportSection[] {
  const path = configPath(change);
  const out: ReportSection[] = [];
  if (change.findings.length)
    out.push({
      title: `Configuration change (${inlineCode(path)}): for every cluster, counted once`,
      body: findingsTable(foldFindings(change.findings)),
      collapsible: false,
      priority: 0
    });
  const d = change.diff;
  if (d) {
    const diff = redactSecrets(d.diff);
    const more = d.omittedLines ? `\n\n${plural(d.omittedLines, 'more line')} of the diff not shown.` : '';
    out.push({
      title: `⚙️ ${escapeHtml(path)}: the head's configuration, base → head (the base's is in force)`,
      body:
        ctx.full || diff.length <= COMMENT_DIFF_LIMIT
          ? codeBlock(diff, 'diff') + more
          : `${sectionStatLine(diff)}: too long for the comment, see ${ELSEWHERE}.`,
      collapsible: true,
      priority: 9
    });
  }
  return out;
}

function sectionStatLine(diff: string): string {
  const lines = diff.split('\n');
  const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
  const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
  return `+${added} −${removed} lines`;
}

const findingsSection: SectionBuilder = (c) => {
  const groups = foldFindings(c.findings);
  const active = groups.filter((g) => !g.lead.waived).length;
  const waived = groups.length - active;
  const body = findingsTable(groups);
  return [
    {
      title: `Findings (${active}${waived ? `, ${waived} waived` : ''})`,
      body,
      collapsible: false,
      priority: 0
    }
  ];
};

/** What changes a file in an upgrade, in words. */
export const CAUSE: Record<ChangeCause, string> = {
  upgrade: 'caused by the upgrade',
  manifests: 'caused by the edited manifests',
  both: 'caused by the upgrade and the edited manifests'
};

const costCells = (cs: PoolCost[]): Map<string, string> =>
  new Map(cs.map((x) => [x.pool, `${DISRUPTION[x.disruption]} (${x.actions.join(', ')})`]));

/** The upgrade: each side's version and source, the platform's reboot, and each half's cost per pool. */
const upgradeSection: SectionBuilder = (c) => {
  const u = c.upgrade;
  if (!u) return [];
  const files = u.files.length
    ? u.files.map(
        (f) => `- ${inlineCode(f.path)} (${f.change}${f.pools ? `, pools ${escapeMarkdown(f.pools.join(', '))}` : ''})`
      )
    : ['- none: the new release writes the same pull configuration for these manifests'];
  const alone = costCells(u.impactAlone);
  const manifests = costCells(u.manifestImpact);
  const pools = [...new Set([...alone.keys(), ...manifests.keys()])];
  const table = pools.length
    ? [
        '',
        "| pool | the upgrade's files alone | the edited manifests alone |",
        '|---|---|---|',
        ...pools.map((p) => `| ${cell(p)} | ${alone.get(p) ?? '—'} | ${manifests.get(p) ?? 'no change'} |`)
      ]
    : [];
  const body = [
    `- base at **${u.from}**: ${escapeMarkdown(u.fromSource)}`,
    `- head at **${u.to}**: ${escapeMarkdown(u.toSource)}`,
    '',
    escapeMarkdown(u.note),
    '',
    `Node files the new release changes by itself (${CAUSE.upgrade}):`,
    '',
    ...files,
    ...table
  ].join('\n');
  return [{ title: `Upgrade ${u.from} → ${u.to}`, body: body + '\n', collapsible: false, priority: 1 }];
};

function registryList(c: ClusterPlan): string {
  return (
    c.registries
      .map((r) => `- ${inlineCode(r.source)}\n${r.summary.map((s) => `  - ${escapeMarkdown(s)}`).join('\n')}`)
      .join('\n') + '\n'
  );
}

function registryGroups(c: ClusterPlan, full: boolean): string {
  const all = groupRegistryChanges(c.registries);
  // The comment shows the biggest groups; the job summary shows them all (and every registry).
  const groups = full ? all : all.slice(0, COMMENT_GROUP_ROWS);
  const rows = groups.map((g) => {
    const shown = g.sources.slice(0, GROUP_EXAMPLES).map((s) => codeCell(s));
    const more = g.sources.length > GROUP_EXAMPLES ? `, … ${g.sources.length - GROUP_EXAMPLES} more` : '';
    return `| ${cell(g.kind)} | ${codeCell(g.host)} | ${g.sources.length} | ${shown.join(', ')}${more} |`;
  });
  const intro = `${plural(c.registries.length, 'source registry', 'source registries')} change, grouped by kind of change and host${full ? '; every registry is listed below' : `; every registry is listed in ${ELSEWHERE}`}.`;
  const rest = all.length - groups.length;
  const more = rest > 0 ? ['', `${plural(rest, 'more group')} in ${ELSEWHERE}.`] : [];
  return (
    [intro, '', '| change | host | registries | for example |', '|---|---|---|---|', ...rows, ...more].join('\n') + '\n'
  );
}

const registriesSection: SectionBuilder = (c, ctx) => {
  if (!c.changed) return [];
  if (!c.registries.length)
    return [
      { title: 'What changes, per registry', body: 'No registry changes on nodes.\n', collapsible: false, priority: 1 }
    ];
  if (!shouldGroup(c.registries))
    return [{ title: 'What changes, per registry', body: registryList(c), collapsible: false, priority: 1 }];
  const out: ReportSection[] = [
    { title: 'What changes, per registry', body: registryGroups(c, ctx.full), collapsible: false, priority: 1 }
  ];
  if (ctx.full)
    out.push({
      title: `Every registry (${c.registries.length})`,
      body: registryList(c),
      collapsible: true,
      priority: 4
    });
  return out;
};

const reasonsSection: SectionBuilder = (c, ctx) => {
  const reason = (r: string): string => escapeMarkdown(ctx.full ? r : shortenReason(r));
  if (!c.changed) return [];
  const { pools, notes } = splitDocNotes(c.pools);
  const out: string[] = [];
  for (const g of pools) {
    const names = g.pools.map((p) => `**${escapeMarkdown(p.name)}**`).join(', ');
    out.push(`${names} (${escapeMarkdown(g.actions.join(', '))}):`);
    for (const r of g.reasons) out.push(`- ${reason(r)}`);
  }
  if (c.windows.changed) {
    out.push('**Windows**:');
    for (const r of c.windows.reasons) out.push(`- ${reason(r)}`);
  }
  const sections: ReportSection[] = [];
  if (out.length)
    sections.push({ title: 'Why: node impact reasons', body: out.join('\n') + '\n', collapsible: true, priority: 2 });
  if (notes.length)
    sections.push({
      title: DOC_NOTES_TITLE,
      body: notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n') + '\n',
      collapsible: true,
      priority: 5
    });
  return sections;
};

function workloadRow(w: ClusterPlan['workloads'][number], withCheck: boolean): string {
  const route = (eps: string[]): string => eps.map((e) => codeCell(e)).join(' → ') || '—';
  const pullable = w.pullable ? 'yes' : `**no**${w.note ? `: ${cell(w.note)}` : ''}`;
  const who = w.source ? `platform: ${cell(w.source.object)} ${inlineCode(w.source.field)}` : cell(w.workload);
  const check = withCheck ? ` ${w.check ? checkPhrase(w.check, inlineCode, cell) : '—'} |` : '';
  return `| ${codeCell(w.image)} | ${who} (${cell(where(w))}) | ${w.os}${w.pools ? ` (pool ${cell(w.pools.join(', '))})` : ''} | ${route(w.before)} | ${route(w.after)} | ${pullable} |${check}`;
}

/** What --check-pulls found beyond the changed routes: a count line, and unchanged routes not served. */
function pullCheckTail(c: ClusterPlan): string[] {
  const count = checkCountLine(c);
  const unclean = uncleanUnchanged(c).map(
    (w) =>
      `- ${inlineCode(w.image)} (${cell(w.workload)}, ${cell(where(w))}): ${checkPhrase(w.check!, inlineCode, cell)}`
  );
  return [
    ...(count ? ['', escapeMarkdown(count)] : []),
    ...(unclean.length ? ['', 'Unchanged routes whose image is not served:', ...unclean] : [])
  ];
}

const workloadsSection: SectionBuilder = (c, ctx) => {
  if (!c.changed) return [];
  const title = 'Workload image pulls';
  if (!c.workloads.length)
    return [
      {
        title,
        body:
          [
            `No workload image pulls differently (${c.workloadsUnchanged} image reference(s) checked).`,
            ...pullCheckTail(c)
          ].join('\n') + '\n',
        collapsible: false,
        priority: 3
      }
    ];
  // Unpullable images first: they are what breaks.
  const sorted = [...c.workloads].sort((a, b) => Number(a.pullable) - Number(b.pullable));
  const shown = ctx.full ? sorted : sorted.slice(0, COMMENT_WORKLOAD_ROWS);
  const rest = sorted.length - shown.length;
  const withCheck = c.workloads.some((w) => w.check);
  const body = [
    `${c.workloads.length} workload image reference(s) pull differently; ${c.workloadsUnchanged} unchanged.`,
    '',
    `| image | workload | nodes | before | after | pullable |${withCheck ? ' registries say |' : ''}`,
    `|---|---|---|---|---|---|${withCheck ? '---|' : ''}`,
    ...shown.map((w) => workloadRow(w, withCheck)),
    ...(rest > 0 ? ['', `${rest} more in ${ELSEWHERE}.`] : []),
    ...pullCheckTail(c)
  ].join('\n');
  return [{ title, body: body + '\n', collapsible: c.workloads.length > 20, priority: 3 }];
};

const fileDiffSections: SectionBuilder = (c, ctx) => {
  if (!c.changed) return [];
  // Without Windows nodes the hosts.toml files reach no node; they stay in the JSON, not in the comment.
  const files = c.files.filter((x) => x.change !== 'unchanged' && (x.node === 'linux' || c.windows.nodes > 0));
  return files.map((f) => {
    const diff = redactSecrets(f.diff);
    const lines = diff.split('\n');
    const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
    const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
    const body =
      ctx.full || diff.length <= COMMENT_DIFF_LIMIT
        ? codeBlock(diff, 'diff')
        : `+${added} −${removed} lines: too long for the comment, see ${ELSEWHERE}.`;
    return {
      title: `${f.node === 'linux' ? '🐧' : '🪟'} ${escapeHtml(f.title ?? `${f.path} (${f.change})`)}${f.cause ? ` — ${CAUSE[f.cause]}` : ''}`,
      body,
      collapsible: true,
      priority: 10
    };
  });
};

/** Every section after the headline, in reading order. */
export const CLUSTER_SECTIONS: readonly SectionBuilder[] = [
  findingsSection,
  upgradeSection,
  registriesSection,
  reasonsSection,
  workloadsSection,
  fileDiffSections
];

/** The structure of one cluster's report: headline plus sections. */
export function clusterReport(c: ClusterPlan, ctx: MarkdownContext): CommentReport {
  const change = ctx.configSections && ctx.configChange ? configSections(ctx.configChange, ctx) : [];
  return {
    marker: c.name,
    headline: headline(c, ctx.clusterLabel, ctx.configChange),
    sections: [...change, ...CLUSTER_SECTIONS.flatMap((build) => build(c, ctx))]
  };
}

/**
 * The PR comment's structure for one cluster (fitted into GitHub's limit by fitComment). Each cluster's
 * comment is a place the verdict appears, so each shows the configuration change too.
 */
export function clusterComment(c: ClusterPlan, clusterLabel: boolean, change?: ConfigChange): CommentReport {
  return clusterReport(c, { full: false, clusterLabel, configChange: change, configSections: true });
}

function renderSection(s: ReportSection): string {
  return s.collapsible
    ? `<details><summary>${s.title}</summary>\n\n${s.body}\n</details>\n`
    : `#### ${s.title}\n\n${s.body}`;
}

/** Full markdown (job summary, `--format markdown`): every section, details collapsed. */
export function planMarkdown(report: PlanReport, implicitCluster: boolean): string {
  const out: string[] = [];
  if (!implicitCluster) {
    out.push(`## registry-plan: ${VERDICT[report.verdict]} across ${plural(report.clusters.length, 'cluster')}`, '');
  }
  // The configuration change once per report: under the fleet's heading, or the one cluster's headline.
  const change = report.configChange;
  const changeSections = change ? configSections(change, { full: true }).map(renderSection) : [];
  if (!implicitCluster) out.push(...changeSections);
  // Each documentation note once per report, however many clusters it applies to.
  const notes: string[] = [];
  for (const c of report.clusters) {
    const cr = clusterReport(c, { full: true, clusterLabel: !implicitCluster, configChange: change });
    out.push(cr.headline);
    if (implicitCluster) out.push(...changeSections.splice(0));
    for (const s of cr.sections) {
      if (s.title !== DOC_NOTES_TITLE) out.push(renderSection(s));
      else for (const line of s.body.split('\n')) if (line && !notes.includes(line)) notes.push(line);
    }
  }
  if (notes.length)
    out.push(renderSection({ title: DOC_NOTES_TITLE, body: notes.join('\n') + '\n', collapsible: true, priority: 5 }));
  return out.join('\n');
}
