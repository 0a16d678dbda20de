/**
 * Windows-specific findings: where WMCO's registry-level hosts.toml makes Windows nodes pull differently
 * from what the IDMS/ITMS author (thinking in Linux, repository-scoped terms) expects
 * (windows-wmco.md §3, §6). Each message says what happens on the nodes and what to do instead.
 */
import type { ClusterModel, Finding, Loc, WorkloadImage } from '../../model/types.js';
import { containerdHostsFor, parseImageRef } from '../../render/windows/containerd.js';
import { sortedGo } from '../../render/linux/go-format.js';
import {
  extractRegistryHostname,
  extractRegistryOrgPath,
  legacyExtractHostname
} from '../../render/windows/hostname.js';
import { tableKeyFor } from '../../render/windows/hosts-toml.js';
import { windowsInventory } from '../../render/windows/inventory.js';
import {
  NEVER_CONTACT_SOURCE,
  newMirror,
  tracedEntries,
  tracedMergedMirrorSets,
  type MergedMirrorSet,
  type TracedEntry,
  type TracedMirror,
  type WmcoFormat
} from '../../render/windows/mirror-sets.js';
import { isGlobalPullSecret } from '../../render/windows/pull-secret.js';
import { finding } from './helpers.js';
import { hostsTomlPath, type WindowsRender } from '../../render/windows/render.js';

export const PAUSE_IMAGE = 'mcr.microsoft.com/oss/kubernetes/pause';
const PAUSE_REGISTRY = 'mcr.microsoft.com';
/** Any tag does: only the path before `/manifests/` is compared. */
const PAUSE_PROBE_TAG = '3.9';
const MAX_LISTED = 3;

export interface WindowsFindingsOptions {
  /** The cluster has Windows nodes even if the repository declares none (configuration `windows.nodes`). */
  hasWindows: boolean;
}

function at(loc: Loc | undefined, fallback: Loc): Loc {
  const l = loc ?? fallback;
  return { file: l.file, line: l.line };
}

function objectOf(t: TracedEntry): string {
  return `${t.kind}/${t.objectName}`;
}

