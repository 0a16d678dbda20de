// parseManifests with the fast YAML path against the yaml-only path, on the files given:
//   node --expose-gc bench/yaml-parse.mjs FILE...
// A measurement, not a test: the machine's load moves the numbers. The four modules involved are
// transpiled from src/ into a temporary folder (no build needed); the output of both paths is compared
// before anything is timed.
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'yaml-parse-'));
mkdirSync(join(out, 'load'));
for (const name of ['yaml-fast', 'yaml-documents', 'line-tree', 'limits']) {
  const source = readFileSync(join(root, 'src', 'load', `${name}.ts`), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  }).outputText;
  writeFileSync(join(out, 'load', `${name}.js`), js);
}
// ES modules, and `yaml` resolved from the project's node_modules.
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
const docs = await import(pathToFileURL(join(out, 'load', 'yaml-documents.js')).href);
const { parseFastYaml } = await import(pathToFileURL(join(out, 'load', 'yaml-fast.js')).href);
const { DEFAULT_LIMITS } = await import(pathToFileURL(join(out, 'load', 'limits.js')).href);
const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1e9, maxTotalBytes: 1e9 };

let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });
// GC entries arrive asynchronously; a short pause lets the earlier ones land before counting starts.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Median and minimum wall time of `runs` parses (each after a full collection), and GC per parse. */
async function measure(parse, text, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    parse('f.yaml', text, limits);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  await settle();
  gcMs = 0;
  gcCount = 0;
  for (let i = 0; i < runs; i++) parse('f.yaml', text, limits);
  await settle();
  return {
    medianMs: +times[runs >> 1].toFixed(1),
    minMs: +times[0].toFixed(1),
    gcMsPerParse: +(gcMs / runs).toFixed(1),
    gcsPerParse: +(gcCount / runs).toFixed(1)
  };
}

const comparable = (o) => ({ problems: o.problems, docs: o.docs.map(({ lineOf: _l, ...d }) => d) });
try {
  for (const file of process.argv.slice(2)) {
    const text = readFileSync(file, 'utf8');
    const accepted = parseFastYaml(text, limits.maxDepth, limits.maxDocumentsPerFile) !== undefined;
    const same = isDeepStrictEqual(
      comparable(docs.parseManifests(file, text, limits)),
      comparable(docs.parseManifestsWithYaml(file, text, limits))
    );
    const fast = await measure(docs.parseManifests, text, 15);
    const yaml = await measure(docs.parseManifestsWithYaml, text, 7);
    const speedup = (yaml.medianMs / fast.medianMs).toFixed(1);
    console.log(
      JSON.stringify({ file, megabytes: +(text.length / 1e6).toFixed(2), accepted, same, fast, yaml, speedup })
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
