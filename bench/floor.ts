import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';

/**
 * The parse-everything floor for one side: read every manifest file of the checkout once and parse it
 * with the parser registry-plan uses (yaml's parseAllDocuments, no conversion to JS objects). Run in a
 * fresh process; prints one JSON line.
 */
function manifests(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) manifests(p, out);
    else if (/\.(ya?ml|json)$/i.test(e.name)) out.push(p);
  }
  return out;
}

const dir = process.argv[2]!;
const cpu0 = process.cpuUsage();
const cpuMs = (): number => {
  const c = process.cpuUsage(cpu0);
  return (c.user + c.system) / 1000;
};
const t0 = performance.now();
let docs = 0;
let bytes = 0;
for (const f of manifests(dir)) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  docs += parseAllDocuments(text).length;
}
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({ ms, docs, bytes, maxRssKb: process.resourceUsage().maxRSS, cpuMs: cpuMs() }) + '\n'
);
