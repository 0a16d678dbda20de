// dist/ is the committed bundle GitHub runs. `npm test` rebuilds it first (pretest), so on a clean
// clone any difference from the committed bundle means the sources changed without a rebuild.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const inGit = spawnSync('git', ['-C', root, 'rev-parse', '--is-inside-work-tree']).status === 0;

describe('dist/', () => {
  it('exists (the action and the command line run it)', () => {
    expect(existsSync(join(root, 'dist', 'index.js'))).toBe(true);
  });
  (inGit ? it : it.skip)('matches a fresh build of the sources', () => {
    const r = spawnSync('git', ['-C', root, 'status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
  });
});
