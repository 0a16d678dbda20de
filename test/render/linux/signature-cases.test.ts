// Data-driven over test/data/cases/signature-policies.yaml: ClusterImagePolicy / ImagePolicy rendering.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ImagePolicyObject, SigstoreVerificationPolicy } from '../../../src/model/image-policy.js';
import { releaseFor } from '../../../src/model/openshift-versions.js';
import { RED_HAT_RELEASE_KEY_DATA } from '../../../src/model/payload-image-policy.js';
import { parseOcpVersion } from '../../../src/model/version.js';
import { admitImagePolicies } from '../../../src/model/image-policy-api.js';
import { renderLinux, rulesOf, updateRegistriesConfig } from '../../../src/render/linux/index.js';
import { renderSignaturePolicies, type SignaturePolicyOutput } from '../../../src/render/linux/sigstore.js';
import { SIGSTORE_REGISTRIES_PATH } from '../../../src/render/linux/sigstore-registries-d.js';
import { modelFromCase, type CaseInput } from './case-model.js';

const doc = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'cases', 'signature-policies.yaml'), 'utf8'),
  { maxAliasCount: -1 }
) as { cases: SignatureCase[] };

interface PolicyInput {
  name: string;
  namespace?: string;
  scopes: string[];
  policy: SigstoreVerificationPolicy;
}

interface SignatureCase {
  name: string;
  provenance: string;
  version: string;
  payloadPolicy?: boolean;
  input: CaseInput & { clusterImagePolicies?: PolicyInput[]; imagePolicies?: PolicyInput[] };
  expected: Record<string, unknown>;
}

const POLICY = '/etc/containers/policy.json';
const fill = (s: string): string => s.split('${RED_HAT_RELEASE_KEY}').join(RED_HAT_RELEASE_KEY_DATA);
const fillDeep = (v: unknown): unknown =>
  typeof v === 'string'
    ? fill(v)
    : Array.isArray(v)
      ? v.map(fillDeep)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillDeep(x)]))
        : v;

function policyObjects(kind: ImagePolicyObject['kind'], input: PolicyInput[] | undefined): ImagePolicyObject[] {
  return (input ?? []).map((p, i) => ({
    kind,
    apiVersion: 'config.openshift.io/v1',
    name: p.name,
    ...(p.namespace !== undefined ? { namespace: p.namespace } : {}),
    loc: { file: 'case.yaml', line: i + 1 },
    scopes: p.scopes,
    scopeLocs: p.scopes.map(() => ({ file: 'case.yaml', line: i + 1 })),
    policy: p.policy,
    origin: 'repository'
  }));
}

/** The case through MCO's steps: registries.conf (when MCO writes one), then the signature policy files. */
function run(c: SignatureCase): { files: Map<string, string>; out: SignaturePolicyOutput } {
  const version = parseOcpVersion(c.version)!;
  const model = modelFromCase(c.input);
  const mirrors = model.idms.length + model.itms.length + model.icsp.length;
  let registriesToml: string | undefined;
  if (mirrors > 0 || c.input.insecure !== undefined || c.input.blocked !== undefined) {
    const r = updateRegistriesConfig(
      c.input.insecure,
      c.input.blocked,
      rulesOf(model.icsp),
      rulesOf(model.idms),
      rulesOf(model.itms),
      version
    );
    expect(r.text).toBeDefined();
    registriesToml = r.text;
  }
  const out = renderSignaturePolicies({
    release: releaseFor(version),
    clusterImagePolicies: policyObjects('ClusterImagePolicy', c.input.clusterImagePolicies),
    imagePolicies: policyObjects('ImagePolicy', c.input.imagePolicies),
    policyBlocked: c.input.blocked,
    allowed: c.input.allowed,
    releaseImage: c.input.releaseImage ?? '',
    registriesToml,
    withoutPayloadPolicy: c.payloadPolicy === false
  });
  const files = new Map<string, string>();
  if (out.policyJson !== undefined) files.set(POLICY, out.policyJson);
  if (out.registriesD !== undefined) files.set(SIGSTORE_REGISTRIES_PATH, out.registriesD);
  for (const f of out.namespaced) files.set(f.path, f.content);
  return { files, out };
}

describe('signature-policies.yaml', () => {
  it('every case names its provenance', () => {
    expect(doc.cases.length).toBeGreaterThan(20);
    for (const c of doc.cases) expect(c.provenance).toMatch(/^(transcribed|derived): .*\S/);
  });

  it.each(doc.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { files, out } = run(c);
    const exp = c.expected;
    if (typeof exp.error === 'string') expect(out.error?.message).toBe(exp.error);
    else expect(out.error).toBeUndefined();
    for (const [key, want] of Object.entries(exp)) {
      if (key.startsWith('/')) expect(files.get(key)).toBe(fill(want as string));
      else if (key.startsWith('json:')) {
        const got = files.get(key.slice(5));
        expect(got).toBeDefined();
        expect(JSON.parse(got!)).toEqual(fillDeep(want));
      }
    }
    if (exp.registriesDKeys) {
      const text = files.get(SIGSTORE_REGISTRIES_PATH)!;
      const keys = Object.keys((parse(text) as { docker: Record<string, unknown> }).docker);
      expect(keys.sort()).toEqual([...(exp.registriesDKeys as string[])].sort());
    }
    for (const p of (exp.notWritten as string[] | undefined) ?? []) expect(files.has(p)).toBe(false);
    if (exp.conflicts) {
      const got = Object.fromEntries(out.conflicts.map((x) => [`${x.policy.namespace}/${x.policy.name}`, x.scopes]));
      expect(got).toEqual(exp.conflicts);
    }
    if (exp.conflictMessages) expect(out.conflicts.map((x) => x.message)).toEqual(exp.conflictMessages);
    // The whole Linux renderer gives the same files wherever the API admits every object of the case.
    const cips = policyObjects('ClusterImagePolicy', c.input.clusterImagePolicies);
    const ips = policyObjects('ImagePolicy', c.input.imagePolicies);
    const release = releaseFor(parseOcpVersion(c.version)!);
    if (c.payloadPolicy !== false && admitImagePolicies([...cips, ...ips], release).findings.length === 0) {
      const model = { ...modelFromCase(c.input), clusterImagePolicies: cips, imagePolicies: ips };
      const linux = renderLinux(model, {
        version: parseOcpVersion(c.version)!,
        releaseImage: c.input.releaseImage ?? ''
      });
      expect(linux.errors.map((e) => e.message)).toEqual(out.error ? [out.error.message] : []);
      const generated = new Map(
        linux.files
          .filter((f) => f.origin === 'generated' && f.path !== '/etc/containers/registries.conf')
          .map((f) => [f.path, f.content])
      );
      expect(generated).toEqual(files);
    }
    // Every written policy file is one JSON document without a trailing newline, as json.MarshalIndent writes it.
    for (const [path, text] of files) {
      if (path.endsWith('.json') && text !== out.policyJson) expect(text.endsWith('}')).toBe(true);
    }
  });
});
