import { byteCompare } from './go-format.js';

interface TopoNode {
  name: string;
  used: boolean;
  /** Unprocessed predecessors; emptied as the sort runs. */
  ins: Set<TopoNode>;
  outs: Set<TopoNode>;
}

/**
 * runtime-utils `topoGraph`: Kahn's algorithm with a FIFO queue, successor batches sorted by name and
 * cycles broken by the first unused node in name order. Mirror order on nodes depends on exactly this
 * tie-breaking, so it is reproduced step for step rather than with a generic toposort.
 */
export class TopoGraph {
  private readonly nodes = new Map<string, TopoNode>();

  private node(name: string): TopoNode {
    let n = this.nodes.get(name);
    if (!n) {
      n = { name, used: false, ins: new Set(), outs: new Set() };
      this.nodes.set(name, n);
    }
    return n;
  }

  addEdge(from: string, to: string): void {
    const f = this.node(from);
    const t = this.node(to);
    f.outs.add(t);
    t.ins.add(f);
  }

  sorted(): string[] {
    const all = [...this.nodes.values()].sort((a, b) => byteCompare(a.name, b.name));
    const queue: TopoNode[] = all.filter((n) => n.ins.size === 0);
    const res: string[] = [];
    let allIndex = 0;
    while (queue.length > 0 || allIndex < all.length) {
      let node: TopoNode;
      if (queue.length > 0) {
        node = queue.shift()!;
        if (node.used) throw new Error(`internal error in topoGraph.Sorted: node "${node.name}" already used`);
      } else {
        node = all[allIndex++]!;
        if (node.used) continue;
      }
      node.used = true;
      res.push(node.name);
      const batch: TopoNode[] = [];
      for (const out of node.outs) {
        out.ins.delete(node);
        if (out.ins.size === 0 && !out.used) batch.push(out);
      }
      batch.sort((a, b) => byteCompare(a.name, b.name));
      queue.push(...batch);
    }
    if (res.length !== this.nodes.size) throw new Error('internal error in topoGraph.Sorted: Not all nodes used');
    return res;
  }
}
