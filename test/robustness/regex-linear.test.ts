/**
 * Issue 12 #5: every regular expression in src/ runs in linear time. recheck (a ReDoS checker that
 * decides exponential and polynomial backtracking from the automaton, with fuzzing as a fallback) judges
 * each regular-expression literal found in the source and each pattern built with `new RegExp`; then every
 * one is fed long pathological runs and must answer in a bounded time.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { NODE_KIND_RE, WORKLOAD_KIND_RE } from '../../src/load/prefilter.js';
import { SCOPE, WILDCARD_SCOPE } from '../../src/model/image-policy-api.js';
import { MIRROR_PATTERN, MIRROR_SOURCE_PATTERN } from '../../src/model/patterns.js';
import { ANCHORED_NAME, REFERENCE } from '../../src/render/linux/docker-reference.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  );
}

interface Site {
  where: string;
  regex: RegExp;
}

/** Regular-expression literals, and the number of `new RegExp(...)` calls, per source file. */
function scan(): { literals: Site[]; constructed: Map<string, number> } {
  const literals: Site[] = [];
  const constructed = new Map<string, number>();
  for (const file of sourceFiles(SRC)) {
    const rel = relative(ROOT, file);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        literals.push({ where: `${rel}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        constructed.set(rel, (constructed.get(rel) ?? 0) + 1);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

/** Every pattern built at run time, by the module that builds it. A new `new RegExp` must be listed here. */
const CONSTRUCTED: Record<string, Record<string, RegExp>> = {
  'src/model/patterns.ts': { MIRROR_SOURCE_PATTERN, MIRROR_PATTERN },
  'src/model/image-policy-api.ts': { SCOPE, WILDCARD_SCOPE },
  'src/load/prefilter.ts': { NODE_KIND_RE },
  'src/render/linux/docker-reference.ts': { REFERENCE, ANCHORED_NAME }
};

const { literals, constructed } = scan();
const all: Site[] = [
  ...literals,
  ...Object.entries(CONSTRUCTED).flatMap(([file, m]) =>
    Object.entries(m).map(([name, regex]) => ({ where: `${file} ${name}`, regex }))
  ),
  { where: 'src/load/prefilter.ts WORKLOAD_KIND_RE', regex: WORKLOAD_KIND_RE }
];

describe('regular expressions over repository text', () => {
  it('every `new RegExp` site is covered by this test', () => {
    const covered = Object.fromEntries(Object.entries(CONSTRUCTED).map(([f, m]) => [f, Object.keys(m).length]));
    // prefilter builds its two kind patterns through one helper call site.
    expect(Object.fromEntries(constructed)).toEqual({ ...covered, 'src/load/prefilter.ts': 1 });
  });

  it('finds the literals (the scan itself works)', () => {
    expect(literals.length).toBeGreaterThan(50);
    expect(literals.some((s) => s.where.startsWith('src/load/workload-images.ts'))).toBe(true);
  });

  it('recheck finds no exponential or polynomial backtracking in any of them', () => {
    const bad = all
      .map((s) => ({ s, r: checkSync(s.regex.source, s.regex.flags) }))
      .filter(({ r }) => r.status === 'vulnerable')
      .map(
        ({ s, r }) =>
          `${s.where} /${s.regex.source}/: ${r.status === 'vulnerable' ? `${r.complexity.summary}, attack ${r.attack.pattern}` : ''}`
      );
    expect(bad).toEqual([]);
  }, 180_000);

  it('the registry path pattern of the issue answers at once (it used to hang for minutes)', () => {
    const t0 = process.hrtime.bigint();
    expect(MIRROR_SOURCE_PATTERN.test(`a.io/${'a'.repeat(34)}!`)).toBe(false);
    expect(MIRROR_PATTERN.test(`a.io/${'a'.repeat(50_000)}!`)).toBe(false);
    expect(MIRROR_SOURCE_PATTERN.test('quay.io/app__x.y-z/sub')).toBe(true);
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(1000);
  });

  // Long runs of each character class the patterns care about, each followed by a character that makes
  // the match fail at the end: the shape of every backtracking blow-up.
  const RUNS = ['a', '0', '-', '_', '.', '/', ':', ' ', '\t', '\r', '#', '"', '@', '=', '`', '<', '*', 'A+', 'name:'];
  const ENDS = ['!', '\0', '\n', '}'];
  const inputs = RUNS.flatMap((r) => ENDS.map((e) => `x${r.repeat(Math.ceil(20_000 / r.length))}${e}`));

  it('each one handles 20,000-character pathological inputs in linear time', () => {
    const slow: string[] = [];
    for (const s of all) {
      const re = new RegExp(s.regex.source, s.regex.flags);
      const t0 = process.hrtime.bigint();
      for (const input of inputs) {
        re.lastIndex = 0;
        if (re.global) input.replace(re, '');
        else re.test(input);
      }
      // A linear pattern takes well under a millisecond per input; a quadratic one takes seconds.
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (ms > 2000) slow.push(`${s.where}: ${Math.round(ms)} ms`);
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
