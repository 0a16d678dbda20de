/**
 * The checked-out repository an action run sees ($GITHUB_WORKSPACE): a Git repository whose commits are
 * the example pull request (examples/demo/base, then head) and variations of its head for the cases that
 * need another head commit (an updated PR, a report too big for one comment).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gitRepo } from '../../support/tmp-repo.js';
import { ROOT } from './run-action.js';

/** Every file under `dir`, dotfiles included, keyed by path relative to it. */
export function readTree(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) files[relative(dir, p)] = readFileSync(p);
    }
  };
  walk(dir);
  return files;
}

/**
 * An ImageDigestMirrorSet with `count` sources, one mirror each and NeverContactSource: every entry is a
 * finding of its own (a single mirror the nodes cannot fall back from), and findings are an essential,
 * never dropped part of the comment, so enough of them force a split into parts. (Per-registry lines
 * alone no longer do: the comment groups them by mirror host and kind of change.)
 */
export function bulkMirrors(count: number, mirrorHost: string): string {
  const entries = Array.from({ length: count }, (_, i) => {
    const team = `team-${String(i).padStart(4, '0')}`;
    return [
      `    - source: registry.example.com/${team}/service`,
      '      mirrorSourcePolicy: NeverContactSource',
      '      mirrors:',
      `        - ${mirrorHost}/${team}/service`
    ].join('\n');
  });
  return [
    'apiVersion: config.openshift.io/v1',
    'kind: ImageDigestMirrorSet',
    'metadata:',
    '  name: bulk',
    'spec:',
    '  imageDigestMirrors:',
    ...entries,
    ''
  ].join('\n');
}

/** One more mirror for the shop: a different head that changes the comment. */
export function withExtraShopMirror(head: Record<string, Buffer>): Record<string, Buffer> {
  const path = 'clusters/prod/mirrors/apps-idms.yaml';
  const text = head[path]!.toString('utf8');
  const changed = text.replace(
    '        - mirror.corp.example:5000/acme/shop\n',
    '        - mirror.corp.example:5000/acme/shop\n        - mirror-dr.corp.example:5000/acme/shop\n'
  );
  if (changed === text) throw new Error(`${path} no longer has the shop mirror this fixture extends`);
  return { ...head, [path]: Buffer.from(changed) };
}

export interface DemoWorkspace {
  dir: string;
  base: string;
  head: string;
  /** head plus a second shop mirror. */
  headUpdated: string;
  /** head plus a bulk mirror set big enough to need several comment parts. */
  headBig: string;
  /** head plus a smaller bulk set: fewer parts than headBig. */
  headSmaller: string;
}

export function demoWorkspace(bigCount: number, smallerCount: number): DemoWorkspace {
  const base = readTree(join(ROOT, 'examples', 'demo', 'base'));
  const head = readTree(join(ROOT, 'examples', 'demo', 'head'));
  const bulk = 'clusters/prod/mirrors/bulk-idms.yaml';
  const { dir, commits } = gitRepo([
    base,
    head,
    withExtraShopMirror(head),
    { ...head, [bulk]: bulkMirrors(bigCount, 'mirror.corp.example:5000') },
    { ...head, [bulk]: bulkMirrors(smallerCount, 'mirror.corp.example:5000') }
  ]);
  const [b, h, u, big, smaller] = commits as [string, string, string, string, string];
  return { dir, base: b, head: h, headUpdated: u, headBig: big, headSmaller: smaller };
}
