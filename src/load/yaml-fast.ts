import type { LineNode } from './line-tree.js';

/**
 * A fast reader for the plain block-style YAML that machine-generated files use (oc-mirror's
 * ImageDigestMirrorSet/ImageTagMirrorSet/ICSP files, kubectl and chart output): `key: value` mappings,
 * `- item` sequences (also at their key's column), one-line quoted scalars, plain scalars (folded over
 * more-indented lines), one-line flow collections of those (`{a: b}`, `[a, {b: c}]`), comments and `---`
 * separators, literal block scalars (`|`, `|-`). It builds the documents' values and line trees exactly as
 * the `yaml` path of yaml-documents does, without a syntax tree, in one pass. Folded and keep block scalars
 * (`>`, `|+`), anchors, aliases, tags, merge keys, directives, multi-line quoted or flow text, tabs and CR
 * are not in the subset.
 *
 * It is only an accelerator: whenever the text steps outside that subset, or anything is not certain to
 * read the same as `yaml` would read it (errors included), it answers `undefined` and the caller parses
 * the whole file with `yaml`. The input is hostile, so the reader is iterative (no recursion), linear in
 * the text, and bounded in depth.
 */
export interface FastDoc {
  value: Record<string, unknown>;
  tree: LineNode;
  /** Line where the document's contents start. */
  line: number;
}

/** Thrown (one shared instance, no stack trace to build) when the text leaves the subset. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset('outside the fast YAML subset');

function outside(): never {
  throw OUTSIDE;
}

/** Values of mapping entries keep no line of their own (lookups use the key's line), so they share one node. */
const NO_LINES: LineNode = Object.freeze({}) as LineNode;

/** yaml refuses an implicit key longer than 1024 characters; stay well inside. */
const MAX_KEY_LENGTH = 1000;

interface Frame {
  /** Column of the mapping's keys, or of the sequence's dashes. */
  indent: number;
  map?: Record<string, unknown>;
  seq?: unknown[];
  node: LineNode;
}

/** A `key:` whose value is on the following lines: a nested block, or null when none follows. */
interface Pending {
  frame: Frame;
  key: string;
  entry: { keyLine?: number; value: LineNode };
}

/** A plain scalar that more-indented lines continue (folded, one space per line break). */
interface PlainTail {
  frame: Frame;
  /** Its key in the frame's mapping, or its index in the frame's sequence. */
  at: string | number;
  text: string;
}

/** A literal block scalar (`|` or `|-`) whose lines are being read. */
interface BlockTail {
  frame: Frame;
  at: string | number;
  /** Column of the key or dash it belongs to: a line at or left of it ends the scalar. */
  parentIndent: number;
  /** Column of its content, set by its first non-empty line (-1 before). */
  indent: number;
  /** `|-`: no final line break. */
  strip: boolean;
  /** Most spaces on an empty line before the first content line (more than the content's is an error). */
  leading: number;
  lines: string[];
}

interface Reader {
  text: string;
  line: number;
  maxDepth: number;
  stack: Frame[];
  pending: Pending | undefined;
  /** After a scalar that ended a line at this column, a deeper line continues it (or is an error). */
  scalarIndent: number;
  /** The plain scalar such a line continues; undefined when it cannot be continued in the subset. */
  plain: PlainTail | undefined;
  block: BlockTail | undefined;
  root: FastDoc | undefined;
  docs: FastDoc[];
}

/**
 * The documents of `text`, or undefined when the text is outside the subset (the caller then uses `yaml`).
 * Only documents whose contents are a block mapping at column 0 are in the subset; empty documents are
 * dropped (yaml's value for them is null, which the caller skips too).
 */
