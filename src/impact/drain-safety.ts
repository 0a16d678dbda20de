import {
  parseRegistriesConf,
  registriesEqual,
  registryScope,
  type Registry,
  type RegistryMirror
} from '../model/registries-conf.js';

/**
 * Which generation of MCO `isSafeContainerRegistryConfChanges` (pkg/daemon/drain.go) to apply.
 * - `pull-from-mirror` (4.13+): per-mirror `pull-from-mirror = "digest-only"` decides.
 * - `mirror-by-digest-only` (4.8–4.12, BZ 1943315): the registry-level flag decides, and the check's
 *   `else` branch also covers registries that did not change at all.
 */
export type DrainCheckVariant = 'pull-from-mirror' | 'mirror-by-digest-only';

export interface RegistryChangeCheck {
  /** true: the MCD skips the drain for this registries.conf change. */
  safe: boolean;
  /** Every rule the change breaks, in plain words (the MCD stops at the first; we list all). */
  unsafe: string[];
  /** Changes the check accepted, so the report can say why no drain happens. */
  safeChanges: string[];
}

const DIGEST_ONLY = 'digest-only';

const q = (s: string): string => `"${s}"`;
const list = (xs: string[]): string => `[${xs.map(q).join(', ')}]`;
const pfm = (m: RegistryMirror): string => (m.pullFromMirror === '' ? 'unset' : m.pullFromMirror);

/** Go map semantics: a later entry with the same scope overwrites an earlier one. */
function byScope(regs: Registry[]): Map<string, Registry> {
  const m = new Map<string, Registry>();
  for (const r of regs) m.set(registryScope(r), r);
  return m;
}

const findMirror = (loc: string, mirrors: RegistryMirror[]): RegistryMirror | undefined =>
  mirrors.find((m) => m.location === loc);

/** The old entry is still there unchanged: the new entry of the same location was added beside it. */
const keptBeside = (old: RegistryMirror, now: RegistryMirror[]): boolean =>
  now.some((m) => m.location === old.location && m.pullFromMirror === old.pullFromMirror);

/** Mirrors are told apart by location and pull-from-mirror (an IDMS and an ITMS entry may share a location). */
const mirrorKey = (m: RegistryMirror): string => `${m.location} (${m.pullFromMirror || 'all'})`;

function allDigestOnlyMirror(reg: Registry): boolean {
  if (reg.mirrors.length === 0) return reg.mirrorByDigestOnly;
  return reg.mirrors.every((m) => m.pullFromMirror === DIGEST_ONLY);
}

function checkSearchList(oldList: string[], newList: string[], out: RegistryChangeCheck): void {
  if (oldList.length > newList.length) {
    out.unsafe.push(`unqualified-search-registries shrank from ${list(oldList)} to ${list(newList)}`);
    return;
  }
  for (let i = 0; i < oldList.length; i++) {
    if (newList[i] !== oldList[i]) {
      out.unsafe.push(
        `unqualified-search-registries changed order or content: ${list(oldList)} became ${list(newList)} (only appending is safe)`
      );
      return;
    }
  }
  if (newList.length > oldList.length) {
    out.safeChanges.push(`unqualified-search-registries: ${list(newList.slice(oldList.length))} appended`);
  }
}

function describeSafeModification(scope: string, o: Registry, n: Registry): string {
  const parts: string[] = [];
  const added = n.mirrors.filter((m) => !findMirror(m.location, o.mirrors)).map((m) => m.location);
  if (added.length > 0) parts.push(`mirror${added.length > 1 ? 's' : ''} ${added.join(', ')} added as digest-only`);
  for (const m of n.mirrors) {
    const old = findMirror(m.location, o.mirrors);
    if (old && old.pullFromMirror !== m.pullFromMirror) {
      parts.push(`mirror ${m.location} pull-from-mirror ${pfm(old)} → ${pfm(m)}`);
    }
    if (old && old.insecure !== m.insecure) parts.push(`mirror ${m.location} insecure flag changed (not compared)`);
  }
  const oldKeys = o.mirrors.map(mirrorKey);
  const newKeys = n.mirrors.map(mirrorKey);
  const oldOrder = oldKeys.filter((k) => newKeys.includes(k));
  const newOrder = newKeys.filter((k) => oldKeys.includes(k));
  if (oldOrder.join('\n') !== newOrder.join('\n')) parts.push('mirrors reordered');
  if (o.mirrorByDigestOnly !== n.mirrorByDigestOnly) {
    parts.push(`mirror-by-digest-only ${o.mirrorByDigestOnly} → ${n.mirrorByDigestOnly}`);
  }
  return `registry ${q(scope)}: ${parts.length > 0 ? parts.join('; ') : 'entry changed'}`;
}

