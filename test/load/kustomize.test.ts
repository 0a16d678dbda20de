import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { findKustomize, loadOverlay, overlayInputs } from '../../src/load/kustomize.js';
import type { ClusterPlan } from '../../src/plan/types.js';
import { cli } from '../robustness/manifests.js';
import { gitRepo, memFiles, removeTree } from '../support/tmp-repo.js';
import { expectPlanContract, expectReportContract } from '../support/plan-contract.js';

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
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: quay.io/app/web@sha256:' +
    'a'.repeat(64) +
    '\n',
  'overlays/east/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: east-\npatches:\n- path: patch.yaml\n',
  'overlays/east/patch.yaml':
    'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata:\n  name: mirrors\nspec:\n  imageDigestMirrors:\n  - source: quay.io/app\n    mirrors:\n    - m2.example.com/app\n',
  'overlays/west/kustomization.yaml': 'resources:\n- ../../base\n',
  'apps/unrelated.yaml': 'kind: ConfigMap\n'
});

describe('overlayInputs', () => {
  it('covers the overlay and the bases it reaches, nothing else', () => {
    const r = overlayInputs(files, 'overlays/east/');
    expect(r.roots).toEqual(['overlays/east', 'base']);
    expect(r.files.map((f) => f.path).sort()).toEqual([
      'base/deploy.yaml',
      'base/idms.yaml',
      'base/kustomization.yaml',
      'overlays/east/kustomization.yaml',
      'overlays/east/patch.yaml'
    ]);
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
    expect(r.workloads).toEqual([
      expect.objectContaining({ file: 'base/deploy.yaml', line: 10, workload: 'Deployment/east-web' })
    ]);
  });
});

describe('loadOverlay failures', () => {
  it('names the overlay when no kustomize is installed', () => {
    const r = loadOverlay(files, 'overlays/east', { limits: DEFAULT_LIMITS, tool: null });
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        rule: 'bad-input',
        severity: 'error',
        file: 'overlays/east/kustomization.yaml',
        message: expect.stringMatching(/overlay "overlays\/east".*neither kustomize nor kubectl/)
      })
    ]);
  });

  it('refuses remote bases before anything runs', () => {
    const r = loadOverlay(
      memFiles({
        'o/kustomization.yaml': 'resources:\n- idms.yaml\n- https://github.com/acme/fleet//base?ref=v1\n',
        'o/idms.yaml': IDMS
      }),
      'o',
      { limits: DEFAULT_LIMITS, tool: null }
    );
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'o/kustomization.yaml',
        line: 3,
        message: expect.stringMatching(/remote resources entry .* not fetched/)
      })
    ]);
  });

  it('refuses references that leave the repository', () => {
    const r = overlayInputs(memFiles({ 'o/kustomization.yaml': 'resources:\n- ../../etc\n' }), 'o');
    expect(r.problems[0]).toMatchObject({
      file: 'o/kustomization.yaml',
      line: 2,
      message: expect.stringMatching(/outside the repository/)
    });
  });

  it('reports a missing overlay', () => {
    expect(overlayInputs(files, 'overlays/north').problems[0]).toMatchObject({
      file: 'overlays/north/kustomization.yaml',
      message: expect.stringMatching(/no kustomization.yaml/)
    });
  });

  itTool('reports a build error in repository terms, without the temporary folder', () => {
    const r = loadOverlay(memFiles({ 'o/kustomization.yaml': 'resources:\n- missing.yaml\n' }), 'o', {
      limits: DEFAULT_LIMITS
    });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      file: 'o/kustomization.yaml',
      message: expect.stringMatching(
        /^kustomize overlay "o" does not build: accumulating resources: .*o\/missing\.yaml/
      )
    });
    expect(r.problems[0]!.message).not.toMatch(/registry-plan-kustomize-/);
  });

  itTool('does not run exec plugins or Helm, and does not load files outside a root', () => {
    const exec = loadOverlay(
      memFiles({
        'o/kustomization.yaml': 'generators:\n- gen.yaml\n',
        'o/gen.yaml':
          'apiVersion: x/v1\nkind: Evil\nmetadata:\n  name: e\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: ./run.sh\n'
      }),
      'o',
      { limits: DEFAULT_LIMITS }
    );
    expect(exec.problems[0]!.message).toMatch(/does not build: .*plugins disabled/);
    const helm = loadOverlay(
      memFiles({ 'o/kustomization.yaml': 'helmCharts:\n- name: x\n  repo: https://charts.example.com\n' }),
      'o',
      { limits: DEFAULT_LIMITS }
    );
    expect(helm.problems[0]!.message).toMatch(/does not build: .*--enable-helm/);
    const escape = loadOverlay(
      memFiles({
        'o/kustomization.yaml': 'resources:\n- ../b\npatches:\n- path: ../b/idms.yaml\n',
        'b/kustomization.yaml': 'resources: []\n',
        'b/idms.yaml': IDMS
      }),
      'o',
      { limits: DEFAULT_LIMITS }
    );
    expect(escape.problems[0]!.message).toMatch(/does not build: .*is not in or below/);
    expect(escape.docs).toEqual([]);
  });

  itTool('points generated objects at their generator entry', () => {
    const r = loadOverlay(
      memFiles({
        'o/kustomization.yaml':
          'generatorOptions:\n  disableNameSuffixHash: true\nconfigMapGenerator:\n- name: registry-ca\n  namespace: openshift-config\n  files:\n  - mirror.example.com=ca.crt\n',
        'o/ca.crt': '-----BEGIN CERTIFICATE-----\n'
      }),
      'o',
      { limits: DEFAULT_LIMITS }
    );
    expect(r.problems).toEqual([]);
    expect(r.docs).toEqual([
      expect.objectContaining({ kind: 'ConfigMap', name: 'registry-ca', file: 'o/kustomization.yaml', line: 4 })
    ]);
  });
});

