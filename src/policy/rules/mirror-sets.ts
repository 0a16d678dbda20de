/**
 * Rules on ImageDigestMirrorSet, ImageTagMirrorSet and ImageContentSourcePolicy (linux-mco.md §1.4, §1.5,
 * §5): entries MCO ignores, merges into an order nobody wrote, or that leave nodes without a fallback.
 * Merged orders come from the same runtime-utils merge the renderer uses, so the messages quote what the
 * nodes get.
 */
import type { Finding, MirrorSetObject } from '../../model/types.js';
import { parseNormalizedNamed, referenceName } from '../../render/linux/docker-reference.js';
import { rulesOf } from '../../render/linux/index.js';
import { mergedDigestMirrorSets, mergedTagMirrorSets } from '../../render/linux/mirror-sets.js';
import { scopeIsNestedInsideScope } from '../../render/linux/scopes.js';
import type { RuleContext, RuleModule } from '../types.js';
import { entriesOf, finding, list, mirrorLoc, objectId, type LocatedEntry } from './helpers.js';
import { payloadRepo, QUAY_PAYLOAD_REPOS } from './registry-sources.js';

const NEVER = 'NeverContactSource';

/** Distinct items in first-seen order. */
const distinct = (xs: readonly string[]): string[] => [...new Set(xs)];

type MirrorObjects = { idms: MirrorSetObject[]; icsp: MirrorSetObject[]; itms: MirrorSetObject[] };

// Several rules ask for the same merge of the same side's model: merge once per model and group.
const mergedCache = new WeakMap<MirrorObjects, Map<string, Map<string, string[]>>>();

/**
 * Merged mirror list per source as nodes get it, for the digest (IDMS + ICSP) or tag (ITMS) group.
 * Callers only read the result.
 */
function mergedBySource(objects: MirrorObjects, group: 'digest' | 'tag'): Map<string, string[]> {
  let byGroup = mergedCache.get(objects);
  if (!byGroup) mergedCache.set(objects, (byGroup = new Map()));
  let merged = byGroup.get(group);
  if (!merged) byGroup.set(group, (merged = mergeBySource(objects, group)));
  return merged;
}

function mergeBySource(objects: MirrorObjects, group: 'digest' | 'tag'): Map<string, string[]> {
  const sets =
    group === 'digest'
      ? mergedDigestMirrorSets(rulesOf(objects.idms), rulesOf(objects.icsp))
      : mergedTagMirrorSets(rulesOf(objects.itms));
  return new Map(sets.map((s) => [s.source, s.mirrors]));
}

function icspDeprecated(ctx: RuleContext): Finding[] {
  return ctx.head.model.icsp.map((o) =>
    finding('icsp-deprecated', {
      message:
        `ImageContentSourcePolicy ${o.name} uses a deprecated API: OpenShift replaced it with ImageDigestMirrorSet in 4.13, ` +
        'Windows nodes ignore it, and it cannot express NeverContactSource. Convert it with ' +
        '`oc adm migrate icsp <file> --dest-dir <dir>` and commit the ImageDigestMirrorSet instead (adding the same ' +
        'digest mirrors again does not drain nodes; deleting the ICSP later does).',
      loc: o.loc,
      object: objectId(o)
    })
  );
}