/** 4.13+ rules (linux-mco.md §3.4). */
function checkPullFromMirror(
  oldMap: Map<string, Registry>,
  newMap: Map<string, Registry>,
  out: RegistryChangeCheck
): void {
  for (const [scope, n] of newMap) {
    const o = oldMap.get(scope);
    if (!o) {
      if (!allDigestOnlyMirror(n)) {
        if (n.mirrors.length === 0) {
          const what = [n.insecure ? 'insecure' : '', n.blocked ? 'blocked' : ''].filter(Boolean).join(' and ');
          out.unsafe.push(
            `new registry ${q(scope)}${what ? ` (${what})` : ''} has no mirrors and is not mirror-by-digest-only`
          );
        } else {
          const bad = n.mirrors.filter((m) => m.pullFromMirror !== DIGEST_ONLY);
          out.unsafe.push(
            `new registry ${q(scope)} has ${bad.length > 1 ? 'mirrors that are' : 'a mirror that is'} not digest-only: ` +
              bad.map((m) => `${m.location} (pull-from-mirror ${pfm(m)})`).join(', ')
          );
        }
      } else {
        out.safeChanges.push(
          `new registry ${q(scope)} with only digest-only mirrors` +
            (n.blocked ? ' (source blocked: NeverContactSource)' : '')
        );
      }
      continue;
    }
    if (registriesEqual(o, n)) continue;
    const before = out.unsafe.length;
    if (o.prefix !== n.prefix)
      out.unsafe.push(`registry ${q(scope)}: prefix changed from ${q(o.prefix)} to ${q(n.prefix)}`);
    if (o.location !== n.location) {
      out.unsafe.push(`registry ${q(scope)}: location changed from ${q(o.location)} to ${q(n.location)}`);
    }
    if (o.blocked !== n.blocked)
      out.unsafe.push(`registry ${q(scope)}: blocked changed from ${o.blocked} to ${n.blocked}`);
    if (o.insecure !== n.insecure) {
      out.unsafe.push(`registry ${q(scope)}: insecure changed from ${o.insecure} to ${n.insecure}`);
    }
    for (const m of o.mirrors) {
      if (!findMirror(m.location, n.mirrors)) out.unsafe.push(`registry ${q(scope)}: mirror ${m.location} removed`);
    }
    for (const m of n.mirrors) {
      const old = findMirror(m.location, o.mirrors);
      if (old) {
        if (m.pullFromMirror !== old.pullFromMirror && m.pullFromMirror !== DIGEST_ONLY) {
          out.unsafe.push(
            keptBeside(old, n.mirrors)
              ? `registry ${q(scope)}: a ${pfm(m)} entry for mirror ${m.location} was added beside its ${pfm(old)} entry ` +
                  `(an ImageTagMirrorSet next to an ImageDigestMirrorSet; the ${pfm(old)} mirrors are unchanged). The MCD ` +
                  `compares each mirror with the first old entry of the same location, reads pull-from-mirror ${pfm(old)} → ${pfm(m)}, and drains`
              : `registry ${q(scope)}: mirror ${m.location} pull-from-mirror changed from ${pfm(old)} to ${pfm(m)}`
          );
        }
      } else if (m.pullFromMirror !== DIGEST_ONLY && !n.mirrorByDigestOnly) {
        out.unsafe.push(
          `registry ${q(scope)}: mirror ${m.location} added with pull-from-mirror ${pfm(m)} (not digest-only)`
        );
      }
    }
    if (out.unsafe.length === before) out.safeChanges.push(describeSafeModification(scope, o, n));
  }
}

