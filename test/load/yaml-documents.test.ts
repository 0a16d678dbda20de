import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { LineCounter, parseAllDocuments } from 'yaml';
import { parseManifests } from '../../src/load/yaml-documents.js';

describe('parseManifests', () => {
  it('reads multi-document files with the line of every object and field', () => {
    const text = [
      '# comment',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: a',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: b',
      'data:',
      '  k: v'
    ].join('\n');
    const { docs, problems } = parseManifests('f.yaml', text, DEFAULT_LIMITS);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.name, d.line])).toEqual([
      ['a', 2],
      ['b', 7]
    ]);
    expect(docs[1]!.lineOf(['data', 'k'])).toBe(12);
    expect(docs[1]!.lineOf(['data', 'missing'])).toBe(11);
  });

  it('unpacks kind: List items with their own lines', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  metadata: {name: x}\n- kind: Secret\n  metadata:\n    name: y\n';
    const { docs } = parseManifests('l.yaml', text, DEFAULT_LIMITS);
    expect(docs.map((d) => [d.kind, d.name, d.line])).toEqual([
      ['ConfigMap', 'x', 4],
      ['Secret', 'y', 6]
    ]);
    expect(docs[1]!.lineOf(['metadata', 'name'])).toBe(8);
  });

  it('reads JSON', () => {
    const { docs } = parseManifests(
      'j.json',
      '{\n  "kind": "Image",\n  "metadata": {"name": "cluster"}\n}',
      DEFAULT_LIMITS
    );
    expect(docs[0]!.kind).toBe('Image');
    expect(docs[0]!.lineOf(['metadata', 'name'])).toBe(3);
  });

  it('reports YAML errors and duplicate keys with their line', () => {
    const bad = parseManifests('bad.yaml', 'kind: A\nmetadata:\n  name: x\n  name: y\n', DEFAULT_LIMITS);
    expect(bad.problems[0]).toMatchObject({ rule: 'bad-input', file: 'bad.yaml', line: 4 });
    const broken = parseManifests('b.yaml', 'kind: A\nspec: [1, 2\n', DEFAULT_LIMITS);
    expect(broken.problems[0]!.rule).toBe('bad-input');
    expect(broken.problems[0]!.line).toBeGreaterThan(0);
  });

  it('refuses alias bombs without expanding them', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`
      );
    const { problems } = parseManifests('bomb.yaml', 'kind: ConfigMap\n' + lines.join('\n'), DEFAULT_LIMITS);
    expect(problems[0]!.message).toMatch(/alias/i);
  });

  it('refuses documents nested deeper than the limit', () => {
    const deep = 'kind: X\nspec: ' + '['.repeat(5000) + ']'.repeat(5000);
    expect(parseManifests('deep.yaml', deep, DEFAULT_LIMITS).problems[0]!.message).toMatch(/nesting/);
  });
});

describe('duplicate keys, found in one pass', () => {
  // The same problem (line and message) as yaml's own quadratic uniqueKeys check would report.
  const yamlsOwn = (text: string): { line: number; message: string } | undefined => {
    const lc = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true, merge: true })) {
      const e = doc.errors[0];
      if (e)
        return {
          line: e.linePos![0].line,
          message: `YAML error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`
        };
    }
    return undefined;
  };
  it.each([
    ['a repeated top-level key', 'kind: A\nmetadata:\n  name: x\nkind: B\n'],
    ['a nested repeat after a clean first mapping', 'a: {x: 1, y: 2}\nb:\n  - c: 1\n    d: 2\n    c: 3\n'],
    ['a repeat inside a flow mapping', 'spec: {imageDigestMirrors: [], x: 1, imageDigestMirrors: []}\n'],
    ['a repeat in a second document', 'a: 1\n---\nb: 1\nb: 2\n'],
    ['numbers and strings as different keys, then a real repeat', '1: a\n"1": b\ntrue: c\ntrue: d\n'],
    ['repeated merge keys', 'base: &b {x: 1}\nm:\n  <<: *b\n  <<: *b\n'],
    ['a repeat inside a complex key', '? {a: 1, a: 2}\n: v\n'],
    ['a repeat after a syntax error', 'a: [1, 2\nb: 1\nb: 2\n'],
    ['no repeat at all', 'a: 1\nb: {c: 1, d: [e: 1, e: 2]}\n'],
    ['NaN keys, which never repeat', '.nan: 1\n.nan: 2\n']
  ])('%s', (_, text) => {
    const expected = yamlsOwn(text);
    const got = parseManifests('f.yaml', text, DEFAULT_LIMITS).problems[0];
    expect(got && { line: got.line, message: got.message }).toEqual(expected);
  });
});
