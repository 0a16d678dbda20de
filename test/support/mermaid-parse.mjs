// Parses Mermaid texts with Mermaid itself, outside jest's module loader (jsdom needs require(esm), which
// jest's runtime lacks on Node 20). Reads a JSON array of texts on stdin and prints, for each, the gantt
// structure Mermaid built or the error it raised. Mermaid's sanitiser needs a DOM even when nothing is
// drawn, hence jsdom.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

/** Mermaid's own decoding of `#<code>;` placeholders (its decodeEntities, then the HTML entity). */
const decode = (text) =>
  text
    .replace(/ﬂ°°(\d+)¶ß/g, (_m, code) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (_m, name) => `&${name};`);

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const texts = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const out = [];
for (const text of texts) {
  try {
    const result = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    out.push({
      diagramType: result.diagramType,
      title: db.getDiagramTitle(),
      tasks: db.getTasks().map((t) => ({
        section: t.section,
        name: decode(t.task).trim(),
        id: t.id,
        startMs: t.startTime.valueOf(),
        endMs: t.endTime.valueOf(),
        milestone: Boolean(t.milestone)
      }))
    });
  } catch (e) {
    out.push({ error: String(e && e.message ? e.message : e) });
  }
}
process.stdout.write(JSON.stringify(out));
