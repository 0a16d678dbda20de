import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { resolveSettings } from '../../src/config/resolve.js';
import type { ParseCache } from '../../src/load/load.js';
import { allPaths, files, planSides, setPath, VALID, WRONG } from './manifests.js';

/**
 * Every field of every kind registry-plan reads, replaced in turn by every wrong type (and deleted),
 * in a repository that holds all the other kinds too: the engine must not throw, and every error it
 * reports must name the file it is about.
 */
const settings = resolveSettings({ repo: tmpdir() }, () => undefined);
const others = (skip: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(VALID)
      .filter(([k]) => k !== skip)
      .map(([k, v]) => [`cluster/${k}.yaml`, stringify(v)])
  );

describe('wrong types everywhere a field is read', () => {
  for (const [key, valid] of Object.entries(VALID)) {
    it(`${valid['kind']} (${key}): every field, every wrong type`, () => {
      const cache: ParseCache = new Map();
      const baseSide = planSides(
        settings,
        [],
        files({ ...others(key), [`cluster/${key}.yaml`]: stringify(valid) }),
        cache
      ).head;
      const rest = others(key);
      let cases = 0;
      for (const path of allPaths(valid)) {
        for (const wrong of WRONG) {
          const mutated = setPath(valid, path, wrong);
          const file = `cluster/${key}.yaml`;
          const head = files({ ...rest, [file]: stringify(mutated) });
          let result;
          try {
            result = planSides(settings, baseSide, head, cache);
          } catch (e) {
            throw new Error(
              `${key} ${path.join('.')} = ${String(typeof wrong === 'symbol' ? 'deleted' : JSON.stringify(wrong))}: ${(e as Error).stack}`
            );
          }
          for (const f of result.findings.filter((f) => f.severity === 'error')) {
            if (!f.file) throw new Error(`${key} ${path.join('.')}: error without a file: ${f.message}`);
          }
          cases++;
        }
      }
      expect(cases).toBe(allPaths(valid).length * WRONG.length);
    });
  }

  it('a wrong type is reported at the field, in the mutated file', () => {
    const mutated = setPath(VALID['mcp'], ['spec', 'maxUnavailable'], { a: 1 });
    const { findings } = planSides(
      settings,
      files(others('')),
      files({ ...others('mcp'), 'cluster/mcp.yaml': stringify(mutated) })
    );
    const text = stringify(mutated).split('\n');
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          file: 'cluster/mcp.yaml',
          line: text.findIndex((l) => /maxUnavailable/.test(l)) + 1
        })
      ])
    );
  });
});