export function parseFastYaml(text: string, maxDepth: number, maxDocuments: number): FastDoc[] | undefined {
  // A root mapping's values are one level deep already, and a text holds a document: tiny limits are
  // yaml's path to report.
  if (maxDepth < 2 || maxDocuments < 1 || !charactersInSubset(text)) return undefined;
  const r: Reader = {
    text,
    line: 0,
    maxDepth,
    stack: [],
    pending: undefined,
    scalarIndent: -1,
    plain: undefined,
    block: undefined,
    root: undefined,
    docs: []
  };
  let separators = 0;
  try {
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      r.line++;
      if (r.block && blockLine(r, r.block, start, end)) {
        start = end + 1;
        continue;
      }
      if (isSeparator(text, start, end)) {
        // yaml counts at least one document per separator; more than the limit is its error to report.
        if (++separators >= maxDocuments) return undefined;
        endDocument(r);
      } else readLine(r, start, end);
      start = end + 1;
    }
    // Without a final line break, a block scalar's last line would read differently; not modelled.
    if (r.block && !text.endsWith('\n')) return undefined;
    endDocument(r);
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
  return r.docs;
}

/**
 * Characters whose reading by yaml this reader does not model: tabs, CR, other control characters, a byte
 * order mark, and the line/next-line separators YAML 1.1 or Unicode treat as breaks.
 */
function charactersInSubset(text: string): boolean {
  return !UNMODELLED_CHARACTER.test(text);
}

// One character class, no quantifier: linear, and V8 scans for it much faster than a charCodeAt loop.
const UNMODELLED_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029\ufffe\uffff]/;

/** A line `---` (trailing spaces allowed); any other line starting with `---` or `...` is outside. */
function isSeparator(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c !== 45 && c !== 46) return false;
  if (text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false;
  if (c === 46) outside();
  for (let i = start + 3; i < end; i++) if (text.charCodeAt(i) !== 32) outside();
  return true;
}

function endDocument(r: Reader): void {
  if (r.block) finishBlock(r, r.block);
  if (r.root) r.docs.push(r.root);
  r.root = undefined;
  r.stack.length = 0;
  r.pending = undefined;
  r.scalarIndent = -1;
  r.plain = undefined;
}

function readLine(r: Reader, start: number, end: number): void {
  const text = r.text;
  let c = start;
  while (c < end && text.charCodeAt(c) === 32) c++;
  if (c === end || text.charCodeAt(c) === 35 /* # */) {
    // Blank lines fold to newlines and comments end a plain scalar: a deeper line after them is outside.
    r.plain = undefined;
    return;
  }
  const indent = c - start;
  const dash = isDash(text, c, end);
  if (!r.root) {
    startDocument(r, indent, dash);
  } else if (r.pending) {
    openPending(r, indent, dash);
  } else if (r.scalarIndent >= 0 && indent > r.scalarIndent) {
    continuePlain(r, c, end); // or an error yaml reports, then outside
    return;
  }
  const frame = frameAt(r, indent, dash);
  r.scalarIndent = -1;
  r.plain = undefined;
  if (frame.map) {
    if (dash) outside();
    readEntry(r, frame, c, end);
  } else {
    if (!dash) outside();
    readItem(r, frame, c, end);
  }
}

/** `-` followed by a space or the end of the line: a sequence entry. */
function isDash(text: string, c: number, end: number): boolean {
  return text.charCodeAt(c) === 45 && (c + 1 === end || text.charCodeAt(c + 1) === 32);
}

/** The first content line of a document: the subset's documents are mappings at column 0. */
function startDocument(r: Reader, indent: number, dash: boolean): void {
  if (indent !== 0 || dash) outside();
  const node: LineNode = { line: r.line, keys: new Map() };
  const value: Record<string, unknown> = {};
  r.root = { value, tree: node, line: r.line };
  r.stack.push({ indent: 0, map: value, node });
}

/**
 * The line after `key:` with nothing after it: a deeper line, or a sequence at the key's own column
 * (kubectl's style), opens the key's block; anything else leaves the value null.
 */
function openPending(r: Reader, indent: number, dash: boolean): void {
  const p = r.pending!;
  r.pending = undefined;
  if (indent < p.frame.indent || (indent === p.frame.indent && !dash)) return;
  if (r.stack.length >= r.maxDepth - 1) outside(); // yaml's path reports the depth
  const frame: Frame = { indent, node: dash ? { items: [] } : { keys: new Map() } };
  if (dash) frame.seq = [];
  else frame.map = {};
  p.frame.map![p.key] = frame.seq ?? frame.map;
  p.entry.value = frame.node;
  r.stack.push(frame);
}

