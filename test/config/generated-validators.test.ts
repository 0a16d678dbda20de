import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM build script, no type declarations
import { compileValidator, DECLARATION, VALIDATORS } from '../../scripts/compile-schemas.mjs';

// The validators are compiled ahead of time (start-up cost); the committed code must be what its schema compiles to.
describe('generated schema validators', () => {
  for (const v of VALIDATORS as Array<{ schema: string; module: string }>) {
    it(`src/generated/${v.module} is compiled from schema/${v.schema}`, () => {
      const root = join(import.meta.dirname ?? '.', '..', '..');
      expect(readFileSync(join(root, 'src', 'generated', v.module), 'utf8')).toBe(compileValidator(v));
      expect(readFileSync(join(root, 'src', 'generated', v.module.replace(/\.js$/, '.d.ts')), 'utf8')).toBe(
        DECLARATION
      );
    });
  }
});
