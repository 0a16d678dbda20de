/**
 * The workflow examples users copy (docs/github-action.md) and this repository's own workflows are
 * checked for what the guide promises: valid YAML, minimal permissions (`contents: read` at the top,
 * more only per job), no pull_request_target, no checkout in a workflow_run publisher, only inputs and
 * outputs that action.yml declares, no `${{ }}` expanded inside shell scripts, and configuration
 * examples the real configuration parser accepts.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseConfigFile } from '../../src/config/config-file.js';
import { ROOT, actionYml } from './support/run-action.js';

type Json = Record<string, any>;

const GUIDE = readFileSync(join(ROOT, 'docs', 'github-action.md'), 'utf8');
const blocks = [...GUIDE.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const guideWorkflows = blocks.filter((b) => b.startsWith('# .github/workflows/'));
const guideConfigs = blocks.filter((b) => b.startsWith('# .github/registry-plan.yaml'));
/** What any job of the guide may ask for: reading code, the comment, SARIF, another run's artifacts. */
const ALLOWED: Record<string, string[]> = {
  contents: ['read'],
  'pull-requests': ['read', 'write'],
  'security-events': ['write'],
  actions: ['read']
};
const OURS = /^(registry-plan\/registry-plan@|\.\/$)/;

function triggers(wf: Json): string[] {
  const on = wf['on'];
  return typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
}

const steps = (wf: Json): Json[] =>
  Object.values(wf['jobs'] as Record<string, Json>).flatMap((j) => (j['steps'] as Json[]) ?? []);

/** Problems with one workflow, by the guide's rules. */
function lint(wf: Json): string[] {
  const problems: string[] = [];
  const top = wf['permissions'];
  if (!(
    top &&
    typeof top === 'object' &&
    (Object.keys(top).length === 0 || JSON.stringify(top) === '{"contents":"read"}')
  )) {
    problems.push(`top-level permissions must be {contents: read} or {}, got ${JSON.stringify(top)}`);
  }
  if (triggers(wf).includes('pull_request_target')) problems.push('uses pull_request_target');
  for (const [name, job] of Object.entries(wf['jobs'] as Record<string, Json>)) {
    for (const [scope, level] of Object.entries((job['permissions'] as Record<string, string>) ?? {})) {
      if (!ALLOWED[scope]?.includes(level)) problems.push(`job ${name} asks for ${scope}: ${level}`);
    }
  }
  const ids = new Set<string>();
  for (const step of steps(wf)) {
    if (typeof step['run'] === 'string' && step['run'].includes('${{'))
      problems.push(`a run: script expands \${{ }} directly: ${step['run'].slice(0, 60)}`);
    if (typeof step['uses'] !== 'string' || !OURS.test(step['uses'])) continue;
    if (step['id']) ids.add(step['id']);
    for (const input of Object.keys(step['with'] ?? {})) {
      if (!(input in actionYml.inputs)) problems.push(`input ${input} is not in action.yml`);
    }
  }
  for (const m of JSON.stringify(wf).matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
    if (ids.has(m[1]!) && !(m[2]! in actionYml.outputs)) problems.push(`output ${m[2]} is not in action.yml`);
  }
  if (triggers(wf).includes('workflow_run')) {
    if (steps(wf).some((s) => String(s['uses'] ?? '').startsWith('actions/checkout')))
      problems.push('a workflow_run publisher checks out code');
    if (!steps(wf).some((s) => OURS.test(String(s['uses'] ?? '')) && s['with']?.['mode'] === 'publish'))
      problems.push('a workflow_run workflow without mode: publish');
  }
  return problems;
}

describe('docs/github-action.md', () => {
  it('has complete workflows for each documented setup', () => {
    expect(guideWorkflows.length).toBeGreaterThanOrEqual(7);
    const all = guideWorkflows.map((b) => parse(b) as Json);
    const on = all.flatMap(triggers);
    for (const t of ['pull_request', 'merge_group', 'push', 'workflow_run']) expect(on).toContain(t);
    const text = guideWorkflows.join('\n');
    expect(text).toMatch(/matrix:/);
    expect(text).toMatch(/github\/codeql-action\/upload-sarif@/);
    expect(text).toMatch(/actions\/upload-artifact@/);
    expect(text).toMatch(/actions\/download-artifact@/);
  });

  it.each(guideWorkflows.map((b) => [b.split('\n')[0]!, b] as const))(
    '%s (example %#) follows the rules',
    (_, block) => {
      expect(lint(parse(block) as Json)).toEqual([]);
    }
  );

  it('the lint catches what it is for', () => {
    const bad = parse(`
on: [pull_request_target, workflow_run]
permissions: write-all
jobs:
  x:
    permissions: {contents: write}
    steps:
      - uses: actions/checkout@v5
      - run: echo \${{ github.event.pull_request.title }}
      - uses: registry-plan/registry-plan@v1
        id: p
        with: {colour: red}
      - run: echo "$X"
        env: {X: "\${{ steps.p.outputs.nonsense }}"}
`) as Json;
    expect(lint(bad)).toHaveLength(8);
  });

  it('configuration examples are accepted by the configuration parser', () => {
    expect(guideConfigs.length).toBeGreaterThanOrEqual(2);
    for (const c of guideConfigs) expect(() => parseConfigFile('.github/registry-plan.yaml', c)).not.toThrow();
  });

  it('links only to documents that exist', () => {
    for (const m of GUIDE.matchAll(/\]\((?!https?:|#)([^)#]+)(#[^)]*)?\)/g)) {
      expect([m[1], existsSync(join(ROOT, 'docs', m[1]!))]).toEqual([m[1], true]);
    }
  });
});

describe('.github/workflows', () => {
  const dir = join(ROOT, '.github', 'workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s follows the rules', (file) => {
    expect(lint(parse(readFileSync(join(dir, file), 'utf8')) as Json)).toEqual([]);
  });

  it('CI tests on Node 24 and self-tests the action from this checkout with uses: ./', () => {
    const ci = parse(readFileSync(join(dir, 'ci.yml'), 'utf8')) as Json;
    const all = steps(ci);
    expect(
      all.some(
        (s) => String(s['uses']).startsWith('actions/setup-node') && String(s['with']?.['node-version']) === '24'
      )
    ).toBe(true);
    expect(all.some((s) => /npm test/.test(String(s['run'] ?? '')))).toBe(true);
    const self = all.find((s) => s['uses'] === './');
    expect(self?.['with']).toMatchObject({ comment: false });
    const dist = readFileSync(join(dir, 'check-dist.yml'), 'utf8');
    expect(dist).toMatch(/npm run build/);
    expect(dist).toMatch(/git diff --exit-code/);
  });
});