/** The open block a line at `indent` belongs to, closing deeper blocks. */
function frameAt(r: Reader, indent: number, dash: boolean): Frame {
  const stack = r.stack;
  while (stack.length && stack[stack.length - 1]!.indent > indent) stack.pop();
  let top = stack[stack.length - 1];
  // A sequence at its parent key's column ends at the parent's next key.
  if (top && top.seq && !dash && top.indent === indent && stack.length > 1) {
    stack.pop();
    top = stack[stack.length - 1];
  }
  if (!top || top.indent !== indent) outside();
  return top;
}

/** `key: value`, `key:` (a block follows, or null), at column `c` of the current line. */
function readEntry(r: Reader, frame: Frame, c: number, end: number): void {
  const key = readKey(r.text, c, end);
  if (!key) outside();
  const keys = frame.node.keys!;
  if (keys.has(key.name)) outside(); // yaml's path reports the duplicate with its message and line
  const entry: { keyLine?: number; value: LineNode } = { keyLine: r.line, value: NO_LINES };
  keys.set(key.name, entry);
  const v = skipSpaces(r.text, key.next, end);
  if (v === end || r.text.charCodeAt(v) === 35) {
    frame.map![key.name] = null;
    r.pending = { frame, key: key.name, entry };
    return;
  }
  const value = readValue(r.text, v, end, r.line, flowRoom(r));
  frame.map![key.name] = value.value;
  if (value.node) entry.value = value.node;
  r.scalarIndent = frame.indent;
  if (value.plain !== undefined) r.plain = { frame, at: key.name, text: value.plain };
  if (value.block) r.block = newBlock(frame, key.name, value.block === 'strip');
}

/** `- scalar` or `- key: ...` (a mapping that starts on the dash's line). */
function readItem(r: Reader, frame: Frame, c: number, end: number): void {
  const text = r.text;
  const v = skipSpaces(text, c + 1, end);
  if (v === end || text.charCodeAt(v) === 35 || isDash(text, v, end)) outside(); // empty or nested item
  if (readKey(text, v, end)) {
    if (r.stack.length >= r.maxDepth - 1) outside();
    const node: LineNode = { line: r.line, keys: new Map() };
    const map: Record<string, unknown> = {};
    frame.seq!.push(map);
    frame.node.items!.push(node);
    const inner: Frame = { indent: v - (c - frame.indent), map, node };
    r.stack.push(inner);
    readEntry(r, inner, v, end);
    return;
  }
  const value = readValue(text, v, end, r.line, flowRoom(r));
  frame.seq!.push(value.value);
  frame.node.items!.push(value.node ?? { line: r.line });
  r.scalarIndent = frame.indent;
  if (value.plain !== undefined) r.plain = { frame, at: frame.seq!.length - 1, text: value.plain };
  if (value.block) r.block = newBlock(frame, frame.seq!.length - 1, value.block === 'strip');
}

function newBlock(frame: Frame, at: string | number, strip: boolean): BlockTail {
  return { frame, at, parentIndent: frame.indent, indent: -1, strip, leading: 0, lines: [] };
}

/**
 * A line while a literal block scalar is open: true when it is part of it, false when it ended the
 * scalar (the line is then read as usual). Lines keep what is right of the content's column.
 */
function blockLine(r: Reader, b: BlockTail, start: number, end: number): boolean {
  const text = r.text;
  let c = start;
  while (c < end && text.charCodeAt(c) === 32) c++;
  const spaces = c - start;
  if (c === end) {
    // Spaces beyond the content's column on an empty line are content, or an error before it: not modelled.
    if (b.indent < 0) b.leading = Math.max(b.leading, spaces);
    else if (spaces > b.indent) outside();
    b.lines.push('');
    return true;
  }
  if (b.indent < 0) {
    if (spaces <= b.parentIndent) return finishBlock(r, b);
    if (b.leading > spaces || text.charCodeAt(c) === 35) outside();
    b.indent = spaces;
  }
  if (spaces < b.indent) return finishBlock(r, b);
  b.lines.push(text.slice(start + b.indent, end));
  return true;
}

