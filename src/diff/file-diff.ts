import { linePatch } from './line-patch.js';
import type { NodeFile, NodeOs } from '../render/types.js';

export type FileChange = 'added' | 'removed' | 'modified' | 'unchanged';

export interface NodeFileDiff {
  node: NodeOs;
  path: string;
  change: FileChange;
  /** Unified diff; empty when unchanged. */
  diff: string;
  before?: NodeFile;
  after?: NodeFile;
}

/**
 * Pairs the node files of two sides by node and path and diffs each. A file that is the template on
 * one side and generated on the other is "modified" when its bytes differ: on the node it is one file.
 */
export function diffNodeFiles(before: NodeFile[], after: NodeFile[], context = 3): NodeFileDiff[] {
  const key = (f: NodeFile): string => `${f.node}\0${f.path}`;
  const b = new Map(before.map((f) => [key(f), f]));
  const a = new Map(after.map((f) => [key(f), f]));
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return keys.map((k) => {
    const old = b.get(k);
    const neu = a.get(k);
    const ref = (neu ?? old)!;
    const change: FileChange = !old
      ? 'added'
      : !neu
        ? 'removed'
        : old.content === neu.content
          ? 'unchanged'
          : 'modified';
    const diff =
      change === 'unchanged'
        ? ''
        : linePatch(
            { name: `a${toPosixish(ref.path)}`, text: old?.content ?? '', header: old ? old.origin : 'absent' },
            { name: `b${toPosixish(ref.path)}`, text: neu?.content ?? '', header: neu ? neu.origin : 'absent' },
            context
          );
    return { node: ref.node, path: ref.path, change, diff, before: old, after: neu };
  });
}

function toPosixish(p: string): string {
  return p.startsWith('/') ? p : '/' + p.replace(/\\/g, '/');
}
