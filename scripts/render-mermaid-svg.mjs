#!/usr/bin/env node
// Draws a Mermaid file as SVG with the Mermaid package the project already has (node_modules/mermaid),
// in a headless Chromium that loads only local files: no network, a fresh profile, no sandbox escapes
// needed because nothing it runs comes from outside this repository.
//
//   node scripts/render-mermaid-svg.mjs docs/examples/demo-rollout.mmd docs/examples/demo-rollout.svg
//
// The SVG starts with a comment holding the SHA-256 of the Mermaid text it was drawn from, so a test can
// tell that a picture is stale without a browser (test/report/docs-examples.test.ts). Chromium: Debian's
// `apt-get install -y chromium`, or set CHROMIUM to its path.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/render-mermaid-svg.mjs INPUT.mmd OUTPUT.svg');
  process.exit(2);
}

const sourceHash = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

const text = readFileSync(input, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'rp-mermaid-'));
try {
  copyFileSync(join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'), join(work, 'mermaid.min.js'));
  // The diagram text travels as JSON inside the page; the SVG comes back base64-encoded in the DOM dump.
  const page = `<!doctype html><html><head><meta charset="utf-8"><script src="mermaid.min.js"></script></head>
<body><pre id="out">pending</pre><script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
mermaid.render('rollout', ${JSON.stringify(text).replace(/</g, '\\u003c')}).then(
  ({ svg }) => { document.getElementById('out').textContent = 'svg:' + btoa(unescape(encodeURIComponent(svg))); },
  (e) => { document.getElementById('out').textContent = 'error:' + String(e && e.message || e); });
</script></body></html>`;
  writeFileSync(join(work, 'page.html'), page);
  const chromium = process.env.CHROMIUM || 'chromium';
  const r = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${join(work, 'profile')}`,
      '--virtual-time-budget=20000',
      '--dump-dom',
      pathToFileURL(join(work, 'page.html')).href
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }
  );
  if (r.error) throw new Error(`${chromium}: ${r.error.message} (install it: apt-get install -y chromium)`);
  const m = /<pre id="out">(svg|error):([^<]*)<\/pre>/.exec(r.stdout);
  if (!m) throw new Error(`no drawing came back from ${chromium} (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  if (m[1] === 'error') throw new Error(`Mermaid could not draw ${input}: ${m[2]}`);
  let svg = Buffer.from(m[2], 'base64').toString('utf8');
  // An <img> needs a size: give the SVG its viewBox width instead of "100%".
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (box)
    svg = svg.replace(/ width="100%"/, ` width="${Math.ceil(Number(box[1]))}" height="${Math.ceil(Number(box[2]))}"`);
  writeFileSync(
    output,
    `<!-- drawn from ${input.split('/').pop()} sha256:${sourceHash(text)} by scripts/render-mermaid-svg.mjs -->\n${svg}\n`
  );
  console.log(`${output}: ${svg.length} bytes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
