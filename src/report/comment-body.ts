/**
 * Fits a report into GitHub's 65,536-character issue-comment limit. Content degrades in the order a
 * reviewer loses least: diff context is trimmed, then detail sections collapse to a one-line stat, then
 * detail sections are dropped whole (with a note naming them), and only when the essentials still do not
 * fit is the comment split into numbered parts, each carrying its own hidden marker so that the next run
 * can reconcile them (sticky-comment.ts).
 */

/** GitHub rejects issue comments longer than this (HTTP 422). */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Our default budget leaves room for the marker, part header and notes, and for counting differences. */
export const DEFAULT_COMMENT_BUDGET = 60_000;
export const DEFAULT_MAX_PARTS = 10;

export interface ReportSection {
  /** Markdown; the report builder escapes any manifest text in it (markdown-escape.ts). */
  title: string;
  /** Markdown; unified diffs inside ```diff fences can have their context trimmed. */
  body: string;
  /**
   * true: a detail section (e.g. one file's diff), shown in a collapsed `<details>`, which may be reduced to
   * a one-line stat or dropped when space runs out. false: an essential section (semantic summary,
   * findings), always shown in full and split across parts rather than dropped.
   */
  collapsible: boolean;
  /** Lower is more important: detail sections with the highest number are collapsed and dropped first. */
  priority: number;
}

export interface CommentReport {
  /** Identifies this comment among others on the PR, e.g. the cluster name. */
  marker: string;
  /** Verdict and node-impact table; always kept, always first. */
  headline: string;
  sections: ReportSection[];
}

export interface FitOptions {
  /** Maximum characters per comment body; default 60,000. */
  budget?: number;
  /** More parts than this are not posted; the last one says where the rest is. Default 10. */
  maxParts?: number;
  /** Where the reader finds what the comment leaves out. */
  elsewhere?: string;
}

export type DegradeStep = 'full' | 'trim-context' | 'collapse' | 'drop' | 'split' | 'truncate';

export interface FittedComment {
  markerId: string;
  /** One body per comment part, each starting with its marker line; never empty. */
  bodies: string[];
  /** Every degradation applied, in order; ['full'] when the report fitted as it is. */
  steps: DegradeStep[];
  /** Context lines kept around diff changes; null when diffs were left as they are. */
  contextLines: number | null;
  collapsed: string[];
  omitted: string[];
}

const MARKER_PREFIX = 'registry-plan';
const DEFAULT_ELSEWHERE = 'the job summary';
/** Room kept in each part for its marker line, part header and a truncation note. */
const PART_OVERHEAD = 400;

/** Marker ids live inside an HTML comment: keep a safe alphabet and no `--`. */
export function sanitizeMarkerId(id: string): string {
  const safe = id
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '')
    .replace(/-$/, '')
    .slice(0, 100);
  return safe === '' ? 'default' : safe;
}

export function markerLine(markerId: string, part: number): string {
  return `<!-- ${MARKER_PREFIX}:${sanitizeMarkerId(markerId)}:part-${part} -->`;
}

const MARKER_RE = /^<!-- registry-plan:([A-Za-z0-9._/-]+?)(?::part-([1-9][0-9]{0,3}))? -->/;

/** The marker a body starts with; a marker without a part number (an older format) counts as part 1. */
export function parseMarker(body: string): { id: string; part: number } | undefined {
  const m = MARKER_RE.exec(body);
  if (!m) return undefined;
  return { id: m[1]!, part: m[2] ? Number(m[2]) : 1 };
}

function partHeader(part: number, total: number): string {
  return total > 1 ? `**registry-plan report, part ${part}/${total}**\n\n` : '';
}

// ---------------------------------------------------------------------------------------------------
// Diff context trimming

const FENCE_OPEN = /^(\s{0,3})(`{3,}|~{3,})\s*([^\s`]*)/;

function isChange(line: string): boolean {
  return (line.startsWith('+') && !line.startsWith('+++ ')) || (line.startsWith('-') && !line.startsWith('--- '));
}

function isContext(line: string): boolean {
  return line.startsWith(' ') || line === '';
}