function icspIdmsConflict(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const merged = mergedBySource(model, 'digest');
  const out: Finding[] = [];
  // The IDMS entries by source, in their order: one pass, not a scan of every IDMS entry per ICSP entry
  // (quadratic with oc-mirror output of thousands of sources in both kinds).
  const idmsBySource = new Map<string, LocatedEntry[]>();
  for (const d of entriesOf(model.idms)) {
    const same = idmsBySource.get(d.entry.source);
    if (same) same.push(d);
    else idmsBySource.set(d.entry.source, [d]);
  }
  for (const { object, entry } of entriesOf(model.icsp)) {
    const idms = idmsBySource.get(entry.source) ?? [];
    if (!idms.length) continue;
    const names = list(distinct(idms.map((d) => objectId(d.object))));
    const never = idms.find((d) => d.entry.mirrorSourcePolicy === NEVER);
    if (never) {
      out.push(
        finding('icsp-idms-conflict', {
          severity: 'error',
          message:
            `ImageContentSourcePolicy ${object.name} and ${objectId(never.object)} both configure ${entry.source}, and the ` +
            'ImageDigestMirrorSet sets NeverContactSource, which an ICSP cannot. MCO refuses the combination ("conflicting ' +
            'mirrorSourcePolicy"), so no registries change reaches any node until it is fixed. Delete this ICSP entry ' +
            'and keep the ImageDigestMirrorSet.',
          loc: entry.sourceLoc,
          object: objectId(object)
        })
      );
      continue;
    }
    const same = idms.every(
      (d) => JSON.stringify(distinct(d.entry.mirrors)) === JSON.stringify(distinct(entry.mirrors))
    );
    if (same) continue;
    out.push(
      finding('icsp-idms-conflict', {
        message:
          `ImageContentSourcePolicy ${object.name} and ${names} give ${entry.source} different mirrors. Nodes merge them ` +
          `into one list, ${list(merged.get(entry.source) ?? [])}, which neither object describes, and Windows nodes use ` +
          'only the ImageDigestMirrorSet. Move every mirror into the ImageDigestMirrorSet and delete the ICSP entry.',
        loc: entry.sourceLoc,
        object: objectId(object)
      })
    );
  }
  return out;
}

function neverContactSingleMirror(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const out: Finding[] = [];
  for (const [group, objects] of [
    ['digest', model.idms],
    ['tag', model.itms]
  ] as const) {
    const merged = mergedBySource(model, group);
    for (const { object, entry } of entriesOf(objects)) {
      if (entry.mirrorSourcePolicy !== NEVER) continue;
      const real = distinct(entry.mirrors).filter((m) => m !== entry.source);
      const all = (merged.get(entry.source) ?? []).filter((m) => m !== entry.source);
      if (all.length >= 2) continue;
      const message =
        real.length === 0
          ? `NeverContactSource on ${entry.source} has no mirror other than the source, so MCO ignores the whole entry, ` +
            `NeverContactSource included: nodes keep pulling from ${entry.source}. Add the mirrors, or remove the entry.`
          : `NeverContactSource on ${entry.source} with a single mirror (${all[0] ?? real[0]}): nodes never fall back to ` +
            `the source, so while that mirror is down or lacks an image, every pull of ${entry.source} fails. Add a second ` +
            'mirror, or use AllowContactingSource if the source may be reached.';
      out.push(
        finding('never-contact-single-mirror', { message, loc: entry.policyLoc ?? entry.loc, object: objectId(object) })
      );
    }
  }
  return out;
}

function mirrorEqualsSource(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const out: Finding[] = [];
  for (const { object, entry } of entriesOf([...model.idms, ...model.itms, ...model.icsp])) {
    const onlySource = entry.mirrors.every((m) => m === entry.source);
    entry.mirrors.forEach((m, i) => {
      if (m !== entry.source || entry.mirrors.indexOf(m) !== i) return;
      const last = i === entry.mirrors.length - 1;
      const message =
        entry.mirrorSourcePolicy === NEVER
          ? `${entry.source} is listed as its own mirror under NeverContactSource: MCO refuses this ("cannot set ` +
            'mirrorSourcePolicy: NeverContactSource if the source is one of the mirrors") and no registries change reaches ' +
            'any node. Remove the source from the mirrors.'
          : onlySource
            ? `The only mirror of ${entry.source} is the source itself, so MCO ignores this entry entirely. Name a real ` +
              'mirror, or remove the entry.'
            : last
              ? `${entry.source} is listed as its own mirror; the source is always tried last anyway, so this line does ` +
                'nothing but mislead. Remove it.'
              : `${entry.source} is listed as its own mirror before other mirrors, so nodes contact the source before ` +
                `${list(entry.mirrors.slice(i + 1).filter((x) => x !== entry.source))} instead of only as a last resort. ` +
                'Remove it from the mirrors (the source is tried last automatically).';
      out.push(finding('mirror-equals-source', { message, loc: mirrorLoc(entry, i), object: objectId(object) }));
    });
  }
  return out;
}

