// MirrorSets.mergedMirrors answers a source with one list of distinct mirrors without building the
// topological graph. Whatever the list, the answer must be the graph's.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MirrorSets } from '../../../src/render/linux/mirror-sets.js';
import { TopoGraph } from '../../../src/render/linux/topo-sort.js';

/** runtime-utils' merge for one list, through the graph. */
function throughGraph(source: string, mirrors: string[]): string[] {
  const graph = new TopoGraph();
  for (let i = 0; i + 1 < mirrors.length; i++) graph.addEdge(mirrors[i]!, mirrors[i + 1]!);
  if (!mirrors.includes(source)) graph.addEdge(mirrors[mirrors.length - 1]!, source);
  const sorted = graph.sorted();
  if (sorted[sorted.length - 1] === source) sorted.pop();
  return sorted;
}

describe('MirrorSets.mergedMirrors with one list', () => {
  it('is the graph’s order for any list, the source in it or not', () => {
    // Up to twelve mirrors: short lists are checked for repeats pairwise, longer ones with a set.
    const host = fc.constantFrom(
      'a.io',
      'b.io',
      'c.io/x',
      'src.io',
      'd.io',
      'e.io',
      'f.io',
      'g.io',
      'h.io',
      'i.io',
      'j.io'
    );
    fc.assert(
      fc.property(fc.array(host, { minLength: 1, maxLength: 12 }), (mirrors) => {
        const source = 'src.io';
        fc.pre(mirrors.some((m) => m !== source)); // a list of only the source is dropped by add()
        const sets = new MirrorSets();
        sets.add({ source, mirrors, mirrorSourcePolicy: '' });
        let want: string[] | Error;
        try {
          want = throughGraph(source, mirrors);
        } catch (e) {
          want = e as Error;
        }
        if (want instanceof Error) expect(() => sets.mergedMirrors(source)).toThrow(want.message);
        else expect(sets.mergedMirrors(source)).toEqual(want);
      }),
      { numRuns: 2000 }
    );
  });
});