/** 4.8–4.12 rules: registry-level `mirror-by-digest-only` decides (drain.go before the IDMS/ITMS rewrite). */
function checkMirrorByDigestOnly(
  oldMap: Map<string, Registry>,
  newMap: Map<string, Registry>,
  out: RegistryChangeCheck
): void {
  for (const [scope, n] of newMap) {
    const o = oldMap.get(scope);
    if (o && !registriesEqual(o, n)) {
      const before = out.unsafe.length;
      if (o.prefix !== n.prefix) {
        out.unsafe.push(`registry ${q(scope)}: prefix changed from ${q(o.prefix)} to ${q(n.prefix)}`);
      }
      if (o.location !== n.location) {
        out.unsafe.push(`registry ${q(scope)}: location changed from ${q(o.location)} to ${q(n.location)}`);
      }
      if (o.blocked !== n.blocked)
        out.unsafe.push(`registry ${q(scope)}: blocked changed from ${o.blocked} to ${n.blocked}`);
      if (o.insecure !== n.insecure) {
        out.unsafe.push(`registry ${q(scope)}: insecure changed from ${o.insecure} to ${n.insecure}`);
      }
      if (o.mirrorByDigestOnly === n.mirrorByDigestOnly) {
        for (const m of o.mirrors) {
          if (!findMirror(m.location, n.mirrors)) out.unsafe.push(`registry ${q(scope)}: mirror ${m.location} removed`);
        }
        for (const m of n.mirrors) {
          if (!findMirror(m.location, o.mirrors) && !n.mirrorByDigestOnly) {
            out.unsafe.push(
              `registry ${q(scope)}: mirror ${m.location} added to a registry without mirror-by-digest-only`
            );
          }
        }
      } else {
        out.unsafe.push(
          `registry ${q(scope)}: mirror-by-digest-only changed from ${o.mirrorByDigestOnly} to ${n.mirrorByDigestOnly}`
        );
      }
      if (out.unsafe.length === before) out.safeChanges.push(describeSafeModification(scope, o, n));
    } else if (!n.mirrorByDigestOnly) {
      // The 4.8–4.12 code reaches this branch for unchanged registries too, so any entry without
      // mirror-by-digest-only (an insecure or blocked scope, say) makes every registries.conf change drain.
      out.unsafe.push(
        o
          ? `registry ${q(scope)} is unchanged but not mirror-by-digest-only, which the 4.8–4.12 drain check treats as unsafe`
          : `new registry ${q(scope)} is not mirror-by-digest-only`
      );
    } else if (!o) {
      out.safeChanges.push(`new registry ${q(scope)} with mirror-by-digest-only = true`);
    }
  }
}

/**
 * MCO `isSafeContainerRegistryConfChanges`: may the node skip the drain for this registries.conf change?
 * Texts are the effective node files; `undefined` (no file) decodes to an empty config, as in Go.
 * Throws RegistriesConfParseError when a text is not TOML (the MCD fails the update then).
 */
export function isSafeContainerRegistryConfChanges(
  oldText: string | undefined,
  newText: string | undefined,
  variant: DrainCheckVariant = 'pull-from-mirror'
): RegistryChangeCheck {
  // Every pool of a cluster usually asks about the same pair of texts (ten thousand entries each).
  const last = lastCheck;
  if (last && last.oldText === oldText && last.newText === newText && last.variant === variant) {
    return { ...last.result, unsafe: [...last.result.unsafe], safeChanges: [...last.result.safeChanges] };
  }
  const result = checkRegistryConfChanges(oldText, newText, variant);
  lastCheck = { oldText, newText, variant, result };
  return { ...result, unsafe: [...result.unsafe], safeChanges: [...result.safeChanges] };
}

let lastCheck:
  { oldText?: string; newText?: string; variant: DrainCheckVariant; result: RegistryChangeCheck } | undefined;

function checkRegistryConfChanges(
  oldText: string | undefined,
  newText: string | undefined,
  variant: DrainCheckVariant
): RegistryChangeCheck {
  const oldConf = parseRegistriesConf(oldText);
  const newConf = parseRegistriesConf(newText);
  const out: RegistryChangeCheck = { safe: true, unsafe: [], safeChanges: [] };
  checkSearchList(oldConf.unqualifiedSearchRegistries, newConf.unqualifiedSearchRegistries, out);
  const oldMap = byScope(oldConf.registries);
  const newMap = byScope(newConf.registries);
  for (const scope of oldMap.keys()) {
    if (!newMap.has(scope)) out.unsafe.push(`registry ${q(scope)} removed`);
  }
  if (variant === 'pull-from-mirror') checkPullFromMirror(oldMap, newMap, out);
  else checkMirrorByDigestOnly(oldMap, newMap, out);
  out.safe = out.unsafe.length === 0;
  return out;
}
