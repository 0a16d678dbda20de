/**
 * Issue 12: a pull request from a fork, tried as an attacker would. One describe per numbered item of
 * the issue; each test failed on the landed version.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { outputPath } from '../../src/commands/render.js';
import { findKustomize, loadOverlay } from '../../src/load/kustomize.js';
import { looksRemote, scanRemoteReferences } from '../../src/load/kustomize-remote.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { loadFiles } from '../../src/load/load.js';
import { resolveInside, unsafePathReason } from '../../src/load/safe-path.js';
import { listGitTree } from '../../src/load/sources.js';
import { parseFastYaml } from '../../src/load/yaml-fast.js';
import { buildModel } from '../../src/model/extract.js';
import type { ManifestDoc } from '../../src/model/manifest.js';
import { git, gitRepo, memFiles, removeTree, tmpTree } from '../support/tmp-repo.js';
import { cli, VALID } from './manifests.js';
import { resolveSettings } from '../../src/config/resolve.js';
import { planRange } from '../../src/pipeline/plan-range.js';
import { FORMATS, PLAN_FORMATS } from '../../src/report/formats.js';
import { escapeHtml, escapeMarkdown, escapeTableCell } from '../../src/report/markdown-escape.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));
const keep = <T extends string>(dir: T): T => (cleanup.push(dir), dir);
const opts = { include: [], exclude: [], limits: DEFAULT_LIMITS };

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const idms = (source: string, mirror = 'mirror.example.com/x'): string =>
  stringify({
    apiVersion: 'config.openshift.io/v1',
    kind: 'ImageDigestMirrorSet',
    metadata: { name: 'evil' },
    spec: { imageDigestMirrors: [{ source, mirrors: [mirror] }] }
  });

/**
 * A commit whose tree holds `overlay/../../../escape.yaml`: entries named `..` made with `git mktree`, the
 * way a fork can push them. Returns the repository and the commit.
 */
