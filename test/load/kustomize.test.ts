import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { findKustomize, loadOverlay, overlayInputs } from '../../src/load/kustomize.js';
import { memFiles } from '../support/tmp-repo.js';

const tool = findKustomize();
const itTool = tool ? it : it.skip;

const IDMS = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata:
  name: mirrors
spec:
  imageDigestMirrors:
  - source: quay.io/app
    mirrors:
    - m1.example.com/app
`;

const files = memFiles({
  'base/kustomization.yaml': 'resources:\n- idms.yaml\n- deploy.yaml\n',
  'base/idms.yaml': IDMS,
  'base/deploy.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: quay.io/app/web@sha256:' + 'a'.repeat(64) + '\n',
  'overlays/east/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: east-\npatches:\n- path: patch.yaml\n',
  'overlays/east/patch.yaml': 'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata:\n  name: mirrors\nspec:\n  imageDigestMirrors:\n  - source: quay.io/app\n    mirrors:\n    - m2.example.com/app\n',
  'overlays/west/kustomization.yaml': 'resources:\n- ../../base\n',
  'apps/unrelated.yaml': 'kind: ConfigMap\n'
});

describe('overlayInputs', () => {
  it('covers the overlay and the bases it reaches, nothing else', () => {
    const r = overlayInputs(files, 'overlays/east/');
    expect(r.roots).toEqual(['overlays/east', 'base']);
    expect(r.files.map((f) => f.path).sort()).toEqual(['base/deploy.yaml', 'base/idms.yaml', 'base/kustomization.yaml', 'overlays/east/kustomization.yaml', 'overlays/east/patch.yaml']);
    expect(r.problems).toEqual([]);
  });
});

describe('loadOverlay', () => {
  itTool('builds and maps objects back to their source file and line', () => {
    const r = loadOverlay(files, 'overlays/east', { limits: DEFAULT_LIMITS });
    expect(r.problems).toEqual([]);
    const idms = r.docs.find((d) => d.kind === 'ImageDigestMirrorSet')!;
    expect(idms).toMatchObject({ file: 'base/idms.yaml', line: 1, name: 'east-mirrors' });
    expect(idms.lineOf(['spec', 'imageDigestMirrors', 0, 'source'])).toBe(7);
    expect(JSON.stringify(idms.obj)).not.toMatch(/origin/);
    expect(r.workloads).toEqual([expect.objectContaining({ file: 'base/deploy.yaml', line: 10, workload: 'Deployment/east-web' })]);
  });
});
