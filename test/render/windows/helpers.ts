// Builds cluster models the way the loader would, from conformance-style inputs and small manifests.
import {
  emptyModel,
  type ClusterModel,
  type MirrorEntry,
  type MirrorSetKind,
  type MirrorSetObject
} from '../../../src/model/types.js';

export interface SpecEntry {
  source: string;
  mirrors?: string[] | null;
  mirrorSourcePolicy?: string;
}

let line = 0;
const loc = (file: string) => ({ file, line: ++line });

export function mirrorSetObject(
  kind: MirrorSetKind,
  name: string,
  entries: SpecEntry[],
  file = `${name}.yaml`
): MirrorSetObject {
  return {
    kind,
    name,
    loc: loc(file),
    entries: entries.map((e): MirrorEntry => {
      const mirrors = e.mirrors ?? [];
      const policy = e.mirrorSourcePolicy ?? '';
      return {
        source: e.source,
        mirrors,
        mirrorSourcePolicy: policy,
        loc: loc(file),
        sourceLoc: loc(file),
        mirrorLocs: mirrors.map(() => loc(file)),
        ...(policy !== '' ? { policyLoc: loc(file) } : {})
      };
    })
  };
}

export interface VectorInput {
  imageDigestMirrorSets?: Array<{ imageDigestMirrors?: SpecEntry[] | null }>;
  imageTagMirrorSets?: Array<{ imageTagMirrors?: SpecEntry[] | null }>;
}

export function modelFromVector(input: VectorInput): ClusterModel {
  const model = emptyModel();
  model.idms = (input.imageDigestMirrorSets ?? []).map((o, i) =>
    mirrorSetObject('ImageDigestMirrorSet', `idms-${i}`, o.imageDigestMirrors ?? [])
  );
  model.itms = (input.imageTagMirrorSets ?? []).map((o, i) =>
    mirrorSetObject('ImageTagMirrorSet', `itms-${i}`, o.imageTagMirrors ?? [])
  );
  return model;
}

export function idms(...sets: SpecEntry[][]): ClusterModel {
  return modelFromVector({ imageDigestMirrorSets: sets.map((s) => ({ imageDigestMirrors: s })) });
}
