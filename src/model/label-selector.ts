/**
 * Kubernetes `metav1.LabelSelector` as `LabelSelectorAsSelector(...).Matches(labels)` evaluates it:
 * every matchLabels pair and every expression must hold. A nil selector matches nothing (MCO treats it
 * as "selects nothing"); an empty one matches everything, which MCO refuses for pools.
 */
export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: LabelSelectorRequirement[];
}

export const isEmptySelector = (s: LabelSelector): boolean =>
  Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;

/** Why a selector cannot be converted (`LabelSelectorAsSelector` errors), or undefined. */
export function selectorProblem(s: LabelSelector): string | undefined {
  for (const e of s.matchExpressions) {
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (e.values.length === 0) return `matchExpressions key ${e.key}: values must be non-empty for ${e.operator}`;
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (e.values.length > 0) return `matchExpressions key ${e.key}: values must be empty for ${e.operator}`;
    } else {
      return `matchExpressions key ${e.key}: "${e.operator}" is not a valid label selector operator`;
    }
  }
  return undefined;
}

export function selectorMatches(s: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!s || selectorProblem(s) !== undefined) return false;
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** Reads a selector from manifest data; undefined when absent, a string when malformed. */
export function readLabelSelector(v: unknown): LabelSelector | string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) return 'a label selector must be a mapping';
  const o = v as Record<string, unknown>;
  const matchLabels: Record<string, string> = {};
  if (o['matchLabels'] !== undefined && o['matchLabels'] !== null) {
    if (typeof o['matchLabels'] !== 'object' || Array.isArray(o['matchLabels'])) return 'matchLabels must be a mapping';
    for (const [k, val] of Object.entries(o['matchLabels'] as Record<string, unknown>)) {
      if (typeof val !== 'string') return `matchLabels.${k} must be a string`;
      matchLabels[k] = val;
    }
  }
  const matchExpressions: LabelSelectorRequirement[] = [];
  if (o['matchExpressions'] !== undefined && o['matchExpressions'] !== null) {
    if (!Array.isArray(o['matchExpressions'])) return 'matchExpressions must be a list';
    for (const e of o['matchExpressions'] as unknown[]) {
      if (!e || typeof e !== 'object') return 'each matchExpressions entry must be a mapping';
      const r = e as Record<string, unknown>;
      if (typeof r['key'] !== 'string' || typeof r['operator'] !== 'string') {
        return 'each matchExpressions entry needs a key and an operator';
      }
      const values = r['values'] ?? [];
      if (!Array.isArray(values) || values.some((x) => typeof x !== 'string')) {
        return `matchExpressions key ${r['key']}: values must be a list of strings`;
      }
      matchExpressions.push({ key: r['key'], operator: r['operator'], values: values as string[] });
    }
  }
  return { matchLabels, matchExpressions };
}
