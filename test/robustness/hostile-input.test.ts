import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { resolveSettings } from '../../src/config/resolve.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { loadFiles } from '../../src/load/load.js';
import { listGitTree, listWorkingTree, resolveCommit, type RepoFile } from '../../src/load/sources.js';
import { evaluateSide } from '../../src/pipeline/evaluate-side.js';
import { git, gitRepo, memFiles, removeTree, tmpTree } from '../support/tmp-repo.js';
import { ALLOWED_EXITS, cli, VALID } from './manifests.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));
const opts = { include: [], exclude: [], limits: DEFAULT_LIMITS };
const IDMS = stringify(VALID['idms']);
const settings = resolveSettings({ repo: tmpdir() }, () => undefined);

/** Render a folder through the CLI; returns the run and the folder. */
async function render(files: Record<string, string | Buffer>) {
  const dir = tmpTree(files);
  cleanup.push(dir);
  const out = mkdtempSync(join(tmpdir(), 'rp-out-'));
  cleanup.push(out);
  const run = await cli(['render', '--repo', dir, '--out', out]);
  expect(ALLOWED_EXITS).toContain(run.status);
  return run;
}

const bytes = (b: Buffer, path = 'f.yaml'): RepoFile[] => [{ path, size: b.length, key: `k:${path}`, read: () => b }];