function trimDiffLines(lines: string[], keep: number): string[] {
  const near = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, i) => {
    if (!isChange(line)) return;
    for (let j = Math.max(0, i - keep); j <= Math.min(lines.length - 1, i + keep); j++) near[j] = true;
  });
  const out: string[] = [];
  let skipped = 0;
  const flush = (): void => {
    if (skipped > 0) out.push(` … ${skipped} unchanged line${skipped === 1 ? '' : 's'}`);
    skipped = 0;
  };
  lines.forEach((line, i) => {
    if (isContext(line) && !near[i]) {
      skipped++;
      return;
    }
    flush();
    out.push(line);
  });
  flush();
  return out;
}

/**
 * Keeps at most `keep` unchanged lines around each change inside ```diff fences; longer runs of
 * unchanged lines become one "… N unchanged lines" line. Text outside diff fences is untouched.
 */
export function trimDiffContext(markdown: string, keep: number): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (!open) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const fence = open[2]!;
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end]!, fence)) end++;
    const inner = lines.slice(i + 1, end);
    out.push(lines[i]!);
    out.push(...(open[3] === 'diff' ? trimDiffLines(inner, keep) : inner));
    if (end < lines.length) out.push(lines[end]!);
    i = end + 1;
  }
  return out.join('\n');
}

/** "+3 −1" for the diffs in a section, or its line count when it holds no diff. */
export function sectionStat(body: string): string {
  let added = 0;
  let removed = 0;
  let inDiff = false;
  for (const line of body.split('\n')) {
    const open = FENCE_OPEN.exec(line);
    if (open) {
      inDiff = !inDiff && open[3] === 'diff';
      continue;
    }
    if (!inDiff) continue;
    if (line.startsWith('+') && !line.startsWith('+++ ')) added++;
    else if (line.startsWith('-') && !line.startsWith('--- ')) removed++;
  }
  if (added + removed > 0) return `+${added} −${removed} lines`;
  const n = body.split('\n').length;
  return `${n} line${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------------
// Rendering

function renderFull(section: ReportSection, context: number | null): string {
  const body = context === null ? section.body : trimDiffContext(section.body, context);
  return section.collapsible
    ? `<details><summary>${section.title}</summary>\n\n${body}\n\n</details>`
    : `#### ${section.title}\n\n${body}`;
}

function renderCollapsed(section: ReportSection, elsewhere: string): string {
  return `**${section.title}** (${sectionStat(section.body)}): shown in ${elsewhere}.`;
}

function omittedNote(titles: string[], elsewhere: string): string {
  if (titles.length === 0) return '';
  let list = '';
  for (const t of titles) {
    const next = list === '' ? t : `${list}, ${t}`;
    if (next.length > 1500) {
      list = `${list}, …`;
      break;
    }
    list = next;
  }
  const n = titles.length;
  return `> ${n} ${n === 1 ? 'section' : 'sections'} omitted to fit GitHub's comment size limit (${list}); see ${elsewhere}.`;
}

const SEPARATOR = '\n\n';

// ---------------------------------------------------------------------------------------------------
// Splitting into parts

/**
 * Cuts an oversized block at line boundaries into pieces of at most `size` characters. A cut inside a
 * code fence or a `<details>` closes it and reopens it in the next piece so each part renders alone.
 */
export function chunkBlock(block: string, size: number): string[] {
  interface Open {
    kind: 'fence' | 'details';
    opener: string;
    closer: string;
  }
  const pieces: string[] = [];
  const open: Open[] = [];
  let current: string[] = [];
  let currentLen = 0;
  let fresh = true; // nothing but reopened constructs in `current`
  const closers = (): string =>
    open
      .map((o) => `\n${o.closer}`)
      .reverse()
      .join('');
  const closersLen = (): number => open.reduce((n, o) => n + o.closer.length + 1, 0);
  const push = (line: string): void => {
    current.push(line);
    currentLen += line.length + 1;
  };
  const emit = (): void => {
    pieces.push(current.join('\n') + closers());
    current = [];
    currentLen = 0;
    for (const o of open) push(o.opener);
    fresh = true;
  };

  for (const original of block.split('\n')) {
    let line = original;
    for (;;) {
      const room = size - currentLen - closersLen();
      if (line.length + 1 <= room) break;
      if (!fresh) {
        emit();
        continue;
      }
      // A single line longer than a piece is cut hard, away from surrogate pairs.
      let cut = Math.max(1, room - 1);
      const code = line.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
      push(line.slice(0, cut));
      line = line.slice(cut);
      emit();
    }
    push(line);
    fresh = false;

    const top = open[open.length - 1];
    const trimmed = line.trim();
    const fence = FENCE_OPEN.exec(line);
    if (top?.kind === 'fence') {
      if (trimmed.length >= top.closer.length && trimmed === top.closer[0]!.repeat(trimmed.length)) open.pop();
    } else if (fence) {
      open.push({ kind: 'fence', opener: line, closer: fence[2]! });
    } else if (/^<details\b/i.test(trimmed) && !/<\/details>$/i.test(trimmed)) {
      const summary = summaryOf(line);
      open.push({
        kind: 'details',
        opener: summary !== undefined ? `<details><summary>${summary} (continued)</summary>\n` : '<details>\n',
        closer: '</details>'
      });
    } else if (/^<\/details>/i.test(trimmed) && top?.kind === 'details') {
      open.pop();
    }
  }
  if (!fresh || pieces.length === 0) pieces.push(current.join('\n') + closers());
  return pieces.filter((p) => p.trim() !== '');
}