function commitWithDotDotTree(): { dir: string; commit: string } {
  const { dir } = gitRepo([{ 'README.md': 'x\n' }]);
  keep(dir);
  const blob = (text: string): string => {
    const f = join(dir, '.blob');
    writeFileSync(f, text);
    return git(dir, 'hash-object', '-w', f);
  };
  const tree = (entries: string[]): string => {
    const r = spawnSync('git', ['mktree'], { cwd: dir, input: entries.join('\n') + '\n', encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  const payload = blob(idms('quay.io/pwned'));
  const t3 = tree([`100644 blob ${payload}\tescape.yaml`]);
  const t2 = tree([`040000 tree ${t3}\t..`]);
  const t1 = tree([`040000 tree ${t2}\t..`]);
  const overlay = tree([
    `040000 tree ${t1}\t..`,
    `100644 blob ${blob('resources: [idms.yaml]\n')}\tkustomization.yaml`,
    `100644 blob ${blob(idms('quay.io/app'))}\tidms.yaml`
  ]);
  const root = tree([`040000 tree ${overlay}\toverlay`]);
  const commit = git(dir, 'commit-tree', root, '-m', 'evil');
  return { dir, commit };
}

describe('1. writes through a Git tree', () => {
  it('git really lists the escaping path (the attack is real)', () => {
    const { dir, commit } = commitWithDotDotTree();
    expect(git(dir, 'ls-tree', '-r', '--name-only', commit)).toContain('overlay/../../../escape.yaml');
  });

  it('listing the tree refuses the commit, naming the path, before anything is read', () => {
    const { dir, commit } = commitWithDotDotTree();
    expect(() => listGitTree(dir, commit)).toThrow(/"overlay\/\.\.\/\.\.\/\.\.\/escape\.yaml".*"\.\." segment/);
  });

  // A commit's tree is listed once per run and shared by every cluster's listing: a listing whose globs
  // leave the escaping path out may go on, but no later listing that keeps it gets past the check.
  it('refuses every listing of a commit that keeps the escaping path, however often the tree is listed', () => {
    const { dir, commit } = commitWithDotDotTree();
    const inOverlay = (p: string): boolean => p.startsWith('overlay/') && !p.includes('..');
    expect(listGitTree(dir, commit, inOverlay).map((f) => f.path)).toEqual([
      'overlay/idms.yaml',
      'overlay/kustomization.yaml'
    ]);
    for (let i = 0; i < 2; i++) expect(() => listGitTree(dir, commit)).toThrow(/"\.\." segment/);
    expect(() => listGitTree(dir, commit, (p) => p.endsWith('escape.yaml'))).toThrow(/"\.\." segment/);
    expect(listGitTree(dir, commit, inOverlay)).toHaveLength(2);
  });

  it('plan with a kustomize cluster exits 2 and writes nothing outside its temporary folder', async () => {
    const { dir, commit } = commitWithDotDotTree();
    // A configuration outside the repository is read from disk as given.
    const cfgDir = keep(mkdtempSync(join(tmpdir(), 'rp-cfg-')));
    writeFileSync(join(cfgDir, 'rp.yaml'), 'clusters: [{name: c, kustomize: overlay}]\n');
    // The staging folder is made under TMPDIR: the escaping file would land right in it.
    const sandbox = keep(mkdtempSync(join(tmpdir(), 'rp-tmpdir-')));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = sandbox;
    try {
      const run = await cli([
        'plan',
        '--repo',
        dir,
        '--base',
        commit,
        '--head',
        commit,
        '--config',
        join(cfgDir, 'rp.yaml')
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/overlay\/\.\.\/\.\.\/\.\.\/escape\.yaml/);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    expect(readdirSync(sandbox)).toEqual([]);
  });

  it('the overlay staging itself refuses a path that leads out (defence in depth)', () => {
    const files = memFiles({
      'overlay/kustomization.yaml': 'resources: [idms.yaml]\n',
      'overlay/idms.yaml': idms('quay.io/app'),
      'overlay/../../../escape.yaml': idms('quay.io/pwned')
    });
    const r = loadOverlay(files, 'overlay', { limits: DEFAULT_LIMITS, tool: { command: '/bin/false', args: [] } });
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/would lead out of the build folder/)
      })
    ]);
    expect(existsSync(join(tmpdir(), 'escape.yaml'))).toBe(false);
  });

  it.each([
    ['a/../b', /"\.\." segment/],
    ['./a', /"\." segment/],
    ['a//b', /empty segment/],
    ['/etc/passwd', /absolute/],
    ['C:/x', /absolute/],
    ['a\\..\\b', /backslash/],
    ['a\0b', /NUL/]
  ])('%j is unsafe', (path, why) => {
    expect(unsafePathReason(path)).toMatch(why);
    expect(resolveInside('/tmp/out', path)).toBeUndefined();
  });

  it('ordinary paths, including odd but harmless names, are safe', () => {
    for (const p of ['a/b.yaml', 'a/..b/c', 'a/b..', 'x/line\nbreak.yaml', 'é/ü.yaml']) {
      expect(unsafePathReason(p)).toBeUndefined();
    }
  });
});