/** The scalar's value: its lines, trailing empty lines dropped, one final line break unless `|-`. */
function finishBlock(r: Reader, b: BlockTail): false {
  let n = b.lines.length;
  while (n > 0 && b.lines[n - 1] === '') n--;
  const body = b.lines.slice(0, n).join('\n');
  const value = b.strip || n === 0 ? body : body + '\n';
  if (typeof b.at === 'string') b.frame.map![b.at] = value;
  else b.frame.seq![b.at] = value;
  r.block = undefined;
  r.scalarIndent = b.parentIndent;
  r.plain = undefined;
  return false;
}

/**
 * A more-indented line after a plain scalar continues it: YAML folds the line break into one space and
 * trims the line. Lines that would read otherwise (a comment, a key, an indicator at the start) are outside.
 */
function continuePlain(r: Reader, c: number, end: number): void {
  const p = r.plain;
  const first = r.text.charCodeAt(c);
  // Quotes and dashes may start a continuation in YAML, but are not worth modelling.
  if (!p || first === 34 || first === 39 || first === 45 || !isPlainStart(r.text, c, end)) outside();
  const line = plainText(r.text, c, end);
  if (line.comment) outside();
  p.text += ' ' + line.text;
  // Folded text holds a space, which no null, boolean or number of the core schema does: a string. (Resolving
  // the growing text again on every line would also be quadratic.)
  if (typeof p.at === 'string') p.frame.map![p.at] = p.text;
  else p.frame.seq![p.at] = p.text;
}

/**
 * How deeply a flow collection in the innermost open block may nest: its scalars must stay within the
 * depth limit (a value of the block at stack depth L is at depth L; one more level short of the limit).
 */
function flowRoom(r: Reader): number {
  return r.maxDepth - r.stack.length - 1;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

/** What may follow a complete value or key: spaces, then the end of the line or a ` #` comment. */
function restIsBlank(text: string, i: number, end: number): boolean {
  const j = skipSpaces(text, i, end);
  return j === end || (j > i && text.charCodeAt(j) === 35);
}

interface Key {
  name: string;
  /** Index just after the key's `:`. */
  next: number;
}

/**
 * A mapping key at `c` followed by `:` and a space or the line's end; undefined when the line does not
 * start with one. Plain keys must read as strings (yaml would turn `1:` or `true:` into "1"/"true" keys and
 * compare them as numbers); `<<` (merge) and `__proto__` (special in yaml's toJS) are left to yaml.
 */
function readKey(text: string, c: number, end: number): Key | undefined {
  const q = text.charCodeAt(c);
  let name: string;
  let colon: number;
  if (q === 39 || q === 34) {
    const quoted = readQuoted(text, c, end);
    if (!quoted) return undefined;
    name = quoted.value;
    colon = quoted.next;
    if (text.charCodeAt(colon) !== 58 || (colon + 1 < end && text.charCodeAt(colon + 1) !== 32)) return undefined;
  } else {
    if (!isPlainStart(text, c, end)) return undefined;
    colon = plainKeyEnd(text, c, end);
    if (colon < 0) return undefined;
    name = text.slice(c, colon);
    // `key :` would need yaml's trimming rules; not worth modelling.
    if (text.charCodeAt(colon - 1) === 32 || typeof plainScalar(name) !== 'string') outside();
  }
  if (colon - c > MAX_KEY_LENGTH || name === '<<' || name === '__proto__') outside();
  return { name, next: colon + 1 };
}

/** Index of the `:` that ends a plain key starting at `c` (a `:` before a space or the end), or -1. */
function plainKeyEnd(text: string, c: number, end: number): number {
  for (let i = c; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 58 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) return i;
    if (ch === 35 && text.charCodeAt(i - 1) === 32) return -1; // a comment starts first
  }
  return -1;
}

interface Value {
  value: unknown;
  /** Line node of a flow collection; scalars have none. */
  node?: LineNode;
  /** A plain scalar's text when the next line may continue it (no comment after it). */
  plain?: string;
  /** A literal block scalar's header: its lines follow. */
  block?: 'clip' | 'strip';
}

