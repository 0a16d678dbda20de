import type { Finding, Loc, MirrorEntry, MirrorSetObject } from '../../model/types.js';
import { RULES_BY_ID, type RuleId } from '../../model/rule-catalog.js';
import type { Emit } from '../types.js';

const MAX_LISTED = 4;

export function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

/** A finding of `rule` at its catalog severity unless the check grades it. */
export function finding(rule: RuleId, e: Emit): Finding {
  const info = RULES_BY_ID.get(rule);
  if (!info) throw new Error(`rule ${rule} is not in the catalog`);
  return {
    rule,
    severity: e.severity ?? info.severity,
    message: e.message,
    file: e.loc.file,
    line: e.loc.line,
    ...(e.object ? { object: e.object } : {}),
    ...(e.subject ? { subject: e.subject } : {})
  };
}

export const objectId = (o: { kind: string; name: string }): string => `${o.kind}/${o.name}`;

/** The host[:port] of a registry scope or mirror (`*.example.com` stays as written). */
export const hostOf = (scope: string): string => scope.split('/')[0]!;

export interface LocatedEntry {
  object: MirrorSetObject;
  entry: MirrorEntry;
}

export const entriesOf = (objects: readonly MirrorSetObject[]): LocatedEntry[] =>
  objects.flatMap((object) => object.entries.map((entry) => ({ object, entry })));

export const mirrorLoc = (e: MirrorEntry, i: number): Loc => e.mirrorLocs[i] ?? e.loc;
