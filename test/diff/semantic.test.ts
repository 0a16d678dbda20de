// summarizeRegistries: per source registry, what changes on nodes in plain words, read from the
// rendered files of both sides (so the summary does not depend on how the manifests were ordered).
import { describe, expect, it } from '@jest/globals';
import { summarizeRegistries } from '../../src/diff/semantic.js';
import {
  CONTAINERD_REGISTRIES_DIR,
  DOCKER_CERTS_D,
  POLICY_JSON,
  REGISTRIES_CONF,
  SEARCH_REGISTRIES_DROPIN
} from '../../src/model/node-paths.js';
import type { NodeFile } from '../../src/render/types.js';

const file = (path: string, content: string, node: NodeFile['node'] = 'linux'): NodeFile => ({
  node,
  path,
  content,
  origin: 'generated'
});

interface Reg {
  prefix: string;
  blocked?: boolean;
  insecure?: boolean;
  mirrors?: Array<{ location: string; pull?: string; insecure?: boolean }>;
}
function registriesConf(regs: Reg[]): NodeFile {
  const text = regs
    .map((r) =>
      [
        '[[registry]]',
        `  prefix = "${r.prefix}"`,
        `  location = "${r.prefix}"`,
        ...(r.blocked ? ['  blocked = true'] : []),
        ...(r.insecure ? ['  insecure = true'] : []),
        ...(r.mirrors ?? []).flatMap((m) => [
          '',
          '  [[registry.mirror]]',
          `    location = "${m.location}"`,
          ...(m.pull ? [`    pull-from-mirror = "${m.pull}"`] : []),
          ...(m.insecure ? ['    insecure = true'] : [])
        ])
      ].join('\n')
    )
    .join('\n\n');
  return file(REGISTRIES_CONF, `unqualified-search-registries = []\nshort-name-mode = ""\n\n${text}\n`);
}
const policyJson = (docker: Record<string, string>): NodeFile =>
  file(
    POLICY_JSON,
    JSON.stringify({
      default: [{ type: 'insecureAcceptAnything' }],
      transports: { docker: Object.fromEntries(Object.entries(docker).map(([k, t]) => [k, [{ type: t }]])) }
    })
  );
const hostsToml = (registry: string, hosts: Record<string, string[]>, server = `https://${registry}`): NodeFile =>
  file(
    `${CONTAINERD_REGISTRIES_DIR}\\${registry}\\hosts.toml`,
    [
      `server = "${server}"`,
      ...Object.entries(hosts).map(([h, caps]) => `\n[host."https://${h}"]\n  capabilities = ${JSON.stringify(caps)}`)
    ].join('\n') + '\n',
    'windows'
  );
const summary = (before: NodeFile[], after: NodeFile[], windows = true): Record<string, string[]> =>
  Object.fromEntries(summarizeRegistries(before, after, { windows }).map((r) => [r.source, r.summary]));

describe('summarizeRegistries', () => {
  it('names added and removed mirrors with their pull mode, per source', () => {
    const before = [registriesConf([{ prefix: 'quay.io/app', mirrors: [{ location: 'm1.example.com/app' }] }])];
    const after = [
      registriesConf([
        { prefix: 'quay.io/app', mirrors: [{ location: 'm2.example.com/app', pull: 'digest-only' }] },
        { prefix: 'docker.io/lib', mirrors: [{ location: 'm3.example.com/lib' }] }
      ])
    ];
    expect(summary(before, after)).toEqual({
      'docker.io/lib': ['mirror m3.example.com/lib (all) added'],
      'quay.io/app': ['mirror m2.example.com/app (digest-only) added', 'mirror m1.example.com/app (all) removed']
    });
  });

  it('says when a source stops being contacted, when mirrors are reordered and when a mirror turns insecure', () => {
    const m = (l: string, insecure = false) => ({ location: l, insecure });
    const before = [registriesConf([{ prefix: 'quay.io/app', mirrors: [m('a.example.com'), m('b.example.com')] }])];
    const after = [
      registriesConf([
        { prefix: 'quay.io/app', blocked: true, mirrors: [m('b.example.com', true), m('a.example.com')] }
      ])
    ];
    expect(summary(before, after)['quay.io/app']).toEqual([
      'mirror b.example.com: now insecure',
      'mirrors reordered: a.example.com, b.example.com → b.example.com, a.example.com',
      'source is no longer contacted (NeverContactSource or blocked): pulls go only to its mirrors'
    ]);
  });

  it('reports nothing for identical files, whatever order the sides list them in', () => {
    const files = [
      registriesConf([{ prefix: 'quay.io/app', mirrors: [{ location: 'm.example.com' }] }]),
      policyJson({ 'quay.io': 'reject' })
    ];
    expect(summarizeRegistries(files, [...files].reverse())).toEqual([]);
  });

  it('reports policy.json changes per scope, the search registries and trusted CAs', () => {
    const before = [
      policyJson({ 'blocked.example.com': 'reject' }),
      file(`${DOCKER_CERTS_D}/reg.example.com:5000/ca.crt`, 'CA1'),
      file(`${DOCKER_CERTS_D}/old.example.com/ca.crt`, 'CA')
    ];
    const after = [
      policyJson({ 'quay.io': 'reject' }),
      file(`${DOCKER_CERTS_D}/reg.example.com:5000/ca.crt`, 'CA2'),
      file(SEARCH_REGISTRIES_DROPIN, 'unqualified-search-registries = ["registry.example.com"]\n')
    ];
    expect(summary(before, after)).toEqual({
      'blocked.example.com': ['policy.json: rejected → default policy'],
      'quay.io': ['policy.json: default policy → rejected'],
      'registry.example.com': ['added to the unqualified-search registries (short names may now resolve here)'],
      'reg.example.com:5000': ['trusted CA changed (certs.d)'],
      'old.example.com': ['trusted CA removed (certs.d)']
    });
  });

  it('summarises Windows hosts.toml changes only for clusters with Windows nodes', () => {
    const before = [hostsToml('quay.io', { 'm1.example.com': ['pull'] })];
    const after = [hostsToml('quay.io', { 'm1.example.com': ['pull', 'resolve'], 'm2.example.com': ['pull'] })];
    expect(summary(before, after)['quay.io']).toEqual([
      'Windows: mirror host https://m2.example.com added [pull]',
      'Windows: https://m1.example.com capabilities [pull] → [pull,resolve]'
    ]);
    expect(summary(before, after, false)).toEqual({});
    expect(summary([], [file(`${CONTAINERD_REGISTRIES_DIR}\\bad\\hosts.toml`, 'server = [', 'windows')])).toEqual({
      bad: ['Windows: hosts.toml added (0 mirror host(s), fallback (invalid TOML: containerd ignores this file))']
    });
  });
});
