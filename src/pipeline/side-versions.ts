/**
 * The OpenShift version of each side of a pull request, per cluster (docs/release-gating.md):
 * 1. `--from-version`/`--to-version`, or `--openshift-version` for both sides (or the action's inputs): a
 *    question asked on purpose ("what does this change do on 4.14"), which nothing overrides;
 * 2. the repository's ClusterVersion `spec.desiredUpdate.version`, or the version an `image` tag carries;
 * 3. the cluster's configured version (the base configuration's, the head configuration's for the head).
 * A changed update target whose version cannot be read (a digest-only image, text that is no version, a
 * release the tool does not model) is "cannot evaluate": rendering it at a guessed version could pass
 * a change whose real effect was never computed.
 */
import type { ClusterSettings } from '../config/settings.js';
import { declaredVersion, type DeclaredVersion } from '../model/declared-version.js';
import type { ManifestDoc } from '../model/manifest.js';
import { lookupRelease } from '../model/openshift-versions.js';
import type { Finding } from '../model/types.js';
import { compareOcp, formatOcp, type OcpVersion } from '../model/version.js';
import { finding } from '../policy/rules/helpers.js';

export interface SideVersion {
  version: OcpVersion;
  /** Where the version came from, for the report. */
  from: string;
}

export interface SideVersions {
  base: SideVersion;
  head: SideVersion;
  /** upgrade-version-unknown and upgrade-downgrade findings. */
  findings: Finding[];
}

// A repository string in every report: bounded, whatever the file holds.
const shown = (v: string): string => (v.length > 200 ? `${v.slice(0, 200)}…` : v);

const describe = (d: DeclaredVersion): string => `ClusterVersion ${d.field} "${shown(d.value)}" (${d.file}:${d.line})`;

const same = (a: OcpVersion, b: OcpVersion): boolean => compareOcp(a, formatOcp(b)) === 0;

/** The version a declaration gives this side, or the reason it gives none (undefined: it names no version). */
function fromDeclaration(d: DeclaredVersion, configured: SideVersion): SideVersion | { problem: string } | undefined {
  if (!d.version) return undefined;
  const modelled = lookupRelease(d.version);
  if (modelled.error !== undefined) return { problem: `${describe(d)}: ${modelled.error}` };
  const over = same(d.version, configured.version)
    ? ''
    : `, over the configured ${formatOcp(configured.version)} (${configured.from})`;
  return { version: d.version, from: `${describe(d)}${over}` };
}

function unknown(d: DeclaredVersion, why: string, rendered: SideVersion, side: 'base' | 'head' = 'head'): Finding {
  return finding('upgrade-version-unknown', {
    message:
      `${why} The ${side} side is rendered at ${formatOcp(rendered.version)} (${rendered.from}) only so that the rest ` +
      'of the plan can be shown: what the update does to the nodes is not known. Set spec.desiredUpdate.version ' +
      'to the release this image is (4.21.3), or plan with --from-version/--to-version.',
    loc: { file: d.file, line: d.line },
    object: 'ClusterVersion/version'
  });
}

function baseVersion(d: DeclaredVersion | undefined, configured: SideVersion, findings: Finding[]): SideVersion {
  if (!d) return configured;
  const r = fromDeclaration(d, configured);
  if (r && 'problem' in r) {
    findings.push(unknown(d, `The base's ${r.problem}.`, configured, 'base'));
    return configured;
  }
  return r ?? configured;
}

function headVersion(
  b: DeclaredVersion | undefined,
  h: DeclaredVersion | undefined,
  base: SideVersion,
  configured: SideVersion,
  findings: Finding[]
): SideVersion {
  if (!h) return configured;
  const r = fromDeclaration(h, configured);
  if (r && 'problem' in r) {
    findings.push(unknown(h, `${r.problem}.`, base));
    return base;
  }
  if (r) return r;
  // The same update target as the base (a digest that names no version): the base's version stands.
  if (b && b.value === h.value && b.field === h.field) return base;
  findings.push(
    unknown(
      h,
      `This pull request changes the update target to ${describe(h)}, which names no OpenShift version (a digest, or a tag that is not a release version).`,
      base
    )
  );
  return base;
}

function downgrade(base: SideVersion, head: SideVersion, h: DeclaredVersion | undefined): Finding[] {
  if (compareOcp(head.version, formatOcp(base.version)) >= 0) return [];
  return [
    finding('upgrade-downgrade', {
      message:
        `The head asks for OpenShift ${formatOcp(head.version)} (${head.from}) and the base is at ` +
        `${formatOcp(base.version)} (${base.from}): the cluster-version operator updates forward only, and a ` +
        'minor-version rollback is not supported. Nodes keep the newer release; the plan below shows the ' +
        'older files only for comparison.',
      loc: h ? { file: h.file, line: h.line } : { file: '', line: 0 },
      ...(h ? { object: 'ClusterVersion/version' } : {})
    })
  ];
}

/** A given version, saying which ClusterVersion declaration it overrules (the report must not hide it). */
function overruled(given: SideVersion, d: DeclaredVersion | undefined): SideVersion {
  if (!d?.version || same(d.version, given.version)) return given;
  return { ...given, from: `${given.from}, over ${describe(d)}` };
}

/** Each side's version for one cluster, from its settings and each side's parsed documents. */
export function sideVersions(
  cluster: ClusterSettings,
  baseDocs: readonly ManifestDoc[],
  headDocs: readonly ManifestDoc[]
): SideVersions {
  const configuredBase: SideVersion = {
    version: cluster.openshiftVersion,
    from: cluster.openshiftVersionFrom ?? 'the configuration'
  };
  const configuredHead: SideVersion = cluster.headVersion ?? configuredBase;
  const b = declaredVersion(baseDocs);
  const h = declaredVersion(headDocs);
  if (cluster.versionsExplicit)
    return {
      base: overruled(configuredBase, b),
      head: overruled(configuredHead, h),
      findings: downgrade(configuredBase, configuredHead, undefined)
    };
  const findings: Finding[] = [];
  const base = baseVersion(b, configuredBase, findings);
  // A ClusterVersion the head keeps unchanged while the head configuration moves: the configuration
  // moves the head (the ClusterVersion's own version is the base's as well).
  const unchangedDeclaration = b && h && b.value === h.value && b.field === h.field;
  const head =
    unchangedDeclaration && cluster.headVersion && h.version === undefined
      ? configuredHead
      : headVersion(b, h, base, configuredHead, findings);
  return { base, head, findings: [...findings, ...downgrade(base, head, h)] };
}
