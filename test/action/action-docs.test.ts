/**
 * The README's action section is generated from action.yml (scripts/generate-action-docs.mjs); these
 * tests fail when it is stale, and check that action.yml and the code that reads the inputs agree.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, actionYml } from './support/run-action.js';
import { FORMATS } from '../../src/report/formats.js';

const SCRIPT = join(ROOT, 'scripts', 'generate-action-docs.mjs');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function check(readme?: string, action?: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rp-docs-'));
  try {
    const args = [SCRIPT, '--check'];
    if (readme !== undefined) {
      writeFileSync(join(dir, 'README.md'), readme);
      args.push('--readme', join(dir, 'README.md'));
    }
    if (action !== undefined) {
      writeFileSync(join(dir, 'action.yml'), action);
      args.push('--action', join(dir, 'action.yml'));
    }
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const section = (): string =>
  README.slice(README.indexOf('<!-- action-docs:start -->'), README.indexOf('<!-- action-docs:end -->'));

describe('README action section', () => {
  it('is what the generator writes from action.yml (run `node scripts/generate-action-docs.mjs` when this fails)', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the check notices a hand edit of the section and a change of action.yml', () => {
    const edited = README.replace(/^\| `fail-on` .*\n/m, '');
    expect(edited).not.toBe(README);
    expect(check(edited)).toMatchObject({ status: 1, stderr: expect.stringMatching(/stale/) });

    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(
      /^outputs:\n/m,
      'outputs:\n  extra-output:\n    description: Something new.\n'
    );
    expect(check(undefined, action).status).toBe(1);
  });

  it('lists every input with its default and every output, and links the workflow guide', () => {
    const text = section();
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      expect(text).toMatch(
        new RegExp(
          `^\\| \`${name}\` \\| ${spec.default ? `\`${spec.default.replace(/[$.{}]/g, '\\$&')}\`` : '—'} \\|`,
          'm'
        )
      );
    }
    for (const name of Object.keys(actionYml.outputs)) expect(text).toContain(`| \`${name}\` |`);
    expect(text).toContain('](docs/github-action.md)');
  });
});

describe('action.yml', () => {
  const yml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

  it('runs the committed bundle on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the action reads and the outputs it sets', () => {
    const inputsTs = readFileSync(join(ROOT, 'src', 'action', 'inputs.ts'), 'utf8');
    const read = new Set(
      [...inputsTs.matchAll(/(?:getInput|getMultilineInput|getBooleanInput|list|opt|flag)\('([a-z-]+)'/g)].map(
        (m) => m[1]
      )
    );
    expect([...read].sort()).toEqual(Object.keys(yml.inputs).sort());
    const mainTs = readFileSync(join(ROOT, 'src', 'action', 'main.ts'), 'utf8');
    const set = new Set([...mainTs.matchAll(/setOutput\(\s*'([a-z-]+)'/g)].map((m) => m[1]));
    // errors/warnings/notices are set in a loop over the severities.
    if (/setOutput\(`\$\{s\}s`/.test(mainTs)) for (const s of ['errors', 'warnings', 'notices']) set.add(s);
    // Each output format names its file in an output (report/formats.ts), set in a loop over the table.
    if (/setOutput\(f\.output\.name/.test(mainTs)) for (const f of FORMATS) if (f.output) set.add(f.output.name);
    expect([...set].sort()).toEqual(Object.keys(yml.outputs).sort());
  });
});
