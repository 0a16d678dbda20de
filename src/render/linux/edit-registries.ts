import type { RegistriesConf, Registry, RegistryMirror } from '../../model/registries-conf.js';
import { registryScope } from '../../model/registries-conf.js';
import { goSharpV } from './go-format.js';
import {
  mergedDigestMirrorSets,
  mergedTagMirrorSets,
  MirrorSets,
  type MergedMirrorSet,
  type MirrorRule
} from './mirror-sets.js';
import { scopeIsNestedInsideScope } from './scopes.js';

/** An error runtime-utils returns; the message is the operator's own text. */
export class EditRegistriesError extends Error {
  constructor(
    message: string,
    /** The mirror-set source whose processing failed, for pointing at the object. */
    readonly source?: string
  ) {
    super(message);
  }
}

export interface EditOptions {
  /**
   * OCP <= 4.12 (runtime-utils before IDMS/ITMS): ICSP rules only, `mirror-by-digest-only = true` on the
   * source entry and plain mirrors, and nested propagation copies that flag.
   */
  legacyMirrorByDigestOnly?: boolean;
}

/** runtime-utils `mirrorsAdjustedForNestedScope`. */
export function mirrorsAdjustedForNestedScope(
  mirroredScope: string,
  subScope: string,
  mirrors: readonly RegistryMirror[]
): RegistryMirror[] {
  if (!scopeIsNestedInsideScope(subScope, mirroredScope)) {
    throw new EditRegistriesError(
      `internal error: mirrorsAdjustedForNestedScope for ${goSharpV(mirroredScope)} and non-subscope ${goSharpV(subScope)}`,
      mirroredScope
    );
  }
  if (mirroredScope.startsWith('*.')) {
    throw new EditRegistriesError(
      `internal error: mirrorsAdjustedForNestedScope for a wildcard scope ${goSharpV(mirroredScope)}`,
      mirroredScope
    );
  }
  if (!subScope.startsWith(mirroredScope)) {
    throw new EditRegistriesError(
      `internal error: mirrorsAdjustedForNestedScope with unexpected scopes ${goSharpV(mirroredScope)} and ${goSharpV(subScope)}`,
      mirroredScope
    );
  }
  const adjustment = subScope.slice(mirroredScope.length);
  return mirrors.map((m) => ({ ...m, location: m.location + adjustment }));
}

const cloneConf = (c: RegistriesConf): RegistriesConf => ({
  ...c,
  unqualifiedSearchRegistries: [...c.unqualifiedSearchRegistries],
  registries: c.registries.map((r) => ({ ...r, mirrors: r.mirrors.map((m) => ({ ...m })) }))
});

type EntryFor = (scope: string) => Registry;

/**
 * The entry for a scope, created (and appended) on first use: the first entry per scope, as regs.find
 * would return it; a map keeps hundreds of sources linear.
 */
function entryIndex(regs: Registry[]): EntryFor {
  const byScope = new Map<string, Registry>();
  for (const r of regs) if (!byScope.has(registryScope(r))) byScope.set(registryScope(r), r);
  return (scope) => {
    const found = byScope.get(scope);
    if (found) return found;
    const reg: Registry = {
      prefix: scope.startsWith('*.') ? scope : '',
      location: scope.startsWith('*.') ? '' : scope,
      insecure: false,
      blocked: false,
      mirrorByDigestOnly: false,
      mirrors: []
    };
    regs.push(reg);
    byScope.set(scope, reg);
    return reg;
  };
}

