import type { PlanReport } from '../plan/types.js';

/** A terminal view: impact first, then findings, then summaries. Diffs are left to --format markdown/json. */
export function planText(report: PlanReport): string {
  const out: string[] = [];
  for (const c of report.clusters) {
    out.push(
      `== ${c.name}: ${c.verdict.toUpperCase()} (OpenShift ${c.openshiftVersion}${c.changed ? '' : ', no node change'})`
    );
    for (const p of c.pools) {
      out.push(
        `  pool ${p.name.padEnd(10)} ${String(p.nodes).padStart(3)} nodes  ${p.disruption.padEnd(7)} drain=${p.drain ? 'yes' : 'no '} reboot=${p.reboot ? 'yes' : 'no '}  ` +
          `${p.disruption === 'none' ? '' : `~${p.estimate.minutes} min in ${p.estimate.batches} batch(es)`}${p.paused ? ' (paused: held)' : ''}`
      );
      for (const r of p.reasons) out.push(`      - ${r}`);
    }
    if (c.windows.nodes || c.windows.changed) {
      out.push(
        `  windows    ${String(c.windows.nodes).padStart(3)} nodes  ${c.windows.changed ? `hosts.toml replaced sequentially, ~${c.windows.estimate.minutes} min` : 'no change'}`
      );
    }
    for (const r of c.registries) {
      out.push(`  ${r.source}`);
      for (const s of r.summary) out.push(`      ${s}`);
    }
    for (const w of c.workloads) {
      out.push(
        `  image ${w.image} (${w.file}:${w.line})${w.pools ? ` [pool ${w.pools.join(', ')}]` : ''} ${w.pullable ? 'pulls differently' : 'NOT PULLABLE'}: ${w.before.join(' > ') || '-'}  =>  ${w.after.join(' > ') || '-'}`
      );
    }
    for (const f of c.findings) {
      out.push(
        `  ${f.severity.toUpperCase().padEnd(7)} [${f.rule}] ${f.file}${f.line ? `:${f.line}` : ''} ${f.message}${f.waived ? ` (waived: ${f.waived.reason})` : ''}`
      );
    }
  }
  out.push(`verdict: ${report.verdict} (fail-on: ${report.failOn})`);
  return out.join('\n') + '\n';
}