/**
 * A one-line value at `v`: a quoted or plain scalar, or a one-line flow collection nested at most `room`
 * levels.
 */
function readValue(text: string, v: number, end: number, line: number, room: number): Value {
  const c = text.charCodeAt(v);
  if (c === 39 || c === 34) {
    const quoted = readQuoted(text, v, end);
    if (!quoted || !restIsBlank(text, quoted.next, end)) outside();
    return { value: quoted.value };
  }
  if (c === 123 || c === 91) {
    const flow = readFlow(text, v, end, line, room);
    if (!restIsBlank(text, flow.next, end)) outside();
    return flow;
  }
  if (c === 124) return { value: '', block: blockHeader(text, v, end) };
  if (!isPlainStart(text, v, end)) outside();
  const plain = plainText(text, v, end);
  return { value: plainScalar(plain.text), plain: plain.comment ? undefined : plain.text };
}

/** An open flow collection: its value, its line node, and the bracket that closes it. */
interface FlowFrame {
  close: number;
  map?: Record<string, unknown>;
  seq?: unknown[];
  node: LineNode;
}

/**
 * `{k: v, ...}` or `[a, ...]` closed on its line, nested at most `room` levels (kubectl's `{}`, labels and
 * selectors written inline). Read with an explicit stack, not recursion. Comments, empty entries, a
 * trailing comma, `[k: v]` pairs and `:` in a plain scalar (whose meaning in flow context depends on what
 * follows) are left to yaml.
 */
function readFlow(text: string, v: number, end: number, line: number, room: number): Value & { next: number } {
  const stack: FlowFrame[] = [];
  const first = openFlow(text, v, line, stack, room);
  let i = v + 1;
  for (;;) {
    i = skipSpaces(text, i, end);
    const top = stack[stack.length - 1]!;
    // An empty collection closes at once; otherwise read one entry.
    if (text.charCodeAt(i) !== top.close || (top.map ? top.node.keys!.size : top.node.items!.length)) {
      i = readFlowEntry(text, i, end, line, stack, room);
      if (stack[stack.length - 1] !== top) continue; // the entry opened a nested collection
    }
    // After an entry (or a collection just closed): `,` and the next entry, or the closing bracket(s).
    for (;;) {
      if (!stack.length) return { value: first.map ?? first.seq, node: first.node, next: i };
      i = skipSpaces(text, i, end);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i = skipSpaces(text, i + 1, end);
        if (text.charCodeAt(i) === stack[stack.length - 1]!.close) outside(); // trailing comma
        break;
      }
      if (c !== stack[stack.length - 1]!.close) outside();
      stack.pop();
      i++;
    }
  }
}

/** Opens the collection whose bracket is at `i`, one level deeper. */
function openFlow(text: string, i: number, line: number, stack: FlowFrame[], room: number): FlowFrame {
  if (stack.length >= room) outside(); // yaml's path reports the depth
  const frame: FlowFrame =
    text.charCodeAt(i) === 123
      ? { close: 125, map: {}, node: { line, keys: new Map() } }
      : { close: 93, seq: [], node: { line, items: [] } };
  stack.push(frame);
  return frame;
}

/**
 * One entry of the innermost open collection at `i` (`key: value` in a mapping): a scalar, or a nested
 * collection, which is opened and left on the stack. Returns where reading goes on.
 */
function readFlowEntry(text: string, i: number, end: number, line: number, stack: FlowFrame[], room: number): number {
  const top = stack[stack.length - 1]!;
  let key: Key | undefined;
  if (top.map) {
    key = readFlowKey(text, i, end);
    if (top.node.keys!.has(key.name)) outside();
    i = skipSpaces(text, key.next, end);
  }
  let value: unknown;
  let node: LineNode;
  const c = text.charCodeAt(i);
  if (c === 123 || c === 91) {
    const inner = openFlow(text, i, line, stack, room);
    value = inner.map ?? inner.seq;
    node = inner.node;
    i++;
  } else {
    const scalar = readFlowScalar(text, i, end);
    value = scalar.value;
    node = top.map ? NO_LINES : { line };
    i = scalar.next;
  }
  if (key) {
    top.map![key.name] = value;
    top.node.keys!.set(key.name, { keyLine: line, value: node });
  } else {
    top.seq!.push(value);
    top.node.items!.push(node);
  }
  return i;
}

