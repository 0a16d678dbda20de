import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { removeTree, tmpTree } from '../support/tmp-repo.js';
import { allPaths, cli, setPath, VALID, WRONG } from './manifests.js';

/**
 * The configuration file is read field by field too: every field replaced by every wrong type gives
 * either a working run or exit 2 with a message naming the configuration file and a line, never a crash.
 */
const CONFIG = {
  openshiftVersion: '4.18',
  wmcoVersion: '10.18.0',
  releaseImage: 'quay.io/openshift-release-dev/ocp-release@sha256:' + '1'.repeat(64),
  failOn: 'warning',
  timing: { drainMinutes: 5, rebootMinutes: 8, crioReloadSeconds: 15, windowsNodeSeconds: 15 },
  paths: ['clusters/**'],
  exclude: ['clusters/old/**'],
  pools: { worker: { nodes: 6 }, master: { nodes: 3 } },
  windows: { nodes: 2 },
  limits: { maxFileBytes: 1000000, maxAliasCount: 50 },
  clusters: [
    {
      name: 'prod',
      paths: ['clusters/**'],
      openshiftVersion: '4.19',
      pools: { worker: { nodes: 4 } },
      windows: { nodes: 1 },
      timing: { drainMinutes: 3 },
      policy: { noITMS: true }
    }
  ],
  policy: { allowedMirrorHosts: ['mirror.example.com'], noInsecureRegistries: true },
  waivers: [
    {
      rule: 'insecure-registry-forbidden',
      object: 'Image/cluster',
      reason: 'legacy',
      owner: 'team-a',
      expires: '2030-01-01'
    }
  ]
};

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));

describe('wrong types in the configuration file', () => {
  it('every field, every wrong type: a run or exit 2 naming the file, never a crash', async () => {
    const dir = tmpTree({
      'clusters/image.yaml': stringify(VALID['image']),
      'clusters/idms.yaml': stringify(VALID['idms'])
    });
    const out = mkdtempSync(join(tmpdir(), 'rp-cfg-out-'));
    cleanup.push(dir, out);
    const cfg = join(dir, 'registry-plan.yaml');
    const outcomes = new Map<number, number>();
    for (const path of allPaths(CONFIG)) {
      for (const wrong of WRONG) {
        writeFileSync(cfg, stringify(setPath(CONFIG, path, wrong)));
        const run = await cli(['render', '--repo', dir, '--config', 'registry-plan.yaml', '--out', out]);
        const what = `${path.join('.')} = ${typeof wrong === 'symbol' ? '(deleted)' : JSON.stringify(wrong)}`;
        if (![0, 2, 3].includes(run.status)) throw new Error(`${what}: exit ${run.status}: ${run.stderr}`);
        if (run.status === 2 && !/registry-plan\.yaml:\d+: /.test(run.stderr))
          throw new Error(`${what}: exit 2 without file and line: ${run.stderr}`);
        outcomes.set(run.status, (outcomes.get(run.status) ?? 0) + 1);
      }
    }
    // Both kinds of outcome occur: the mutations are not all rejected, nor all ignored.
    expect(outcomes.get(2)).toBeGreaterThan(0);
    expect((outcomes.get(0) ?? 0) + (outcomes.get(3) ?? 0)).toBeGreaterThan(0);
  });
});
