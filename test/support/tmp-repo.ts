import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RepoFile } from '../../src/load/sources.js';

/** A throwaway folder with the given files; returns its path. */
export function tmpTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rp-test-'));
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A Git repository with one commit per snapshot (each snapshot replaces the whole tree); returns the commits. */
export function gitRepo(snapshots: Array<Record<string, string | Buffer>>): { dir: string; commits: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'rp-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  const commits: string[] = [];
  for (const snap of snapshots) {
    git(dir, 'rm', '-rq', '--ignore-unmatch', '.');
    writeTree(dir, snap);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', `snapshot ${commits.length}`, '--allow-empty');
    commits.push(git(dir, 'rev-parse', 'HEAD'));
  }
  return { dir, commits };
}

/** In-memory files for the loader, as the Git and working-tree sources produce them. */
export function memFiles(files: Record<string, string>): RepoFile[] {
  return Object.entries(files).map(([path, text]) => {
    const buf = Buffer.from(text);
    return { path, size: buf.length, key: `mem:${path}:${text.length}`, read: () => buf };
  });
}