function duplicateMirror(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const out: Finding[] = [];
  for (const { object, entry } of entriesOf([...model.idms, ...model.itms, ...model.icsp])) {
    entry.mirrors.forEach((m, i) => {
      const first = entry.mirrors.indexOf(m);
      if (first === i) return;
      out.push(
        finding('duplicate-mirror', {
          message:
            `Mirror ${m} is listed twice for ${entry.source} (first at line ${mirrorLoc(entry, first).line}). Nodes keep ` +
            'only one, at the position the merge picks, so the list does not mean what it shows. Remove the duplicate.',
          loc: mirrorLoc(entry, i),
          object: objectId(object)
        })
      );
    });
  }
  return out;
}

/** True when `own` appears in `merged` in the same relative order. */
function keepsOrder(own: readonly string[], merged: readonly string[]): boolean {
  let at = -1;
  for (const m of own) {
    const i = merged.indexOf(m);
    if (i <= at) return false;
    at = i;
  }
  return true;
}

function mirrorOrder(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const out: Finding[] = [];
  for (const [group, objects] of [
    ['digest', [...model.idms, ...model.icsp]],
    ['tag', model.itms]
  ] as const) {
    const merged = mergedBySource(model, group);
    const bySource = new Map<string, LocatedEntry[]>();
    for (const le of entriesOf(objects)) {
      if (!le.entry.mirrors.some((m) => m !== le.entry.source)) continue; // ignored by MCO
      bySource.set(le.entry.source, [...(bySource.get(le.entry.source) ?? []), le]);
    }
    for (const [source, group] of bySource) {
      if (new Set(group.map((g) => objectId(g.object))).size < 2) continue;
      const nodes = merged.get(source) ?? [];
      // The source, when dropped from the merged list, is still tried last.
      const effective = nodes.includes(source) ? nodes : [...nodes, source];
      // A list that does not name the source asks for it last (runtime-utils adds the edge lastMirror -> source).
      const own = (g: LocatedEntry): string[] =>
        distinct(g.entry.mirrors.includes(source) ? g.entry.mirrors : [...g.entry.mirrors, source]);
      const broken = group.filter((g) => !keepsOrder(own(g), effective));
      const shown = list(nodes);
      for (const g of broken) {
        out.push(
          finding('mirror-order-surprising', {
            message:
              `${objectId(g.object)} lists the mirrors of ${source} as ${list(distinct(g.entry.mirrors))}, but merged with ` +
              `${list(distinct(group.filter((o) => o.object !== g.object).map((o) => objectId(o.object))))} nodes try ` +
              `${shown}${nodes.includes(source) ? ` (the source ${source} among the mirrors, not last)` : ''}: the lists ` +
              'contradict each other and MCO breaks the tie alphabetically. Keep every mirror of a source in one object, ' +
              'or write the same order in each.',
            loc: g.entry.loc,
            object: objectId(g.object)
          })
        );
      }
      if (broken.length) continue;
      const written = distinct(group.flatMap((g) => g.entry.mirrors)).filter((m) => effective.includes(m));
      const nodeOrder = effective.filter((m) => written.includes(m));
      if (JSON.stringify(written) === JSON.stringify(nodeOrder)) continue;
      const first = group[0]!;
      out.push(
        finding('mirror-order-surprising', {
          severity: 'notice',
          message:
            `${source} gets mirrors from ${list(distinct(group.map((g) => objectId(g.object))))}. Nothing orders one ` +
            `object's mirrors against another's, so nodes try them in the order the merge picks (alphabetical): ${shown}, ` +
            `not ${list(written.filter((m) => m !== source))} as the files read. If the order matters, keep the mirrors of ` +
            'a source in one object.',
          loc: first.entry.loc,
          object: objectId(first.object)
        })
      );
    }
  }
  return out;
}

/** The repository name of an image reference, and whether it is pulled by digest. */
function imageName(image: string): { name: string; digest: boolean } | undefined {
  try {
    const r = parseNormalizedNamed(image);
    return { name: referenceName(r), digest: r.digest !== undefined };
  } catch {
    return undefined;
  }
}

