// The streamed blob reader: one git cat-file for a planned list, read synchronously on the main thread.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobStream, type StreamedBlob } from '../../src/load/blob-stream.js';
import { listGitTree, willRead } from '../../src/load/sources.js';
import { git, gitRepo, removeTree } from '../support/tmp-repo.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach(removeTree));

const oidOf = (dir: string, commit: string, path: string): string => git(dir, 'rev-parse', `${commit}:${path}`);

function drain(stream: BlobStream): StreamedBlob[] {
  const out: StreamedBlob[] = [];
  for (let b = stream.next(); b; b = stream.next()) out.push(b);
  return out;
}

describe('BlobStream', () => {
  // Blobs of several megabytes each: more than the worker may hold ahead, so git is paused and resumed.
  const big = [
    randomBytes(5 << 20),
    randomBytes(3 << 20),
    Buffer.alloc(0),
    Buffer.from('a\nb\n\n'),
    randomBytes(6 << 20)
  ];
  const files = Object.fromEntries(big.map((b, i) => [`f${i}.bin`, b]));
  const { dir, commits } = gitRepo([files]);
  cleanup.push(dir);
  const oids = big.map((_, i) => oidOf(dir, commits[0]!, `f${i}.bin`));

  it('gives every blob of the list in order, byte for byte, and a missing object as missing', () => {
    const missing = 'f'.repeat(40);
    const stream = new BlobStream(dir, [...oids, missing]);
    // Let the worker run ahead until it holds more than it may and has to pause git.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    const got = drain(stream);
    expect(got.map((b) => b.oid)).toEqual([...oids, missing]);
    got.slice(0, big.length).forEach((b, i) => expect('data' in b && b.data.equals(big[i]!)).toBe(true));
    expect(got[big.length]).toEqual({ oid: missing, missing: true });
  });

  it('can be closed halfway, and then gives nothing more', () => {
    const stream = new BlobStream(dir, oids);
    expect(stream.next()?.oid).toBe(oids[0]);
    stream.close();
    expect(stream.next()).toBeUndefined();
  });

  it('fails with git’s own message, never hangs, when git cannot read the repository', () => {
    const stream = new BlobStream(`${dir}/no-such-folder`, oids);
    expect(() => drain(stream)).toThrow(/no-such-folder|cannot change|No such file/i);
  });
});

describe('Git sources read through the stream', () => {
  // More than a batch (8 MB) is planned, so the reads go through one streamed cat-file.
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < 12; i++) files[`m${String(i).padStart(2, '0')}.yaml`] = randomBytes(1 << 20);
  files['same-a.yaml'] = Buffer.from('same\n');
  files['same-b.yaml'] = Buffer.from('same\n');
  const { dir, commits } = gitRepo([files]);
  cleanup.push(dir);

  it('returns each file’s bytes whether read in the planned order, skipped, or read out of order', () => {
    const listed = listGitTree(dir, commits[0]!);
    willRead(listed);
    // Skip some planned files, read one planned later first, and read the identical blobs twice.
    const order = [0, 1, 5, 3, 4, 2, 12, 13, 11, 13];
    for (const i of order) {
      const f = listed[i]!;
      expect(f.read().equals(files[f.path]!)).toBe(true);
    }
  });
});

// The loader stops reading a side when it goes over its input budget, leaving the stream with blobs
// planned and git blocked on a full pipe. The job must still end, with the side reported, not hang.
describe('a stream left behind', () => {
  const root = join(import.meta.dirname, '..', '..');
  const idms = (i: number): string =>
    `apiVersion: config.openshift.io/v1\nkind: ImageDigestMirrorSet\nmetadata: {name: m${i}}\n` +
    `spec:\n  imageDigestMirrors:\n  - source: quay.io/app${i}\n    mirrors: [mirror.example.com/app${i}]\n` +
    `# ${'x'.repeat(1 << 20)}\n`;
  const config = 'limits: {maxTotalBytes: 2500000}\n';
  const head: Record<string, string> = { '.github/registry-plan.yaml': config };
  for (let i = 0; i < 12; i++) head[`idms-${String(i).padStart(2, '0')}.yaml`] = idms(i);
  const { dir, commits } = gitRepo([{ '.github/registry-plan.yaml': config }, head]);
  cleanup.push(dir);

  it('does not keep plan from exiting when the budget stops the read', () => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: npm run build');
    const entry = join(dir, '..', `rp-cli-${process.pid}.mjs`);
    writeFileSync(
      entry,
      `import { runCli } from ${JSON.stringify(join(root, 'dist', 'index.js'))};\nawait runCli();\n`
    );
    cleanup.push(entry);
    const args = ['plan', '--repo', dir, '--base', commits[0]!, '--head', commits[1]!, '--format', 'json'];
    const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout: it ended by itself
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/2500000 bytes/);
  });
});
