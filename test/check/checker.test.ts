import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decide, PullChecker, SKOPEO_MISSING } from '../../src/check/check-pulls.js';
import type { Route } from '../../src/check/route.js';
import { createWorkspace, removeWorkspace } from '../../src/check/workspace.js';
import type { NodeFile } from '../../src/render/types.js';

const D = `sha256:${'a'.repeat(64)}`;
const route: Route = {
  endpoints: [
    { endpoint: 'm1/app', mirror: true, blocked: false },
    { endpoint: 'm2/app', mirror: true, blocked: false },
    { endpoint: 'src/app', mirror: false, blocked: false }
  ],
  sourceAllowed: true,
  byDigest: true
};

describe('decide', () => {
  it('every mirror answered "not here" and the source served: served, not from a mirror', () => {
    const r = decide(
      route,
      [
        { endpoint: 'm1/app', outcome: 'missing' },
        { endpoint: 'm2/app', outcome: 'missing' },
        { endpoint: 'src/app', outcome: 'served' }
      ],
      'src/app'
    );
    expect(r).toMatchObject({ result: 'served', from: 'src/app', fromMirror: false, sourceAllowed: true });
  });

  it('every mirror answered "not here" and the source is out of reach: missing (not mirrored)', () => {
    const r = decide(
      route,
      [
        { endpoint: 'm1/app', outcome: 'missing' },
        { endpoint: 'm2/app', outcome: 'missing' },
        { endpoint: 'src/app', outcome: 'unreachable', detail: 'connection refused' }
      ],
      undefined
    );
    expect(r.result).toBe('missing');
  });

  it('a mirror that could not answer makes the result inconclusive (its own outcome)', () => {
    const r = decide(
      route,
      [
        { endpoint: 'm1/app', outcome: 'denied', detail: 'access denied' },
        { endpoint: 'm2/app', outcome: 'missing' }
      ],
      undefined
    );
    expect(r).toMatchObject({ result: 'denied', detail: 'm1/app: access denied' });
  });

  it('no mirrors in the route: the source answer is the result', () => {
    const direct: Route = {
      endpoints: [{ endpoint: 'src/app', mirror: false, blocked: false }],
      sourceAllowed: true,
      byDigest: false
    };
    expect(decide(direct, [{ endpoint: 'src/app', outcome: 'missing' }], undefined).result).toBe('missing');
  });
});

const files = (extra: NodeFile[] = []): NodeFile[] => [
  { node: 'linux', path: '/etc/containers/registries.conf', content: '', origin: 'template' },
  ...extra
];

describe('PullChecker without the clients', () => {
  it('without skopeo: every Linux reference says not-checked and the summary names the package', async () => {
    const c = new PullChecker({
      parallelism: 2,
      requestTimeoutMs: 1000,
      budgetMs: 60_000,
      skopeo: '/nonexistent/skopeo'
    });
    const r = await c.checkSide(files(), [{ image: `quay.io/a/b@${D}`, os: 'linux' }]);
    expect(r.get(`linux\0quay.io/a/b@${D}`)).toMatchObject({ result: 'not-checked', by: 'digest' });
    expect(c.summary().notChecked).toEqual([SKOPEO_MISSING]);
    expect(SKOPEO_MISSING).toContain('apt-get install skopeo');
  });

  it('an exhausted budget checks nothing more and says so', async () => {
    const c = new PullChecker({ parallelism: 1, requestTimeoutMs: 1000, budgetMs: -1, skopeo: process.execPath });
    const r = await c.checkSide(files(), [{ image: 'quay.io/a/b:1', os: 'linux' }]);
    expect(r.get('linux\0quay.io/a/b:1')).toMatchObject({
      result: 'not-checked',
      by: 'tag',
      detail: 'time budget exhausted'
    });
    expect(c.summary()).toMatchObject({ budgetExhausted: true, clientRuns: 0 });
  });
});

describe('progress', () => {
  it('one line per hundred references on long runs, deduplicated first', async () => {
    const lines: string[] = [];
    const c = new PullChecker({
      parallelism: 4,
      requestTimeoutMs: 1000,
      budgetMs: -1,
      skopeo: process.execPath,
      progress: (l) => lines.push(l)
    });
    const items = Array.from({ length: 250 }, (_, i) => ({ image: `q.io/a/b${i}:1`, os: 'linux' as const }));
    await c.checkSide(files(), [...items, ...items]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^check-pulls: 100 references checked \(\d+\.\d s\)$/);
    expect(c.summary().references).toBe(250);
  });
});

describe('workspace', () => {
  it('writes the rendered files where the clients read them, and nothing outside its folder', () => {
    const ws = createWorkspace(
      files([
        { node: 'linux', path: '/etc/containers/registries.conf.d/01-x.conf', content: 'a', origin: 'generated' },
        { node: 'linux', path: '/etc/containers/registries.conf.d/../../evil.conf', content: 'x', origin: 'generated' },
        { node: 'linux', path: '/etc/docker/certs.d/m.example:5000/ca.crt', content: 'CA', origin: 'generated' },
        { node: 'linux', path: '/etc/docker/certs.d/../../x/ca.crt', content: 'x', origin: 'generated' },
        {
          node: 'windows',
          path: 'C:\\k\\containerd\\registries\\quay.io\\hosts.toml',
          content: 't',
          origin: 'generated'
        },
        { node: 'windows', path: 'C:\\k\\containerd\\registries\\..\\hosts.toml', content: 'x', origin: 'generated' }
      ]),
      'fp',
      fs.mkdtempSync(path.join(os.tmpdir(), 'rp-ws-test-'))
    );
    const list = (d: string): string[] =>
      fs
        .readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(ws.root, path.join(e.parentPath, e.name)))
        .sort();
    expect(list(ws.root)).toEqual([
      'ca-bundle.crt',
      'home/.config/containers/certs.d/m.example:5000/ca.crt',
      'home/.config/containers/registries.conf',
      'home/.config/containers/registries.conf.d/01-x.conf',
      'hosts/quay.io/hosts.toml'
    ]);
    expect(fs.statSync(ws.root).mode & 0o777).toBe(0o700);
    const parent = path.dirname(ws.root);
    removeWorkspace(ws);
    expect(fs.readdirSync(parent)).toEqual([]);
    fs.rmSync(parent, { recursive: true });
  });
});
