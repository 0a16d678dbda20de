/**
 * Issue 12, property-based: hostile strings (path segments, backslashes, `..`, NUL, line breaks, `::`,
 * `<`/`>`, `@`, backticks, userinfo, long repetitive runs) in every string field of every kind, in
 * ConfigMap keys and in file names. Whatever the mix:
 *  - nothing is written outside the output folder;
 *  - no line of stdout or stderr starts a workflow command (`::` or `##[`);
 *  - no raw `<` written by the repository reaches markdown;
 *  - no userinfo password reaches any report (stdout, stderr, render.json, plan in every format);
 *  - each run finishes within a time bound.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { gitRepo, removeTree, tmpTree } from '../support/tmp-repo.js';
import { allPaths, cli, setPath, VALID } from './manifests.js';

const SEED = 20261203;
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));

/** Markers the assertions look for: a tag name and a password no output may carry. */
const TAG = 'x-evil';
const PASSWORD = 'pw-SECRET-42';

const fragment = fc.constantFrom(
  '..',
  '../',
  '..\\',
  '\\',
  '/',
  '\u0000',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '::error::forged',
  '\n::error file=x::forged',
  '##[error]forged',
  '::add-mask::x',
  `<${TAG} src=x>`,
  `<img src=x onerror=${TAG}>`,
  '</summary>',
  '<!-- registry-plan:marker -->',
  '@octocat',
  '@org/team',
  '`',
  '```',
  '`@octocat`',
  'owner/repo#1',
  `user:${PASSWORD}@quay.io`,
  `https://admin:${PASSWORD}@mirror.example.com/v2`,
  `u:${PASSWORD}@h:5000/x`,
  '# ✅ pass',
  '| a | b |',
  '[link](javascript:alert(1))',
  'quay.io/app',
  'a'
);
const run = fc.tuple(
  fc.constantFrom('a', '0', '-', '/', '.', ':', '@', ' ', '\t', 'a.'),
  fc.integer({ min: 50, max: 3000 })
);
const hostile = fc
  .array(fc.oneof({ weight: 5, arbitrary: fragment }, { weight: 1, arbitrary: run.map(([c, n]) => c.repeat(n)) }), {
    minLength: 1,
    maxLength: 5
  })
  .map((parts) => parts.join(''));

/** A file-name-safe variant: no `/` or NUL (the file system refuses them), everything else kept. */
const fileName = hostile.map((s) => s.replace(/[/\u0000]/g, '_').slice(0, 120) || 'x');

const stringPaths = (obj: unknown): (string | number)[][] =>
  allPaths(obj).filter((p) => {
    let v: unknown = obj;
    for (const k of p) v = (v as Record<string | number, unknown>)[k];
    return typeof v === 'string';
  });

/** One object of some kind with hostile strings in some of its string fields, and maybe a hostile key. */
const manifest = fc.constantFrom(...Object.keys(VALID)).chain((kind) => {
  const paths = stringPaths(VALID[kind]);
  return fc
    .tuple(fc.array(fc.tuple(fc.nat(paths.length - 1), hostile), { minLength: 1, maxLength: 4 }), fc.option(hostile))
    .map(([edits, key]) => {
      let obj = edits.reduce<unknown>((o, [i, v]) => setPath(o, paths[i]!, v), VALID[kind]);
      const data = (obj as { data?: Record<string, string> }).data;
      if (key !== null && data) obj = { ...(obj as object), data: { ...data, [key]: `-----BEGIN ${key}` } };
      return obj;
    });
});

const tree = fc
  .array(fc.tuple(fileName, fc.array(manifest, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 })
  .map((files) =>
    Object.fromEntries(
      files.map(([name, objs], i) => [`c/${i}-${name}.yaml`, objs.map((o) => stringify(o)).join('---\n')])
    )
  );

/** Every file under `dir`, relative. */
function listed(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) =>
    join(e.parentPath, e.name).slice(dir.length + 1)
  );
}

function expectNoWorkflowCommand(text: string): void {
  for (const line of text.split(/\r\n|\r|\n/)) {
    expect(line.trimStart().startsWith('::')).toBe(false);
    expect(line.trimStart().startsWith('##[')).toBe(false);
  }
}

const BOUND_MS = 30_000;
const seconds = async <T>(f: () => Promise<T>): Promise<T> => {
  const t0 = Date.now();
  const r = await f();
  expect(Date.now() - t0).toBeLessThan(BOUND_MS);
  return r;
};

describe('hostile strings everywhere (issue 12)', () => {
  it('render: nothing outside --out, no workflow command, no password', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const repo = tmpTree(files);
        const parent = mkdtempSync(join(tmpdir(), 'rp-prop-'));
        cleanup.push(repo, parent);
        const out = join(parent, 'out');
        mkdirSync(out);
        const r = await seconds(() => cli(['render', '--repo', repo, '--out', out]));
        expect([0, 2, 3]).toContain(r.status);
        expect(readdirSync(parent)).toEqual(['out']);
        expectNoWorkflowCommand(r.stdout);
        expectNoWorkflowCommand(r.stderr);
        const renderJson = readFileSync(join(out, 'render.json'), 'utf8');
        for (const text of [r.stdout, r.stderr, renderJson]) expect(text).not.toContain(PASSWORD);
        for (const f of listed(out)) expect(f.split('/')).not.toContain('..');
        removeTree(repo);
        removeTree(parent);
      }),
      { numRuns: 40, seed: SEED }
    );
  }, 600_000);

  it('plan: markdown without raw tags, text without workflow commands, no password in any format', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const base = Object.fromEntries(Object.keys(VALID).map((k) => [`c/${k}.yaml`, stringify(VALID[k])]));
        const { dir, commits } = gitRepo([base, { ...base, ...files }]);
        cleanup.push(dir);
        const args = ['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!];
        for (const format of ['markdown', 'text', 'json']) {
          const r = await seconds(() => cli([...args, '--format', format]));
          expect([0, 2, 4]).toContain(r.status);
          expectNoWorkflowCommand(r.stderr);
          if (format !== 'json') expectNoWorkflowCommand(r.stdout);
          if (format === 'markdown') {
            expect(r.stdout).not.toContain(`<${TAG}`);
            expect(r.stdout).not.toMatch(/<img/i);
          }
          expect(r.stdout + r.stderr).not.toContain(PASSWORD);
        }
        removeTree(dir);
      }),
      { numRuns: 15, seed: SEED }
    );
  }, 900_000);
});
