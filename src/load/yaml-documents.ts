import { isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ManifestDoc, PathSeg } from '../model/manifest.js';
import type { Finding } from '../model/types.js';
import type { LoadLimits } from './limits.js';
import { resolverOver, type LineNode } from './line-tree.js';
import { parseFastYaml, type FastDoc } from './yaml-fast.js';

export interface ParseOutcome {
  docs: ManifestDoc[];
  problems: Finding[];
}

/** The one shape of an input problem: a file (and line) the tool could not use. */
export function badInput(
  file: string,
  line: number,
  message: string,
  severity: Finding['severity'] = 'error'
): Finding {
  return { rule: 'bad-input', severity, message, file, line };
}

function depthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) return true;
    if (v && typeof v === 'object') for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return false;
}

/** Rough nesting depth of the raw text, so a pathological document is refused before the parser recurses. */
function textNestingTooDeep(text: string, max: number): boolean {
  // Depth stays 0 until the first opening bracket (block-style YAML, oc-mirror's, has none at all).
  const square = text.indexOf('[');
  const curly = text.indexOf('{');
  if (square < 0 && curly < 0) return false;
  let depth = 0;
  for (let i = square < 0 ? curly : curly < 0 ? square : Math.min(square, curly); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max * 4) return true;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return false;
}

function lineTree(node: unknown, lc: LineCounter): LineNode {
  const lineOfNode = (n: unknown): number | undefined =>
    isNode(n) && n.range ? lc.linePos(n.range[0]).line : undefined;
  const out: LineNode = { line: lineOfNode(node) };
  if (isMap(node)) {
    out.keys = new Map();
    for (const p of node.items) {
      const key = isScalar(p.key) ? p.key.value : p.key;
      // The first of equal keys wins, as a lookup through the tree's items did.
      if (!out.keys.has(key)) out.keys.set(key, { keyLine: lineOfNode(p.key), value: lineTree(p.value, lc) });
    }
  } else if (isSeq(node)) {
    out.items = node.items.map((item) => lineTree(item, lc));
  }
  return out;
}

/**
 * Line of the field at `path`: the key's line for mapping entries, the item's line for list entries; for a
 * path that does not exist, the deepest part that does. The line tree is built once per document and the
 * syntax tree can then be dropped.
 */
export function lineResolver(root: Node | null | undefined, base: PathSeg[], lc: LineCounter, fallback: number) {
  return resolverOver(lineTree(root, lc), base, fallback);
}

/**
 * Where the first key that repeats an earlier key of its mapping starts, in the order yaml's composer
 * reports duplicates (each key after its own subtree, before its value). yaml's `uniqueKeys` option
 * compares every key with every earlier key of the mapping: quadratic, minutes of CPU for a file of a
 * few hundred thousand keys, so the parse runs without it and this one pass (a set per mapping) stands
 * in. Keys are equal as yaml compares them: scalars with the same value (===, so NaN never repeats).
 */
