import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliArgs } from '../cli/args.js';
import { resolveSettings } from '../config/resolve.js';
import { runPlan } from './plan.js';
import { runRender, type Io } from './render.js';

/** The example repository ships as two snapshots (before and after a pull request). */
export function findExamples(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'examples', 'demo', 'base'))) return join(dir, 'examples');
    dir = dirname(dir);
  }
  throw new Error('examples/demo not found next to the program');
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@example.com', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' }
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function snapshot(repo: string, from: string, message: string): string {
  for (const name of readdirSync(repo)) if (name !== '.git') rmSync(join(repo, name), { recursive: true, force: true });
  cpSync(from, repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/**
 * Builds a throwaway Git repository from examples/demo/{base,head}, renders the head side, then plans
 * the pull request between the two commits, exactly as the action does on a real PR.
 */
export function runDemo(args: CliArgs, io: Io): number {
  const examples = findExamples();
  const repo = mkdtempSync(join(tmpdir(), 'registry-plan-demo-'));
  try {
    git(repo, 'init', '-q', '-b', 'main');
    const base = snapshot(repo, join(examples, 'demo', 'base'), 'base: cluster configuration before the PR');
    const head = snapshot(repo, join(examples, 'demo', 'head'), 'head: the pull request');
    const out = args.out ?? join(tmpdir(), 'registry-plan-demo-render');
    io.stdout(`# registry-plan demo\n\nExample repository: ${join(examples, 'demo')} (base and head snapshots, committed to ${repo})\n\n`);
    io.stdout(`## 1. registry-plan render (head side) --out ${out}\n\n`);
    const renderStatus = runRender(resolveSettings({ repo, paths: ['.'] }), out, io);
    io.stdout(`\n(render exit status ${renderStatus})\n\n## 2. registry-plan plan --base ${base.slice(0, 8)} --head ${head.slice(0, 8)}\n\n`);
    const planStatus = runPlan(resolveSettings({ repo }), { ...args, command: 'plan', base, head, format: args.format === 'text' ? 'text' : args.format, out: undefined }, io);
    io.stdout(`\n(plan exit status ${planStatus}: ${planStatus === 0 ? 'verdict pass' : planStatus === 4 ? 'verdict fail — the example PR violates rules on purpose' : 'see above'})\n`);
    return 0;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
