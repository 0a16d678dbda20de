/**
 * Objects the API server would refuse because of their kind or apiVersion at the planned OpenShift
 * version. Each one is an error naming the line of `kind:`: the object is part of the pull request but
 * can never reach a node, so a plan that passed without it would describe a change that is not made.
 */
import type { ManifestDoc } from './manifest.js';
import { nearMissKind } from './near-miss.js';
import { describeNotServed, isKnownKind, isOpenShiftGroup, servedAt } from './served-kinds.js';
import type { Finding } from './types.js';
import type { OcpVersion } from './version.js';

export const KIND_NOT_SERVED = 'kind-not-served';
export const KIND_MISSPELLED = 'kind-misspelled';

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/', 1)[0]! : '');

function objectId(doc: ManifestDoc): string {
  return `${doc.kind}/${doc.name || '(unnamed)'}`;
}

/** Findings for every document whose kind the planned version does not serve, or that misspells one. */
export function kindFindings(docs: readonly ManifestDoc[], version: OcpVersion): Finding[] {
  const out: Finding[] = [];
  for (const doc of docs) {
    const line = doc.lineOf(['kind']);
    if (isKnownKind(doc.kind)) {
      const s = servedAt(doc.kind, doc.apiVersion, version);
      if (!s || s.served) continue;
      out.push({
        rule: KIND_NOT_SERVED,
        severity: 'error',
        message: `${objectId(doc)} (apiVersion ${doc.apiVersion || '(none)'}): ${describeNotServed(doc.kind, doc.apiVersion, version, s)}`,
        file: doc.file,
        line,
        object: objectId(doc)
      });
      continue;
    }
    if (!isOpenShiftGroup(groupOf(doc.apiVersion))) continue;
    const near = nearMissKind(doc.kind);
    if (!near) continue;
    out.push({
      rule: KIND_MISSPELLED,
      severity: 'error',
      message:
        `${objectId(doc)}: kind "${doc.kind}" in ${doc.apiVersion} is not a kind the API serves; it looks like ${near}. ` +
        'The API server refuses the object, so it never reaches a node and this plan does not include it. Fix the kind name.',
      file: doc.file,
      line,
      object: objectId(doc)
    });
  }
  return out;
}
