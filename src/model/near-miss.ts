/**
 * A kind name that is almost one the tool reads (`ImageDigestMirrorSett`, `imagedigestmirrorset`,
 * `ImageTagMirrorset`) is a typo the API server refuses: the object never reaches a node. Without this
 * check the object is silently skipped and the plan describes a change that cannot happen.
 *
 * Edit distance is bounded (at most `limit` edits, only a diagonal band of width 2·limit+1 is
 * computed), so one comparison is O(length · limit) and a name far longer than any kind is rejected
 * before any work: linear time in the input whatever the repository writes.
 */
import { KNOWN_KINDS } from './served-kinds.js';

/** Kind names are short; anything longer than this is not a near miss of one of them. */
const MAX_KIND_LENGTH = 64;

/** Levenshtein distance when it is at most `limit`, else `limit + 1`. Case-sensitive. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const INF = limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : INF;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    cur.fill(INF);
    cur[0] = i <= limit ? i : INF;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = Math.min(v, INF);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > limit) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, INF);
}

/** Allowed edits for a kind of this length: one for short names (Image), two for long ones. */
const editsFor = (kind: string): number => (kind.length < 10 ? 1 : 2);

/**
 * The known kind `name` is a near miss of, or undefined. An exact match is not a near miss; a match
 * that differs only in letter case is (the API server matches kinds case-sensitively).
 */
export function nearMissKind(name: string, known: readonly string[] = KNOWN_KINDS): string | undefined {
  if (name.length === 0 || name.length > MAX_KIND_LENGTH || known.includes(name)) return undefined;
  const lower = name.toLowerCase();
  let best: { kind: string; d: number } | undefined;
  for (const kind of known) {
    const limit = editsFor(kind);
    const d = boundedEditDistance(lower, kind.toLowerCase(), limit);
    if (d <= limit && (!best || d < best.d)) best = { kind, d };
  }
  return best?.kind;
}