/** A flow mapping's key and its `: `; quoted, or plain without flow indicators. */
function readFlowKey(text: string, i: number, end: number): Key {
  let name: string;
  let colon: number;
  const q = text.charCodeAt(i);
  if (q === 39 || q === 34) {
    const quoted = readQuoted(text, i, end);
    if (!quoted) outside();
    name = quoted.value;
    colon = quoted.next;
  } else {
    if (!isFlowPlainStart(text, i, end)) outside();
    colon = flowPlainEnd(text, i, end);
    name = text.slice(i, colon);
    if (text.charCodeAt(colon - 1) === 32 || typeof plainScalar(name) !== 'string') outside();
  }
  if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32) outside();
  if (colon - i > MAX_KEY_LENGTH || name === '<<' || name === '__proto__') outside();
  return { name, next: colon + 1 };
}

/** A scalar entry of a flow collection: quoted, or plain up to the next `,` or closing bracket. */
function readFlowScalar(text: string, i: number, end: number): { value: unknown; next: number } {
  const q = text.charCodeAt(i);
  if (q === 39 || q === 34) {
    const quoted = readQuoted(text, i, end);
    if (!quoted) outside();
    return { value: quoted.value, next: quoted.next };
  }
  if (!isFlowPlainStart(text, i, end)) outside();
  const stop = flowPlainEnd(text, i, end);
  if (text.charCodeAt(stop) === 58) outside();
  let last = stop;
  while (text.charCodeAt(last - 1) === 32) last--;
  return { value: plainScalar(text.slice(i, last)), next: stop };
}

/** In flow context a lone `-` before an indicator is not a scalar; keep `-` starts to `-x`. */
function isFlowPlainStart(text: string, i: number, end: number): boolean {
  if (!isPlainStart(text, i, end)) return false;
  if (text.charCodeAt(i) !== 45) return true;
  const next = text.charCodeAt(i + 1);
  return next !== 44 && next !== 93 && next !== 125 && next !== 58;
}

/**
 * Where a plain scalar in a flow collection stops: at `,`, `]`, `}` or `:`. Brackets that would open a
 * collection, `#`, and the end of the line are outside.
 */
function flowPlainEnd(text: string, i: number, end: number): number {
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 93 || c === 125 || c === 58) return j;
    if (c === 91 || c === 123 || c === 35) outside();
  }
  return outside();
}

/** `|` or `|-` alone: `|+`, indentation indicators and comments after the header are left to yaml. */
function blockHeader(text: string, v: number, end: number): 'clip' | 'strip' {
  const strip = text.charCodeAt(v + 1) === 45;
  if (skipSpaces(text, v + (strip ? 2 : 1), end) !== end) outside();
  return strip ? 'strip' : 'clip';
}

/**
 * Plain scalars may not start with an indicator; `-`, `?` and `:` start one only when not followed by a
 * space, and `?`/`:` are left to yaml altogether.
 */
function isPlainStart(text: string, v: number, end: number): boolean {
  switch (text.charCodeAt(v)) {
    case 91:
    case 93:
    case 123:
    case 125:
    case 44: // [ ] { } ,
    case 38:
    case 42:
    case 33:
    case 124:
    case 62: // & * ! | >
    case 37:
    case 64:
    case 96:
    case 35: // % @ ` #
    case 63:
    case 58: // ? :
      return false;
    case 45: // -
      return !isDash(text, v, end);
    default:
      return true;
  }
}

/**
 * The text of a plain scalar's line: up to a ` #` comment, trailing spaces trimmed, and whether a comment
 * ended it (then the scalar cannot go on on the next line). A `: ` inside or a `:` at the end would make
 * it a key (an error in yaml for a value), so those are outside.
 */
