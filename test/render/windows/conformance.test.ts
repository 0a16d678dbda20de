// Every vector of test/data/conformance/wmco.yaml, data-driven: unit vectors against the ported Go
// functions, end-to-end vectors against renderWindows and the containerd pull prediction.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseWmcoVersion } from '../../../src/model/version.js';
import {
  extractMirrorURL,
  extractRegistryOrgPath,
  generateConfig,
  generateLegacyConfig,
  getMergedMirrorSets,
  mergeMirrorSets,
  mergeMirrors,
  parseLegacyPullSecret,
  parsePullSecret,
  pullSecretFromAuths,
  renderWindows,
  windowsPullEndpoints,
  type AuthTokens,
  type MergedMirrorSet,
  type MirrorHost
} from '../../../src/render/windows/index.js';
import { modelFromVector, type SpecEntry, type VectorInput } from './helpers.js';

const doc: any = parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'conformance', 'wmco.yaml'), 'utf8'));

const KNOWN_UNIT_SECTIONS = [
  'extractMirrorURL',
  'extractRegistryOrgPath',
  'getMergedMirrorSets',
  'generateConfig',
  'mergeMirrorSets',
  'mergeMirrors',
  'legacy_generateConfig'
];

function tokens(parse: typeof parsePullSecret): AuthTokens {
  const r = parse(pullSecretFromAuths(doc.meta.test_pull_secret_auths));
  if (!r.ok) throw new Error(r.message);
  return r.tokens;
}

const normSet = (s: any): MergedMirrorSet => ({
  source: s.source,
  mirrors: (s.mirrors ?? []).map((m: any) => ({ host: m.host, resolveTags: m.resolveTags })),
  mirrorSourcePolicy: s.mirrorSourcePolicy ?? ''
});

const byHost = (a: MirrorHost, b: MirrorHost) =>
  a.host < b.host ? -1 : a.host > b.host ? 1 : Number(a.resolveTags) - Number(b.resolveTags);

const entriesOf = (objs: any[] | undefined, key: string): SpecEntry[][] => (objs ?? []).map((o) => o[key] ?? []);

describe('wmco.yaml is fully covered', () => {
  it('has no unit section this suite does not run', () => {
    expect(Object.keys(doc.unit_vectors).sort()).toEqual([...KNOWN_UNIT_SECTIONS].sort());
  });
  it('has vectors in every section', () => {
    for (const k of KNOWN_UNIT_SECTIONS) expect(doc.unit_vectors[k].length).toBeGreaterThan(0);
    expect(doc.e2e_vectors.length).toBeGreaterThan(0);
    expect(doc.legacy_e2e_vectors.length).toBeGreaterThan(0);
  });
});

describe('unit: extractMirrorURL', () => {
  it.each(doc.unit_vectors.extractMirrorURL.map((v: any) => [v.name, v]))('%s', (_n, v: any) => {
    expect(extractMirrorURL(v.source, v.mirror)).toBe(v.expected);
  });
});

describe('unit: extractRegistryOrgPath', () => {
  it.each(doc.unit_vectors.extractRegistryOrgPath.map((v: any) => [v.input, v]))('%s', (_n, v: any) => {
    expect(extractRegistryOrgPath(v.input)).toBe(v.expected);
  });
});

describe('unit: getMergedMirrorSets', () => {
  it.each(doc.unit_vectors.getMergedMirrorSets.map((v: any) => [v.name, v]))('%s', (_n, v: any) => {
    const got = getMergedMirrorSets(
      entriesOf(v.input.imageDigestMirrorSets, 'imageDigestMirrors').map((o) => o.map(specEntry)),
      entriesOf(v.input.imageTagMirrorSets, 'imageTagMirrors').map((o) => o.map(specEntry))
    );
    expect(got).toEqual(v.expected.map(normSet));
  });
});

function specEntry(e: SpecEntry) {
  return { source: e.source, mirrors: e.mirrors ?? [], mirrorSourcePolicy: e.mirrorSourcePolicy ?? '' };
}

