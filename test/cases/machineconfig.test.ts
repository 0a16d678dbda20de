// Data-driven: test/data/cases/machineconfig.yaml (project-owned; every case carries its provenance).
// Each case renders both sides' pools from their MachineConfigs, decides each pool's node impact, checks
// the MachineConfig findings and simulates pulls with the pool's effective registries files.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RULE_CATALOG } from '../../src/model/rule-catalog.js';
import { parseOcpVersion } from '../../src/model/version.js';
import { MC_RULES } from '../../src/render/linux/machine-config-findings.js';
import { pullFilesOf } from '../../src/plan/machine-config-diff.js';
import { decidePoolImpacts } from '../../src/plan/pool-impact.js';
import { pullEndpointsFrom } from '../../src/render/linux/pull-sources.js';
import { mergeRegistriesConfigs } from '../../src/render/linux/registries-dropins.js';
import { buildSide } from './support.js';

interface PoolExpect {
  changed: { path: string; change: string }[];
  actions: string[];
  drain: boolean;
  reboot: boolean;
  writers?: Record<string, string>;
}
interface Case {
  name: string;
  provenance: string;
  version: string;
  base: string;
  head: string;
  expect: {
    findings: string[];
    pools: Record<string, PoolExpect>;
    pulls?: { pool: string; image: string; endpoints?: string[]; error?: string }[];
    contents?: Record<string, Record<string, string>>;
  };
}

const corpus = parse(readFileSync(join(import.meta.dirname, '..', 'data', 'cases', 'machineconfig.yaml'), 'utf8')) as {
  cases: Case[];
};

describe('test/data/cases/machineconfig.yaml', () => {
  it('every rule id the MachineConfig half emits is in the catalog', () => {
    const ids = new Set(RULE_CATALOG.map((r) => r.id));
    for (const id of Object.values(MC_RULES)) expect(ids).toContain(id);
    for (const c of corpus.cases) for (const id of c.expect.findings) expect(ids).toContain(id);
  });

  it('every case names its provenance', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(20);
    for (const c of corpus.cases) expect(c.provenance).toMatch(/operator code|documentation|containers\/image/);
  });

  describe.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const version = parseOcpVersion(c.version)!;
    const base = buildSide(c.base, version, 'base.yaml');
    const head = buildSide(c.head, version, 'head.yaml');
    const impacts = decidePoolImpacts(base.evaluated, head.evaluated, {
      version,
      userPolicy: head.model.machineConfiguration?.nodeDisruptionPolicy,
      overrideDrainConfigMap: false
    });

    it('reports the expected MachineConfig findings, each with a file and line', () => {
      const all = [...head.evaluated.findings, ...head.inputFindings.filter((f) => f.rule.includes('config'))];
      expect([...new Set(all.map((f) => f.rule))].sort()).toEqual([...c.expect.findings].sort());
      for (const f of all) {
        expect(f.file).toBe('head.yaml');
        expect(f.line).toBeGreaterThan(0);
      }
    });

    for (const [pool, want] of Object.entries(c.expect.pools)) {
      it(`pool ${pool}: ${want.actions.join(', ')}${want.drain ? ', drain' : ''}`, () => {
        const got = impacts.get(pool)!;
        expect(got).toBeDefined();
        expect(got.diff.files.map((f) => ({ path: f.path, change: f.change }))).toEqual(want.changed);
        expect(got.decision.actions).toEqual(want.actions);
        expect(got.decision.drain).toBe(want.drain);
        expect(got.decision.reboot).toBe(want.reboot);
        if (want.changed.length === 0 && got.decision.reasons.length > 0) {
          expect(got.decision.reasons.join('\n')).toMatch(/not touched|keep their current configuration/);
        }
        const rendered = head.evaluated.result.pools.find((p) => p.pool === pool)!.rendered;
        for (const [path, writer] of Object.entries(want.writers ?? {})) {
          expect(rendered.files.get(path)?.writer.name).toBe(writer);
        }
      });
    }

    for (const [pool, files] of Object.entries(c.expect.contents ?? {})) {
      it(`pool ${pool}: exact effective bytes`, () => {
        const rendered = head.evaluated.result.pools.find((p) => p.pool === pool)!.rendered;
        for (const [path, text] of Object.entries(files)) expect(rendered.files.get(path)?.content).toBe(text);
      });
    }

    for (const p of c.expect.pulls ?? []) {
      it(`pull ${p.image} on ${p.pool}`, () => {
        const rendered = head.evaluated.result.pools.find((x) => x.pool === p.pool)!.rendered;
        const files = pullFilesOf(rendered);
        const r = pullEndpointsFrom(mergeRegistriesConfigs(files.main, files.dropIns).loaded, p.image);
        if (p.error !== undefined) expect(r.error).toBe(p.error);
        else {
          expect(r.error).toBeUndefined();
          expect(r.endpoints.map((e) => e.location)).toEqual(p.endpoints);
        }
      });
    }
  });
});
