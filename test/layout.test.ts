// The layout rules of CONTRIBUTING.md, checked on the real tree and on small trees that break them.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations.
import { problems } from '../scripts/check-imports.mjs';

const check = problems as (srcDir: string) => string[];
const made: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'registry-plan-layout-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('scripts/check-imports.mjs', () => {
  it('finds no folder cycle and no core folder importing an I/O folder in src/', () => {
    expect(check(join(import.meta.dirname, '..', 'src'))).toEqual([]);
  });

  it('reports a cycle between folders, naming an import of each edge', () => {
    const root = tree({
      'a/x.ts': "import { y } from '../b/y.js';\nexport const x = y;\n",
      'b/y.ts': "import type { X } from '../a/t.js';\nexport const y = 1;\n",
      'a/t.ts': 'export type X = number;\n'
    });
    const found = check(root);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/import cycle between folders a, b/);
    expect(found[0]).toContain('a/x.ts -> ../b/y.js');
    expect(found[0]).toContain('b/y.ts -> ../a/t.js');
  });

  it('reports a core folder that imports an I/O folder, also through export-from and import()', () => {
    const root = tree({
      'report/a.ts': "export { readAll } from '../load/read.js';\n",
      'plan/b.ts': "export const later = () => import('../publish/post.js');\n",
      'load/read.ts': 'export const readAll = 1;\n',
      'publish/post.ts': 'export const post = 1;\n'
    });
    expect(check(root)).toEqual([
      'core folder plan imports I/O folder publish: plan/b.ts -> ../publish/post.js',
      'core folder report imports I/O folder load: report/a.ts -> ../load/read.js'
    ]);
  });

  it('allows I/O folders to import core folders, and imports inside one folder', () => {
    const root = tree({
      'load/read.ts': "import type { M } from '../model/m.js';\nimport { z } from './z.js';\nexport const r: M = z;\n",
      'load/z.ts': 'export const z = 1;\n',
      'model/m.ts': 'export type M = number;\n'
    });
    expect(check(root)).toEqual([]);
  });
});
