import { isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ManifestDoc, PathSeg } from '../model/manifest.js';
import type { Finding } from '../model/types.js';
import type { LoadLimits } from './limits.js';

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
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max * 4) return true;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return false;
}

/**
 * The lines of a document's nodes, kept after the syntax tree is dropped: holding every document's tree
 * and line counter alive (through a closure) cost 40–55 bytes per YAML byte on large mirror sets.
 * Mapping entries keep their key's line (what a reader looks for), list items their own.
 */
interface LineNode {
  line?: number;
  keys?: Map<unknown, { keyLine?: number; value: LineNode }>;
  items?: LineNode[];
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

function resolverOver(tree: LineNode, base: PathSeg[], fallback: number): (path: PathSeg[]) => number {
  return (path: PathSeg[]): number => {
    let node: LineNode | undefined = tree;
    let line = tree.line ?? fallback;
    for (const seg of [...base, ...path]) {
      if (node.keys) {
        const entry = node.keys.get(seg);
        if (!entry) break;
        line = entry.keyLine ?? line;
        node = entry.value;
      } else if (node.items && typeof seg === 'number') {
        node = node.items[seg];
        if (node === undefined) break;
        line = node.line ?? line;
      } else break;
    }
    return line;
  };
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
 */
export function parseManifests(file: string, text: string, limits: LoadLimits): ParseOutcome {
  const docs: ManifestDoc[] = [];
  const problems: Finding[] = [];
  if (textNestingTooDeep(text, limits.maxDepth)) {
    problems.push(badInput(file, 1, `document nesting is deeper than ${limits.maxDepth} levels; refused`));
    return { docs, problems };
  }
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
    return { docs, problems };
  }
  if (!Array.isArray(parsed)) parsed = [parsed as unknown as Document.Parsed];
  if (parsed.length > limits.maxDocumentsPerFile) {
    problems.push(badInput(file, 1, `more than ${limits.maxDocumentsPerFile} documents in one file; refused`));
    return { docs, problems };
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
    if (value === null || value === undefined) continue;
    if (depthExceeds(value, limits.maxDepth)) {
      problems.push(badInput(file, docLine, `document nesting is deeper than ${limits.maxDepth} levels; refused`));
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value)) continue; // not a Kubernetes object
    const obj = value as Record<string, unknown>;
    const kind = typeof obj['kind'] === 'string' ? (obj['kind'] as string) : '';
    const tree = lineTree(doc.contents, lc);
    if (kind === 'List' || (kind.endsWith('List') && Array.isArray(obj['items']))) {
      const items = Array.isArray(obj['items']) ? (obj['items'] as unknown[]) : [];
      items.forEach((item, i) => {
        if (!item || typeof item !== 'object' || Array.isArray(item)) return;
        const lineOf = resolverOver(tree, ['items', i], docLine);
        docs.push(makeDoc(file, item as Record<string, unknown>, lineOf([]), lineOf));
      });
      continue;
    }
    docs.push(makeDoc(file, obj, docLine, resolverOver(tree, [], docLine)));
  }
  return { docs, problems };
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
