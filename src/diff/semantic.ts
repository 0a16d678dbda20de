import { parse as parseToml } from 'smol-toml';
import {
  POLICY_JSON,
  REGISTRIES_CONF,
  SEARCH_REGISTRIES_DROPIN as SEARCH_DROPIN,
  WINDOWS_CA_BUNDLE as WINDOWS_CA_BUNDLE_PATH
} from '../model/node-paths.js';
import { parseRegistriesConf, registriesEqual, registryScope, type Registry } from '../model/registries-conf.js';
import type { NodeFile } from '../render/types.js';
import { caBundleHosts } from '../render/windows/ca-bundle.js';
import { signaturePolicyChanges } from './signature-summary.js';

/** What a reviewer reads first: per source registry, what changes in plain words. */
export interface RegistrySummary {
  source: string;
  summary: string[];
}

// The two patterns spell out DOCKER_CERTS_D and CONTAINERD_REGISTRIES_DIR (model/node-paths.ts).
const CERTS_D = /^\/etc\/docker\/certs\.d\/([^/]+)\/ca\.crt$/;
const HOSTS_TOML = /^C:\\k\\containerd\\registries\\(.+)\\hosts\.toml$/;

const byPath = (files: NodeFile[], path: string): NodeFile | undefined => files.find((f) => f.path === path);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function mirrorLabel(m: { location: string; pullFromMirror: string; insecure: boolean }, reg: Registry): string {
  const mode = m.pullFromMirror || (reg.mirrorByDigestOnly ? 'digest-only' : 'all');
  return `${m.location} (${mode}${m.insecure ? ', insecure' : ''})`;
}

function linuxEntries(before: NodeFile[], after: NodeFile[], add: (src: string, line: string) => void): void {
  const b = new Map(
    parseRegistriesConf(byPath(before, REGISTRIES_CONF)?.content).registries.map((r) => [registryScope(r), r])
  );
  const a = new Map(
    parseRegistriesConf(byPath(after, REGISTRIES_CONF)?.content).registries.map((r) => [registryScope(r), r])
  );
  for (const scope of [...new Set([...b.keys(), ...a.keys()])].sort(cmp)) {
    const o = b.get(scope);
    const n = a.get(scope);
    if (!o && n) {
      for (const m of n.mirrors) add(scope, `mirror ${mirrorLabel(m, n)} added`);
      if (n.blocked)
        add(
          scope,
          n.mirrors.length ? 'source is never contacted (only its mirrors are)' : 'blocked: pulls are refused'
        );
      if (n.insecure) add(scope, 'insecure: TLS verification off, plain HTTP allowed');
      continue;
    }
    if (o && !n) {
      for (const m of o.mirrors) add(scope, `mirror ${mirrorLabel(m, o)} removed`);
      if (o.blocked) add(scope, o.mirrors.length ? 'source is contacted again' : 'no longer blocked');
      if (o.insecure) add(scope, 'no longer insecure');
      continue;
    }
    // Most entries are the same on both sides, and an equal pair has nothing to say.
    if (!o || !n || registriesEqual(o, n)) continue;
    mirrorChanges(scope, o, n, add);
    if (o.blocked !== n.blocked) {
      add(
        scope,
        n.blocked
          ? n.mirrors.length
            ? 'source is no longer contacted (NeverContactSource or blocked): pulls go only to its mirrors'
            : 'now blocked: pulls are refused'
          : o.mirrors.length
            ? 'source is contacted again after its mirrors'
            : 'no longer blocked'
      );
    }
    if (o.insecure !== n.insecure)
      add(scope, n.insecure ? 'now insecure: TLS verification off, plain HTTP allowed' : 'no longer insecure');
    if (o.mirrorByDigestOnly !== n.mirrorByDigestOnly)
      add(scope, `mirror-by-digest-only ${o.mirrorByDigestOnly} → ${n.mirrorByDigestOnly}`);
  }
}

// The registry-level mirror-by-digest-only flag has its own summary line; mirrors compare by their own mode.
const modeOf = (m: { pullFromMirror: string }, _reg: Registry): string => m.pullFromMirror || 'all';
const mirrorKey = (m: { location: string; pullFromMirror: string }, reg: Registry): string =>
  `${m.location}\0${modeOf(m, reg)}`;

/**
 * Mirror changes of one registry entry. An ImageDigestMirrorSet and an ImageTagMirrorSet may give the
 * same mirror location twice (digest-only and tag-only, oc-mirror's standard output), so mirrors are
 * told apart by location and pull-from-mirror: adding the ITMS entry reads "tag-only entry added beside
 * the digest-only one", not as a mode flip or a reorder.
 */