interface PullTally {
  pulls: number;
  byDigest: number;
}

/**
 * The workloads' pulls tallied under every scope that holds them: each repository name and each of its
 * `/`-prefixes, and (for `*.domain` sources) each host without its port. One pass over the workloads, so a
 * mirror set of N entries costs N look-ups instead of N passes over every workload image.
 */
export function tallyPulls(images: readonly string[]): {
  byScope: Map<string, PullTally>;
  byHost: Map<string, PullTally>;
} {
  const byScope = new Map<string, PullTally>();
  const byHost = new Map<string, PullTally>();
  // The same image is pulled by many workloads: each distinct reference is split into scopes once.
  const times = new Map<string, number>();
  for (const image of images) times.set(image, (times.get(image) ?? 0) + 1);
  for (const [image, pulls] of times) {
    const n = imageName(image);
    if (!n) continue;
    const add = (map: Map<string, PullTally>, key: string): void => {
      const t = map.get(key);
      if (t) {
        t.pulls += pulls;
        if (n.digest) t.byDigest += pulls;
      } else map.set(key, { pulls, byDigest: n.digest ? pulls : 0 });
    };
    for (let i = n.name.indexOf('/'); i > 0; i = n.name.indexOf('/', i + 1)) add(byScope, n.name.slice(0, i));
    add(byScope, n.name);
    add(byHost, n.name.split('/')[0]!.split(':')[0]!);
  }
  return { byScope, byHost };
}

/** The tally of pulls nested inside `source` (scopeIsNestedInsideScope's cases, answered from the index). */
export function pullsInside(source: string, tally: ReturnType<typeof tallyPulls>): PullTally {
  if (!source.startsWith('*.')) return tally.byScope.get(source) ?? { pulls: 0, byDigest: 0 };
  const suffix = source.slice(1);
  const sum = { pulls: 0, byDigest: 0 };
  for (const [host, t] of tally.byHost) {
    if (!host.endsWith(suffix)) continue;
    sum.pulls += t.pulls;
    sum.byDigest += t.byDigest;
  }
  return sum;
}

function itmsWhereIdms(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const payload = [...new Set([...QUAY_PAYLOAD_REPOS, payloadRepo(ctx.head.releaseImage) ?? QUAY_PAYLOAD_REPOS[0]!])];
  const entries = entriesOf(model.itms);
  const tally = entries.length ? tallyPulls(model.workloads.map((w) => w.image)) : undefined;
  const out: Finding[] = [];
  for (const { object, entry } of entries) {
    const payloadOnly = payload.some((p) => scopeIsNestedInsideScope(entry.source, p));
    const pulls = pullsInside(entry.source, tally!);
    const digestOnly = payloadOnly || (pulls.pulls > 0 && pulls.byDigest === pulls.pulls);
    const why = payloadOnly
      ? `${entry.source} holds release payload images, which the cluster only ever pulls by digest, so this tag mirror is never used for them`
      : digestOnly
        ? `every workload in the repository pulls ${entry.source} images by digest, so this tag mirror is never used for them`
        : 'tags are mutable, so a tag mirror can serve different content than the source; the documentation recommends pulling by digest and mirroring with an ImageDigestMirrorSet';
    out.push(
      finding('itms-where-idms-would-do', {
        severity: digestOnly ? 'warning' : 'notice',
        message:
          `ImageTagMirrorSet ${object.name} mirrors ${entry.source}: ${why}. Creating an ImageTagMirrorSet also drains ` +
          'every node, where adding digest mirrors does not. Use an ImageDigestMirrorSet entry and digest references.',
        loc: entry.sourceLoc,
        object: objectId(object)
      })
    );
  }
  return out;
}

export const mirrorSetRules: RuleModule = {
  checks: {
    'icsp-deprecated': icspDeprecated,
    'icsp-idms-conflict': icspIdmsConflict,
    'never-contact-single-mirror': neverContactSingleMirror,
    'mirror-equals-source': mirrorEqualsSource,
    'duplicate-mirror': duplicateMirror,
    'mirror-order-surprising': mirrorOrder,
    'itms-where-idms-would-do': itmsWhereIdms
  }
};