describe('YAML alias bombs', () => {
  const bomb = [
    'apiVersion: config.openshift.io/v1',
    'kind: ImageDigestMirrorSet',
    'metadata: {name: bomb}',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`
    ),
    'spec: {imageDigestMirrors: []}'
  ].join('\n');

  it('refuses the document, names the file, and stays fast', () => {
    const t0 = Date.now();
    const r = loadFiles(memFiles({ 'clusters/bomb.yaml': bomb }), opts);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'clusters/bomb.yaml',
        severity: 'error',
        message: expect.stringMatching(/alias bomb/)
      })
    ]);
  });

  it('makes render exit 2 with the file on stderr', async () => {
    const run = await render({ 'bomb.yaml': bomb });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bomb\.yaml:\d+: error: .*alias/m);
  });
});

describe('very large files', () => {
  it('does not read a file over the size limit, and cannot evaluate the change (issue 12 #4)', () => {
    const big = Buffer.alloc(DEFAULT_LIMITS.maxFileBytes + 1, 'a');
    const r = loadFiles(bytes(Buffer.concat([Buffer.from(IDMS), big]), 'huge.yaml'), opts);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'huge.yaml',
        severity: 'error',
        message: expect.stringMatching(/over the \d+-byte limit.*cannot be evaluated/)
      })
    ]);
  });

  it('reads a large file under the limit in bounded time', () => {
    const many = Array.from({ length: 2000 }, (_, i) => IDMS.replace('name: apps', `name: apps-${i}`)).join('---\n');
    const t0 = Date.now();
    const r = loadFiles(memFiles({ 'many.yaml': many }), opts);
    expect(r.docs).toHaveLength(2000);
    expect(Date.now() - t0).toBeLessThan(10000);
  });

  it('refuses files with more documents than the limit', () => {
    const r = loadFiles(memFiles({ 'docs.yaml': IDMS + '---\n{}\n'.repeat(20) }), {
      ...opts,
      limits: { ...DEFAULT_LIMITS, maxDocumentsPerFile: 10 }
    });
    expect(r.problems[0]).toMatchObject({
      file: 'docs.yaml',
      message: expect.stringMatching(/more than 10 documents/)
    });
  });
});

describe('binary and non-UTF-8 files', () => {
  it('passes over binary blobs with a manifest name quietly', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]);
    const r = loadFiles(bytes(png, 'logo.json'), opts);
    expect(r).toMatchObject({ docs: [], problems: [] });
  });

  it('reports a binary file that looks like node configuration', () => {
    const r = loadFiles(bytes(Buffer.concat([Buffer.from(IDMS), Buffer.from([0, 1, 2, 0xff])]), 'idms.yaml'), opts);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'idms.yaml',
        severity: 'error',
        message: expect.stringMatching(/not valid UTF-8/)
      })
    ]);
  });

  it('reports Latin-1 and UTF-16 manifests with file and line', () => {
    const latin1 = Buffer.from(IDMS + '# café\n', 'latin1');
    expect(loadFiles(bytes(latin1, 'l.yaml'), opts).problems[0]).toMatchObject({
      file: 'l.yaml',
      line: IDMS.split('\n').length
    });
    const utf16 = Buffer.from('\ufeff' + IDMS, 'utf16le');
    expect(loadFiles(bytes(utf16, 'u.yaml'), opts).problems[0]).toMatchObject({
      file: 'u.yaml',
      message: expect.stringMatching(/UTF-8/)
    });
  });

  it('accepts a UTF-8 byte order mark', () => {
    const r = loadFiles(bytes(Buffer.from('\ufeff' + IDMS), 'bom.yaml'), opts);
    expect(r.problems).toEqual([]);
    expect(r.docs).toHaveLength(1);
  });

  it('render exits 2 and names the file', async () => {
    const run = await render({ 'bad.yaml': Buffer.from(IDMS + '# caf\xe9\n', 'latin1') });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bad\.yaml:\d+: error: .*UTF-8/m);
  });
});

describe('symbolic links out of the repository', () => {
  it('never follows them in a working tree', () => {
    const dir = tmpTree({ 'idms.yaml': IDMS });
    cleanup.push(dir);
    symlinkSync('/etc/passwd', join(dir, 'passwd.yaml'));
    symlinkSync('../../../../../../etc/hostname', join(dir, 'host.yaml'));
    symlinkSync('idms.yaml', join(dir, 'inside.yaml'));
    const files = listWorkingTree(dir, dir);
    const r = loadFiles(files, opts);
    expect(r.docs.map((d) => d.file)).toEqual(['idms.yaml']);
    expect(r.problems.map((p) => [p.file, p.severity])).toEqual([
      ['host.yaml', 'warning'],
      ['passwd.yaml', 'warning']
    ]);
    expect(r.problems[0]!.message).toMatch(/outside the repository; not followed/);
  });

  it('never follows them in a Git tree', () => {
    const { dir, commits } = gitRepo([{ 'idms.yaml': IDMS }]);
    cleanup.push(dir);
    symlinkSync('/etc/passwd', join(dir, 'passwd.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'link');
    const head = resolveCommit(dir, 'HEAD');
    expect(head).not.toBe(commits[0]);
    const r = loadFiles(listGitTree(dir, head), opts);
    expect(r.docs.map((d) => d.file)).toEqual(['idms.yaml']);
    expect(r.problems).toEqual([expect.objectContaining({ file: 'passwd.yaml', severity: 'warning' })]);
  });
});

describe('deeply nested documents', () => {
  it('refuses flow nesting before the parser recurses', () => {
    const deep = 'kind: ImageDigestMirrorSet\nspec: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n';
    const r = loadFiles(memFiles({ 'deep.yaml': deep }), opts);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'deep.yaml', message: expect.stringMatching(/nesting is deeper than/) })
    ]);
  });

  it('refuses block nesting beyond the depth limit', () => {
    let text = 'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata: {name: deep}\nspec:\n';
    for (let i = 0; i < 200; i++) text += `${'  '.repeat(i + 1)}k:\n`;
    text += `${'  '.repeat(201)}v\n`;
    const r = loadFiles(memFiles({ 'block.yaml': text }), opts);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'block.yaml', message: expect.stringMatching(/nesting is deeper than/) })
    ]);
  });

  it('keeps rendering with a nested document of legal depth', () => {
    const obj = structuredClone(VALID['idms']) as Record<string, unknown>;
    let cur: Record<string, unknown> = obj;
    for (let i = 0; i < 40; i++) cur = (cur['x'] = {}) as Record<string, unknown>;
    const side = evaluateSide(memFiles({ 'nested.yaml': stringify(obj) }), settings, settings.clusters[0]!);
    expect(side.model.idms).toHaveLength(1);
  });
});

describe('duplicate keys', () => {
  it('is a YAML error naming file and line', () => {
    const text =
      'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata:\n  name: a\nmetadata:\n  name: b\nspec: {imageDigestMirrors: []}\n';
    const r = loadFiles(memFiles({ 'dup.yaml': text }), opts);
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'dup.yaml',
        line: 5,
        severity: 'error',
        message: expect.stringMatching(/unique/i)
      })
    ]);
  });

  it('flags the same object declared twice across files', () => {
    const side = evaluateSide(memFiles({ 'a.yaml': IDMS, 'b.yaml': IDMS }), settings, settings.clusters[0]!);
    expect(side.inputFindings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'duplicate-object', file: 'b.yaml' })])
    );
  });
});

describe('objects with missing names', () => {
  for (const [key, obj] of Object.entries(VALID)) {
    it(`${obj['kind']} without metadata.name does not crash and any error names its file`, () => {
      const o = structuredClone(obj) as Record<string, Record<string, unknown>>;
      delete o['metadata']!['name'];
      const side = evaluateSide(memFiles({ [`${key}.yaml`]: stringify(o) }), settings, settings.clusters[0]!);
      for (const f of [...side.inputFindings, ...side.findings]) expect(f.file).toBe(`${key}.yaml`);
      for (const e of side.errors) expect(typeof e.message).toBe('string');
    });
  }

  for (const key of ['idms', 'itms', 'icsp']) {
    it(`reports a nameless ${VALID[key]!['kind']} as the API server would, at its file and line`, () => {
      const o = structuredClone(VALID[key]) as Record<string, Record<string, unknown>>;
      delete o['metadata']!['name'];
      const side = evaluateSide(memFiles({ 'noname.yaml': stringify(o) }), settings, settings.clusters[0]!);
      expect(side.inputFindings).toEqual([
        expect.objectContaining({
          severity: 'error',
          file: 'noname.yaml',
          line: 3,
          message: expect.stringMatching(/metadata\.name is required/)
        })
      ]);
    });
  }
});
