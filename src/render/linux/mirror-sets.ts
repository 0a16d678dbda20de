import { sortedGo } from './go-format.js';
import { TopoGraph } from './topo-sort.js';

/** One source/mirrors rule as runtime-utils receives it (IDMS, ITMS or ICSP entry). */
export interface MirrorRule {
  source: string;
  mirrors: readonly string[];
  /** "" | "AllowContactingSource" | "NeverContactSource" (ICSP rules always ""). */
  mirrorSourcePolicy: string;
}

/** runtime-utils `mergedMirrorSet`: one per distinct source. */
export interface MergedMirrorSet {
  source: string;
  mirrors: string[];
  neverContactSource: boolean;
}

/** No string twice (oc-mirror lists one or two mirrors: compared pairwise, no set built). */
function distinct(xs: readonly string[]): boolean {
  if (xs.length > 8) return new Set(xs).size === xs.length;
  for (let i = 1; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[i] === xs[j]) return false;
  return true;
}

/** runtime-utils `mirrorSets`: rules grouped by exact source string. */
export class MirrorSets {
  private readonly disjoint = new Map<string, string[][]>();
  private readonly blockSource = new Set<string>();

  /** A rule whose mirrors are all the source itself (or none) is dropped, NeverContactSource included. */
  add(rule: MirrorRule): void {
    if (!rule.mirrors.some((m) => m !== rule.source)) return;
    if (rule.mirrorSourcePolicy === 'NeverContactSource') this.blockSource.add(rule.source);
    let lists = this.disjoint.get(rule.source);
    if (!lists) {
      lists = [];
      this.disjoint.set(rule.source, lists);
    }
    lists.push([...rule.mirrors]);
  }

  /** Deterministic merge of every list for `source`; the source is dropped only when it sorts last. */
  mergedMirrors(source: string): string[] {
    const lists = this.disjoint.get(source) ?? [];
    // One list of distinct mirrors is a single chain (mirrors, then the source unless listed): its only
    // order is the list itself. oc-mirror writes one entry per source, thousands of them; no graph needed.
    const only = lists.length === 1 ? lists[0]! : undefined;
    if (only && distinct(only)) {
      return only[only.length - 1] === source ? only.slice(0, -1) : [...only];
    }
    const graph = new TopoGraph();
    for (const mirrors of lists) {
      for (let i = 0; i + 1 < mirrors.length; i++) graph.addEdge(mirrors[i]!, mirrors[i + 1]!);
      if (!mirrors.includes(source)) graph.addEdge(mirrors[mirrors.length - 1]!, source);
    }
    const sorted = graph.sorted();
    if (sorted[sorted.length - 1] === source) sorted.pop();
    return sorted;
  }

  merged(): MergedMirrorSet[] {
    return sortedGo(this.disjoint.keys()).map((source) => ({
      source,
      mirrors: this.mergedMirrors(source),
      neverContactSource: this.blockSource.has(source)
    }));
  }
}

/** `mergedDigestMirrorSets(idms, icsp)`: all IDMS rules first, then ICSP rules with the default policy. */
export function mergedDigestMirrorSets(idms: readonly MirrorRule[], icsp: readonly MirrorRule[]): MergedMirrorSet[] {
  const sets = new MirrorSets();
  for (const r of idms) sets.add(r);
  for (const r of icsp) sets.add({ source: r.source, mirrors: r.mirrors, mirrorSourcePolicy: '' });
  return sets.merged();
}

/** `mergedTagMirrorSets(itms)`. */
export function mergedTagMirrorSets(itms: readonly MirrorRule[]): MergedMirrorSet[] {
  const sets = new MirrorSets();
  for (const r of itms) sets.add(r);
  return sets.merged();
}