/** The mirror passes: ICSP alone with mirror-by-digest-only before 4.13, else digest sets then tag sets. */
function addMirrors(
  entryFor: EntryFor,
  icsp: readonly MirrorRule[],
  idms: readonly MirrorRule[],
  itms: readonly MirrorRule[],
  legacy: boolean
): MergedMirrorSet[] {
  if (legacy) {
    const sets = new MirrorSets();
    for (const r of icsp) sets.add({ source: r.source, mirrors: r.mirrors, mirrorSourcePolicy: '' });
    const merged = sets.merged();
    for (const set of merged) {
      const reg = entryFor(set.source);
      reg.mirrorByDigestOnly = true;
      for (const m of set.mirrors) reg.mirrors.push({ location: m, insecure: false, pullFromMirror: '' });
    }
    return merged;
  }
  const add = (sets: MergedMirrorSet[], pullFromMirror: string): void => {
    for (const set of sets) {
      const reg = entryFor(set.source);
      if (set.neverContactSource) reg.blocked = true;
      for (const m of set.mirrors) reg.mirrors.push({ location: m, insecure: false, pullFromMirror });
    }
  };
  const digestSets = mergedDigestMirrorSets(idms, icsp);
  add(digestSets, 'digest-only');
  const tagSets = mergedTagMirrorSets(itms);
  add(tagSets, 'tag-only');
  return [...digestSets, ...tagSets];
}

/** The insecure pass, then the blocked pass: each flags the scope and every entry (and mirror) nested in it. */
function markInsecureAndBlocked(
  regs: Registry[],
  entryFor: EntryFor,
  insecureScopes: readonly string[],
  blockedScopes: readonly string[]
): void {
  // Blocked entries must exist before the insecure pass so that nested wildcard entries get both flags.
  for (const scope of blockedScopes) entryFor(scope);
  for (const insecureScope of insecureScopes) {
    entryFor(insecureScope).insecure = true;
    for (const reg of regs) {
      if (scopeIsNestedInsideScope(registryScope(reg), insecureScope)) reg.insecure = true;
      for (const m of reg.mirrors) {
        if (scopeIsNestedInsideScope(m.location, insecureScope)) m.insecure = true;
      }
    }
  }
  for (const blockedScope of blockedScopes) {
    entryFor(blockedScope).blocked = true;
    for (const reg of regs) {
      if (scopeIsNestedInsideScope(registryScope(reg), blockedScope)) reg.blocked = true;
    }
  }
}

/**
 * Only the most specific entry applies on the node, so mirror-less sub-scopes inherit their parent's mirrors.
 * Only entries without mirrors can inherit; the list is taken once (it only shrinks) so that hundreds
 * of mirrored sources do not cost sources x entries scope comparisons.
 */
function inheritMirrors(regs: Registry[], entryFor: EntryFor, allSets: MergedMirrorSet[], legacy: boolean): void {
  const mirrorless = regs.filter((r) => r.mirrors.length === 0);
  if (mirrorless.length === 0) return;
  for (const set of allSets) {
    const mirroredReg = entryFor(set.source);
    const mirroredScope = registryScope(mirroredReg);
    for (const reg of mirrorless) {
      const scope = registryScope(reg);
      if (scope !== mirroredScope && scopeIsNestedInsideScope(scope, mirroredScope) && reg.mirrors.length === 0) {
        if (legacy) reg.mirrorByDigestOnly = mirroredReg.mirrorByDigestOnly;
        reg.mirrors = mirrorsAdjustedForNestedScope(mirroredScope, scope, mirroredReg.mirrors);
      }
    }
  }
}

/**
 * runtime-utils `EditRegistriesConfig(config, insecureScopes, blockedScopes, icsp, idms, itms)`, returning
 * an edited copy. Entry identity is exact scope-string equality, entries are created in first-use order,
 * and the passes run in the operator's order, because each of those shows in the bytes on the node.
 */
export function editRegistriesConfig(
  config: RegistriesConf,
  insecureScopes: readonly string[] | undefined,
  blockedScopes: readonly string[] | undefined,
  icsp: readonly MirrorRule[],
  idms: readonly MirrorRule[],
  itms: readonly MirrorRule[],
  opts: EditOptions = {}
): RegistriesConf {
  const conf = cloneConf(config);
  const legacy = opts.legacyMirrorByDigestOnly ?? false;
  const entryFor = entryIndex(conf.registries);
  const allSets = addMirrors(entryFor, icsp, idms, itms, legacy);
  markInsecureAndBlocked(conf.registries, entryFor, insecureScopes ?? [], blockedScopes ?? []);
  inheritMirrors(conf.registries, entryFor, allSets, legacy);
  return conf;
}
