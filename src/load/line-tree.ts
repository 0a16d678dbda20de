import type { PathSeg } from '../model/manifest.js';

/**
 * The lines of a document's nodes, kept after the syntax tree is dropped: holding every document's tree
 * and line counter alive (through a closure) cost 40–55 bytes per YAML byte on large mirror sets.
 * Mapping entries keep their key's line (what a reader looks for), list items their own.
 * Both YAML readers (yaml-documents' yaml path and yaml-fast) build this same shape.
 */
export interface LineNode {
  line?: number;
  keys?: Map<unknown, { keyLine?: number; value: LineNode }>;
  items?: LineNode[];
}

/**
 * Line of the field at `path`: the key's line for mapping entries, the item's line for list entries; for a
 * path that does not exist, the deepest part that does.
 */
export function resolverOver(tree: LineNode, base: PathSeg[], fallback: number): (path: PathSeg[]) => number {
  return (path: PathSeg[]): number => {
    let node: LineNode | undefined = tree;
    let line = tree.line ?? fallback;
    // The base, then the path, without joining them: a mirror set of thousands of entries asks for
    // several lines per entry.
    for (let i = 0, n = base.length + path.length; i < n; i++) {
      const seg = i < base.length ? base[i]! : path[i - base.length]!;
      if (node.keys) {
        const entry = node.keys.get(seg);
        if (!entry) break;
        line = entry.keyLine ?? line;
        node = entry.value;
      } else if (node.items && typeof seg === 'number') {
        node = node.items[seg];
        if (node === undefined) break;
        line = node.line ?? line;
      } else break;
    }
    return line;
  };
}