function plainText(text: string, v: number, end: number): { text: string; comment: boolean } {
  let stop = end;
  for (let i = v; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) outside();
    if (c === 35 && text.charCodeAt(i - 1) === 32) {
      stop = i;
      break;
    }
  }
  const comment = stop < end;
  while (text.charCodeAt(stop - 1) === 32) stop--;
  return { text: text.slice(v, stop), comment };
}

interface Quoted {
  value: string;
  /** Index just after the closing quote. */
  next: number;
}

/** A single- or double-quoted scalar closed on its own line; undefined otherwise. */
function readQuoted(text: string, c: number, end: number): Quoted | undefined {
  return text.charCodeAt(c) === 39 ? readSingleQuoted(text, c, end) : readDoubleQuoted(text, c, end);
}

/** `'...'` where `''` stands for one quote. */
function readSingleQuoted(text: string, c: number, end: number): Quoted | undefined {
  let value = '';
  let from = c + 1;
  for (let i = c + 1; i < end; i++) {
    if (text.charCodeAt(i) !== 39) continue;
    value += text.slice(from, i);
    if (text.charCodeAt(i + 1) !== 39) return { value, next: i + 1 };
    value += "'";
    from = ++i + 1;
  }
  return undefined;
}

/** The escapes of YAML 1.2 double-quoted scalars that map to one fixed character. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\'
};

/** `"..."` with YAML's escapes; `\U` and malformed escapes are left to yaml (it reports them). */
function readDoubleQuoted(text: string, c: number, end: number): Quoted | undefined {
  let value = '';
  let from = c + 1;
  for (let i = c + 1; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) return { value: value + text.slice(from, i), next: i + 1 };
    if (ch !== 92) continue;
    value += text.slice(from, i);
    const esc = text[i + 1] ?? '';
    const fixed = Object.prototype.hasOwnProperty.call(ESCAPES, esc) ? ESCAPES[esc] : undefined;
    if (fixed !== undefined) {
      value += fixed;
      i += 1;
    } else if (esc === 'x' || esc === 'u') {
      const len = esc === 'x' ? 2 : 4;
      const code = hexCode(text, i + 2, len, end);
      if (code < 0) outside();
      value += String.fromCharCode(code);
      i += 1 + len;
    } else {
      outside();
    }
    from = i + 1;
  }
  return undefined;
}

/** The value of `len` hex digits at `i`, or -1. */
function hexCode(text: string, i: number, len: number, end: number): number {
  if (i + len > end) return -1;
  let code = 0;
  for (let k = i; k < i + len; k++) {
    const d = hexDigit(text.charCodeAt(k));
    if (d < 0) return -1;
    code = code * 16 + d;
  }
  return code;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * A plain scalar's value under the YAML 1.2 core schema, as yaml 2 resolves it (its tags are tried in this
 * order: null, bool, octal, decimal and hex int, .inf/.nan, exponent float, float) and converts it
 * (parseInt / parseFloat, so `-0`, `007` and huge integers come out the same).
 */
export function plainScalar(s: string): unknown {
  switch (s) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case '.inf':
    case '.Inf':
    case '.INF':
    case '+.inf':
    case '+.Inf':
    case '+.INF':
      return Number.POSITIVE_INFINITY;
    case '-.inf':
    case '-.Inf':
    case '-.INF':
      return Number.NEGATIVE_INFINITY;
    case '.nan':
    case '.NaN':
    case '.NAN':
      return NaN;
  }
  return numberOf(s) ?? s;
}

/** The number a numeric-looking plain scalar stands for; undefined for a string. */
function numberOf(s: string): number | undefined {
  const c = s.charCodeAt(0);
  // Every number starts with a digit, a sign or a dot; most strings are ruled out here.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return undefined;
  if (OCTAL.test(s)) return parseInt(s.substring(2), 8);
  if (DECIMAL.test(s)) return parseInt(s, 10);
  if (HEX.test(s)) return parseInt(s.substring(2), 16);
  if (EXPONENT.test(s) || FLOAT.test(s)) return parseFloat(s);
  return undefined;
}

// The core schema's patterns (YAML 1.2.2, 10.3.2). Each is anchored and has no nested quantifiers.
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
