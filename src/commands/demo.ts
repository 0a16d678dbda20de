import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSettings } from '../config/resolve.js';
import type { CliFormat } from '../report/formats.js';
import { runPlan } from './plan.js';
import type { Io } from './io.js';
import { runRender } from './render.js';

/** What `demo` takes from the command line: the plans' format and the render folder. */
export interface DemoOptions {
  format: CliFormat;
  out?: string;
}

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
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z'
    }
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

/** A throwaway Git repository with the example's base and head snapshots as two commits. */
function exampleRepo(examples: string, name: string): { repo: string; base: string; head: string } {
  const repo = mkdtempSync(join(tmpdir(), `registry-plan-${name}-`));
  git(repo, 'init', '-q', '-b', 'main');
  const base = snapshot(repo, join(examples, name, 'base'), 'base: cluster configuration before the PR');
  const head = snapshot(repo, join(examples, name, 'head'), 'head: the pull request');
  return { repo, base, head };
}

async function planExample(examples: string, name: string, args: DemoOptions, io: Io, heading: string): Promise<void> {
  const { repo, base, head } = exampleRepo(examples, name);
  try {
    io.stdout(
      `\n## ${heading}: registry-plan plan --base ${base.slice(0, 8)} --head ${head.slice(0, 8)}\n\nExample repository: ${join(examples, name)}\n\n`
    );
    const status = await runPlan(resolveSettings({ repo }), { format: args.format, base, head }, io);
    io.stdout(
      `\n(plan exit status ${status}: ${status === 0 ? 'verdict pass' : status === 4 ? 'verdict fail — the example PR breaks rules on purpose' : 'cannot evaluate, see above'})\n`
    );
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/**
 * Renders the head side of examples/demo, then plans its pull request and the fleet example's (two
 * clusters as kustomize overlays), each from a throwaway Git repository, exactly as the action does.
 */
export async function runDemo(args: DemoOptions, io: Io): Promise<number> {
  const examples = findExamples();
  const { repo } = exampleRepo(examples, 'demo');
  try {
    const out = args.out ?? join(tmpdir(), 'registry-plan-demo-render');
    io.stdout(
      `# registry-plan demo\n\n## 1. registry-plan render (head side of ${join(examples, 'demo')}) --out ${out}\n\n`
    );
    const renderStatus = runRender(resolveSettings({ repo, paths: ['.'], scope: 'paths' }), out, io);
    io.stdout(`\n(render exit status ${renderStatus})\n`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
  await planExample(examples, 'demo', args, io, '2. One cluster with Linux and Windows nodes');
  if (existsSync(join(examples, 'fleet', 'base')))
    await planExample(examples, 'fleet', args, io, '3. A fleet: two clusters as kustomize overlays');
  return 0;
}
