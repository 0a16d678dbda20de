import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { resolveSettings } from '../../src/config/resolve.js';
import { gitRepo, removeTree, tmpTree } from '../support/tmp-repo.js';
import { allPaths, ALLOWED_EXITS, cli, DELETE, files, planSides, setPath, VALID } from './manifests.js';
import { expectPlanContract } from '../support/plan-contract.js';

/**
 * Property-based: valid-ish manifests of every kind, mutated at random (wrong types, missing fields,
 * random strings, damaged text), never make the engine throw; the command line always exits 0, 2, 3
 * or 4; and every error names one of the files it was given.
 */
const SEED = 20260101;
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));
const settings = resolveSettings({ repo: tmpdir() }, () => undefined);

const keys = Object.keys(VALID);
const strings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'quay.io',
    '*.example.com',
    'mirror.example.com:5000/a/b',
    'a..b',
    'x:99999',
    '-',
    '',
    ' ',
    '25%',
    'NeverContactSource',
    'Windows',
    'openshift-config',
    '\u0000',
    'é'
  ),
  fc.webUrl()
);
const junk = fc.oneof(
  strings,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(strings, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), strings, { maxKeys: 3 }),
  fc.constant(DELETE)
);

/** One manifest: a valid object of some kind with a few random replacements at its own paths. */
const manifest = fc.constantFrom(...keys).chain((key) => {
  const paths = allPaths(VALID[key]);
  return fc
    .array(fc.tuple(fc.nat(paths.length - 1), junk), { maxLength: 4 })
    .map((edits) =>
      edits.reduce<unknown>(
        (obj, [i, v]) =>
          allPaths(obj).some((p) => p.join('\0') === paths[i]!.join('\0')) ? setPath(obj, paths[i]!, v) : obj,
        VALID[key]
      )
    );
});

/** Text damage on top: truncation, a stray character, JSON instead of YAML. */
const text = fc
  .tuple(
    manifest,
    fc.nat(5),
    fc.nat(1000),
    fc.constantFrom(':', '-', '[', '{', '"', "'", '&', '*', '!', '\t', '#', '\n  ')
  )
  .map(([obj, how, at, ch]) => {
    const y = stringify(obj);
    switch (how) {
      case 0:
        return y.slice(0, Math.max(1, at % y.length));
      case 1:
        return y.slice(0, at % y.length) + ch + y.slice(at % y.length);
      case 2:
        return JSON.stringify(obj);
      default:
        return y;
    }
  });

const repoFiles = fc
  .array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
  .map((groups) =>
    Object.fromEntries(
      groups.map((docs, i) => [
        `clusters/f${i}.${docs.length === 1 && docs[0]!.startsWith('{') ? 'json' : 'yaml'}`,
        docs.join('\n---\n')
      ])
    )
  );

describe('fuzzing the engine with mutated manifests', () => {
  it('never throws, and every error names one of the given files', () => {
    const baseSide = planSides(
      settings,
      [],
      files(Object.fromEntries(keys.map((k) => [`clusters/${k}.yaml`, stringify(VALID[k])])))
    ).head;
    const seen = { clean: 0, inputErrors: 0, operatorErrors: 0 };
    fc.assert(
      fc.property(repoFiles, (tree) => {
        const { findings, head } = planSides(settings, baseSide, files(tree));
        const errors = [...findings, ...head.inputFindings].filter((f) => f.severity === 'error');
        for (const f of errors) expect(Object.keys(tree)).toContain(f.file);
        if (head.inputFindings.some((f) => f.severity === 'error')) seen.inputErrors++;
        else if (head.errors.length) seen.operatorErrors++;
        else seen.clean++;
      }),
      { numRuns: 100, seed: SEED }
    );
    // The generator reaches every outcome: clean input, unreadable input, configurations the operators reject.
    expect(seen.clean).toBeGreaterThan(0);
    expect(seen.inputErrors).toBeGreaterThan(0);
    expect(seen.operatorErrors).toBeGreaterThan(0);
  });

  it('the render command always exits 0, 2 or 3, naming the file of every input error', async () => {
    await fc.assert(
      fc.asyncProperty(repoFiles, async (tree) => {
        const dir = tmpTree(tree);
        const out = mkdtempSync(join(tmpdir(), 'rp-fuzz-out-'));
        try {
          const run = await cli(['render', '--repo', dir, '--out', out]);
          expect([0, 2, 3]).toContain(run.status);
          for (const line of run.stderr.split('\n').filter(Boolean)) {
            expect(Object.keys(tree).some((f) => line.startsWith(`${f}:`))).toBe(true);
          }
        } finally {
          removeTree(dir);
          removeTree(out);
        }
      }),
      { numRuns: 100, seed: SEED }
    );
  });

  it('the plan command always exits 0, 2 or 4 on a Git range', async () => {
    await fc.assert(
      fc.asyncProperty(repoFiles, repoFiles, async (before, after) => {
        const { dir, commits } = gitRepo([before, after]);
        try {
          const run = await cli([
            'plan',
            '--repo',
            dir,
            '--base',
            commits[0]!,
            '--head',
            commits[1]!,
            '--format',
            'json'
          ]);
          expect(ALLOWED_EXITS).toContain(run.status);
          expect(run.status).not.toBe(3);
          expectPlanContract(JSON.parse(run.stdout));
          const report = JSON.parse(run.stdout) as {
            verdict: string;
            findings: Array<{ severity: string; file: string }>;
          };
          for (const f of report.findings.filter((f) => f.severity === 'error'))
            expect(Object.keys(after)).toContain(f.file);
          if (run.status === 0) expect(report.verdict).toBe('pass');
        } finally {
          removeTree(dir);
        }
      }),
      { numRuns: 25, seed: SEED }
    );
  });
});