export function firstDuplicateKey(node: unknown): number | undefined {
  if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const inKey = firstDuplicateKey(pair.key);
      if (inKey !== undefined) return inKey;
      const key = pair.key;
      if (isScalar(key) && !Number.isNaN(key.value)) {
        if (seen.has(key.value)) return key.range?.[0] ?? 0;
        seen.add(key.value);
      }
      const inValue = firstDuplicateKey(pair.value);
      if (inValue !== undefined) return inValue;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const found = firstDuplicateKey(item);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function describeYamlError(e: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }): string {
  // yaml's prettyErrors append a code excerpt; keep only the first line for a one-line message.
  return e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Parses a file that may hold several documents (YAML or JSON) into objects with their lines.
 * Unparseable text is a problem only when the caller knows the file is relevant; it decides.
 * Plain block-style files (oc-mirror mirror sets, kubectl manifests) take a fast path that gives the same
 * result in a fraction of the time and garbage; anything outside its subset goes through `yaml`.
 */
export function parseManifests(file: string, text: string, limits: LoadLimits): ParseOutcome {
  if (textNestingTooDeep(text, limits.maxDepth)) return nestingRefused(file, limits);
  const fast = parseFastYaml(text, limits.maxDepth, limits.maxDocumentsPerFile);
  return fast ? fromFastDocs(file, fast, limits) : parseWithYaml(file, text, limits);
}

/** parseManifests without the fast path: what the fast path must equal (its differential test uses it). */
export function parseManifestsWithYaml(file: string, text: string, limits: LoadLimits): ParseOutcome {
  if (textNestingTooDeep(text, limits.maxDepth)) return nestingRefused(file, limits);
  return parseWithYaml(file, text, limits);
}

function nestingRefused(file: string, limits: LoadLimits): ParseOutcome {
  return {
    docs: [],
    problems: [badInput(file, 1, `document nesting is deeper than ${limits.maxDepth} levels; refused`)]
  };
}

function fromFastDocs(file: string, fast: FastDoc[], limits: LoadLimits): ParseOutcome {
  const out: ParseOutcome = { docs: [], problems: [] };
  // The fast reader leaves documents deeper than the limit to yaml, so the depth walk is not repeated.
  for (const d of fast) addDocument(file, d.value, d.line, () => d.tree, limits, out, false);
  return out;
}

function parseWithYaml(file: string, text: string, limits: LoadLimits): ParseOutcome {
  const out: ParseOutcome = { docs: [], problems: [] };
  const { problems } = out;
  const lc = new LineCounter();
  let parsed: Document.Parsed[];
  try {
    // merge: `<<` keys merge as in go-yaml v2, which sigs.k8s.io/yaml (kubectl, Argo CD, Flux) parses with;
    // without it a merged-in `kind` would be a key named "<<" here and a mirror set on the cluster.
    parsed = parseAllDocuments(text, {
      lineCounter: lc,
      prettyErrors: true,
      // Duplicate keys are found by firstDuplicateKey below, in linear time.
      uniqueKeys: false,
      merge: true
    }) as Document.Parsed[];
  } catch (e) {
    problems.push(badInput(file, 1, `cannot parse: ${(e as Error).message}`));
    return out;
  }
  if (!Array.isArray(parsed)) parsed = [parsed as unknown as Document.Parsed];
  if (parsed.length > limits.maxDocumentsPerFile) {
    problems.push(badInput(file, 1, `more than ${limits.maxDocumentsPerFile} documents in one file; refused`));
    return out;
  }
  for (const doc of parsed) {
    const docLine = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line : 1;
    const duplicate = firstDuplicateKey(doc.contents);
    if (duplicate !== undefined && !(doc.errors[0] && doc.errors[0].pos[0] < duplicate)) {
      // yaml's own message for it, reported where yaml would have reported it: the first error in the text.
      problems.push(badInput(file, lc.linePos(duplicate).line, 'YAML error: Map keys must be unique'));
      continue;
    }
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      const line = e.linePos?.[0]?.line ?? docLine;
      problems.push(
        badInput(file, line, `YAML error: ${describeYamlError(e as Parameters<typeof describeYamlError>[0])}`)
      );
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (e) {
      const msg = (e as Error).message;
      problems.push(
        badInput(
          file,
          docLine,
          /alias/i.test(msg)
            ? `YAML aliases expand beyond the limit of ${limits.maxAliasCount} (possible alias bomb); document refused`
            : `cannot read document: ${msg}`
        )
      );
      continue;
    }
    addDocument(file, value, docLine, () => lineTree(doc.contents, lc), limits, out, true);
  }
  return out;
}

/**
 * One parsed document's value into objects (a List's items each), shared by both readers so they agree.
 * The line tree is built only for documents that are kept.
 */
function addDocument(
  file: string,
  value: unknown,
  docLine: number,
  treeOf: () => LineNode,
  limits: LoadLimits,
  out: ParseOutcome,
  checkDepth: boolean
): void {
  if (value === null || value === undefined) return;
  if (checkDepth && depthExceeds(value, limits.maxDepth)) {
    out.problems.push(badInput(file, docLine, `document nesting is deeper than ${limits.maxDepth} levels; refused`));
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return; // not a Kubernetes object
  const obj = value as Record<string, unknown>;
  const kind = typeof obj['kind'] === 'string' ? (obj['kind'] as string) : '';
  const tree = treeOf();
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(obj['items']))) {
    const items = Array.isArray(obj['items']) ? (obj['items'] as unknown[]) : [];
    items.forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return;
      const lineOf = resolverOver(tree, ['items', i], docLine);
      out.docs.push(makeDoc(file, item as Record<string, unknown>, lineOf([]), lineOf));
    });
    return;
  }
  out.docs.push(makeDoc(file, obj, docLine, resolverOver(tree, [], docLine)));
}

function makeDoc(
  file: string,
  obj: Record<string, unknown>,
  line: number,
  lineOf: (p: PathSeg[]) => number
): ManifestDoc {
  const meta = (obj['metadata'] && typeof obj['metadata'] === 'object' ? obj['metadata'] : {}) as Record<
    string,
    unknown
  >;
  const s = (v: unknown): string => (typeof v === 'string' ? v : '');
  return {
    file,
    line,
    apiVersion: s(obj['apiVersion']),
    kind: s(obj['kind']),
    name: s(meta['name']),
    namespace: s(meta['namespace']),
    obj,
    lineOf
  };
}
