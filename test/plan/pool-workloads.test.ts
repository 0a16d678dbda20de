// Pools whose pull files differ from the cluster's get their own route simulation; pools with the same
// files share one, and control-plane pools never run the repository's workloads.
import { describe, expect, it } from '@jest/globals';
import type { NodeFile } from '../../src/render/types.js';
import { poolWorkloads } from '../../src/plan/workloads.js';

const conf = (mirror?: string): NodeFile[] => [
  {
    node: 'linux',
    path: '/etc/containers/registries.conf',
    origin: 'generated',
    content: mirror
      ? `unqualified-search-registries = []\n\n[[registry]]\n  prefix = ""\n  location = "quay.io/app"\n\n  [[registry.mirror]]\n    location = "${mirror}"\n`
      : 'unqualified-search-registries = []\n'
  }
];
const image = {
  image: 'quay.io/app:1',
  file: 'a.yaml',
  line: 3,
  workload: 'Deployment/a',
  container: 'a',
  windows: false
};

describe('poolWorkloads', () => {
  it('simulates each distinct set of pool files once, tagged with every pool that has it', () => {
    const cluster = { before: conf(), after: conf() };
    const pullFiles = new Map([
      ['worker', { before: conf(), after: conf() }],
      ['infra', { before: conf(), after: conf('m1.example.com/app') }],
      ['gpu', { before: conf(), after: conf('m1.example.com/app') }],
      ['edge', { before: conf(), after: conf('m2.example.com/app') }],
      ['master', { before: conf(), after: conf('m3.example.com/app') }]
    ]);
    const pools = ['master', 'worker', 'infra', 'gpu', 'edge'].map((name) => ({ name }));
    const out = poolWorkloads([image], cluster, pullFiles, pools);
    expect(out.map((w) => [w.pools, w.after])).toEqual([
      [
        ['infra', 'gpu'],
        ['m1.example.com/app', 'quay.io/app']
      ],
      [['edge'], ['m2.example.com/app', 'quay.io/app']]
    ]);
  });
});
