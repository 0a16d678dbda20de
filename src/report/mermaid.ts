import { formatMinutes, phaseAction, phaseShape, type RolloutPhase, type RolloutTimeline } from './timeline.js';

/**
 * Mermaid `gantt` text for a rollout timeline. GitHub renders ```mermaid blocks in comments, job
 * summaries and markdown files; the repository names the pools, so every name goes through
 * escapeMermaidText before it reaches the diagram.
 *
 * What Mermaid's gantt lexer (jison, mermaid 12 `gantt.jison`) accepts in a task line: the task text runs
 * up to the first `:` or line break, and is tried only after the keyword rules (`section `, `title `,
 * `click `, `dateFormat `, a leading `%` comment, a leading date, ...); the task data after `:` stops at
 * `#` or `;`. Mermaid decodes `#<code>;` entity codes when it draws the text, which is how a label shows
 * characters the grammar reserves.
 */

/** Characters a label keeps as they are; every other character becomes an entity code. */
const PLAIN = /^[A-Za-z0-9 ._/,()+=-]$/u;
/** Lexer rules that win over task text when a line starts with them (case-insensitive in the grammar). */
const KEYWORD_START =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|acctitle|accdescr|section|click|call|href|vert)/i;

const entity = (ch: string): string => `#${ch.codePointAt(0)};`;

/**
 * Text for a Mermaid gantt task name that shows exactly `text` and cannot end the task, start a comment,
 * directive or keyword, or add a line: characters outside a small plain set (including `:`, `#`, `;`,
 * `%`, quotes, backticks, `<`, `>`, line breaks and every non-ASCII character) become `#<code>;`, and the
 * first character is encoded too when the line would otherwise start with a keyword, a digit or a space.
 * At most `maxChars` characters are kept (then `…`), so a long name cannot swamp the chart.
 */
export function escapeMermaidText(text: string, maxChars = 48): string {
  let chars = [...text];
  if (chars.length > maxChars) chars = [...chars.slice(0, maxChars - 1), '…'];
  if (chars.length === 0) return 'unnamed';
  const out = chars.map((ch) => (PLAIN.test(ch) ? ch : entity(ch)));
  const first = chars[0]!;
  if (!/^[A-Za-z]$/.test(first) || KEYWORD_START.test(chars.join(''))) out[0] = entity(first);
  return out.join('');
}

/** Fixed origin for the chart's clock; the axis shows elapsed time from 00:00. */
const ORIGIN_MS = Date.UTC(2000, 0, 1);

/** "2000-01-01 01:03:00" for an offset in seconds (Mermaid parses it in the viewer's zone, as local time). */
function at(seconds: number): string {
  const d = new Date(ORIGIN_MS + Math.round(seconds) * 1000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function label(p: RolloutPhase): string {
  const name = escapeMermaidText(p.pool);
  const what = `${phaseAction(p)}, ${phaseShape(p)}`;
  if (p.held) return `${name} - paused, held (${what}, ${formatMinutes(p.minutes)} once unpaused)`;
  return `${name} - ${what}, ${formatMinutes(p.minutes)}`;
}

function tag(p: RolloutPhase): string {
  if (p.held) return 'milestone, ';
  if (p.action === 'reboot') return 'crit, ';
  if (p.action === 'drain') return 'active, ';
  return '';
}

function taskLine(p: RolloutPhase, id: string): string {
  const seconds = p.held ? 0 : Math.max(1, Math.round(p.minutes * 60));
  return `    ${label(p)} :${tag(p)}${id}, ${at(p.start * 60)}, ${seconds}s`;
}

/**
 * The gantt chart, or '' when nothing rolls out. One row per pool (Linux pools in one section, since MCO
 * updates them at the same time), the Windows pass in its own section, a paused pool as a milestone that
 * does not progress, and the total as a closing milestone.
 */
export function mermaidGantt(t: RolloutTimeline): string {
  if (t.phases.length === 0) return '';
  const totalSeconds = Math.round(t.totalMinutes * 60);
  const lines = [
    'gantt',
    `    title Rollout estimate, about ${formatMinutes(t.totalMinutes)}${t.parallel.length > 1 ? ', pools in parallel' : ''}`,
    '    dateFormat YYYY-MM-DD HH:mm:ss',
    `    axisFormat ${totalSeconds >= 86_400 ? 'day %-j %H:%M' : '%H:%M'}`,
    '    todayMarker off'
  ];
  const linux = t.phases.filter((p) => p.os === 'linux');
  const windows = t.phases.filter((p) => p.os === 'windows');
  if (linux.length) {
    lines.push('    section Linux');
    linux.forEach((p, i) => lines.push(taskLine(p, `pool${i + 1}`)));
  }
  if (windows.length) {
    lines.push('    section Windows');
    windows.forEach((p, i) => lines.push(taskLine(p, `win${i + 1}`)));
  }
  lines.push('    section Total');
  lines.push(`    done after about ${formatMinutes(t.totalMinutes)} :milestone, total, ${at(totalSeconds)}, 0s`);
  return lines.join('\n') + '\n';
}

/** The chart as a fenced block for markdown; the diagram never holds a backtick, so three always close it. */
export function mermaidBlock(t: RolloutTimeline): string {
  const chart = mermaidGantt(t);
  return chart === '' ? '' : '```mermaid\n' + chart + '```\n';
}
