import type { FailOn } from '../config/settings.js';
import type { Finding, Severity } from '../model/types.js';
import type { Verdict } from '../plan/types.js';

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * Input rules: when one of these fires, the run cannot vouch for the change at all. A MachineConfig file
 * whose contents cannot be known (remote, undecodable, over budget) is one: what the pool ends up with
 * cannot be evaluated.
 */
export const CANNOT_EVALUATE_RULES = new Set(['bad-input', 'machineconfig-file-unreadable', 'upgrade-version-unknown']);

export function reachesFailOn(f: Finding, failOn: FailOn): boolean {
  if (failOn === 'never' || f.waived) return false;
  return RANK[f.severity] >= RANK[failOn];
}

/**
 * pass / fail, or cannot-evaluate when the head side could not be read: a "pass" must never hide an
 * unreadable manifest. cannot-evaluate fails the check like a violation does.
 */
export function verdictOf(findings: Finding[], failOn: FailOn): Verdict {
  if (findings.some((f) => CANNOT_EVALUATE_RULES.has(f.rule) && f.severity === 'error' && !f.waived))
    return 'cannot-evaluate';
  return findings.some((f) => reachesFailOn(f, failOn)) ? 'fail' : 'pass';
}

export const worstVerdict = (vs: Verdict[]): Verdict =>
  vs.includes('cannot-evaluate') ? 'cannot-evaluate' : vs.includes('fail') ? 'fail' : 'pass';
