// Builds ClusterModel objects from the conformance cases' compact inputs.
import {
  emptyModel,
  type ClusterModel,
  type Loc,
  type MirrorEntry,
  type MirrorSetKind,
  type MirrorSetObject
} from '../../../src/model/types.js';

const LOC: Loc = { file: 'case.yaml', line: 1 };

export interface FlatRule {
  source: string;
  mirrors?: string[];
  mirrorSourcePolicy?: string;
}

const entryOf = (r: FlatRule, line: number): MirrorEntry => ({
  source: r.source,
  mirrors: r.mirrors ?? [],
  mirrorSourcePolicy: r.mirrorSourcePolicy ?? '',
  loc: { file: 'case.yaml', line },
  sourceLoc: { file: 'case.yaml', line },
  mirrorLocs: (r.mirrors ?? []).map((_, i) => ({ file: 'case.yaml', line: line + i + 1 }))
});

const LIST_KEY: Record<MirrorSetKind, string> = {
  ImageDigestMirrorSet: 'imageDigestMirrors',
  ImageTagMirrorSet: 'imageTagMirrors',
  ImageContentSourcePolicy: 'repositoryDigestMirrors'
};

/** Accepts both shapes used by the cases: `[{spec: {imageDigestMirrors: [...]}}]` and flat `[{source, mirrors}]`. */
export function mirrorObjects(kind: MirrorSetKind, input: unknown[] | undefined): MirrorSetObject[] {
  if (!input || input.length === 0) return [];
  let line = 10;
  const isFlat = input.every((o) => typeof o === 'object' && o !== null && 'source' in o);
  const groups: FlatRule[][] = isFlat
    ? [input as FlatRule[]]
    : (input as { spec?: Record<string, FlatRule[]> }[]).map((o) => o.spec?.[LIST_KEY[kind]] ?? []);
  return groups.map((rules, i) => ({
    kind,
    // Zero-padded so name order equals the case's object order.
    name: `obj-${String(i).padStart(3, '0')}`,
    loc: LOC,
    entries: rules.map((r) => entryOf(r, (line += 10)))
  }));
}

export interface CaseInput {
  search?: string[];
  icsp?: unknown[];
  idms?: unknown[];
  itms?: unknown[];
  insecure?: string[];
  blocked?: string[];
  allowed?: string[];
  payloadRepo?: string;
  releaseImage?: string;
  openshiftVersion?: string | number;
}

export function modelFromCase(input: CaseInput): ClusterModel {
  const m = emptyModel();
  m.idms = mirrorObjects('ImageDigestMirrorSet', input.idms);
  m.itms = mirrorObjects('ImageTagMirrorSet', input.itms);
  m.icsp = mirrorObjects('ImageContentSourcePolicy', input.icsp);
  const fieldLocs: Record<string, Loc> = {};
  m.image = { name: 'cluster', loc: LOC, fieldLocs };
  if (input.insecure !== undefined) m.image.insecureRegistries = input.insecure;
  if (input.blocked !== undefined) m.image.blockedRegistries = input.blocked;
  if (input.allowed !== undefined) m.image.allowedRegistries = input.allowed;
  if (input.search !== undefined) m.image.containerRuntimeSearchRegistries = input.search;
  for (const [field, list] of Object.entries({
    insecureRegistries: input.insecure,
    blockedRegistries: input.blocked,
    allowedRegistries: input.allowed
  })) {
    list?.forEach((_, i) => (fieldLocs[`${field}.${i}`] = { file: 'image.yaml', line: 100 + i }));
  }
  return m;
}