function list(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

/** The repository path of a source after its registry host, as containerd appends it at pull time. */
function sourcePath(source: string, format: WmcoFormat): string {
  if (format === 'legacy') {
    const slash = source.indexOf('/');
    return slash < 0 ? '' : source.slice(slash + 1);
  }
  return extractRegistryOrgPath(source);
}

function registryOf(host: string, format: WmcoFormat): string {
  return format === 'legacy' ? legacyExtractHostname(host) : extractRegistryHostname(host);
}

/** Windows workloads pulling from `registry` outside the repository `path` (and below it). */
function windowsImagesOutside(model: ClusterModel, registry: string, path: string): WorkloadImage[] {
  return model.workloads.filter((w) => {
    if (!w.windows) return false;
    const ref = parseImageRef(w.image);
    return ref.registry === registry && ref.repository !== path && !ref.repository.startsWith(`${path}/`);
  });
}

export function pullSecretFindings(model: ClusterModel): Finding[] {
  const s = model.pullSecret;
  if (!s || !isGlobalPullSecret(s)) return [];
  return [
    finding('pull-secret-in-repo', {
      severity: 'error',
      message:
        'The cluster pull secret openshift-config/pull-secret is committed to the repository: every registry ' +
        'credential in it is readable by anyone with access to the repository and its history. Remove it from Git, ' +
        'rotate the credentials it contains, and manage the pull secret outside Git (for example with an external ' +
        'or sealed secret). registry-plan redacts its values in everything it writes.',
      loc: s.loc,
      object: `Secret/${s.name}`
    })
  ];
}

function ignoredSettingFindings(model: ClusterModel): Finding[] {
  const out: Finding[] = [];
  for (const obj of model.icsp) {
    const sources = obj.entries.map((e) => e.source);
    out.push(
      finding('windows-ignored-setting', {
        severity: 'notice',
        message:
          `ImageContentSourcePolicy ${obj.name} has no effect on Windows nodes: WMCO reads only ImageDigestMirrorSet and ` +
          `ImageTagMirrorSet, so Windows nodes pull ${sources.length ? list(sources) : 'these images'} from the source. ` +
          'Convert it to an ImageDigestMirrorSet (oc adm migrate icsp) so Windows nodes use the mirrors too.',
        loc: at(obj.loc, obj.loc),
        object: `ImageContentSourcePolicy/${obj.name}`
      })
    );
  }
  const image = model.image;
  if (!image) return out;
  const fields: Array<[keyof typeof image & string, string[] | undefined, string]> = [
    [
      'insecureRegistries',
      image.insecureRegistries,
      'WMCO never writes plain-HTTP or skip_verify hosts, so Windows nodes still use HTTPS with certificate ' +
        'verification for these registries and their pulls fail if the registry cannot serve that. Give the registry ' +
        'a certificate the Windows nodes trust (additionalTrustedCA) instead.'
    ],
    [
      'allowedRegistries',
      image.allowedRegistries,
      'Windows nodes can still pull from any registry. Restrict Windows workloads with an admission policy if that matters.'
    ],
    [
      'blockedRegistries',
      image.blockedRegistries,
      'Windows nodes can still pull from these registries. Restrict Windows workloads with an admission policy if that matters.'
    ],
    [
      'containerRuntimeSearchRegistries',
      image.containerRuntimeSearchRegistries,
      'short image names are not expanded with these registries on Windows nodes. Use fully qualified image names in Windows workloads.'
    ]
  ];
  for (const [field, values, effect] of fields) {
    if (!values || values.length === 0) continue;
    out.push(
      finding('windows-ignored-setting', {
        severity: 'notice',
        message: `image.config.openshift.io/${image.name} ${field} (${list(values)}) has no effect on Windows nodes: ${effect}`,
        loc: at(image.fieldLocs[field], image.loc),
        object: `Image/${image.name}`
      })
    );
  }
  return out;
}

function mirrorNamingFindings(entries: TracedEntry[], format: WmcoFormat): Finding[] {
  const out: Finding[] = [];
  for (const t of entries) {
    const path = sourcePath(t.entry.source, format);
    if (path === '') continue;
    t.entry.mirrors.forEach((mirror, i) => {
      if (mirror === t.entry.source) return;
      const host = newMirror(t.entry.source, mirror, t.resolveTags, format).host;
      const requested = `${host}/${path}`;
      if (requested === mirror) return;
      out.push(
        finding('windows-mirror-naming', {
          severity: 'warning',
          message:
            `On Windows nodes, ${t.entry.source} images are requested from ${requested}, not from the mirror ${mirror}: ` +
            `WMCO keeps only "${host}" of the mirror (what is left after dropping the path it shares with the source) and ` +
            `containerd appends the full source path "${path}". Those requests miss and Windows pulls fall back to the next ` +
            `mirror or the source (or fail under NeverContactSource). Mirror the images so the mirror path ends with the ` +
            `source path, e.g. ${registryOf(mirror, format)}/<any path>/${path}.`,
          loc: at(t.entry.mirrorLocs[i], t.entry.loc),
          object: objectOf(t)
        })
      );
    });
  }
  return out;
}

function mirrorUrls(set: MergedMirrorSet<TracedMirror>, format: WmcoFormat): string[] {
  return [...new Set(set.mirrors.map((m) => tableKeyFor(format, m.host)))];
}

function registryWideFindings(model: ClusterModel, entries: TracedEntry[], format: WmcoFormat): Finding[] {
  const out: Finding[] = [];
  for (const t of entries) {
    const path = sourcePath(t.entry.source, format);
    if (path === '' || t.entry.mirrors.length === 0) continue;
    const urls = [
      ...new Set(
        t.entry.mirrors.map((m) => tableKeyFor(format, newMirror(t.entry.source, m, t.resolveTags, format).host))
      )
    ];
    const outside = windowsImagesOutside(model, t.registry, path);
    const pulls = t.resolveTags ? 'tag and digest' : 'digest';
    let message =
      `On Windows nodes this ${t.kind} entry applies to the whole registry ${t.registry}, not only ${t.entry.source}: ` +
      `WMCO writes ${list(urls)} into ${hostsTomlPath(t.registry)}, and containerd tries ${urls.length > 1 ? 'them' : 'it'} ` +
      `first for ${pulls} pulls of every ${t.registry} image, including images you did not mean to redirect.`;
    if (outside.length > 0) {
      message += ` Windows workloads affected: ${list(outside.map((w) => `${w.image} (${w.file}:${w.line})`))}.`;
    }
    message +=
      ` Make sure the mirror can serve (or cleanly reject) every ${t.registry} image Windows workloads use, or mirror at ` +
      `registry level (source ${t.registry}).`;
    out.push(
      finding('windows-registry-wide-mirror', {
        severity: outside.length > 0 ? 'warning' : 'notice',
        message,
        loc: at(t.entry.sourceLoc, t.entry.loc),
        object: objectOf(t),
        subject: t.registry
      })
    );
  }
  return out;
}

function neverContactFindings(
  model: ClusterModel,
  entries: TracedEntry[],
  sets: Map<string, MergedMirrorSet<TracedMirror>>,
  format: WmcoFormat
): Finding[] {
  const out: Finding[] = [];
  for (const t of entries) {
    if (t.entry.mirrorSourcePolicy !== NEVER_CONTACT_SOURCE) continue;
    const path = sourcePath(t.entry.source, format);
    const set = sets.get(t.registry);
    if (path === '' || !set || set.mirrorSourcePolicy !== NEVER_CONTACT_SOURCE) continue;
    const urls = mirrorUrls(set, format);
    const outside = windowsImagesOutside(model, t.registry, path);
    let message =
      `NeverContactSource on ${t.entry.source} cuts the whole registry ${t.registry} off on Windows nodes: WMCO applies ` +
      `the policy per registry, so every ${t.registry} image, not only ${t.entry.source}, is pulled only from ` +
      `${list(urls)} and never from ${t.registry}. Windows pulls of images the mirrors do not have fail.`;
    if (outside.length > 0)
      message += ` Windows workloads affected: ${list(outside.map((w) => `${w.image} (${w.file}:${w.line})`))}.`;
    message +=
      ` Mirror every ${t.registry} image Windows workloads use, or drop NeverContactSource if Windows nodes need ` +
      `${t.registry} directly.`;
    out.push(
      finding('windows-never-contact-registry-wide', {
        severity: 'warning',
        message,
        loc: at(t.entry.policyLoc, t.entry.loc),
        object: objectOf(t),
        subject: t.registry
      })
    );
  }
  return out;
}

function unsupportedSourceFindings(entries: TracedEntry[]): Finding[] {
  const out: Finding[] = [];
  for (const t of entries) {
    const reg = t.registry;
    const path = hostsTomlPath(reg);
    let message: string | undefined;
    if (reg.includes('*')) {
      message =
        `The mirrors for ${t.entry.source} are never used on Windows nodes: WMCO writes ${path}, but "*" cannot appear ` +
        'in a Windows file name and containerd never looks up wildcard directories, so Windows pulls go to the source; ' +
        'copying that directory most likely fails too, which stops WMCO from updating every Windows node. List each ' +
        'registry host as its own source.';
    } else if (reg.includes(':')) {
      const colon = reg.lastIndexOf(':');
      const host = reg.slice(0, colon);
      const port = reg.slice(colon + 1);
      message =
        `The mirrors for ${t.entry.source} are never used on Windows nodes: WMCO writes ${path}, but ":" cannot appear ` +
        `in a Windows file name and containerd 1.7 on Windows looks for "${host}_${port}_" or "${host}${port}" instead, ` +
        `so Windows pulls go straight to ${reg}; copying that directory most likely fails too, which stops WMCO from ` +
        'updating every Windows node. Use a source without a port (registry on 443) for images Windows nodes pull, or ' +
        'accept that Windows nodes pull from the source.';
    }
    if (message === undefined) continue;
    out.push(
      finding('windows-unsupported-source', {
        severity: 'warning',
        message,
        loc: at(t.entry.sourceLoc, t.entry.loc),
        object: objectOf(t)
      })
    );
  }
  return out;
}

function duplicateTableFindings(sets: MergedMirrorSet<TracedMirror>[], format: WmcoFormat): Finding[] {
  const out: Finding[] = [];
  for (const set of sets) {
    const byKey = new Map<string, TracedMirror[]>();
    for (const m of set.mirrors) {
      const key = tableKeyFor(format, m.host);
      byKey.set(key, [...(byKey.get(key) ?? []), m]);
    }
    for (const [key, mirrors] of byKey) {
      if (mirrors.length < 2) continue;
      const second = mirrors[1]!;
      const spec = mirrors.map((m) => m.origin.entry.mirrors[m.mirrorIndex]!);
      out.push(
        finding('windows-duplicate-host-table', {
          severity: 'error',
          message:
            `On Windows nodes ${hostsTomlPath(set.source)} is invalid TOML: the mirrors ${list(spec)} all reduce to the ` +
            `table [host."${key}"], which WMCO writes ${mirrors.length} times. containerd rejects the whole file, so every ` +
            `${set.source} image on Windows is pulled from ${set.source} directly, with no mirror and regardless of ` +
            'NeverContactSource. Keep only one of these mirrors, or make each mirror path end with its source path.',
          loc: at(second.origin.entry.mirrorLocs[second.mirrorIndex], second.origin.entry.loc),
          object: objectOf(second.origin)
        })
      );
    }
  }
  return out;
}

/** Objects of one kind come from an informer cache in unspecified order; kinds are always IDMS then ITMS. */
function orderIsFixed(a: TracedEntry, b: TracedEntry): boolean {
  return a.kind !== b.kind || a.objectIndex === b.objectIndex;
}

function policyOrderFindings(entries: TracedEntry[], sets: Map<string, MergedMirrorSet<TracedMirror>>): Finding[] {
  const out: Finding[] = [];
  const byRegistry = new Map<string, TracedEntry[]>();
  for (const t of entries) byRegistry.set(t.registry, [...(byRegistry.get(t.registry) ?? []), t]);
  for (const [registry, group] of byRegistry) {
    const unset = group.filter((t) => t.entry.mirrorSourcePolicy === '');
    const never = group.filter((t) => t.entry.mirrorSourcePolicy === NEVER_CONTACT_SOURCE);
    if (unset.length === 0 || never.length === 0) continue;
    const fixed = unset.every((u) => never.every((n) => orderIsFixed(u, n)));
    const result =
      sets.get(registry)?.mirrorSourcePolicy === NEVER_CONTACT_SOURCE
        ? `NeverContactSource wins and ${registry} is never contacted`
        : `the unset policy wins, NeverContactSource is dropped and ${registry} is contacted when the mirrors fail`;
    const order = fixed
      ? 'The outcome depends only on the order of these entries, which a later edit can silently change.'
      : 'The entries are in different objects of the same kind, whose order WMCO does not define (informer cache), ' +
        'so the outcome can change after a WMCO restart and differ from what this plan shows.';
    const first = unset[0]!;
    out.push(
      finding('windows-policy-order-dependent', {
        severity: 'warning',
        message:
          `${registry} has entries with mirrorSourcePolicy unset (${list(unset.map((t) => t.entry.source))}) and ` +
          `NeverContactSource (${list(never.map((t) => t.entry.source))}). WMCO keeps the first policy that is not ` +
          `AllowContactingSource for the whole registry; in the order rendered here ${result} on Windows nodes. ${order} ` +
          'Set mirrorSourcePolicy: AllowContactingSource explicitly on the unset entries (then NeverContactSource always ' +
          'wins), or NeverContactSource on all of them.',
        loc: at(first.entry.sourceLoc, first.entry.loc),
        object: objectOf(first)
      })
    );
  }
  return out;
}

function dockerHubFindings(entries: TracedEntry[], sets: Map<string, MergedMirrorSet<TracedMirror>>): Finding[] {
  const out: Finding[] = [];
  for (const t of entries) {
    const set = sets.get(t.registry);
    if (
      t.registry !== 'docker.io' ||
      !set ||
      set.mirrors.length === 0 ||
      set.mirrorSourcePolicy === NEVER_CONTACT_SOURCE
    )
      continue;
    out.push(
      finding('windows-docker-hub-source', {
        severity: 'warning',
        message:
          `On Windows nodes, Docker Hub images that the mirrors of ${t.entry.source} do not have fail to pull: WMCO writes ` +
          'server = "https://docker.io/v2", and containerd maps docker.io to registry-1.docker.io only when no server is ' +
          'set, so the fallback goes to docker.io, which does not serve the registry API (inferred from the code, not ' +
          'observed). Make sure the mirrors hold every Docker Hub image Windows workloads use.',
        loc: at(t.entry.sourceLoc, t.entry.loc),
        object: objectOf(t)
      })
    );
  }
  return out;
}

function mirrorOrderFindings(entries: TracedEntry[], format: WmcoFormat): Finding[] {
  const out: Finding[] = [];
  for (const t of entries) {
    if (t.entry.mirrors.length < 2) continue;
    const listed = [
      ...new Set(
        t.entry.mirrors.map((m) => tableKeyFor(format, newMirror(t.entry.source, m, t.resolveTags, format).host))
      )
    ];
    const tried = sortedGo(listed);
    if (listed.every((u, i) => u === tried[i])) continue;
    out.push(
      finding('windows-mirror-order', {
        severity: 'notice',
        message:
          `On Windows nodes the mirrors of ${t.entry.source} are tried in alphabetical order (${list(tried)}), not in the ` +
          `order listed (${list(listed)}): WMCO sorts them, while Linux nodes keep the listed order. If the first listed ` +
          'mirror must be preferred on Windows too, give it a name that sorts first.',
        loc: at(t.entry.mirrorLocs[0], t.entry.loc),
        object: objectOf(t)
      })
    );
  }
  return out;
}

/** Where a covering entry's mirror holds the pause image, as a registry API manifest URL prefix. */
function pauseLocations(
  entries: TracedEntry[],
  format: WmcoFormat
): { prefixes: Set<string>; covering: TracedEntry[] } {
  const pausePath = PAUSE_IMAGE.slice(PAUSE_REGISTRY.length + 1);
  const prefixes = new Set<string>();
  const covering: TracedEntry[] = [];
  for (const t of entries) {
    if (t.registry !== PAUSE_REGISTRY) continue;
    const path = sourcePath(t.entry.source, format);
    if (path !== '' && path !== pausePath && !pausePath.startsWith(`${path}/`)) continue;
    if (t.entry.mirrors.length > 0) covering.push(t);
    const rest = path === '' ? `/${pausePath}` : pausePath.slice(path.length);
    for (const mirror of t.entry.mirrors) {
      const location = `${mirror}${rest}`;
      const registry = extractRegistryHostname(location);
      prefixes.add(`https://${registry}/v2/${extractRegistryOrgPath(location)}/manifests/`);
    }
  }
  return { prefixes, covering };
}

function disconnectedPauseFindings(
  entries: TracedEntry[],
  sets: Map<string, MergedMirrorSet<TracedMirror>>,
  render: WindowsRender,
  format: WmcoFormat
): Finding[] {
  const set = sets.get(PAUSE_REGISTRY);
  if (!set || set.mirrorSourcePolicy !== NEVER_CONTACT_SOURCE) return [];
  const neverEntry = entries.find(
    (t) => t.registry === PAUSE_REGISTRY && t.entry.mirrorSourcePolicy === NEVER_CONTACT_SOURCE
  );
  if (!neverEntry) return [];
  const file = render.hostsToml.find((f) => f.path === hostsTomlPath(PAUSE_REGISTRY));
  const image = `${PAUSE_IMAGE}:${PAUSE_PROBE_TAG}`;
  const tried = containerdHostsFor(file?.content, image).endpoints;
  const { prefixes, covering } = pauseLocations(entries, format);
  const reached = tried.some((url) => [...prefixes].some((p) => url.split('?')[0]!.startsWith(p)));
  if (reached) return [];
  const where = at(neverEntry.entry.policyLoc, neverEntry.entry.loc);
  if (covering.length === 0) {
    return [
      finding('windows-disconnected-pause', {
        severity: 'error',
        message:
          `NeverContactSource for ${neverEntry.entry.source} cuts Windows nodes off ${PAUSE_REGISTRY}, and no entry mirrors ` +
          `the pause image ${PAUSE_IMAGE}: containerd on Windows cannot pull the sandbox image, so new or reconfigured ` +
          'Windows nodes cannot start pods (and never become Ready) unless the image is already cached. Mirror it with an ' +
          `ImageTagMirrorSet entry (it is pulled by tag): source ${PAUSE_IMAGE}, mirror <mirror registry>/<any path>/oss/kubernetes/pause.`,
        loc: where,
        object: objectOf(neverEntry)
      })
    ];
  }
  return [
    finding('windows-disconnected-pause', {
      severity: 'warning',
      message:
        `NeverContactSource for ${neverEntry.entry.source} cuts Windows nodes off ${PAUSE_REGISTRY}, and the pause image ` +
        `${PAUSE_IMAGE} is mirrored (${list(covering.map((t) => `${t.entry.source} -> ${list(t.entry.mirrors)}`))}), but a ` +
        `Windows tag pull of it never reaches that mirror: containerd tries ${tried.length ? list(tried) : 'no host'}. New ` +
        'Windows nodes cannot pull the sandbox image. Mirror it by tag (ImageTagMirrorSet) with a mirror path ending in ' +
        '/oss/kubernetes/pause.',
      loc: where,
      object: objectOf(neverEntry)
    })
  ];
}

/**
 * Windows findings for one side. pull-secret-in-repo is reported whatever the cluster runs; the Windows
 * rules only when the cluster has Windows nodes (declared in the repo or told by `hasWindows`), so Linux-only
 * clusters are not flooded.
 */
export function windowsFindings(model: ClusterModel, render: WindowsRender, opts: WindowsFindingsOptions): Finding[] {
  const out = pullSecretFindings(model);
  if (!opts.hasWindows && windowsInventory(model).total === 0) return out;
  out.push(...ignoredSettingFindings(model));
  if (render.format === 'none') return out;
  const format = render.format;
  const entries = tracedEntries(model, format);
  const merged = tracedMergedMirrorSets(model, format);
  const sets = new Map(merged.map((s) => [s.source, s]));
  // containerd never reads the files of port and wildcard sources, so their other effects are moot.
  const used = entries.filter((t) => !t.registry.includes(':') && !t.registry.includes('*'));
  out.push(
    ...mirrorNamingFindings(used, format),
    ...registryWideFindings(model, used, format),
    ...neverContactFindings(model, used, sets, format),
    ...unsupportedSourceFindings(entries),
    ...duplicateTableFindings(merged, format),
    ...policyOrderFindings(entries, sets),
    ...disconnectedPauseFindings(entries, sets, render, format),
    ...dockerHubFindings(used, sets),
    ...mirrorOrderFindings(used, format)
  );
  return out;
}
