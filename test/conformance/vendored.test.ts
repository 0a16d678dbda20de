// The conformance cases are vendored so a plain clone tests itself; when ../shared/ is present (the
// development machine and CI), the copy must not drift from it.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const vendored = join(import.meta.dirname, '..', 'data', 'conformance');
const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'conformance');

describe('vendored conformance cases', () => {
  it('are present', () => {
    expect(readdirSync(vendored).sort()).toEqual(expect.arrayContaining(['mco.yaml', 'wmco.yaml']));
  });
  const run = existsSync(shared) ? it : it.skip;
  run('match ../shared/conformance byte for byte', () => {
    for (const name of readdirSync(shared)) {
      expect(existsSync(join(vendored, name))).toBe(true);
      expect(readFileSync(join(vendored, name), 'utf8')).toEqual(readFileSync(join(shared, name), 'utf8'));
    }
  });
});