function mirrorChanges(scope: string, o: Registry, n: Registry, add: (src: string, line: string) => void): void {
  const oKeys = o.mirrors.map((m) => mirrorKey(m, o));
  const nKeys = n.mirrors.map((m) => mirrorKey(m, n));
  const oLocs = new Set(o.mirrors.map((m) => m.location));
  const nLocs = new Set(n.mirrors.map((m) => m.location));
  const flipped = new Set<string>();
  // One entry per location on both sides, with a different mode: a real pull-from-mirror change.
  for (const loc of oLocs) {
    const before = o.mirrors.filter((m) => m.location === loc);
    const after = n.mirrors.filter((m) => m.location === loc);
    if (before.length === 1 && after.length === 1 && modeOf(before[0]!, o) !== modeOf(after[0]!, n)) {
      add(scope, `mirror ${loc}: pull-from-mirror ${modeOf(before[0]!, o)} → ${modeOf(after[0]!, n)}`);
      flipped.add(loc);
    }
  }
  n.mirrors.forEach((m, i) => {
    if (flipped.has(m.location) || oKeys.includes(nKeys[i]!)) return;
    const kept = o.mirrors.filter((x) => x.location === m.location && nKeys.includes(mirrorKey(x, o)));
    add(
      scope,
      kept.length
        ? `mirror ${mirrorLabel(m, n)} added beside its ${kept.map((x) => modeOf(x, o)).join(', ')} entry (that entry unchanged)`
        : `mirror ${mirrorLabel(m, n)} added`
    );
  });
  o.mirrors.forEach((m, i) => {
    if (flipped.has(m.location) || nKeys.includes(oKeys[i]!)) return;
    const kept =
      nLocs.has(m.location) && n.mirrors.some((x) => x.location === m.location && oKeys.includes(mirrorKey(x, n)));
    add(scope, `mirror ${mirrorLabel(m, o)} removed${kept ? ' (its other entry stays)' : ''}`);
  });
  n.mirrors.forEach((m, i) => {
    const j = oKeys.indexOf(nKeys[i]!);
    if (j >= 0 && o.mirrors[j]!.insecure !== m.insecure)
      add(scope, `mirror ${m.location}: ${m.insecure ? 'now insecure' : 'no longer insecure'}`);
  });
  const twice = (loc: string): boolean =>
    o.mirrors.filter((m) => m.location === loc).length > 1 || n.mirrors.filter((m) => m.location === loc).length > 1;
  const label = (k: string): string => {
    const [loc, mode] = k.split('\0') as [string, string];
    return twice(loc) ? `${loc} (${mode})` : loc;
  };
  const oc = oKeys.filter((k) => nKeys.includes(k));
  const nc = nKeys.filter((k) => oKeys.includes(k));
  if (oc.join('\n') !== nc.join('\n'))
    add(scope, `mirrors reordered: ${oc.map(label).join(', ')} → ${nc.map(label).join(', ')}`);
}

type Scopes = Map<string, string>;

function policyScopes(file: NodeFile | undefined): { def: string; scopes: Scopes } {
  const scopes: Scopes = new Map();
  if (!file) return { def: 'insecureAcceptAnything', scopes };
  try {
    const p = JSON.parse(file.content) as {
      default?: { type: string }[];
      transports?: { docker?: Record<string, { type: string }[]> };
    };
    for (const [scope, reqs] of Object.entries(p.transports?.docker ?? {}))
      scopes.set(scope, reqs.map((r) => r.type).join('+'));
    return { def: (p.default ?? []).map((r) => r.type).join('+'), scopes };
  } catch {
    return { def: 'unreadable', scopes };
  }
}

function policy(before: NodeFile[], after: NodeFile[], add: (src: string, line: string) => void): void {
  const o = policyScopes(byPath(before, POLICY_JSON));
  const n = policyScopes(byPath(after, POLICY_JSON));
  const word = (t: string | undefined): string =>
    t === undefined ? 'default policy' : t === 'reject' ? 'rejected' : t === 'insecureAcceptAnything' ? 'allowed' : t;
  if (o.def !== n.def) add('(all registries)', `policy.json default: ${word(o.def)} → ${word(n.def)}`);
  for (const scope of [...new Set([...o.scopes.keys(), ...n.scopes.keys()])].sort(cmp)) {
    const ot = o.scopes.get(scope);
    const nt = n.scopes.get(scope);
    // Signature requirements are worded by signaturePolicyChanges; only the rest is said here.
    const plain = (t: string | undefined): string | undefined =>
      t
        ?.split('+')
        .filter((x) => x !== 'sigstoreSigned')
        .join('+') || undefined;
    if (plain(ot) !== plain(nt)) add(scope, `policy.json: ${word(plain(ot))} → ${word(plain(nt))}`);
  }
}

function searchRegistries(before: NodeFile[], after: NodeFile[], add: (src: string, line: string) => void): void {
  const list = (files: NodeFile[]): string[] => {
    const drop = byPath(files, SEARCH_DROPIN);
    return drop ? parseRegistriesConf(drop.content).unqualifiedSearchRegistries : [];
  };
  const o = list(before);
  const n = list(after);
  for (const r of n)
    if (!o.includes(r)) add(r, 'added to the unqualified-search registries (short names may now resolve here)');
  for (const r of o) if (!n.includes(r)) add(r, 'removed from the unqualified-search registries');
  const oc = o.filter((x) => n.includes(x));
  const nc = n.filter((x) => o.includes(x));
  if (oc.join() !== nc.join()) add('(search registries)', `search order ${oc.join(', ')} → ${nc.join(', ')}`);
}

