import type { Finding, Severity } from '../model/types.js';

/**
 * Each fact once. Rules report per place (per mirror-set entry, per pool, per side), which is right for
 * waivers, annotations and SARIF, but a reviewer reads the same sentence ten times. Before findings
 * reach the comment, the job summary or the terminal they are folded:
 *
 * - the same rule about the same subject is one finding, "also at" the other places (a Windows
 *   registry-wide notice once per registry, not once per mirror-set entry);
 * - one mistake is one finding: where a finding explains others (both allowedRegistries and
 *   blockedRegistries set, so MCO rejects the image configuration), those are folded under it as
 *   "because of the above".
 *
 * The verdict, waivers, annotations and SARIF still see every finding; only presentation is folded.
 */

export interface FindingGroup {
  /** The finding shown: the first of the most severe among those with the same rule and subject. */
  lead: Finding;
  /** The same rule about the same subject at other places (or repeated word for word). */
  repeats: Finding[];
  /** Findings that follow from the lead, shown under it as "because of the above". */
  consequences: FindingGroup[];
  /** The highest severity in the group, consequences included; waived groups count as their lead. */
  severity: Severity;
}

/**
 * Which findings follow from which. `scope: 'file'`: only a finding in the same file as the cause is
 * folded (the image configuration is one object in one file). Keep entries to facts a reviewer would
 * call "the same mistake": the folded findings stay visible, under the cause.
 */
export const EXPLAINS: ReadonlyArray<{ cause: string; effects: readonly string[]; scope: 'file' | 'cluster' }> = [
  {
    // MCO refuses the whole image configuration, which is what operator-rejects reports, and the
    // allowedRegistries checks judge a list that reaches no node until one of the two lists goes.
    cause: 'allowed-and-blocked',
    effects: [
      'operator-rejects',
      'allowed-registries-missing-required',
      'allowed-registries-missing-mirrors',
      'insecure-not-allowed'
    ],
    scope: 'file'
  },
  {
    // An upgrade that brings the payload's signature policy: the release-signature finding already says
    // that the mirrors of the release scopes are not known to carry signatures, and how to fix it.
    cause: 'upgrade-release-signatures',
    effects: ['signature-mirror-unsigned'],
    scope: 'file'
  }
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const CAUSE_RULES = new Set(EXPLAINS.map((e) => e.cause));
const EFFECT_RULES = new Set(EXPLAINS.flatMap((e) => e.effects));

/** Same rule, same subject (or, for rules that name none, the same words), same waiver state. */
function sameFactKey(f: Finding): string {
  const subject = f.subject ?? `message:${f.message}`;
  return JSON.stringify([f.rule, subject, f.waived ? 'waived' : 'active']);
}

function groupRepeats(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = sameFactKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((all) => {
    let lead = all[0]!;
    for (const f of all) if (RANK[f.severity] < RANK[lead.severity]) lead = f;
    const repeats = all.filter((f) => f !== lead && !(f.file === lead.file && f.line === lead.line));
    return { lead, repeats, consequences: [], severity: lead.severity };
  });
}

function explains(cause: Finding, effect: Finding): boolean {
  if (cause.waived || effect.waived) return false;
  return EXPLAINS.some(
    (e) =>
      e.cause === cause.rule && e.effects.includes(effect.rule) && (e.scope === 'cluster' || cause.file === effect.file)
  );
}

/** Folds findings for presentation: repeats merged, consequences under their cause. Order is kept. Pure. */
export function foldFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = groupRepeats(findings);
  const folded = new Set<FindingGroup>();
  // Only the few findings of a cause rule look for consequences, and only among effect rules: the pairs
  // loop stays linear in the findings (a plan with 20,000 findings folds in milliseconds, not seconds).
  const effects = groups.filter((g) => EFFECT_RULES.has(g.lead.rule));
  for (const cause of groups) {
    if (folded.has(cause) || !CAUSE_RULES.has(cause.lead.rule)) continue;
    for (const effect of effects) {
      if (effect === cause || folded.has(effect) || effect.consequences.length > 0) continue;
      if (!explains(cause.lead, effect.lead)) continue;
      cause.consequences.push(effect);
      folded.add(effect);
      if (RANK[effect.severity] < RANK[cause.severity]) cause.severity = effect.severity;
    }
  }
  return groups.filter((g) => !folded.has(g));
}

/** Findings a reviewer reads as separate facts, by severity (waived ones left out). */
export function countGroups(groups: readonly FindingGroup[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const g of groups) if (!g.lead.waived) counts[g.severity]++;
  return counts;
}

/** "also at a.yaml:8, b.yaml:3 and 2 more" for a group's repeats, or '' when there are none. */
export function alsoAt(g: FindingGroup, max = 3): string {
  if (g.repeats.length === 0) return '';
  const places = g.repeats.map((f) => (f.line ? `${f.file}:${f.line}` : f.file));
  const shown = places.slice(0, max).join(', ');
  const more = places.length > max ? ` and ${places.length - max} more` : '';
  return `also at ${shown}${more}`;
}