describe('2. writes through render --out', () => {
  const SOURCES = ['..\\..\\..\\..\\tmp\\x', '../../../../tmp/x', 'a.io/..', '..'];

  it.each(SOURCES)('an IDMS source %j is refused by the API and never rendered', async (source) => {
    const parent = keep(mkdtempSync(join(tmpdir(), 'rp-parent-')));
    const out = join(parent, 'a', 'b', 'c', 'out');
    mkdirSync(out, { recursive: true });
    const repo = keep(tmpTree({ 'idms.yaml': idms(source), 'ok.yaml': idms('quay.io/ok').replace('evil', 'ok') }));
    const run = await cli(['render', '--repo', repo, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/idms\.yaml:\d+: error: .*source/);
    for (const f of filesUnder(parent)) expect(f.startsWith(join('a', 'b', 'c', 'out'))).toBe(true);
    const rendered = filesUnder(out).filter((f) => f.endsWith('hosts.toml'));
    expect(rendered).toEqual([join('windows', 'C', 'k', 'containerd', 'registries', 'quay.io', 'hosts.toml')]);
  });

  it('the model drops an IDMS or ITMS the API server would refuse, and keeps the finding', () => {
    const doc = (obj: Record<string, unknown>): ManifestDoc => ({
      file: 'f.yaml',
      line: 1,
      apiVersion: obj['apiVersion'] as string,
      kind: obj['kind'] as string,
      name: (obj['metadata'] as { name: string }).name,
      namespace: '',
      obj,
      lineOf: () => 3
    });
    const bad = structuredClone(VALID['idms']!) as { spec: { imageDigestMirrors: { source: string }[] } };
    bad.spec.imageDigestMirrors[0]!.source = 'a\\..\\b';
    const model = buildModel([doc(bad as Record<string, unknown>), doc(VALID['itms']!)]);
    expect(model.idms).toEqual([]);
    expect(model.itms).toHaveLength(1);
    expect(model.findings).toEqual([expect.objectContaining({ rule: 'api-rejected', file: 'f.yaml', line: 3 })]);
  });

  it('every output path is checked: a node path with .. or backslashes maps to an unsafe relative path', () => {
    const win = (path: string) => outputPath({ node: 'windows', path, content: '', origin: 'generated' });
    const lin = (path: string) => outputPath({ node: 'linux', path, content: '', origin: 'generated' });
    expect(win('C:\\k\\containerd\\registries\\quay.io\\hosts.toml')).toBe(
      'windows/C/k/containerd/registries/quay.io/hosts.toml'
    );
    expect(unsafePathReason(win('C:\\k\\containerd\\registries\\..\\..\\..\\..\\tmp\\x\\hosts.toml'))).toBeDefined();
    expect(unsafePathReason(lin('/etc/docker/certs.d/../../../x/ca.crt'))).toBeDefined();
    expect(unsafePathReason(lin('/etc/docker/certs.d/a/ca.crt'))).toBeUndefined();
  });
});

describe('4. an unreadable manifest does not pass', () => {
  const padded = (): string => idms('quay.io/app') + `# ${'x'.repeat(DEFAULT_LIMITS.maxFileBytes)}\n`;

  it('a manifest padded past the per-file limit is an error, not a warning', () => {
    const r = loadFiles(memFiles({ 'big.yaml': padded() }), opts);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'big.yaml',
        rule: 'bad-input',
        severity: 'error',
        message: expect.stringMatching(/cannot be evaluated/)
      })
    ]);
  });

  it('plan says "cannot evaluate" (exit 2) instead of pass', async () => {
    const { dir, commits } = gitRepo([
      { 'idms.yaml': idms('quay.io/app') },
      { 'idms.yaml': idms('quay.io/app'), 'big.yaml': padded() }
    ]);
    keep(dir);
    const run = await cli(['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', 'json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).verdict).toBe('cannot-evaluate');
  });

  it('an overlay file over the limit stops the build with an error', () => {
    const files = memFiles({ 'o/kustomization.yaml': 'resources: [big.yaml]\n', 'o/big.yaml': padded() });
    const r = loadOverlay(files, 'o', { limits: DEFAULT_LIMITS, tool: { command: '/bin/false', args: [] } });
    expect(r.problems).toEqual([expect.objectContaining({ file: 'o/big.yaml', severity: 'error' })]);
  });
});

