/**
 * Deliberately wrong renderings: each edits one thing in a copy of a rendered config dir so the suite can
 * show the real-client checks notice it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Splits registries.conf text into its `[[registry]]` blocks, each with its `[[registry.mirror]]` blocks. */
function registryBlocks(text: string): { head: string; registries: { head: string; mirrors: string[] }[] } {
  const parts = text.split(/^(?=[ \t]*\[\[registry\]\])/m);
  const head = parts[0]!.match(/^[ \t]*\[\[registry\]\]/) ? '' : parts.shift()!;
  return {
    head,
    registries: parts.map((p) => {
      const [regHead, ...mirrors] = p.split(/^(?=[ \t]*\[\[registry\.mirror\]\])/m);
      return { head: regHead!, mirrors };
    })
  };
}

function joinBlocks(b: ReturnType<typeof registryBlocks>): string {
  return b.head + b.registries.map((r) => r.head + r.mirrors.join('')).join('');
}

/** Swaps the first two mirrors of the first `[[registry]]` that has two. */
export function swapFirstTwoMirrors(configDir: string): void {
  const file = path.join(configDir, 'registries.conf');
  const b = registryBlocks(fs.readFileSync(file, 'utf8'));
  const r = b.registries.find((x) => x.mirrors.length >= 2);
  if (!r) throw new Error('no [[registry]] with two mirrors to swap');
  const [first, second] = [r.mirrors[0]!, r.mirrors[1]!];
  // keep the separating blank lines where they were: swap only the mirror bodies
  const body = (m: string) => m.trimEnd();
  r.mirrors[0] = first.replace(body(first), body(second));
  r.mirrors[1] = second.replace(body(second), body(first));
  const out = joinBlocks(b);
  if (out === fs.readFileSync(file, 'utf8')) throw new Error('swapping the mirrors changed nothing');
  fs.writeFileSync(file, out);
}

/** Drops every `pull-from-mirror` line (the mirror then serves digest and tag pulls alike). */
export function dropPullFromMirror(configDir: string): void {
  const file = path.join(configDir, 'registries.conf');
  const text = fs.readFileSync(file, 'utf8');
  const out = text.replace(/^[ \t]*pull-from-mirror[ \t]*=.*\n/gm, '');
  if (out === text) throw new Error('no pull-from-mirror line to drop');
  fs.writeFileSync(file, out);
}

/** Gives every pull-only host in `hosts.d/<registry>/hosts.toml` the resolve capability too. */
export function grantResolveToPullOnlyHosts(configDir: string, registry: string): void {
  const file = path.join(configDir, 'hosts.d', registry, 'hosts.toml');
  const text = fs.readFileSync(file, 'utf8');
  const out = text.replace(/capabilities = \["pull"\]/g, 'capabilities = ["pull", "resolve"]');
  if (out === text) throw new Error(`no pull-only host in ${file}`);
  fs.writeFileSync(file, out);
}
