/** ImageDigestMirrorSet, ImageTagMirrorSet and ImageContentSourcePolicy: the mirror entries MCO and WMCO read. */
import type { PathSeg } from '../manifest.js';
import { MIRROR_PATTERN, MIRROR_SOURCE_PATTERN } from '../patterns.js';
import { annotationsOf, type KindTable, type Reader } from '../reader.js';
import type { Finding, Loc, MirrorEntry, MirrorSetKind, MirrorSetObject } from '../types.js';

function mirrorSet(r: Reader, kind: MirrorSetKind): MirrorSetObject | undefined {
  const listField =
    kind === 'ImageDigestMirrorSet'
      ? 'imageDigestMirrors'
      : kind === 'ImageTagMirrorSet'
        ? 'imageTagMirrors'
        : 'repositoryDigestMirrors';
  if (!r.doc.name) r.reject(['metadata'], 'metadata.name is required');
  const list = r.array(['spec', listField]) ?? [];
  // The CRDs of IDMS and ITMS validate patterns; ICSP's does not (only MCO checks it, with its own message).
  const crdValidates = kind !== 'ImageContentSourcePolicy';
  const entries: MirrorEntry[] = [];
  // One path array for every line looked up (the lookup keeps no path): thousands of entries.
  const path: PathSeg[] = ['spec', listField, 0, ''];
  const at = (i: number, field: string, j?: number): Loc => {
    path[2] = i;
    path[3] = field;
    path.length = j === undefined ? 4 : 5;
    if (j !== undefined) path[4] = j;
    return r.loc(path);
  };
  list.forEach((item, i) => {
    const base: PathSeg[] = ['spec', listField, i];
    // Fields are read straight off the entry when they have their type (oc-mirror writes thousands of
    // entries); the Reader is asked only for what it must report.
    if (!isMapping(item) && !r.object(base)) return;
    const e = item as Record<string, unknown>;
    const source = typeof e['source'] === 'string' ? e['source'] : r.string([...base, 'source']);
    if (source === undefined) {
      r.reject([...base, 'source'], 'source is required');
      return;
    }
    if (crdValidates && !MIRROR_SOURCE_PATTERN.test(source)) {
      r.reject(
        [...base, 'source'],
        `source "${source}" is not a valid registry scope (host[:port][/path] or *.domain, no scheme, tag or digest); the API server would refuse this object`
      );
    }
    const listed = e['mirrors'];
    const mirrors = allStrings(listed) ? listed.slice() : (r.strings([...base, 'mirrors']) ?? []);
    if (crdValidates) {
      mirrors.forEach((m, j) => {
        if (!MIRROR_PATTERN.test(m)) {
          r.reject(
            [...base, 'mirrors', j],
            `mirror "${m}" is not a valid repository (host[:port][/path], no scheme, wildcard, tag or digest); the API server would refuse this object`
          );
        }
      });
    }
    let policy = '';
    if (kind !== 'ImageContentSourcePolicy') {
      const raw = e['mirrorSourcePolicy'];
      policy = typeof raw === 'string' ? raw : (r.string([...base, 'mirrorSourcePolicy']) ?? '');
      if (policy !== '' && policy !== 'NeverContactSource' && policy !== 'AllowContactingSource') {
        r.reject(
          [...base, 'mirrorSourcePolicy'],
          `mirrorSourcePolicy must be NeverContactSource or AllowContactingSource, found "${policy}"`
        );
      }
    }
    entries.push({
      source,
      mirrors,
      mirrorSourcePolicy: policy,
      loc: r.loc(base),
      sourceLoc: at(i, 'source'),
      mirrorLocs: mirrors.map((_, j) => at(i, 'mirrors', j)),
      policyLoc: e['mirrorSourcePolicy'] !== undefined ? at(i, 'mirrorSourcePolicy') : undefined
    });
  });
  return { kind, name: r.doc.name, loc: r.loc(), entries, ...annotationsOf(r) };
}

const isMapping = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

function allStrings(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== 'string') return false;
  return true;
}

/**
 * The object `read` returns, unless reading it found a value the API server would refuse: such an object
 * never reaches the cluster, so it is never rendered (its findings stay). Rendering it anyway once wrote
 * a Windows hosts.toml for a source like `..\..\tmp\x` outside the output folder.
 */
export function admitted<T>(findings: Finding[], read: () => T | undefined): T | undefined {
  const before = findings.length;
  const obj = read();
  return findings.slice(before).some((f) => f.rule === 'api-rejected') ? undefined : obj;
}

/** A mirror set of `kind` (matched with its API group) into the model's list for that kind. */
function mirrorSetKind(kind: MirrorSetKind, apiGroup: string, list: 'idms' | 'itms' | 'icsp'): KindTable {
  return {
    [kind]: (r, ctx) => {
      if (ctx.group !== apiGroup || ctx.isDuplicate(r)) return;
      const set = admitted(ctx.model.findings, () => mirrorSet(r, kind));
      if (set) ctx.model[list].push(set);
    }
  };
}

export const mirrorSetKinds: KindTable = {
  ...mirrorSetKind('ImageDigestMirrorSet', 'config.openshift.io', 'idms'),
  ...mirrorSetKind('ImageTagMirrorSet', 'config.openshift.io', 'itms'),
  ...mirrorSetKind('ImageContentSourcePolicy', 'operator.openshift.io', 'icsp')
};
