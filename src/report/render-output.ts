/** The outputs of `registry-plan render`: render.json and the terminal summary. */
import type { Settings } from '../config/settings.js';
import { formatOcp } from '../model/version.js';
import { redactUserinfoDeep } from './redact-userinfo.js';
import type { PoolOverrides } from '../plan/pool-overrides.js';
import type { SideResult } from '../plan/types.js';
import { at } from './location.js';

export { at };

/** render.json: the files with their origin, the operators' errors and warnings, every finding. */
export function renderJson(settings: Settings, side: SideResult, overrides: PoolOverrides): string {
  const doc = {
    openshiftVersion: formatOcp(settings.openshiftVersion),
    releaseImage: side.releaseImage,
    files: side.files.map((f) => ({ node: f.node, path: f.path, origin: f.origin })),
    // Pull files a pool's nodes read from the repository's own MachineConfigs, written under pools/<pool>/.
    poolFiles: overrides.files.map((f) => ({
      pool: f.pool,
      node: 'linux',
      path: f.path,
      origin: 'machineconfig',
      writer: f.writer,
      file: f.file,
      line: f.line,
      ...(f.problem !== undefined ? { problem: f.problem } : {})
    })),
    errors: side.errors.map((e) => ({ component: e.component, message: e.message, file: e.file, line: e.line })),
    warnings: side.warnings.map((w) => ({ component: w.component, message: w.message, file: w.file, line: w.line })),
    findings: [...side.inputFindings, ...side.findings, ...overrides.findings]
  };
  return JSON.stringify(redactUserinfoDeep(doc), null, 2) + '\n';
}

/** What `render` prints: the files written, then what the operators and the rules said. */
export function renderSummary(out: string, side: SideResult, overrides: PoolOverrides): string {
  const lines: string[] = [];
  const gen = side.files.filter((f) => f.origin === 'generated');
  lines.push(
    `Rendered ${side.files.length} node files into ${out} (${gen.length} generated, ${side.files.length - gen.length} template).`
  );
  for (const f of side.files) lines.push(`  ${f.node.padEnd(7)} ${f.origin.padEnd(9)} ${f.path}`);
  for (const f of overrides.files) {
    const where = `  pool ${f.pool}: MachineConfig ${f.writer} writes ${f.path} (${at(f)})`;
    lines.push(
      f.problem === undefined
        ? `${where}; that pool's nodes read it: pools/${f.pool}/linux${f.path}`
        : `${where}, but its contents cannot be known (${f.problem}); not written`
    );
  }
  lines.push(`Windows: ${side.windowsNodes} node(s) in the repo; ${side.windows.hostsToml.length} hosts.toml file(s).`);
  for (const e of side.errors)
    lines.push(`REJECTED by ${e.component.toUpperCase()}: ${e.message}  (${at(e)}) — nodes keep their current files`);
  for (const w of side.warnings) lines.push(`warning (${w.component}): ${w.message}  (${at(w)})`);
  for (const f of [...side.findings, ...overrides.findings]) {
    lines.push(`${f.severity}: [${f.rule}] ${f.message}  (${at(f)})`);
  }
  return lines.join('\n') + '\n';
}
