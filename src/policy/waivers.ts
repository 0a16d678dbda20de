/**
 * Waivers from the configuration file and from object annotations. A waiver never hides a finding: the
 * finding stays in every report, marked waived, and only stops counting for the verdict. A waiver past
 * its expiry stops applying and becomes a failing finding itself, so exceptions cannot outlive their
 * reason unnoticed.
 */
import picomatch from 'picomatch';
import type { ClusterModel, Finding, Loc } from '../model/types.js';
import { RULES_BY_ID } from '../model/rule-catalog.js';
import { isCalendarDate, type Waiver } from '../config/policy-section.js';
import { finding } from './rules/helpers.js';

export const WAIVE_ANNOTATION = 'registry-plan.io/waive';

const FIELD = /\b(reason|owner|expires)=/g;

/**
 * `registry-plan.io/waive: "<rule>[,<rule>...] reason=<text> owner=<who> expires=<YYYY-MM-DD>"`. The
 * values run up to the next `key=`, so a reason may contain spaces. Returns the waivers or a problem.
 */
export function parseWaiveAnnotation(
  value: string,
  object: string,
  loc: Loc
): { waivers: Waiver[] } | { problem: string } {
  const text = value.trim();
  const firstSpace = text.search(/\s/);
  const ruleList = firstSpace < 0 ? text : text.slice(0, firstSpace);
  const rest = firstSpace < 0 ? '' : text.slice(firstSpace);
  const rules = ruleList
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  if (!rules.length || ruleList.includes('='))
    return { problem: 'it must start with the rule id(s) to waive, comma-separated' };
  const fields: Record<string, string> = {};
  const marks = [...rest.matchAll(FIELD)];
  if (marks.length && rest.slice(0, marks[0]!.index).trim() !== '') {
    return { problem: `unexpected text "${rest.slice(0, marks[0]!.index).trim()}" after the rule ids` };
  }
  marks.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : rest.length;
    fields[m[1]!] = rest.slice(start, end).trim();
  });
  for (const key of ['reason', 'owner', 'expires']) if (!fields[key]) return { problem: `${key}=... is required` };
  if (!isCalendarDate(fields['expires']!))
    return { problem: `expires "${fields['expires']}" is not a date written YYYY-MM-DD` };
  for (const r of rules) {
    const info = RULES_BY_ID.get(r);
    if (!info) return { problem: `unknown rule id "${r}" (the rules are listed in docs/rules.md)` };
    if (!info.waivable) return { problem: `rule "${r}" cannot be waived` };
  }
  return {
    waivers: rules.map((rule) => ({
      rule,
      object,
      reason: fields['reason']!,
      owner: fields['owner']!,
      expires: fields['expires']!,
      file: loc.file,
      line: loc.line,
      origin: 'annotation' as const
    }))
  };
}

interface Annotated {
  id: string;
  loc: Loc;
  annotations?: Record<string, string>;
}

function annotatedObjects(m: ClusterModel): Annotated[] {
  return [
    ...[...m.idms, ...m.itms, ...m.icsp].map((o) => ({
      id: `${o.kind}/${o.name}`,
      loc: o.loc,
      annotations: o.annotations
    })),
    ...(m.image ? [{ id: `Image/${m.image.name}`, loc: m.image.loc, annotations: m.image.annotations }] : [])
  ];
}

/** Annotation waivers of the head side, and findings for the ones that are malformed or not allowed. */
export function annotationWaivers(model: ClusterModel, allowed: boolean): { waivers: Waiver[]; findings: Finding[] } {
  const waivers: Waiver[] = [];
  const findings: Finding[] = [];
  for (const o of annotatedObjects(model)) {
    const value = o.annotations?.[WAIVE_ANNOTATION];
    if (value === undefined) continue;
    if (!allowed) {
      findings.push(
        finding('annotation-waiver-forbidden', {
          message:
            `${o.id} carries a ${WAIVE_ANNOTATION} annotation, but this repository's policy does not accept waivers by ` +
            'annotation (policy.allowAnnotationWaivers: false), so it waives nothing. Move the waiver to the waivers: ' +
            'list of the configuration file, where it is reviewed with the policy, and remove the annotation.',
          loc: o.loc,
          object: o.id
        })
      );
      continue;
    }
    const parsed = parseWaiveAnnotation(value, o.id, o.loc);
    if ('problem' in parsed) {
      findings.push(
        finding('annotation-waiver-invalid', {
          message:
            `${o.id}: the ${WAIVE_ANNOTATION} annotation cannot be read (${parsed.problem}), so it waives nothing. Write it ` +
            'as "<rule>[,<rule>] reason=<text> owner=<who> expires=<YYYY-MM-DD>".',
          loc: o.loc,
          object: o.id
        })
      );
      continue;
    }
    waivers.push(...parsed.waivers);
  }
  return { waivers, findings };
}

export const isExpired = (w: Waiver, today: string): boolean => w.expires < today;

export function expiredFinding(w: Waiver): Finding {
  const target = w.object ?? w.path ?? '';
  return finding('waiver-expired', {
    message:
      `The waiver of ${w.rule} for ${target} (owner ${w.owner}, reason "${w.reason}") expired on ${w.expires}, so it no ` +
      `longer applies and the findings it covered count again. Fix them, or renew the waiver with a new expiry date` +
      `${w.origin === 'annotation' ? ` in the ${WAIVE_ANNOTATION} annotation` : ''}.`,
    loc: { file: w.file, line: w.line },
    ...(w.origin === 'annotation' && w.object ? { object: w.object } : {})
  });
}

/** Compiled matchers of one waiver. Objects and paths are globs (`ImageDigestMirrorSet/vendor-*`). */
export function waiverMatcher(w: Waiver): (f: Finding) => boolean {
  const obj = w.object !== undefined ? picomatch(w.object) : undefined;
  const path = w.path !== undefined ? picomatch(w.path, { dot: true }) : undefined;
  return (f) =>
    f.rule === w.rule &&
    (obj === undefined || (f.object !== undefined && obj(f.object))) &&
    (path === undefined || (f.file !== '' && path(f.file)));
}