describe('9. a total input budget', () => {
  const many = (n: number, entries: number): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `m${String(i).padStart(3, '0')}.yaml`,
        stringify({
          apiVersion: 'config.openshift.io/v1',
          kind: 'ImageDigestMirrorSet',
          metadata: { name: `m${i}` },
          spec: {
            imageDigestMirrors: Array.from({ length: entries }, (_, j) => ({
              source: `quay.io/s${i}x${j}`,
              mirrors: [`m.example.com/s${i}x${j}`]
            }))
          }
        })
      ])
    );

  it('files each under the per-file cap, together over the byte budget: an error, and nothing kept', () => {
    const limits = { ...DEFAULT_LIMITS, maxTotalBytes: 20_000 };
    const r = loadFiles(memFiles(many(10, 50)), { ...opts, limits });
    expect(r.docs).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        rule: 'bad-input',
        severity: 'error',
        message: expect.stringMatching(/input budget exceeded/)
      })
    ]);
    // Checked before parsing: the file that would cross the budget is named.
    expect(r.problems[0]!.file).toMatch(/^m00\d\.yaml$/);
  });

  it('the object budget counts Kubernetes objects across files', () => {
    const limits = { ...DEFAULT_LIMITS, maxTotalObjects: 5 };
    const r = loadFiles(memFiles(many(8, 1)), { ...opts, limits });
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'm005.yaml', message: expect.stringMatching(/5 objects/) })
    ]);
  });

  it('is configurable, and render exits 2 with a clear message when it is exceeded', async () => {
    const repo = keep(tmpTree({ ...many(6, 40), '.github/registry-plan.yaml': 'limits: {maxTotalBytes: 8192}\n' }));
    const out = keep(mkdtempSync(join(tmpdir(), 'rp-out-')));
    const run = await cli(['render', '--repo', repo, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/input budget exceeded.*limits\.maxTotalBytes 8192/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('the default budget accepts an ordinary repository', () => {
    const r = loadFiles(memFiles(many(20, 30)), opts);
    expect(r.problems).toEqual([]);
    expect(r.docs).toHaveLength(20);
  });
});

describe('12. odd ConfigMap keys', () => {
  const image = stringify(VALID['image']);
  const ca = (data: Record<string, string>): string => stringify({ ...VALID['ca'], data });
  const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  it('keys `a` and `a/ca.crt` together: a finding naming the line, no crash, nothing written for them', async () => {
    const repo = keep(tmpTree({ 'image.yaml': image, 'ca.yaml': ca({ a: PEM, 'a/ca.crt': PEM }) }));
    const out = keep(mkdtempSync(join(tmpdir(), 'rp-out-')));
    const run = await cli(['render', '--repo', repo, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/internal error/);
    const line =
      readFileSync(join(repo, 'ca.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('a/ca.crt')) + 1;
    expect(run.stderr).toContain(`ca.yaml:${line}: error:`);
    expect(run.stderr).toMatch(/"a\/ca\.crt" is refused/);
    expect(filesUnder(join(out, 'linux', 'etc', 'docker'))).toEqual([]);
  });

  it.each(['.', '..', '..x', 'a b', 'a:5000', 'a/b', 'x'.repeat(254), ''])(
    'key %j is refused as the API server does',
    (key) => {
      const m = buildModel([
        {
          file: 'ca.yaml',
          line: 1,
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name: 'registry-ca',
          namespace: 'openshift-config',
          obj: { data: { [key]: PEM } },
          lineOf: (p) => (p.length === 2 ? 7 : 1)
        }
      ]);
      expect(m.openshiftConfigMaps).toEqual({});
      expect(m.findings).toEqual([expect.objectContaining({ rule: 'api-rejected', line: 7 })]);
    }
  );

  it('a valid key that is not hostname[..port] is a warning naming its line', async () => {
    const repo = keep(tmpTree({ 'image.yaml': image, 'ca.yaml': ca({ my_ca: PEM, 'reg.example.com..5000': PEM }) }));
    const out = keep(mkdtempSync(join(tmpdir(), 'rp-out-')));
    const run = await cli(['render', '--repo', repo, '--out', out]);
    const json = JSON.parse(readFileSync(join(out, 'render.json'), 'utf8'));
    expect(json.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'trusted-ca-key', severity: 'warning', file: 'ca.yaml' })
      ])
    );
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'trusted-ca-key')).toHaveLength(1);
    expect(run.status).toBe(0);
    expect(filesUnder(join(out, 'linux', 'etc', 'docker', 'certs.d'))).toEqual([
      join('my_ca', 'ca.crt'),
      join('reg.example.com:5000', 'ca.crt')
    ]);
  });
});

