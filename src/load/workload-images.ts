import type { WorkloadImage } from '../model/types.js';
import { Lines } from './lines.js';
import { WORKLOAD_KINDS } from './prefilter.js';

const WORKLOAD = new Set<string>(WORKLOAD_KINDS);

/**
 * A copy of `s` that does not keep the file's text alive. V8 makes a substring a view into its parent
 * string, so an image name kept in the parse cache held its whole file in memory: on a monorepo, every
 * workload file's text (tens of megabytes) until the run ended.
 */
const own = (s: string): string => (' ' + s).slice(1);

/**
 * Image references of workload files, by a line scan rather than a YAML parse: application manifests
 * outnumber node configuration a hundred to one in a GitOps monorepo, and all we need from them is each
 * `image:` value with its line, the workload's kind/name and whether it targets Windows nodes.
 */
export function scanWorkloadImages(file: string, text: string): WorkloadImage[] {
  const out: WorkloadImage[] = [];
  let kind = '';
  let name = '';
  let windows = false;
  let pending: WorkloadImage[] = [];
  let container = '';
  const flush = (): void => {
    if (WORKLOAD.has(kind)) {
      const workload = own(`${kind}/${name || '(unnamed)'}`);
      for (const w of pending) out.push({ ...w, workload, windows });
    }
    pending = [];
    kind = '';
    name = '';
    windows = false;
    container = '';
  };
  const lines = new Lines(text);
  for (let i = 0, line = lines.next(); line !== undefined; i++, line = lines.next()) {
    // Each pattern below needs a word the line must hold: most lines are passed by substring searches.
    // Documents split on YAML separators; a JSON file is one document.
    if (line.startsWith('---')) {
      flush();
      continue;
    }
    // A List item starts a new object.
    const hasKind = line.includes('kind');
    if (
      (hasKind || line.includes('apiVersion')) &&
      /^\s*-\s+["']?(?:apiVersion|kind)["']?\s*:/.test(line) &&
      kind &&
      kind !== 'List'
    )
      flush();
    let m = hasKind ? /^\s*(?:-\s*)?["']?kind["']?\s*:\s*["']?([A-Za-z]+)["']?\s*(?:,\s*)?(?:#.*)?$/.exec(line) : null;
    if (m) {
      if (!kind || kind === 'List') kind = m[1]!;
      continue;
    }
    if (line.includes('name')) {
      const named = /^\s{0,4}["']?name["']?\s*:\s*["']?([^"'\s#,]+)/.exec(line)?.[1] ?? flowMetadataName(line);
      if (named && !name) name = named;
      m = /^\s*-\s*["']?name["']?\s*:\s*["']?([^"'\s#,]+)/.exec(line);
      if (m) container = m[1]!;
    }
    // Case-insensitive, so the guard is the one character the pattern spells the same in any case.
    if (line.includes('/') && /kubernetes\.io\/os["']?\s*:\s*["']?windows/i.test(line)) windows = true;
    if (!line.includes('image')) continue;
    // Block style (`image: x`, `- image: x`) and flow style (`{name: c, image: x}`), several per line.
    const images = /(?:^\s*(?:-\s*)?|[{,]\s*)["']?image["']?\s*:\s*["']?([^"'\s#,{}]+)/g;
    for (let im = images.exec(line); im; im = images.exec(line)) {
      const image = im[1]!;
      if (image.startsWith('$') || image.includes('{{')) continue; // templated, not a reference
      pending.push({
        image: own(image),
        file,
        line: i + 1,
        workload: '',
        container: own(/[{,]\s*["']?name["']?\s*:\s*["']?([^"',}\s]+)/.exec(line)?.[1] ?? container),
        windows: false
      });
    }
  }
  flush();
  return out;
}

const METADATA_OPEN = /metadata["']?\s*:\s*\{/g;
const NAME_FIELD = /\bname["']?\s*:\s*["']?([^"',}\s]+)/g;

/**
 * The `name` inside the first flow-style `metadata: {...}` of a line that has one. One forward pass:
 * the regular expression this replaces rescanned the rest of the line for every `metadata` in it, which
 * a one-line JSON manifest of repeated `metadata:{` could make quadratic.
 */
function flowMetadataName(line: string): string | undefined {
  if (!line.includes('metadata')) return undefined;
  METADATA_OPEN.lastIndex = 0;
  let name: RegExpExecArray | null | undefined;
  for (let open = METADATA_OPEN.exec(line); open; open = METADATA_OPEN.exec(line)) {
    const start = METADATA_OPEN.lastIndex;
    // The first name field at or after this block's start; reused while it still lies ahead.
    if (name === undefined || (name && name.index < start)) {
      NAME_FIELD.lastIndex = start;
      name = NAME_FIELD.exec(line);
    }
    if (!name) return undefined;
    const close = line.indexOf('}', start);
    if (close < 0 || name.index < close) return name[1];
    METADATA_OPEN.lastIndex = close;
  }
  return undefined;
}