/**
 * Packs blocks into parts of at most `budget` characters (marker and header included), in order,
 * never reordering, and numbers them. More than `maxParts` parts are cut with a note.
 */
export function paginate(
  markerId: string,
  blocks: string[],
  budget: number,
  maxParts = DEFAULT_MAX_PARTS,
  elsewhere = DEFAULT_ELSEWHERE
): { bodies: string[]; truncated: boolean } {
  const room = Math.max(1000, budget - PART_OVERHEAD);
  const parts: string[][] = [[]];
  let used = 0;
  for (const block of blocks.filter((b) => b !== '')) {
    const pieces = block.length > room ? chunkBlock(block, room) : [block];
    for (const piece of pieces) {
      const cost = piece.length + (used > 0 ? SEPARATOR.length : 0);
      if (used > 0 && used + cost > room) {
        parts.push([]);
        used = 0;
      }
      parts[parts.length - 1]!.push(piece);
      used += piece.length + (used > 0 ? SEPARATOR.length : 0);
    }
  }
  const truncated = parts.length > maxParts;
  const kept = truncated ? parts.slice(0, maxParts) : parts;
  const total = kept.length;
  const bodies = kept.map((contents, i) => {
    const note =
      truncated && i === total - 1
        ? `${SEPARATOR}> The report is longer than ${maxParts} comments; the rest is in ${elsewhere}.`
        : '';
    return `${markerLine(markerId, i + 1)}\n${partHeader(i + 1, total)}${contents.join(SEPARATOR)}${note}`;
  });
  return { bodies, truncated };
}

/** Removes the marker line and part header that `paginate` added. */
export function stripPartFrame(body: string): string {
  const withoutMarker = parseMarker(body) ? body.replace(/^[^\n]*\n?/, '') : body;
  return withoutMarker.replace(/^\*\*registry-plan report, part \d+\/\d+\*\*\n\n/, '');
}

/**
 * Re-splits already rendered bodies under a smaller budget, keeping their order (used when GitHub
 * rejects a body as too long although it was within our count).
 */
export function repaginate(markerId: string, bodies: string[], budget: number, maxParts = DEFAULT_MAX_PARTS): string[] {
  return paginate(markerId, bodies.map(stripPartFrame), budget, maxParts).bodies;
}

// ---------------------------------------------------------------------------------------------------

/**
 * The state of one fitting: which sections are collapsed or dropped and how many diff context lines
 * are kept, with a running size so that each collapse or drop is O(1) rather than a re-render.
 */
class CommentFit {
  readonly markerId: string;
  readonly header: string;
  context: number | null = null;
  readonly steps: DegradeStep[] = [];
  private readonly collapsed = new Set<number>();
  private readonly dropped = new Set<number>();
  private readonly droppedTitles: string[] = [];
  // Lengths per section in each form, computed once so that each step is a sum, not a re-render.
  private readonly collapsedLen: number[];
  private fullLen: number[];
  private sectionsTotal = 0;

  constructor(
    readonly report: CommentReport,
    readonly elsewhere: string
  ) {
    this.markerId = sanitizeMarkerId(report.marker);
    this.header = `${markerLine(this.markerId, 1)}\n`;
    this.collapsedLen = report.sections.map((s) => renderCollapsed(s, elsewhere).length);
    this.fullLen = report.sections.map((s) => renderFull(s, null).length);
    this.remeasure();
  }

  private len(i: number): number {
    return this.collapsed.has(i) ? this.collapsedLen[i]! : this.fullLen[i]!;
  }

