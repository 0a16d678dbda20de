import { afterAll, describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { loadFiles, pathFilter } from '../../src/load/load.js';
import { keptFiles, listGitTree, listWorkingTree, resolveCommit, SourceError } from '../../src/load/sources.js';
import { git, gitRepo, memFiles, removeTree, tmpTree } from '../support/tmp-repo.js';

const opts = { include: [], exclude: [], limits: DEFAULT_LIMITS };
const IDMS =
  'apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata: {name: a}\nspec: {imageDigestMirrors: []}\n';
const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));

describe('loadFiles', () => {
  it('passes over files that are not manifests that matter, quietly', () => {
    const r = loadFiles(
      memFiles({
        '.github/workflows/ci.yaml': 'on: push\njobs: {}\n',
        'charts/values.yaml': 'image: {repository: x}\n: : broken',
        'docs/readme.md': '# hi',
        'idms.yaml': IDMS
      }),
      opts
    );
    expect(r.problems).toEqual([]);
    expect(r.docs.map((d) => d.kind)).toEqual(['ImageDigestMirrorSet']);
    expect(r.stats).toEqual({ files: 3, parsed: 1, scanned: 0 });
  });

  it('reports an unreadable relevant file with file and line', () => {
    const r = loadFiles(memFiles({ 'bad.yaml': IDMS + 'spec: [\n' }), opts);
    expect(r.problems[0]).toMatchObject({ rule: 'bad-input', severity: 'error', file: 'bad.yaml' });
  });

  it('reports non-UTF-8 manifests clearly', () => {
    const buf = Buffer.concat([Buffer.from(IDMS + '# caf'), Buffer.from([0xe9, 0x0a])]);
    const r = loadFiles([{ path: 'latin1.yaml', size: buf.length, key: 'k', read: () => buf }], opts);
    expect(r.problems[0]).toMatchObject({ file: 'latin1.yaml', line: 5 });
    expect(r.problems[0]!.message).toMatch(/UTF-8/);
  });

  it('does not read files over the size cap', () => {
    const r = loadFiles(memFiles({ 'big.yaml': IDMS + '#'.repeat(2000) }), {
      ...opts,
      limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 }
    });
    expect(r.docs).toEqual([]);
    expect(r.problems[0]!.message).toMatch(/over the 1000-byte limit/);
  });

  it('applies include and exclude globs', () => {
    const files = memFiles({ 'clusters/prod/a.yaml': IDMS, 'clusters/dev/a.yaml': IDMS });
    expect(loadFiles(files, { ...opts, include: ['clusters/prod/**'] }).docs.map((d) => d.file)).toEqual([
      'clusters/prod/a.yaml'
    ]);
    expect(loadFiles(files, { ...opts, exclude: ['clusters/prod/**'] }).docs.map((d) => d.file)).toEqual([
      'clusters/dev/a.yaml'
    ]);
  });

  it('scans workload images with their lines without parsing', () => {
    const r = loadFiles(
      memFiles({
        'app.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: quay.io/acme/web:1.0\n        imagePullPolicy: Always\n'
      }),
      opts
    );
    expect(r.workloads).toEqual([
      {
        image: 'quay.io/acme/web:1.0',
        file: 'app.yaml',
        line: 10,
        workload: 'Deployment/web',
        container: 'c',
        windows: false
      }
    ]);
  });
});

describe('sources', () => {
  it('never follows a symlink out of the repository, and says so', () => {
    const dir = tmpTree({ 'a.yaml': IDMS });
    cleanup.push(dir);
    symlinkSync('/etc/passwd', join(dir, 'evil.yaml'));
    const r = loadFiles(listWorkingTree(dir, dir), opts);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'evil.yaml',
        severity: 'warning',
        message: expect.stringMatching(/outside the repository/)
      })
    ]);
    expect(r.docs).toHaveLength(1);
  });

  it('reads trees at a commit without checking them out, sharing keys for identical blobs', () => {
    const { dir, commits } = gitRepo([
      { 'a.yaml': IDMS, 'b.yaml': 'x: 1\n' },
      { 'a.yaml': IDMS, 'b.yaml': 'x: 2\n' }
    ]);
    cleanup.push(dir);
    const base = listGitTree(dir, commits[0]!);
    const head = listGitTree(dir, commits[1]!);
    expect(base.find((f) => f.path === 'a.yaml')!.key).toBe(head.find((f) => f.path === 'a.yaml')!.key);
    expect(base.find((f) => f.path === 'b.yaml')!.key).not.toBe(head.find((f) => f.path === 'b.yaml')!.key);
    expect(
      head
        .find((f) => f.path === 'b.yaml')!
        .read()
        .toString()
    ).toBe('x: 2\n');
  });

  it("takes a listing made with the loader's own filter as it is, and filters any other list", () => {
    const { dir, commits } = gitRepo([{ 'a.yaml': IDMS, 'other/b.yaml': IDMS }]);
    cleanup.push(dir);
    const keep = pathFilter(['a.yaml'], []);
    const listing = listGitTree(dir, commits[0]!, keep);
    expect(keptFiles(listing, keep)).toBe(listing);
    expect(keptFiles(listing, pathFilter(['other/**'], []))).toEqual([]);
    const all = listGitTree(dir, commits[0]!);
    expect(keptFiles(all, keep).map((f) => f.path)).toEqual(['a.yaml']);
    expect(loadFiles(all, { ...opts, include: ['a.yaml'] }).stats.files).toBe(1);
  });

  it('resolves a branch again each time, and remembers only commit ids git has verified', () => {
    const { dir, commits } = gitRepo([{ 'a.yaml': IDMS }, { 'a.yaml': IDMS + '# 2\n' }]);
    cleanup.push(dir);
    expect(resolveCommit(dir, 'main')).toBe(commits[1]);
    git(dir, 'reset', '-q', '--hard', commits[0]!);
    expect(resolveCommit(dir, 'main')).toBe(commits[0]);
    const absent = 'f'.repeat(40);
    expect(() => resolveCommit(dir, absent)).toThrow(SourceError);
    expect(() => resolveCommit(dir, absent)).toThrow(SourceError);
    expect(resolveCommit(dir, commits[1]!)).toBe(commits[1]);
    expect(resolveCommit(dir, commits[1]!)).toBe(commits[1]);
  });

  it('explains a missing base commit in a shallow clone', () => {
    const { dir } = gitRepo([{ 'a.yaml': IDMS }, { 'a.yaml': IDMS + '# 2\n' }]);
    const shallow = tmpTree({});
    cleanup.push(dir, shallow);
    git(shallow, 'clone', '-q', '--depth', '1', `file://${dir}`, 'c');
    const first = git(dir, 'rev-list', '--max-parents=0', 'HEAD');
    expect(() => resolveCommit(join(shallow, 'c'), first)).toThrow(SourceError);
    expect(() => resolveCommit(join(shallow, 'c'), first)).toThrow(/shallow clone.*fetch-depth: 0/);
  });
});

describe('workload scan', () => {
  it('names workloads written in flow style', () => {
    const r = loadFiles(
      memFiles({
        'd.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: x}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: c, image: "quay.io/a/b:1"}\n'
      }),
      opts
    );
    expect(r.workloads.map((w) => [w.workload, w.image, w.line])).toEqual([['Deployment/web', 'quay.io/a/b:1', 8]]);
  });
});