/** A snapshot folder of examples/ as gitRepo() input. */
function readSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(join(dir, p), 'utf8');
    }
  };
  walk('');
  return out;
}

describe('the fleet example: two clusters as kustomize overlays', () => {
  const fleet = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'fleet');
  let repo: { dir: string; commits: string[] };
  let log: string;
  let savedPath: string | undefined;
  beforeAll(() => {
    repo = gitRepo([readSnapshot(join(fleet, 'base')), readSnapshot(join(fleet, 'head'))]);
    // A kustomize that counts its builds, to prove the untouched cluster is built once.
    const bin = join(repo.dir, '..', `${basename(repo.dir)}-bin`);
    log = join(bin, 'builds.log');
    mkdirSync(bin);
    if (tool)
      writeFileSync(
        join(bin, 'kustomize'),
        `#!/bin/sh\necho "$2" >> ${log}\nshift\nexec ${tool.command} ${tool.args.join(' ')} "$@"\n`,
        { mode: 0o755 }
      );
    savedPath = process.env['PATH'];
    process.env['PATH'] = `${bin}:${savedPath}`;
  });
  afterAll(() => {
    process.env['PATH'] = savedPath;
    removeTree(repo.dir);
    removeTree(dirname(log));
  });

  itTool(
    'plans each cluster separately; the cluster the PR does not touch is reported unchanged without being built',
    () => {
      const settings = resolveSettings({ repo: repo.dir });
      const report = planRange(settings, { base: repo.commits[0]!, head: repo.commits[1]! }, '2026-01-01');
      expectReportContract(report);
      expect(report.clusters.map((c) => [c.name, c.changed, c.openshiftVersion])).toEqual([
        ['prod-east', true, '4.19'],
        ['prod-west', false, '4.18']
      ]);
      const [east, west] = report.clusters as [ClusterPlan, ClusterPlan];
      expect(east.registries.map((r) => r.source)).toContain('quay.io/acme/payments');
      expect(east.pools.find((p) => p.name === 'worker')).toMatchObject({ nodes: 12, drain: false, reboot: false });
      expect(west.files.every((f) => f.change === 'unchanged')).toBe(true);
      expect(west.registries).toEqual([]);
      expect([...east.findings, ...west.findings].filter((f) => f.rule === 'bad-input')).toEqual([]);
      // prod-east built at head and base; prod-west, whose inputs did not change, not at all.
      expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(2);
      // Rendered objects point back at the repository's files, not at kustomize's output.
      expect(east.workloads).toEqual([
        expect.objectContaining({
          image: expect.stringMatching(/^quay\.io\/acme\/payments@/),
          file: 'apps/shop/deployment.yaml',
          line: 18,
          workload: 'Deployment/shop'
        })
      ]);
    }
  );

  it('without kustomize or kubectl, plan cannot evaluate (exit 2) and names each overlay', async () => {
    // A PATH with git alone: the Git side still works, no kustomize can be found.
    const bin = mkdtempSync(join(tmpdir(), 'rp-gitonly-'));
    symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), join(bin, 'git'));
    const saved = process.env['PATH'];
    process.env['PATH'] = bin;
    try {
      const run = await cli([
        'plan',
        '--repo',
        repo.dir,
        '--base',
        repo.commits[0]!,
        '--head',
        repo.commits[1]!,
        '--format',
        'json'
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^clusters\/overlays\/prod-east\/kustomization\.yaml:1: cannot build kustomize overlay "clusters\/overlays\/prod-east": neither kustomize nor kubectl/m
      );
      // prod-west's inputs did not change: it is reported unchanged without being built.
      expect(run.stderr).not.toMatch(/prod-west/);
      expectPlanContract(JSON.parse(run.stdout));
      expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('cannot-evaluate');
    } finally {
      process.env['PATH'] = saved;
      removeTree(bin);
    }
  });
});