  private remeasure(): void {
    this.sectionsTotal = this.report.sections.reduce(
      (n, _, i) => (this.dropped.has(i) ? n : n + SEPARATOR.length + this.len(i)),
      0
    );
  }

  size(): number {
    const note = omittedNote(this.droppedTitles, this.elsewhere);
    return (
      this.header.length +
      this.report.headline.length +
      this.sectionsTotal +
      (note === '' ? 0 : SEPARATOR.length + note.length)
    );
  }

  /** Diffs keep `keep` context lines from now on. */
  trimContext(keep: number): void {
    this.context = keep;
    this.fullLen = this.report.sections.map((s) => renderFull(s, keep).length);
    this.remeasure();
  }

  /** Collapses a section to its one-line stat; false when that would not make it shorter. */
  collapse(i: number): boolean {
    if (this.collapsedLen[i]! >= this.fullLen[i]!) return false;
    this.sectionsTotal += this.collapsedLen[i]! - this.fullLen[i]!;
    this.collapsed.add(i);
    return true;
  }

  drop(i: number): void {
    this.sectionsTotal -= SEPARATOR.length + this.len(i);
    this.dropped.add(i);
    this.droppedTitles.push(this.report.sections[i]!.title);
  }

  blocks(): string[] {
    const out = [this.report.headline];
    this.report.sections.forEach((s, i) => {
      if (this.dropped.has(i)) return;
      out.push(this.collapsed.has(i) ? renderCollapsed(s, this.elsewhere) : renderFull(s, this.context));
    });
    out.push(omittedNote(this.droppedTitles, this.elsewhere));
    return out.filter((b) => b !== '');
  }

  result(bodies: string[] = [this.header + this.blocks().join(SEPARATOR)]): FittedComment {
    const sections = this.report.sections;
    return {
      markerId: this.markerId,
      bodies,
      steps: this.steps.length === 0 ? ['full'] : [...this.steps],
      contextLines: this.context,
      collapsed: sections.filter((_, i) => this.collapsed.has(i) && !this.dropped.has(i)).map((s) => s.title),
      omitted: [...this.droppedTitles]
    };
  }
}

/** Renders the report into one or more comment bodies within the budget. Pure. */
export function fitComment(report: CommentReport, options: FitOptions = {}): FittedComment {
  const budget = Math.min(options.budget ?? DEFAULT_COMMENT_BUDGET, GITHUB_COMMENT_LIMIT);
  const maxParts = options.maxParts ?? DEFAULT_MAX_PARTS;
  const fit = new CommentFit(report, options.elsewhere ?? DEFAULT_ELSEWHERE);
  if (fit.size() <= budget) return fit.result();

  if (report.sections.some((s) => /^\s{0,3}(`{3,}|~{3,})\s*diff\b/m.test(s.body))) {
    fit.steps.push('trim-context');
    for (const keep of [3, 1, 0]) {
      fit.trimContext(keep);
      if (fit.size() <= budget) return fit.result();
    }
  }

  // Least important detail sections first; among equals, the later one (reports list what matters first).
  const order = report.sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.collapsible)
    .sort((a, b) => b.s.priority - a.s.priority || b.i - a.i)
    .map(({ i }) => i);
  if (order.length > 0) {
    fit.steps.push('collapse');
    for (const i of order) if (fit.collapse(i) && fit.size() <= budget) return fit.result();
    fit.steps.push('drop');
    for (const i of order) {
      fit.drop(i);
      if (fit.size() <= budget) return fit.result();
    }
  }

  fit.steps.push('split');
  const { bodies, truncated } = paginate(fit.markerId, fit.blocks(), budget, maxParts, fit.elsewhere);
  if (truncated) fit.steps.push('truncate');
  return fit.result(bodies);
}

/** Whether `line` closes a fence opened with `fence`: up to three spaces, at least as many fence characters. */
function closesFence(line: string, fence: string): boolean {
  const body = line.trimEnd();
  const indent = body.length - body.trimStart().length;
  const run = body.trimStart();
  return indent <= 3 && run.length >= fence.length && run === fence[0]!.repeat(run.length);
}

/** The text of the first `<summary>...</summary>` of a line (case-insensitive tags), found without backtracking. */
function summaryOf(line: string): string | undefined {
  const lower = line.toLowerCase();
  const open = lower.indexOf('<summary>');
  if (open < 0) return undefined;
  const close = lower.indexOf('</summary>', open + 9);
  return close < 0 ? undefined : line.slice(open + 9, close);
}
