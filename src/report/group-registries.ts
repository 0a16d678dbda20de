import type { RegistrySummary } from '../diff/semantic.js';

/**
 * Large changes, summarised. A pull request that adds a 630-entry ImageContentSourcePolicy (old
 * `oc adm catalog mirror` output) changes 630 source registries the same way: "mirror
 * mirror.corp.example/<path> (digest-only) added". A reviewer wants "630 sources gain a digest-only
 * mirror on mirror.corp.example", with a few examples, not 630 rows. The rows are grouped by kind of
 * change and the host it concerns (the mirror's host where a mirror is named, else the source's).
 */

export interface RegistryChangeGroup {
  /** The change with names taken out, e.g. "mirror added (digest-only)". */
  kind: string;
  /** The host the change concerns: the mirror host, or the source registry's host. */
  host: string;
  /** Source registries with this change, in report order. */
  sources: string[];
  /** The first few original lines, with their source. */
  examples: Array<{ source: string; line: string }>;
}

/** Lists up to this many registries stay as they are; longer ones are grouped. */
export const GROUP_THRESHOLD = 20;
const EXAMPLES = 3;

const hostOf = (ref: string): string => {
  const noScheme = ref.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = noScheme.indexOf('/');
  return slash < 0 ? noScheme : noScheme.slice(0, slash);
};

/**
 * The kind and host of one summary line as diff/semantic.ts words it. Patterns are anchored and have no
 * nested quantifiers (linear time on repository text); a line of another shape is its own kind.
 */
export function classifyChange(source: string, line: string): { kind: string; host: string } {
  let m = /^mirror (\S+) \(([^()]*)\) (added|removed)$/.exec(line);
  if (m) return { kind: `mirror ${m[3]} (${m[2]})`, host: hostOf(m[1]!) };
  m = /^mirror (\S+): (.*)$/.exec(line);
  if (m) return { kind: `mirror: ${m[2]}`, host: hostOf(m[1]!) };
  m = /^Windows: mirror host (\S+) (added|removed)/.exec(line);
  if (m) return { kind: `Windows: mirror host ${m[2]}`, host: hostOf(m[1]!) };
  m = /^Windows: hosts\.toml (added|removed)/.exec(line);
  if (m) return { kind: `Windows: hosts.toml ${m[1]}`, host: hostOf(source) };
  m = /^mirrors reordered: /.exec(line);
  if (m) return { kind: 'mirrors reordered', host: hostOf(source) };
  return { kind: line, host: hostOf(source) };
}

/** Groups per-registry summary lines by kind of change and host; biggest groups first. Pure. */
export function groupRegistryChanges(registries: readonly RegistrySummary[]): RegistryChangeGroup[] {
  const groups = new Map<string, RegistryChangeGroup>();
  const seen = new Set<string>();
  for (const r of registries) {
    for (const line of r.summary) {
      const { kind, host } = classifyChange(r.source, line);
      const key = JSON.stringify([kind, host]);
      let g = groups.get(key);
      if (!g) {
        g = { kind, host, sources: [], examples: [] };
        groups.set(key, g);
      }
      const member = JSON.stringify([key, r.source]);
      if (!seen.has(member)) {
        seen.add(member);
        g.sources.push(r.source);
      }
      if (g.examples.length < EXAMPLES) g.examples.push({ source: r.source, line });
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.sources.length - a.sources.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
  );
}

/** True when the per-registry list is long enough that a reviewer wants it grouped. */
export function shouldGroup(registries: readonly RegistrySummary[]): boolean {
  return registries.length > GROUP_THRESHOLD;
}
