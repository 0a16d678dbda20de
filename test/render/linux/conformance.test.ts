// Data-driven over test/data/conformance/mco.yaml: render, validation, payload-block and unit cases.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseOcpVersion } from '../../../src/model/version.js';
import { rulesOf, renderLinux, updateRegistriesConfig } from '../../../src/render/linux/index.js';
import { encodeSearchRegistries } from '../../../src/render/linux/search-registries.js';
import { mirrorsAdjustedForNestedScope } from '../../../src/render/linux/edit-registries.js';
import { mergedDigestMirrorSets } from '../../../src/render/linux/mirror-sets.js';
import { getValidBlockedAndAllowedRegistries } from '../../../src/render/linux/payload.js';
import { POLICY_JSON_TEMPLATE, updatePolicyJSON } from '../../../src/render/linux/policy-json.js';
import { REGISTRIES_CONF_TEMPLATE } from '../../../src/render/linux/registries-conf.js';
import { isValidRegistriesConfScope, scopeIsNestedInsideScope } from '../../../src/render/linux/scopes.js';
import { TopoGraph } from '../../../src/render/linux/topo-sort.js';
import { validateRegistriesConfScopes } from '../../../src/render/linux/validate.js';
import { mirrorObjects, modelFromCase, type CaseInput, type FlatRule } from './case-model.js';

const doc = parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'conformance', 'mco.yaml'), 'utf8'));

const REG = '/etc/containers/registries.conf';
const POLICY = '/etc/containers/policy.json';
const SEARCH = '/etc/containers/registries.conf.d/01-image-searchRegistries.conf';

interface RenderCase {
  name: string;
  version?: string | number;
  openshiftVersion?: string | number;
  ocpVersion?: string | number;
  input: CaseInput;
  expected: Record<string, string | null | undefined>;
}

const notWritten = (v: unknown): boolean => typeof v === 'string' && v.startsWith('NOT WRITTEN');

interface RenderOutcome {
  registriesConf: { content: string; origin: string };
  policyJson: { content: string; origin: string };
  searchRegistries?: { content: string; origin: string };
  error?: string;
}

const template = (content: string) => ({ content, origin: 'template' });
const generated = (content: string) => ({ content, origin: 'generated' });

/**
 * Cases that name a `payloadRepo` were produced by calling the operator's steps directly with the lists
 * as given (no payload filtering); the same steps are called here. Every other case goes through the
 * whole renderer with an unknown release image, which applies no payload filtering either.
 */
function renderCase(c: RenderCase): RenderOutcome {
  const version = parseOcpVersion(
    String(c.version ?? c.openshiftVersion ?? c.ocpVersion ?? c.input.openshiftVersion ?? '4.20')
  )!;
  const model = modelFromCase(c.input);
  if (c.input.payloadRepo === undefined) {
    const out = renderLinux(model, { version, releaseImage: c.input.releaseImage ?? '' });
    expect(out.errors.length).toBeLessThanOrEqual(1);
    if (out.errors[0]) expect(out.errors[0].component).toBe('mco');
    expect(out.files).toEqual(expect.arrayContaining([out.registriesConf, out.policyJson]));
    return { ...out, error: out.errors[0]?.message };
  }
  const [idms, itms, icsp] = [rulesOf(model.idms), rulesOf(model.itms), rulesOf(model.icsp)];
  const { insecure, blocked, allowed, search } = c.input;
  let registriesConf = template(REGISTRIES_CONF_TEMPLATE);
  let policyJson = template(POLICY_JSON_TEMPLATE);
  let error: string | undefined;
  if (insecure !== undefined || blocked !== undefined || idms.length + itms.length + icsp.length > 0) {
    const r = updateRegistriesConfig(insecure, blocked, icsp, idms, itms, version);
    if (r.text !== undefined) registriesConf = generated(r.text);
    else error = (r.failure ?? r.editError)!.message;
  }
  if (blocked !== undefined || allowed !== undefined) {
    const r = updatePolicyJSON(POLICY_JSON_TEMPLATE, blocked, allowed, c.input.payloadRepo);
    if (r.json !== undefined) policyJson = generated(r.json);
    else error ??= r.error;
  }
  const out: RenderOutcome = { registriesConf, policyJson, error };
  if (search !== undefined) out.searchRegistries = generated(encodeSearchRegistries(search, version));
  return out;
}

describe('render_cases', () => {
  const cases = doc.render_cases as RenderCase[];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c.name, () => {
      const out = renderCase(c);
      const operatorError = c.expected['registries_error'] ?? c.expected['policy_error'] ?? undefined;
      expect(out.error).toBe(operatorError ?? undefined);

      const reg = c.expected[REG];
      if (reg === null) expect(operatorError).toBeTruthy();
      if (c.input.payloadRepo === undefined && operatorError) {
        // The sync failed: the node keeps the templates and gets no drop-in.
        expect(out.registriesConf).toMatchObject(template(REGISTRIES_CONF_TEMPLATE));
        expect(out.policyJson).toMatchObject(template(POLICY_JSON_TEMPLATE));
        expect(out.searchRegistries).toBeUndefined();
        return;
      }
      if (notWritten(reg)) expect(out.registriesConf).toMatchObject(template(REGISTRIES_CONF_TEMPLATE));
      else if (typeof reg === 'string') expect(out.registriesConf).toMatchObject(generated(reg));

      const pol = c.expected[POLICY];
      if (notWritten(pol)) expect(out.policyJson).toMatchObject(template(POLICY_JSON_TEMPLATE));
      else if (typeof pol === 'string') expect(out.policyJson).toMatchObject(generated(pol));
      else if (pol === undefined && c.input.allowed === undefined && c.input.blocked === undefined) {
        expect(out.policyJson).toMatchObject(template(POLICY_JSON_TEMPLATE));
      }

      const search = c.expected[SEARCH];
      if (typeof search === 'string' && !notWritten(search))
        expect(out.searchRegistries).toMatchObject(generated(search));
      else expect(out.searchRegistries).toBeUndefined();
    });
  }
});

