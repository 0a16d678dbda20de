import { checkCountLine, checkPhrase, uncleanUnchanged } from './pull-check-lines.js';
import type { ClusterPlan, PlanReport, PoolCost } from '../plan/types.js';
import { asciiTimeline, terminalName } from './ascii-timeline.js';
import { shortenReason, splitDocNotes } from './doc-notes.js';
import { alsoAt, foldFindings, type FindingGroup } from './fold-findings.js';
import { groupRegistryChanges, shouldGroup } from './group-registries.js';
import { rolloutTimeline } from './timeline.js';
import { redactSecrets } from './markdown-escape.js';

/**
 * A terminal view: impact and the rollout first, then findings, then summaries. Diffs are left to
 * --format markdown/json. The same folding as the markdown: each finding once, consequences under their
 * cause, pools with the same reasons together, long per-registry lists grouped.
 */

/** Repository text for a terminal: no escape sequences, line breaks or bidi overrides. */
const t = (s: string): string => s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '?');
const at = (f: { file: string; line: number }): string => `${t(f.file)}${f.line ? `:${f.line}` : ''}`;

function findingLines(g: FindingGroup, indent: string): string[] {
  const f = g.lead;
  const also = alsoAt(g) ? ` (${t(alsoAt(g))})` : '';
  const out = [
    `${indent}${g.severity.toUpperCase().padEnd(7)} [${f.rule}] ${at(f)} ${t(f.message)}${also}${f.waived ? ` (waived: ${t(f.waived.reason)})` : ''}`
  ];
  for (const c of g.consequences) {
    out.push(`${indent}        because of the above: [${c.lead.rule}] ${at(c.lead)} ${t(c.lead.message)}`);
  }
  return out;
}

/** The pull request's change to the configuration file, once for the run: its findings, then the diff. */
function configChangeLines(report: PlanReport): string[] {
  const change = report.configChange;
  if (!change) return [];
  const path = change.diff?.path ?? change.findings[0]?.file ?? 'the configuration file';
  const out = [
    `== configuration ${t(path)}: ${change.verdict.toUpperCase()} (changed by the pull request; the base's file is in force; for every cluster, counted once)`
  ];
  for (const g of foldFindings(change.findings)) out.push(...findingLines(g, '  '));
  if (change.diff) {
    for (const line of redactSecrets(change.diff.diff).trimEnd().split('\n')) out.push(`  | ${t(line)}`);
    if (change.diff.omittedLines) out.push(`  | … ${change.diff.omittedLines} more line(s) not shown`);
  }
  return out;
}

/** The upgrade's sources, what it changes by itself, and each half's cost per pool. */
function upgradeLines(c: ClusterPlan): string[] {
  const u = c.upgrade;
  if (!u) return [];
  const cost = (cs: PoolCost[]): string => cs.map((x) => `${t(x.pool)} ${x.disruption}`).join(', ') || '-';
  return [
    `  upgrade ${u.from} -> ${u.to}: base from ${t(u.fromSource)}; head from ${t(u.toSource)}`,
    ...u.files.map((f) => `      caused by the upgrade: ${t(f.path)} (${f.change})`),
    `      the upgrade's files alone: ${cost(u.impactAlone)}`,
    ...(u.manifestImpact.length ? [`      the edited manifests alone: ${cost(u.manifestImpact)}`] : []),
    `      ${t(u.note)}`
  ];
}

export function planText(report: PlanReport): string {
  const out: string[] = [];
  for (const c of report.clusters) {
    out.push(
      `== ${t(c.name)}: ${c.verdict.toUpperCase()} (OpenShift ${c.upgrade ? `${c.upgrade.from} -> ${c.upgrade.to}, upgrade` : c.openshiftVersion}${!c.upgrade && c.openshiftVersionFrom ? ` from ${t(c.openshiftVersionFrom)}` : ''}${c.changed ? '' : ', no node change'})`
    );
    out.push(...upgradeLines(c));
    const { pools: grouped, notes } = splitDocNotes(c.pools);
    for (const p of c.pools) {
      out.push(
        `  pool ${terminalName(p.name, 10)} ${String(p.nodes).padStart(3)} nodes  ${p.disruption.padEnd(7)} drain=${p.drain ? 'yes' : 'no '} reboot=${p.reboot ? 'yes' : 'no '}  ` +
          `${p.disruption === 'none' ? '' : `~${p.estimate.minutes} min in ${p.estimate.batches} batch(es)`}${p.paused ? ' (paused: held)' : ''}`
      );
    }
    for (const g of grouped) {
      out.push(`  why ${g.pools.map((p) => terminalName(p.name, 64).trim()).join(', ')}:`);
      for (const r of g.reasons) out.push(`      - ${t(shortenReason(r))}`);
    }
    for (const n of notes) out.push(`  docs differ: ${t(n)}`);
    if (c.windows.nodes || c.windows.changed) {
      out.push(
        `  windows    ${String(c.windows.nodes).padStart(3)} nodes  ${c.windows.changed ? `hosts.toml replaced sequentially, ~${c.windows.estimate.minutes} min` : 'no change'}`
      );
    }
    const timeline = asciiTimeline(rolloutTimeline(c));
    if (timeline) out.push(timeline.trimEnd());
    if (shouldGroup(c.registries)) {
      out.push(`  ${c.registries.length} source registries change (every one is in --format json):`);
      for (const g of groupRegistryChanges(c.registries)) {
        const eg = g.sources.slice(0, 3).map(t).join(', ');
        out.push(
          `      ${t(g.kind)} on ${t(g.host)}: ${g.sources.length}, e.g. ${eg}${g.sources.length > 3 ? ', …' : ''}`
        );
      }
    } else {
      for (const r of c.registries) {
        out.push(`  ${t(r.source)}`);
        for (const s of r.summary) out.push(`      ${t(s)}`);
      }
    }
    for (const w of c.workloads) {
      out.push(
        `  ${w.source ? `platform image (${t(w.source.object)} ${t(w.source.field)})` : 'image'} ${t(w.image)} (${at(w)})${w.pools ? ` [pool ${t(w.pools.join(', '))}]` : ''} ${w.pullable ? 'pulls differently' : 'NOT PULLABLE'}: ${t(w.before.join(' > ')) || '-'}  =>  ${t(w.after.join(' > ')) || '-'}` +
          (w.check ? `  [registries: ${t(checkPhrase(w.check))}]` : '')
      );
    }
    for (const w of uncleanUnchanged(c))
      out.push(`  image ${t(w.image)} (${at(w)}) route unchanged  [registries: ${t(checkPhrase(w.check))}]`);
    const count = checkCountLine(c);
    if (count) out.push(`  ${t(count)}`);
    for (const g of foldFindings(c.findings)) out.push(...findingLines(g, '  '));
  }
  out.push(...configChangeLines(report));
  out.push(`verdict: ${report.verdict} (fail-on: ${report.failOn})`);
  return out.join('\n') + '\n';
}