describe('11. kustomize stays offline without unshare', () => {
  const tool = findKustomize();
  const itTool = tool ? it : it.skip;

  /** An HTTP server on 127.0.0.1 in a child process (a blocking build cannot stall it); logs each request. */
  async function server(): Promise<{ port: number; log: string; stop: () => void }> {
    const dir = keep(mkdtempSync(join(tmpdir(), 'rp-http-')));
    const log = join(dir, 'log');
    writeFileSync(log, '');
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');const s=require('http').createServer((q,r)=>{fs.appendFileSync(${JSON.stringify(log)},q.url+'\\n');` +
          `r.end('apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: x}\\ndata: {a: fetched}\\n')});` +
          `s.listen(0,'127.0.0.1',()=>console.log(s.address().port))`
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    );
    const port = await new Promise<number>((res) =>
      child.stdout!.once('data', (d: Buffer) => res(Number(String(d).trim())))
    );
    return { port, log, stop: () => void child.kill() };
  }

  const overlay = (port: number) =>
    memFiles({
      'o/kustomization.yaml': [
        'resources: [cm.yaml]',
        'patches:',
        `- path: http://127.0.0.1:${port}/patch.yaml`,
        'configMapGenerator:',
        '- name: g',
        `  files: [key=http://127.0.0.1:${port}/file.txt]`,
        ''
      ].join('\n'),
      'o/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: local}\n'
    });

  itTool('without a network cut, remote paths outside resources are refused and nothing is fetched', async () => {
    const srv = await server();
    try {
      const r = loadOverlay(overlay(srv.port), 'o', { limits: DEFAULT_LIMITS, tool, networkCut: false });
      expect(r.problems).toEqual([
        expect.objectContaining({
          file: 'o/kustomization.yaml',
          line: 3,
          severity: 'error',
          message: expect.stringMatching(/patch\.yaml.*cannot run kustomize without network access/)
        }),
        expect.objectContaining({ file: 'o/kustomization.yaml', line: 6, severity: 'error' })
      ]);
      expect(r.docs).toEqual([]);
    } finally {
      srv.stop();
    }
    expect(readFileSync(srv.log, 'utf8')).toBe('');
  });

  itTool('a kustomization that cannot be inspected is not built without a network cut', () => {
    const files = memFiles({ 'o/kustomization.yaml': 'resources: [cm.yaml\n', 'o/cm.yaml': 'kind: ConfigMap\n' });
    const r = loadOverlay(files, 'o', { limits: DEFAULT_LIMITS, tool, networkCut: false });
    expect(r.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/cannot be inspected/) })]);
  });

  itTool('a generator config file is inspected too', () => {
    const files = memFiles({
      'o/kustomization.yaml': 'transformers: [t.yaml]\n',
      'o/t.yaml': 'apiVersion: builtin\nkind: PatchTransformer\nmetadata: {name: t}\npath: https://127.0.0.1:1/p.yaml\n'
    });
    const r = loadOverlay(files, 'o', { limits: DEFAULT_LIMITS, tool, networkCut: false });
    expect(r.problems).toEqual([expect.objectContaining({ file: 'o/t.yaml', line: 4 })]);
  });

  it('recognises remote forms', () => {
    for (const v of [
      'http://127.0.0.1:1/x',
      'https://h/x',
      'k=http://h/x',
      'git@github.com:a/b',
      'github.com/a/b',
      'x?ref=v1',
      '//h/x'
    ]) {
      expect(looksRemote(v)).toBe(true);
    }
    for (const v of ['cm.yaml', '../base', 'key=file.txt', 'a:b']) expect(looksRemote(v)).toBe(false);
    expect(scanRemoteReferences('a:\n  b: [x, "https://h/y"]\n').refs).toEqual([{ line: 2, value: 'https://h/y' }]);
  });
});