describe('validation_cases', () => {
  const cases = doc.validation_cases as { name: string; input: CaseInput; expected_error: string | null }[];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c.name, () => {
      const i = c.input;
      let message: string | undefined;
      if (i.releaseImage !== undefined) {
        // Transcribed from TestUpdatePolicyJSON: updatePolicyJSON with the lists as given.
        message = updatePolicyJSON(POLICY_JSON_TEMPLATE, i.blocked, i.allowed, i.releaseImage).error;
      } else {
        const rules = (k: 'ImageDigestMirrorSet' | 'ImageTagMirrorSet' | 'ImageContentSourcePolicy', v?: unknown[]) =>
          rulesOf(mirrorObjects(k, v));
        message = validateRegistriesConfScopes(
          i.insecure,
          i.blocked,
          i.allowed,
          rules('ImageContentSourcePolicy', i.icsp),
          rules('ImageDigestMirrorSet', i.idms),
          rules('ImageTagMirrorSet', i.itms)
        )?.message;
      }
      expect(message ?? null).toBe(c.expected_error);
    });
  }
});

describe('payload_block_cases', () => {
  const cases = doc.payload_block_cases as {
    name: string;
    releaseImage: string;
    blocked?: string[];
    allowed?: string[];
    insecure?: string[];
    idms?: FlatRule[];
    icsp?: FlatRule[];
    expected: {
      registriesBlocked: string[] | null;
      policyBlocked: string[] | null;
      allowed: string[] | null;
      error: boolean;
    };
  }[];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(c.name, () => {
      const rules = [
        ...(c.idms ?? []).map((r) => ({
          source: r.source,
          mirrors: r.mirrors ?? [],
          mirrorSourcePolicy: r.mirrorSourcePolicy ?? ''
        })),
        ...(c.icsp ?? []).map((r) => ({ source: r.source, mirrors: r.mirrors ?? [], mirrorSourcePolicy: '' }))
      ];
      const r = getValidBlockedAndAllowedRegistries(
        c.releaseImage,
        { blockedRegistries: c.blocked, allowedRegistries: c.allowed, insecureRegistries: c.insecure },
        rules
      );
      expect(r.registriesBlocked ?? null).toEqual(c.expected.registriesBlocked);
      expect(r.policyBlocked ?? null).toEqual(c.expected.policyBlocked);
      expect(r.allowed ?? null).toEqual(c.expected.allowed);
      expect(r.error !== undefined).toBe(c.expected.error);
    });
  }
});

describe('unit_cases', () => {
  const units = doc.unit_cases as Record<string, unknown>[];
  const byName = (n: string) => units.filter((u) => u['name'] === n || String(u['name']).startsWith(n));

  for (const u of units.filter((u) => Array.isArray(u['input_sets_in_object_order']))) {
    it(`merge: ${u['name']}`, () => {
      const sets = (u['input_sets_in_object_order'] as FlatRule[]).map((s) => ({
        source: s.source,
        mirrors: s.mirrors ?? [],
        mirrorSourcePolicy: s.mirrorSourcePolicy ?? ''
      }));
      const merged = mergedDigestMirrorSets(sets, []).map((m) => ({ source: m.source, mirrors: m.mirrors }));
      expect(merged).toEqual(u['expected']);
    });
  }

  for (const u of byName('topo-graph')) {
    const cases = u['cases'] as { edges: string[]; result: string }[];
    cases.forEach((tc, idx) => {
      it(`topo-graph #${idx} (every rotation of the edges)`, () => {
        for (let rot = 0; rot < tc.edges.length; rot++) {
          const g = new TopoGraph();
          const edges = [...tc.edges.slice(rot), ...tc.edges.slice(0, rot)];
          for (const e of edges) g.addEdge(e[0]!, e[1]!);
          expect(g.sorted().join('')).toBe(tc.result);
        }
      });
    });
  }

  for (const u of byName('ScopeIsNestedInsideScope')) {
    for (const [sub, sup, want] of u['cases'] as [string, string, boolean][]) {
      it(`ScopeIsNestedInsideScope(${sub}, ${sup}) = ${want}`, () =>
        expect(scopeIsNestedInsideScope(sub, sup)).toBe(want));
    }
  }

  for (const u of byName('IsValidRegistriesConfScope')) {
    for (const [scope, want] of u['cases'] as [string, boolean][]) {
      it(`IsValidRegistriesConfScope(${JSON.stringify(scope)}) = ${want}`, () =>
        expect(isValidRegistriesConfScope(scope)).toBe(want));
    }
  }

  for (const u of byName('mirrorsAdjustedForNestedScope')) {
    it('mirrorsAdjustedForNestedScope', () => {
      const input = u['input'] as { mirroredScope: string; subScope: string; mirrors: string[] };
      const mirrors = input.mirrors.map((location) => ({ location, insecure: false, pullFromMirror: '' }));
      expect(
        mirrorsAdjustedForNestedScope(input.mirroredScope, input.subScope, mirrors).map((m) => m.location)
      ).toEqual(u['expected']);
      for (const [mirrored, sub] of (u['errors_for'] as [string, string][]) ?? []) {
        expect(() => mirrorsAdjustedForNestedScope(mirrored, sub, mirrors)).toThrow(
          /^internal error: mirrorsAdjustedForNestedScope/
        );
      }
    });
  }
});
