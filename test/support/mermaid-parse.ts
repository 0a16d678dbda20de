/**
 * Parses Mermaid text with Mermaid's own gantt grammar (mermaid-parse.mjs, in a child Node process), so
 * tests check a diagram the way GitHub's renderer will read it, not with a regular expression.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ParsedTask {
  section: string;
  /** The task text as it will be drawn: Mermaid's entity placeholders decoded, trimmed. */
  name: string;
  id: string;
  startMs: number;
  endMs: number;
  milestone: boolean;
}

export interface ParsedGantt {
  diagramType: string;
  title: string;
  tasks: ParsedTask[];
}

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'mermaid-parse.mjs');

/** One result per text, in order: the parsed gantt, or Mermaid's error message. */
export function parseMermaidAll(texts: string[]): Array<ParsedGantt | { error: string }> {
  const r = spawnSync(process.execPath, [SCRIPT], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    cwd: join(dirname(SCRIPT), '..', '..'),
    maxBuffer: 64 * 1024 * 1024
  });
  if (r.status !== 0) throw new Error(`mermaid-parse.mjs exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Array<ParsedGantt | { error: string }>;
}

/** Throws Mermaid's own error when the text is not one valid gantt diagram. */
export function parseGantt(text: string): ParsedGantt {
  const [r] = parseMermaidAll([text]);
  if (!r || 'error' in r) throw new Error(`Mermaid rejects the diagram: ${r?.error}\n${text}`);
  return r;
}
