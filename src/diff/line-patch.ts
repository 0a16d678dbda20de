import { formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff';

/**
 * Edits (lines removed plus lines added) up to which the unified diff is the minimal one. jsdiff's
 * Myers diff costs O((N+M)·D) time and more in bookkeeping: a rewritten registries.conf of ten thousand
 * entries took a minute, twenty thousand several. Past this many edits the changed region is shown as
 * a whole (every line between the common head and tail removed, then added): still an exact diff, just
 * not the shortest, and computed in linear time.
 */
export const MAX_MINIMAL_EDITS = 1000;

export interface PatchSide {
  name: string;
  text: string;
  header: string;
}

/** A unified diff of two texts, as jsdiff's createTwoFilesPatch writes it, in bounded time. */
export function linePatch(before: PatchSide, after: PatchSide, context: number): string {
  // jsdiff's Myers search starts by following the common head of both texts, so the lines before the
  // first difference (minus the context shown) change nothing in its answer: they are cut off first and
  // the hunks shifted back. A rendered registries.conf with one entry added is mostly common head, and
  // jsdiff splits and compares every line it is given.
  const cut = startLineOfDiff(before.text, after.text, context);
  const hunks = structuredPatch(before.name, after.name, before.text.slice(cut.at), after.text.slice(cut.at), '', '', {
    context,
    maxEditLength: MAX_MINIMAL_EDITS
  })?.hunks;
  if (!hunks) return wholeRegionPatch(before, after, context);
  return formatPatch({
    oldFileName: before.name,
    newFileName: after.name,
    oldHeader: before.header,
    newHeader: after.header,
    hunks: hunks.map((h) => ({ ...h, oldStart: h.oldStart + cut.lines, newStart: h.newStart + cut.lines }))
  });
}

/**
 * Where both texts may be cut before diffing: the start of the line `context` lines above the first line
 * that differs (whole lines only, each ending in a line feed), and how many lines lie before it.
 */
function startLineOfDiff(a: string, b: string, context: number): { at: number; lines: number } {
  // The common prefix by halving (string comparison runs at memory speed; a loop over characters would
  // not), then back to the start of the line it ends in.
  let same = 0;
  let step = Math.min(a.length, b.length);
  while (step > 0) {
    if (same + step <= Math.min(a.length, b.length) && a.slice(same, same + step) === b.slice(same, same + step))
      same += step;
    else step >>= 1;
  }
  // After the last line feed both texts share (lastIndexOf would clamp a negative start to 0).
  const at = same > 0 ? a.lastIndexOf('\n', same - 1) + 1 : 0;
  let lines = 0;
  for (let nl = a.indexOf('\n'); nl >= 0 && nl < at; nl = a.indexOf('\n', nl + 1)) lines++;
  // Keep `context` common lines in front of the change.
  let start = at;
  for (let k = 0; k < context && start > 0; k++) start = start >= 2 ? a.lastIndexOf('\n', start - 2) + 1 : 0;
  const kept = Math.min(context, lines);
  return { at: start, lines: lines - kept };
}

/** Lines with their line feeds, as jsdiff splits them. */
const linesOf = (text: string): string[] => (text === '' ? [] : text.split(/(?<=\n)/));

function wholeRegionPatch(before: PatchSide, after: PatchSide, context: number): string {
  const a = linesOf(before.text);
  const b = linesOf(after.text);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const lead = Math.min(context, head);
  const trail = Math.min(context, tail);
  const lines = [
    ...a.slice(head - lead, head).map((l) => ' ' + l),
    ...a.slice(head, a.length - tail).map((l) => '-' + l),
    ...b.slice(head, b.length - tail).map((l) => '+' + l),
    ...a.slice(a.length - tail, a.length - tail + trail).map((l) => ' ' + l)
  ];
  const hunk: StructuredPatchHunk = {
    oldStart: head - lead + 1,
    oldLines: lead + (a.length - tail - head) + trail,
    newStart: head - lead + 1,
    newLines: lead + (b.length - tail - head) + trail,
    // As jsdiff writes them: without their line feed, and a marker after a last line that has none.
    lines: lines.flatMap((l) => (l.endsWith('\n') ? [l.slice(0, -1)] : [l, '\\ No newline at end of file']))
  };
  return formatPatch({
    oldFileName: before.name,
    newFileName: after.name,
    oldHeader: before.header,
    newHeader: after.header,
    hunks: [hunk]
  });
}