describe('unit: generateConfig (current format)', () => {
  const t = tokens(parsePullSecret);
  it.each(doc.unit_vectors.generateConfig.map((v: any) => [v.name, v]))('%s', (_n, v: any) => {
    expect(generateConfig(normSet(v.input), { tokens: t, redact: false })).toBe(v.expected);
  });
});

describe('unit: generateConfig (legacy format)', () => {
  const t = tokens(parseLegacyPullSecret);
  it.each(doc.unit_vectors.legacy_generateConfig.map((v: any) => [v.name, v]))('%s', (_n, v: any) => {
    expect(generateLegacyConfig(normSet(v.input), { tokens: t, redact: false })).toBe(v.expected);
  });
});

describe('unit: mergeMirrorSets (order matters)', () => {
  it.each(doc.unit_vectors.mergeMirrorSets.map((v: any) => [v.name, v]))('%s', (_n, v: any) => {
    expect(mergeMirrorSets(v.input.map(normSet))).toEqual(v.expected.map(normSet));
  });
});

describe('unit: mergeMirrors (compared as sets)', () => {
  it.each(doc.unit_vectors.mergeMirrors.map((v: any) => [v.name, v]))('%s', (_n, v: any) => {
    const got = mergeMirrors<MirrorHost>(v.existing, v.incoming);
    expect([...got].sort(byHost)).toEqual([...v.expected].sort(byHost));
  });
});

/** A vector may give the cluster's pull secret auths; none of the vendored ones does (no headers). */
function pullSecretAuthsOf(input: Record<string, unknown>): Record<string, unknown> | undefined {
  const key = Object.keys(input).find((k) => /pull.?secret/i.test(k));
  if (key === undefined) return undefined;
  const value = input[key] as any;
  return value?.auths ?? value;
}

function checkE2e(v: any, wmcoVersion?: string): void {
  const model = modelFromVector(v.input as VectorInput);
  const auths = pullSecretAuthsOf(v.input);
  if (auths) model.pullSecret = pullSecretFromAuths(auths);
  const render = renderWindows(model, {
    redact: false,
    ...(wmcoVersion ? { wmcoVersion: parseWmcoVersion(wmcoVersion)! } : {})
  });
  expect(render.errors).toEqual([]);
  if (v.expected.merged_mirror_sets) expect(render.merged).toEqual(v.expected.merged_mirror_sets.map(normSet));
  expect(render.hostsToml.map((f) => ({ path: f.path, content: f.content }))).toEqual(
    v.expected.files.map((f: any) => ({ path: f.remote_path, content: f.content }))
  );
  for (const f of render.hostsToml) {
    expect(f.node).toBe('windows');
    expect(f.origin).toBe('generated');
  }
  // The directory name is the Go map key minus "\\hosts.toml".
  expect(render.hostsToml.map((f) => f.path.split('\\').slice(-2, -1)[0])).toEqual(
    v.expected.files.map((f: any) => f.dir)
  );
  for (const pull of v.containerd_pull_resolution ?? []) {
    const got = windowsPullEndpoints(render.files, pull.image);
    if ('hosts_toml_used' in pull) expect(got.hostsTomlUsed).toBe(pull.hosts_toml_used ?? null);
    if ('toml_valid' in pull) expect(got.tomlValid).toBe(pull.toml_valid);
    expect(got.endpoints).toEqual(pull.tried_in_order);
  }
}

describe('end-to-end vectors (current format)', () => {
  it.each(doc.e2e_vectors.map((v: any) => [v.id, v]))('%s', (_id, v: any) => checkE2e(v));
});

describe('end-to-end vectors (legacy format)', () => {
  // Every legacy release renders the same bytes.
  for (const version of ['10.16.0', '10.16.1', '10.17.0', '10.18.0']) {
    it.each(doc.legacy_e2e_vectors.map((v: any) => [v.id, v]))(`%s at v${version}`, (_id, v: any) =>
      checkE2e(v, version)
    );
  }
});

describe('end-to-end vectors render identically on every current-format release', () => {
  for (const version of ['10.16.2', '10.17.1', '10.18.1', '10.19.0', '10.22.0']) {
    it.each(doc.e2e_vectors.map((v: any) => [v.id, v]))(`%s at v${version}`, (_id, v: any) => checkE2e(v, version));
  }
});