function certs(before: NodeFile[], after: NodeFile[], add: (src: string, line: string) => void): void {
  const map = (files: NodeFile[]): Map<string, string> =>
    new Map(
      files.flatMap((f) => (CERTS_D.test(f.path) ? [[CERTS_D.exec(f.path)![1]!, f.content] as [string, string]] : []))
    );
  const o = map(before);
  const n = map(after);
  for (const [h, c] of n)
    if (!o.has(h)) add(h, 'trusted CA added (certs.d)');
    else if (o.get(h) !== c) add(h, 'trusted CA changed (certs.d)');
  for (const h of o.keys()) if (!n.has(h)) add(h, 'trusted CA removed (certs.d)');
}

interface HostsView {
  server: string;
  hosts: string[];
  caps: Map<string, string>;
}

function hostsView(content: string): HostsView {
  try {
    const t = parseToml(content) as { server?: string; host?: Record<string, { capabilities?: string[] }> };
    const hosts = Object.keys(t.host ?? {});
    return {
      server: t.server ?? '',
      hosts,
      caps: new Map(hosts.map((h) => [h, (t.host![h]!.capabilities ?? []).join(',')]))
    };
  } catch {
    return { server: '(invalid TOML: containerd ignores this file)', hosts: [], caps: new Map() };
  }
}

/** Hosts whose part of the Windows trust bundle (C:\k\ca-bundle.crt) changes. */
function windowsCaBundle(before: NodeFile[], after: NodeFile[], add: (src: string, line: string) => void): void {
  const o = caBundleHosts(byPath(before, WINDOWS_CA_BUNDLE_PATH)?.content ?? '');
  const n = caBundleHosts(byPath(after, WINDOWS_CA_BUNDLE_PATH)?.content ?? '');
  const next = "at each Windows node's next WMCO configuration";
  for (const h of [...new Set([...o.keys(), ...n.keys()])].sort(cmp)) {
    if (!o.has(h)) add(h, `Windows: trusted CA added to C:\\k\\ca-bundle.crt (${next})`);
    else if (!n.has(h)) add(h, `Windows: trusted CA removed from C:\\k\\ca-bundle.crt (${next})`);
    else if (o.get(h) !== n.get(h)) add(h, `Windows: trusted CA changed in C:\\k\\ca-bundle.crt (${next})`);
  }
}

function windows(before: NodeFile[], after: NodeFile[], add: (src: string, line: string) => void): void {
  const map = (files: NodeFile[]): Map<string, string> =>
    new Map(
      files.flatMap((f) =>
        HOSTS_TOML.test(f.path) ? [[HOSTS_TOML.exec(f.path)![1]!, f.content] as [string, string]] : []
      )
    );
  const o = map(before);
  const n = map(after);
  for (const reg of [...new Set([...o.keys(), ...n.keys()])].sort(cmp)) {
    const ov = o.has(reg) ? hostsView(o.get(reg)!) : undefined;
    const nv = n.has(reg) ? hostsView(n.get(reg)!) : undefined;
    if (!ov && nv)
      add(reg, `Windows: hosts.toml added (${nv.hosts.length} mirror host(s), fallback ${nv.server || 'none'})`);
    else if (ov && !nv) add(reg, 'Windows: hosts.toml removed (containerd pulls from the registry itself)');
    else if (ov && nv) {
      for (const h of nv.hosts)
        if (!ov.hosts.includes(h)) add(reg, `Windows: mirror host ${h} added [${nv.caps.get(h)}]`);
      for (const h of ov.hosts) if (!nv.hosts.includes(h)) add(reg, `Windows: mirror host ${h} removed`);
      for (const h of nv.hosts)
        if (ov.caps.has(h) && ov.caps.get(h) !== nv.caps.get(h))
          add(reg, `Windows: ${h} capabilities [${ov.caps.get(h)}] → [${nv.caps.get(h)}]`);
      if (ov.server !== nv.server) add(reg, `Windows: fallback server ${ov.server} → ${nv.server}`);
    }
  }
}

/**
 * Summaries from the rendered node files of both sides. Because the files are already in the operators'
 * canonical order, the summary does not move when oc-mirror rewrites and reorders whole objects.
 */
export function summarizeRegistries(
  before: NodeFile[],
  after: NodeFile[],
  opts: { windows: boolean; pools?: readonly string[] } = { windows: true }
): RegistrySummary[] {
  const out = new Map<string, string[]>();
  const add = (src: string, line: string): void => {
    if (!out.has(src)) out.set(src, []);
    out.get(src)!.push(line);
  };
  linuxEntries(before, after, add);
  policy(before, after, add);
  for (const c of signaturePolicyChanges(before, after, opts.pools ?? [])) add(c.source, c.line);
  searchRegistries(before, after, add);
  certs(before, after, add);
  // Without Windows nodes the hosts.toml files are rendered but reach no node: no summary lines.
  if (opts.windows) {
    windows(before, after, add);
    windowsCaBundle(before, after, add);
  }
  return [...out.keys()].sort(cmp).map((source) => ({ source, summary: out.get(source)! }));
}
