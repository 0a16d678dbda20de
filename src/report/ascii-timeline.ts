import { formatMinutes, phaseAction, phaseShape, type RolloutTimeline } from './timeline.js';

/** Bar width in characters for the longest phase. */
const WIDTH = 32;
const NAME_WIDTH = 12;

/**
 * A pool name for a terminal: control, format and bidi characters (an ANSI escape, a line break, a
 * right-to-left override) become `?`, so a repository cannot move the cursor or reorder the line; long
 * names are cut so the bars stay aligned.
 */
export function terminalName(name: string, width = NAME_WIDTH): string {
  const safe = [...name].map((ch) => (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch) ? '?' : ch));
  const cut = safe.length > width ? [...safe.slice(0, width - 1), '~'] : safe;
  return cut.join('').padEnd(width);
}

/**
 * The same timeline as the Mermaid chart, for `--format text`:
 *
 *   worker       |################################| 1 h 3 min  drain + CRI-O reload, 12 nodes, 1 at a time
 *   infra        |#                               | 48 s       CRI-O reload, 3 nodes, 1 at a time
 *   gpu          |paused: held                    | 26 min once unpaused
 *   total about 1 h 3 min; worker, master, infra and Windows in parallel
 *
 * Empty when nothing rolls out.
 */
export function asciiTimeline(t: RolloutTimeline, indent = '  '): string {
  if (t.phases.length === 0) return '';
  const scale = Math.max(t.totalMinutes, ...t.phases.map((p) => p.start + p.minutes), 1e-9);
  const lines = [`${indent}rollout (estimate, MCO pools in parallel, WMCO alongside):`];
  for (const p of t.phases) {
    const name = terminalName(p.pool);
    const what = `${phaseAction(p)}, ${phaseShape(p)}`;
    if (p.held) {
      lines.push(
        `${indent}  ${name} |${'paused: held'.padEnd(WIDTH)}| ${formatMinutes(p.minutes)} once unpaused  ${what}`
      );
      continue;
    }
    const from = Math.round((p.start / scale) * WIDTH);
    const len = Math.max(1, Math.round((p.minutes / scale) * WIDTH));
    const bar = ' '.repeat(from) + '#'.repeat(Math.min(len, WIDTH - from));
    lines.push(`${indent}  ${name} |${bar.padEnd(WIDTH)}| ${formatMinutes(p.minutes).padEnd(10)} ${what}`);
  }
  const parallel =
    t.parallel.length > 1 ? `; ${joinNames(t.parallel.map((n) => terminalName(n).trim()))} in parallel` : '';
  const held = t.held.length ? `; held until unpaused: ${joinNames(t.held.map((n) => terminalName(n).trim()))}` : '';
  lines.push(`${indent}  total about ${formatMinutes(t.totalMinutes)}${parallel}${held}`);
  return lines.join('\n') + '\n';
}

/** "a", "a and b", "a, b and c". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
