import type { ErrorObject } from 'ajv';
import { validate } from '../generated/config-validator.js';
import { LineCounter, parseDocument, isCollection, isNode, isPair, isScalar, type Node } from 'yaml';
import { lineResolver } from '../load/yaml-documents.js';
import { checkPolicySections, type PolicyConfig, type WaiverConfig } from './policy-section.js';
import { ConfigError } from './errors.js';

/** The configuration file as written (validated against the published schema). */
export interface ConfigFile {
  openshiftVersion?: string;
  wmcoVersion?: string;
  releaseImage?: string;
  failOn?: 'error' | 'warning' | 'never';
  /** Read from the base only: a pull request may loosen the gate (a notice instead of an error). */
  allowGateChanges?: boolean;
  timing?: Partial<Record<'drainMinutes' | 'rebootMinutes' | 'crioReloadSeconds' | 'windowsNodeSeconds', number>>;
  paths?: string[];
  exclude?: string[];
  pools?: Record<string, { nodes: number }>;
  windows?: { nodes: number };
  limits?: { maxFileBytes?: number; maxAliasCount?: number; maxTotalBytes?: number; maxTotalObjects?: number };
  clusters?: Array<{
    name: string;
    kustomize?: string;
    paths?: string[];
    openshiftVersion?: string;
    wmcoVersion?: string;
    releaseImage?: string;
    pools?: Record<string, { nodes: number }>;
    windows?: { nodes: number };
    timing?: ConfigFile['timing'];
    policy?: PolicyConfig;
  }>;
  policy?: PolicyConfig;
  waivers?: WaiverConfig[];
  /** Filled by the parser, not written by users: line of every key and list item by dotted path. */
  sourceLines?: Record<string, number>;
}

export { ConfigError };

/** Extra schemas (the policy section) plug in here so one file is validated in one pass. */
const extraValidators: Array<(doc: ConfigFile, lineOf: (path: (string | number)[]) => number, file: string) => void> =
  [];
export function registerConfigValidator(v: (typeof extraValidators)[number]): void {
  extraValidators.push(v);
}

function explain(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  if (e.keyword === 'additionalProperties') {
    if (/\.?severities$/.test(where)) {
      return `${where}: unknown rule id "${(e.params as { additionalProperty: string }).additionalProperty}" (the rules are listed in docs/rules.md)`;
    }
    return `${where}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (e.keyword === 'enum')
    return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return `${where}: ${e.message}`;
}

/**
 * The error to show when several fire: an unknown key first (the most common typo), else the deepest
 * one, so a oneOf (`true` or `{paths}`) reports the offending field rather than "must match a schema".
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const unknown = errors.find((e) => e.keyword === 'additionalProperties');
  if (unknown) return unknown;
  const depth = (e: ErrorObject): number =>
    e.keyword === 'oneOf' || e.keyword === 'anyOf' ? -1 : e.instancePath.split('/').length;
  return errors.reduce((best, e) => (depth(e) > depth(best) ? e : best), errors[0]!);
}

function sourceLines(root: unknown, lc: LineCounter): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (node: unknown, path: string): void => {
    if (isNode(node) && node.range && path) out[path] = lc.linePos(node.range[0]).line;
    if (!isCollection(node)) return;
    node.items.forEach((item: unknown, i: number) => {
      if (isPair(item)) {
        const k = isScalar(item.key) ? String(item.key.value) : String(i);
        const sub = path ? `${path}.${k}` : k;
        if (isNode(item.key) && item.key.range) out[sub] = lc.linePos(item.key.range[0]).line;
        if (isCollection(item.value)) walk(item.value, sub);
      } else walk(item, path ? `${path}.${i}` : String(i));
    });
  };
  walk(root, '');
  return out;
}

/** Parses and validates the configuration; every error names the file and line. */
export function parseConfigFile(file: string, text: string): ConfigFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, e.linePos?.[0]?.line ?? 1, `YAML error: ${e.message.split('\n')[0]}`);
  }
  const value = (doc.toJS({ maxAliasCount: 50 }) ?? {}) as unknown;
  const lineOf = lineResolver(doc.contents as Node | null, [], lc, 1);
  if (!validate(value)) {
    const e = mostSpecific(validate.errors!);
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const keyPath =
      e.keyword === 'additionalProperties'
        ? [...path, (e.params as { additionalProperty: string }).additionalProperty]
        : path;
    throw new ConfigError(file, lineOf(keyPath), explain(e));
  }
  const cfg = value as ConfigFile;
  const problem = checkPolicySections(cfg)[0];
  if (problem) throw new ConfigError(file, lineOf(problem.path), `${problem.path.join('.')}: ${problem.message}`);
  for (const v of extraValidators) v(cfg, lineOf, file);
  cfg.sourceLines = sourceLines(doc.contents, lc);
  return cfg;
}
