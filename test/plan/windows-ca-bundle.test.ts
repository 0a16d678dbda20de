import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import type { ConfigMapObject } from '../../src/model/types.js';
import type { ClusterPlan } from '../../src/plan/types.js';
import { windowsCaBundle } from '../../src/render/windows/ca-bundle.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';

const pem = (name: string) => readFileSync(new URL(`../data/trust/${name}`, import.meta.url), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

function plan(base: Record<string, string>, head: Record<string, string>, v = '4.20'): ClusterPlan {
  const { dir, commits } = gitRepo([base, head]);
  dirs.push(dir);
  const settings = resolveSettings({ repo: dir, openshiftVersion: v }, () => undefined);
  return planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-11-25').clusters[0]!;
}

const IMAGE = `apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  additionalTrustedCA: {name: registry-cas}
`;
const cas = (data: Record<string, string>) =>
  [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: registry-cas, namespace: openshift-config}',
    'data:',
    ...Object.entries(data).flatMap(([k, v]) => [
      `  ${k}: |`,
      ...v
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
    ])
  ].join('\n') + '\n';
const WIN = `apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata: {name: win, namespace: openshift-machine-api}
spec:
  replicas: 2
  template:
    metadata:
      labels: {machine.openshift.io/os-id: Windows}
`;

describe('Windows trust bundle (WMCO nodeconfig.go SyncTrustedCABundle)', () => {
  it('renders the additionalTrustedCA part of C:\\k\\ca-bundle.crt: data keys sorted, ".." as ":", then binaryData', () => {
    const cm: ConfigMapObject = {
      name: 'registry-cas',
      namespace: 'openshift-config',
      loc: { file: 'c.yaml', line: 1 },
      data: { 'z.example.com': 'Z', 'mirror.example.com..5000': Buffer.from('M').toString('base64') },
      binaryData: { 'a.example.com': Buffer.from('A').toString('base64') },
      keyLocs: {}
    };
    expect(windowsCaBundle(cm)!.content).toBe(
      '# mirror.example.com:5000\nM\n\n# z.example.com\nZ\n\n# a.example.com\nA\n\n'
    );
    expect(windowsCaBundle(cm, { major: 10, minor: 15, patch: 0 })).toBeUndefined();
    expect(windowsCaBundle(undefined)).toBeUndefined();
  });

  it('a CA change is in the Windows pass, and says it reaches existing nodes only at their next configuration', () => {
    const p = plan(
      { 'i.yaml': IMAGE, 'c.yaml': cas({ 'mirror.example.com..5000': pem('expired.pem') }), 'w.yaml': WIN },
      { 'i.yaml': IMAGE, 'c.yaml': cas({ 'mirror.example.com..5000': pem('ca.pem') }), 'w.yaml': WIN }
    );
    expect(p.windows).toMatchObject({ nodes: 2, changed: true, passes: 0 });
    expect(p.windows.reasons.join('\n')).toContain('existing Windows nodes keep the old bundle until then');
    expect(p.files.find((f) => f.path === 'C:\\k\\ca-bundle.crt')!.change).toBe('modified');
    expect(p.registries.find((r) => r.source === 'mirror.example.com:5000')!.summary).toEqual([
      'trusted CA changed (certs.d)',
      "Windows: trusted CA changed in C:\\k\\ca-bundle.crt (at each Windows node's next WMCO configuration)"
    ]);
    expect(p.verdict).toBe('pass');
  });
});

describe('Windows nodes and their mirror sets in one change (windows-nodes-with-mirror-sets)', () => {
  const IDMS = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: win}
spec:
  imageDigestMirrors:
  - source: mcr.microsoft.com/windows
    mirrors: [mirror.example.com/windows]
`;
  const hits = (p: ClusterPlan) =>
    p.findings
      .filter((f) => f.rule === 'windows-nodes-with-mirror-sets')
      .map((f) => [f.severity, `${f.file}:${f.line}`]);
  it('warns with the documented order when both arrive together, at the new MachineSet', () => {
    const p = plan({}, { 'm.yaml': IDMS, 'w.yaml': WIN });
    expect(hits(p)).toEqual([['warning', 'w.yaml:1']]);
    expect(p.findings.find((f) => f.rule === 'windows-nodes-with-mirror-sets')!.message).toContain('mirror sets first');
  });
  it('is quiet when the mirror sets were there first, or no Windows node is added', () => {
    expect(hits(plan({ 'm.yaml': IDMS }, { 'm.yaml': IDMS, 'w.yaml': WIN }))).toEqual([]);
    expect(hits(plan({ 'w.yaml': WIN }, { 'm.yaml': IDMS, 'w.yaml': WIN }))).toEqual([]);
  });
});
