/**
 * WMCO's registry-level view of IDMS/ITMS (getMergedMirrorSets, newMirrorSet, newMirror, mergeMirrorSets,
 * mergeMirrors, sortMirrorSets; windows-wmco.md §3.2–§3.5). Repository scoping is lost here on purpose:
 * that loss is what the Windows findings explain to users.
 */
import type { ClusterModel, MirrorEntry, MirrorSetKind } from '../../model/types.js';
import { sortByGoOrder } from '../linux/go-format.js';
import { extractMirrorURL, extractRegistryHostname, legacyExtractHostname } from './hostname.js';

/** The hosts.toml dialect a WMCO release writes. */
export type WmcoFormat = 'current' | 'legacy';

/** WMCO `mirror`: registry host[:port] plus optional org path, and whether tags may be resolved there. */
export interface MirrorHost {
  host: string;
  resolveTags: boolean;
}

/** WMCO `mirrorSet` after merging: one per source registry, i.e. one hosts.toml. */
export interface MergedMirrorSet<M extends MirrorHost = MirrorHost> {
  source: string;
  mirrors: M[];
  /** Verbatim policy after the fold; "" = unset. */
  mirrorSourcePolicy: string;
}

/** The spec fields of one IDMS/ITMS entry that WMCO reads. */
export interface MirrorEntryLike {
  source: string;
  mirrors: string[];
  mirrorSourcePolicy: string;
}

export const ALLOW_CONTACTING_SOURCE = 'AllowContactingSource';
export const NEVER_CONTACT_SOURCE = 'NeverContactSource';

function hostnameFor(format: WmcoFormat): (s: string) => string {
  return format === 'legacy' ? legacyExtractHostname : extractRegistryHostname;
}

export function newMirror(
  source: string,
  mirror: string,
  resolveTags: boolean,
  format: WmcoFormat = 'current'
): MirrorHost {
  // A mirror equal to its source would truncate to nothing; WMCO keeps the registry host instead.
  const host = source === mirror ? hostnameFor(format)(mirror) : extractMirrorURL(source, mirror);
  return { host, resolveTags };
}

export function newMirrorSet(
  entry: MirrorEntryLike,
  resolveTags: boolean,
  format: WmcoFormat = 'current'
): MergedMirrorSet {
  return {
    source: hostnameFor(format)(entry.source),
    mirrors: entry.mirrors.map((m) => newMirror(entry.source, m, resolveTags, format)),
    mirrorSourcePolicy: entry.mirrorSourcePolicy ?? ''
  };
}

/** Dedupe by host; a tag-resolving duplicate replaces a digest-only one ("resolving by tag is preferred"). */
export function mergeMirrors<M extends MirrorHost>(existing: M[], incoming: M[]): M[] {
  const unique = new Map<string, M>();
  for (const m of existing) unique.set(m.host, m);
  for (const m of incoming) {
    const prior = unique.get(m.host);
    if (prior === undefined || (!prior.resolveTags && m.resolveTags)) unique.set(m.host, m);
  }
  return [...unique.values()];
}

/** Sorts mirrors by host and sets by source, in place, with Go's byte-wise string order. */
export function sortMirrorSets<M extends MirrorHost>(sets: MergedMirrorSet<M>[]): void {
  for (const set of sets) sortByGoOrder(set.mirrors, (m) => m.host);
  sortByGoOrder(sets, (s) => s.source);
}

/**
 * Group by source registry. The first set is kept as is (its duplicate hosts survive, which can yield
 * invalid TOML); later ones are merged. The policy is only ever replaced while it is exactly
 * AllowContactingSource, so an unset ("") policy sticks and blocks a later NeverContactSource.
 */
export function mergeMirrorSets<M extends MirrorHost>(sets: MergedMirrorSet<M>[]): MergedMirrorSet<M>[] {
  const unique = new Map<string, MergedMirrorSet<M>>();
  for (const set of sets) {
    const existing = unique.get(set.source);
    if (existing === undefined) {
      unique.set(set.source, { ...set, mirrors: [...set.mirrors] });
      continue;
    }
    existing.mirrors = mergeMirrors(existing.mirrors, set.mirrors);
    if (existing.mirrorSourcePolicy === ALLOW_CONTACTING_SOURCE) existing.mirrorSourcePolicy = set.mirrorSourcePolicy;
  }
  const result = [...unique.values()];
  sortMirrorSets(result);
  return result;
}

/** `getMergedMirrorSets` over plain spec entries: IDMS objects first, then ITMS objects. */
export function getMergedMirrorSets(
  idms: MirrorEntryLike[][],
  itms: MirrorEntryLike[][],
  format: WmcoFormat = 'current'
): MergedMirrorSet[] {
  const sets: MergedMirrorSet[] = [];
  for (const obj of idms) for (const e of obj) sets.push(newMirrorSet(e, false, format));
  for (const obj of itms) for (const e of obj) sets.push(newMirrorSet(e, true, format));
  return mergeMirrorSets(sets);
}

/** An IDMS/ITMS entry in WMCO's processing order, with where it came from. */
export interface TracedEntry {
  kind: MirrorSetKind;
  objectName: string;
  /** Index of the object within its kind's list. */
  objectIndex: number;
  entry: MirrorEntry;
  resolveTags: boolean;
  /** Source registry as WMCO computes it (the hosts.toml directory). */
  registry: string;
}

/** A computed mirror host that remembers which spec mirror produced it. */
export interface TracedMirror extends MirrorHost {
  origin: TracedEntry;
  mirrorIndex: number;
}

export function tracedEntries(model: ClusterModel, format: WmcoFormat = 'current'): TracedEntry[] {
  const out: TracedEntry[] = [];
  const add = (objs: ClusterModel['idms'], resolveTags: boolean): void => {
    objs.forEach((obj, objectIndex) => {
      for (const entry of obj.entries) {
        out.push({
          kind: obj.kind,
          objectName: obj.name,
          objectIndex,
          entry,
          resolveTags,
          registry: hostnameFor(format)(entry.source)
        });
      }
    });
  };
  add(model.idms, false);
  add(model.itms, true);
  return out;
}

/** The merged sets of a model, each mirror traced back to its spec entry. */
export function tracedMergedMirrorSets(
  model: ClusterModel,
  format: WmcoFormat = 'current'
): MergedMirrorSet<TracedMirror>[] {
  // newMirrorSet with each mirror traced; the entry's registry is already its source host.
  const sets = tracedEntries(model, format).map((t): MergedMirrorSet<TracedMirror> => ({
    source: t.registry,
    mirrorSourcePolicy: t.entry.mirrorSourcePolicy ?? '',
    mirrors: t.entry.mirrors.map((m, mirrorIndex) => ({
      host: newMirror(t.entry.source, m, t.resolveTags, format).host,
      resolveTags: t.resolveTags,
      origin: t,
      mirrorIndex
    }))
  }));
  return mergeMirrorSets(sets);
}

/** Drops tracing so results compare equal to the operator's own structures. */
export function untrace(sets: MergedMirrorSet<TracedMirror>[]): MergedMirrorSet[] {
  return sets.map((s) => ({
    source: s.source,
    mirrors: s.mirrors.map((m) => ({ host: m.host, resolveTags: m.resolveTags })),
    mirrorSourcePolicy: s.mirrorSourcePolicy
  }));
}
