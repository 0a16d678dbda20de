#!/usr/bin/env node
// Writes the README's GitHub Action section (between the action-docs markers) from action.yml, so the
// inputs and outputs users read cannot drift from the ones the runner sees. `--check` only compares and
// exits 1 when the README is stale (a test runs it).
//
//   node scripts/generate-action-docs.mjs [--check] [--action action.yml] [--readme README.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

// One table cell: one line, pipes escaped, and `*`/`_` outside code spans kept literal (publish*.json).
const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/([*_])/g, '\\$1') : part))
    .join('`')
    .replace(/\|/g, '\\|');

function defaultCell(value) {
  if (value === undefined || value === '') return '—';
  // Backticks inside a default (none today) would end the code span early.
  const text = String(value);
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

export function renderSection(actionYmlText) {
  const action = parse(actionYmlText);
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = [
    '<!-- Generated from action.yml by scripts/generate-action-docs.mjs; edit action.yml, then run it. -->',
    '',
    `Runs on \`${action.runs?.using}\`. Complete workflows (Argo CD and Flux repositories, a multi-cluster matrix,`,
    'fork-safe `workflow_run` publishing, merge queues, SARIF upload) and answers to the questions about forks and',
    'permissions are in [docs/github-action.md](docs/github-action.md).',
    '',
    '```yaml',
    'permissions:',
    '  contents: read',
    '  pull-requests: write   # the sticky comment; without it the summary and the verdict still work',
    'steps:',
    '  - uses: actions/checkout@v5',
    '    with:',
    '      fetch-depth: 0      # both sides of the pull request',
    '  - uses: registry-plan/registry-plan@v1',
    '```',
    '',
    '### Inputs',
    '',
    '| input | default | description |',
    '|---|---|---|',
    ...inputs.map(
      ([name, spec]) =>
        `| \`${name}\` | ${defaultCell(spec.default)} | ${cell(spec.description)}${spec.required ? ' **Required.**' : ''} |`
    ),
    '',
    '### Outputs',
    '',
    '| output | description |',
    '|---|---|',
    ...outputs.map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`),
    ''
  ];
  return lines.join('\n');
}

export function replaceSection(readme, section) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${section}${readme.slice(end)}`;
}

function main(argv) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const actionPath = opt('--action', join(root, 'action.yml'));
  const readmePath = opt('--readme', join(root, 'README.md'));
  const readme = readFileSync(readmePath, 'utf8');
  const updated = replaceSection(readme, renderSection(readFileSync(actionPath, 'utf8')));
  if (argv.includes('--check')) {
    if (updated !== readme) {
      process.stderr.write(
        `${readmePath}: the GitHub Action section is stale; run \`node scripts/generate-action-docs.mjs\`.\n`
      );
      return 1;
    }
    return 0;
  }
  if (updated !== readme) writeFileSync(readmePath, updated);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
