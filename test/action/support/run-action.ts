/**
 * Runs the committed bundle the way the Actions runner does: `node dist/index.js` in a child process, with
 * the event payload in a file, every input of action.yml as an INPUT_* variable (defaults included, as the
 * runner sets them), and the runner's files ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY) read back afterwards.
 * The environment starts empty apart from PATH and HOME, so an outer CI runner's GITHUB_* variables cannot
 * leak into the run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'index.js');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

export const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

export interface RunOptions {
  eventName: string;
  payload: unknown;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  apiUrl: string;
  workspace: string;
  /** Inputs as written in a workflow's `with:`; the rest take action.yml's defaults. */
  inputs?: Record<string, string>;
  /** What `${{ github.token }}` is for this run. */
  githubToken?: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: string;
  message: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  runnerTemp: string;
  /** Milliseconds the process ran. */
  ms: number;
}

/** The name the runner gives an input's variable: uppercased, spaces to underscores, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM\nvalue\nDELIM\n` per output. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: unterminated value for ${name}`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: malformed line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Workflow commands (`::warning file=x,line=3::text`) from stdout, decoded as the runner decodes them. */
export function parseAnnotations(stdout: string): Annotation[] {
  const decode = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const found: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (m) found.push({ level: m[1] as Annotation['level'], properties: m[2] ?? '', message: decode(m[3]!) });
  }
  return found;
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does).`);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'rp-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  const outputPath = join(runnerTemp, 'github_output');
  const summaryPath = join(runnerTemp, 'step_summary.md');
  const home = join(runnerTemp, 'home');
  mkdirSync(home);
  writeFileSync(eventPath, JSON.stringify(o.payload, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const [owner] = o.repository.split('/');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: home,
    TMPDIR: runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'registry-plan',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_JOB: 'plan',
    GITHUB_ACTION: 'registry-plan',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux'
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = o.inputs?.[name] ?? spec.default ?? '';
    env[inputVariable(name)] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, o.githubToken ?? '');
  }
  for (const name of Object.keys(o.inputs ?? {})) {
    if (!(name in actionYml.inputs)) throw new Error(`input ${name} is not declared in action.yml`);
  }
  const started = Date.now();
  const child = spawn(process.execPath, [BUNDLE], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c) => done(c));
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
    runnerTemp,
    ms: Date.now() - started
  };
}
