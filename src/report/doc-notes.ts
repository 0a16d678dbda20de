import type { PoolPlan } from '../plan/types.js';

/**
 * Each fact once, for node-impact reasons. The impact stage explains every pool on its own, so a change
 * that reaches three pools repeats the same reasons three times, and the "Docs differ" notes (where the
 * public documentation and the operator code disagree) with them. For output, pools with the same
 * actions and reasons share one entry, and the notes are pulled out to be shown once.
 */

/** How impact/decide.ts starts a note about the documentation (docNotes). */
export const DOC_NOTE_PREFIX = 'Docs differ: ';

export interface PoolReasons {
  pools: PoolPlan[];
  actions: string[];
  /** The pools' reasons without the documentation notes. */
  reasons: string[];
}

/** Pools grouped by identical actions and reasons (first-seen order), and the notes, each once. Pure. */
export function splitDocNotes(pools: readonly PoolPlan[]): { pools: PoolReasons[]; notes: string[] } {
  const notes: string[] = [];
  const groups = new Map<string, PoolReasons>();
  for (const p of pools) {
    if (!p.reasons.length) continue;
    const reasons: string[] = [];
    for (const r of p.reasons) {
      if (!r.startsWith(DOC_NOTE_PREFIX)) reasons.push(r);
      else if (!notes.includes(r.slice(DOC_NOTE_PREFIX.length))) notes.push(r.slice(DOC_NOTE_PREFIX.length));
    }
    const key = JSON.stringify([p.actions, reasons]);
    const g = groups.get(key);
    if (g) g.pools.push(p);
    else groups.set(key, { pools: [p], actions: p.actions, reasons });
  }
  return { pools: [...groups.values()], notes };
}

/**
 * A reason with a long parenthesised list ("not a safe change (a; b; … 630 entries)") keeps its first
 * `keep` items and says how many more there are: the comment and the terminal stay readable when a
 * change touches hundreds of registries; the job summary and the JSON keep every item.
 */
export function shortenReason(reason: string, keep = 3): string {
  const open = reason.indexOf('(');
  const close = reason.lastIndexOf(')');
  if (open < 0 || close < open) return reason;
  const items = reason.slice(open + 1, close).split('; ');
  if (items.length <= keep + 1) return reason;
  const shown = items.slice(0, keep).join('; ');
  return `${reason.slice(0, open + 1)}${shown}; … and ${items.length - keep} more${reason.slice(close)}`;
}
