#!/usr/bin/env node
// Layout check: fails on any import cycle between src/ folders and on any import from a core folder
// (pure functions from typed objects to text) into an I/O folder (git, files, GitHub, processes).
// Run by .ci/run before the tests and by test/layout.test.ts. Usage: node scripts/check-imports.mjs [--graph]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORE = ['model', 'render', 'diff', 'impact', 'plan', 'policy', 'report'];
export const IO = ['load', 'commands', 'action', 'publish', 'cli', 'check'];

/** Folder of a file under src/ ('.' for files directly in src/). */
function folderOf(srcDir, file) {
  const rel = relative(srcDir, file).split(sep);
  return rel.length > 1 ? rel[0] : '.';
}

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

// Static imports and re-exports (`import ... from '...'`, `export ... from '...'`, `import('...')`).
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

/** Edges between folders: Map<from, Map<to, string[] (example files)>>. */
export function folderGraph(srcDir) {
  const graph = new Map();
  for (const file of listTs(srcDir)) {
    const from = folderOf(srcDir, file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      const target = resolve(dirname(file), spec);
      const to = folderOf(srcDir, target);
      if (to === from || to === '.' || from === '.') continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to).push(`${relative(srcDir, file)} -> ${spec}`);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const out = [];
  const nodes = new Set([...graph.keys(), ...[...graph.values()].flatMap((e) => [...e.keys()])]);
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!idx.has(v)) visit(v);
  return out;
}

/** Every problem as one line; empty when the layout holds. */
export function problems(srcDir) {
  const graph = folderGraph(srcDir);
  const lines = [];
  for (const comp of cycles(graph)) {
    const set = new Set(comp);
    const edges = comp.flatMap((f) =>
      [...(graph.get(f) ?? new Map())].filter(([t]) => set.has(t)).map(([t, ex]) => `  ${f} -> ${t} (${ex[0]})`)
    );
    lines.push(`import cycle between folders ${comp.join(', ')}:\n${edges.join('\n')}`);
  }
  for (const [from, edges] of graph) {
    if (!CORE.includes(from)) continue;
    for (const [to, ex] of edges)
      if (IO.includes(to)) lines.push(`core folder ${from} imports I/O folder ${to}: ${ex.join(', ')}`);
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  if (process.argv.includes('--graph')) {
    for (const [from, edges] of [...folderGraph(srcDir)].sort())
      console.log(`${from} -> ${[...edges.keys()].sort().join(', ')}`);
  }
  const found = problems(srcDir);
  if (found.length > 0) {
    console.error(found.join('\n'));
    process.exit(1);
  }
  console.log('imports: no folder cycles, no core folder imports an I/O folder');
}