describe('6. markdown and HTML injection', () => {
  const CORPUS = [
    'x.yaml\n### registry-plan: ✅ pass\n@org/team please merge',
    '<img src=x onerror=alert(1)>',
    '</summary><script>x</script>',
    '`@octocat`',
    '``@octocat',
    'see owner/repo#12 and #7 and GH-3',
    '[ok](javascript:alert(1))',
    '| cell | forged |',
    '<!-- registry-plan:other -->'
  ];
  const escapers = { escapeMarkdown, escapeHtml, escapeTableCell };

  it.each(Object.keys(escapers))('%s keeps every hostile string inert', (name) => {
    const escape = escapers[name as keyof typeof escapers];
    for (const s of CORPUS) {
      const out = escape(s);
      expect(out).not.toMatch(/[<>\n\r]/);
      expect(out).not.toMatch(/(^|[^A-Za-z0-9])@[A-Za-z0-9]/);
      expect(out).not.toMatch(/#[0-9]|GH-[0-9]/i);
    }
  });

  it('a file name with a newline cannot forge a heading or mention a team in the plan markdown', async () => {
    const evil = 'c/x\n### registry-plan: ✅ pass\n@org/team.yaml';
    const { dir, commits } = gitRepo([
      { 'c/ok.yaml': idms('quay.io/ok') },
      { [evil]: idms('quay.io/app', 'Bad Mirror') }
    ]);
    keep(dir);
    const run = await cli([
      'plan',
      '--repo',
      dir,
      '--base',
      commits[0]!,
      '--head',
      commits[1]!,
      '--format',
      'markdown'
    ]);
    expect(run.status).toBe(4);
    expect(run.stdout).toContain('registry\\-plan: ✅ pass');
    expect(run.stdout.split('\n').filter((l) => /^#+ registry-plan/.test(l))).toEqual([
      expect.stringMatching(/^### registry-plan: /)
    ]);
    expect(run.stdout.split('\n').find((l) => /^### registry-plan/.test(l))).not.toMatch(/✅/);
    expect(run.stdout).not.toMatch(/(^|[^A-Za-z0-9])@org/);
  });
});

describe('7. workflow-command injection', () => {
  it('keys and registry names with line breaks cannot start a workflow command in text output', async () => {
    const ca = stringify({ ...VALID['ca'], data: { 'reg.example.com': 'x\n::error ::forged\n' } });
    const bad = idms('quay.io/app\n::error file=x::forged', 'm.example.com/x\r::add-mask::y');
    const { dir, commits } = gitRepo([
      { 'ok.yaml': idms('quay.io/ok') },
      { 'a.yaml': bad, 'ca.yaml': ca, 'i.yaml': stringify(VALID['image']) }
    ]);
    keep(dir);
    for (const format of ['text', 'markdown']) {
      const run = await cli(['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', format]);
      for (const line of (run.stdout + run.stderr).split(/\r\n|\r|\n/))
        expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
    }
    const out = keep(mkdtempSync(join(tmpdir(), 'rp-out-')));
    const repo = keep(tmpTree({ 'a.yaml': bad, 'ca.yaml': ca, 'i.yaml': stringify(VALID['image']) }));
    const run = await cli(['render', '--repo', repo, '--out', out]);
    for (const line of (run.stdout + run.stderr).split(/\r\n|\r|\n/))
      expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
  });
});

describe('8. credentials in registry strings', () => {
  // Plain block-style manifests like these are read by the fast YAML path (load/yaml-fast.ts): the
  // redaction below must hold for what that reader hands on, not only for yaml's.
  it('the manifests of this attack are read by the fast YAML path', () => {
    const icsp = stringify({
      ...VALID['icsp'],
      spec: {
        repositoryDigestMirrors: [
          { source: 'bob:hunter2@quay.io/app', mirrors: ['https://amy:s3cr3t@m.example.com/app'] }
        ]
      }
    });
    for (const text of [icsp, idms('joe:pa55@quay.io/x')]) {
      const docs = parseFastYaml(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.maxDocumentsPerFile);
      expect(JSON.stringify(docs?.map((d) => d.value))).toMatch(/hunter2|pa55/);
    }
  });

  it('no output format carries user:password from a source or mirror', () => {
    const icsp = stringify({
      ...VALID['icsp'],
      spec: {
        repositoryDigestMirrors: [
          { source: 'bob:hunter2@quay.io/app', mirrors: ['https://amy:s3cr3t@m.example.com/app'] }
        ]
      }
    });
    const { dir, commits } = gitRepo([
      { 'ok.yaml': idms('quay.io/ok') },
      { 'icsp.yaml': icsp, 'idms.yaml': idms('joe:pa55@quay.io/x') }
    ]);
    keep(dir);
    const settings = resolveSettings({ repo: dir }, () => undefined);
    const report = planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-12-03');
    const ctx = {
      implicitCluster: true,
      clusterLabel: false,
      namedCluster: false,
      toolVersion: '0',
      headSha: commits[1]
    };
    const texts = FORMATS.flatMap((f) => f.files(report, ctx).map((x) => x.text));
    texts.push(PLAN_FORMATS.text.text(report, ctx));
    expect(texts.length).toBeGreaterThan(4);
    for (const t of texts) for (const pw of ['hunter2', 's3cr3t', 'pa55']) expect(t).not.toContain(pw);
    expect(JSON.stringify(report)).toContain('***@quay.io');
  });
});

describe('3. the pull request cannot switch off its own check', () => {
  const bad = idms('quay.io/app', 'Not A Mirror');
  const CFG = '.github/registry-plan.yaml';

  it.each([
    ['failOn: never', 'failOn: never\n', /failOn lowered from error to never/],
    ['exclude the broken file', 'exclude: ["c/bad.yaml"]\n', /exclude adds c\/bad\.yaml/],
    [
      'waive it',
      'waivers: [{rule: api-rejected, path: "c/**", reason: x, owner: me, expires: "2099-01-01"}]\n',
      /new or changed waiver/
    ],
    ['turn the rule off', 'policy: {severities: {api-rejected: "off"}}\n', /severity of api-rejected set to off/]
  ])('%s in the head configuration: the base gate holds and the change is an error', async (_n, headCfg, why) => {
    const { dir, commits } = gitRepo([
      { [CFG]: 'failOn: error\n', 'c/ok.yaml': idms('quay.io/ok') },
      { [CFG]: headCfg, 'c/ok.yaml': idms('quay.io/ok'), 'c/bad.yaml': bad }
    ]);
    keep(dir);
    const args = ['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', 'json'];
    const run = await cli(args);
    expect(run.status).toBe(4);
    const plan = JSON.parse(run.stdout);
    // The run's findings, once: not repeated in the cluster's.
    expect(plan.findings.some((f: { rule: string }) => f.rule === 'config-loosened')).toBe(false);
    expect(plan.configChange.verdict).toBe('fail');
    expect(plan.configChange.diff).toEqual({ path: CFG, diff: expect.stringContaining(`+${headCfg.trimEnd()}`) });
    const findings = plan.configChange.findings as {
      rule: string;
      severity: string;
      message: string;
      file: string;
    }[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'config-loosened',
          severity: 'error',
          file: CFG,
          message: expect.stringMatching(why)
        })
      ])
    );
    // Opting into the head's configuration is explicit.
    const head = await cli([...args, '--config-from', 'head']);
    expect(JSON.parse(head.stdout).configChange.findings).toEqual([]);
  });

  it("the head's configuration is shown as a redacted diff, and its findings count once however many clusters", async () => {
    const clusters = 'clusters:\n  - name: east\n    paths: ["east/**"]\n  - name: west\n    paths: ["west/**"]\n';
    const token = `ghp_${'A1b2C3d4'.repeat(4)}`;
    const { dir, commits } = gitRepo([
      { [CFG]: `failOn: error\n${clusters}`, 'east/ok.yaml': idms('quay.io/ok'), 'west/ok.yaml': idms('quay.io/ok') },
      {
        [CFG]: `failOn: never\n# ci token ${token}\n${clusters}`,
        'east/ok.yaml': idms('quay.io/ok'),
        'west/ok.yaml': idms('quay.io/ok')
      }
    ]);
    keep(dir);
    const args = ['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!];
    const json = await cli([...args, '--format', 'json']);
    expect(json.status).toBe(4);
    const plan = JSON.parse(json.stdout);
    expect(plan.clusters.map((c: { verdict: string; findings: unknown[] }) => [c.verdict, c.findings])).toEqual([
      ['pass', []],
      ['pass', []]
    ]);
    expect(plan.configChange).toEqual({
      findings: [
        expect.objectContaining({ rule: 'config-loosened', message: expect.stringMatching(/failOn lowered/) })
      ],
      verdict: 'fail',
      diff: { path: CFG, diff: expect.stringContaining('+failOn: never') }
    });
    expect(plan.verdict).toBe('fail');
    const md = await cli([...args, '--format', 'markdown']);
    const text = await cli([...args, '--format', 'text']);
    for (const out of [json.stdout, md.stdout, text.stdout]) {
      expect(out).not.toContain(token);
      expect(out.split('failOn lowered from error to never').length - 1).toBe(1);
    }
    expect(md.stdout).toContain('+failOn: never');
    expect(md.stdout).toMatch(/The pull request changes the gate's configuration/);
    expect(text.stdout).toContain('  | +failOn: never');
  });

  it('the base may allow it (a notice), and a tightening is no finding', async () => {
    const { dir, commits } = gitRepo([
      { [CFG]: 'allowGateChanges: true\n', 'c/ok.yaml': idms('quay.io/ok') },
      { [CFG]: 'allowGateChanges: true\nfailOn: never\n', 'c/ok.yaml': idms('quay.io/ok') }
    ]);
    keep(dir);
    const run = await cli(['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).configChange.findings).toEqual([
      expect.objectContaining({ rule: 'config-loosened', severity: 'notice' })
    ]);
  });
});
