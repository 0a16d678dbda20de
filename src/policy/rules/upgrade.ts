/**
 * The traps of an upgrade itself (docs/release-gating.md): what a version bump does to the nodes with no
 * manifest edited. These rules read the three rendered sides of an upgrade (plan/upgrade-plan.ts): the
 * base manifests at the old and at the new version, and the head.
 */
import type { Finding, MirrorEntry, MirrorSetObject } from '../../model/types.js';
import { lookupRelease } from '../../model/openshift-versions.js';
import { parseOcpVersion } from '../../model/version.js';
import { parseNormalizedNamed, referenceName } from '../../render/linux/docker-reference.js';
import { scopeIsNestedInsideScope } from '../../render/linux/scopes.js';
import type { SideResult } from '../../plan/types.js';
import { linuxRoute } from '../../plan/workloads.js';
import type { RuleContext, RuleModule } from '../types.js';
import { entriesOf, finding, list, objectId } from './helpers.js';

/** Scopes of the payload's own ClusterImagePolicy that this side's nodes enforce. */
const payloadScopes = (side: SideResult): string[] =>
  side.linux.signature.clusterPolicies.filter((p) => p.origin === 'payload').flatMap((p) => p.scopes);

const related = (source: string, scope: string): boolean =>
  scopeIsNestedInsideScope(scope, source) || scopeIsNestedInsideScope(source, scope);

interface Unsigned {
  object: MirrorSetObject;
  entry: MirrorEntry;
  mirrors: string[];
}

/** Mirror entries of these scopes whose mirrors are not known (policy.signedMirrors) to carry signatures. */
function unsignedEntries(ctx: RuleContext, scopes: string[]): Unsigned[] {
  const signed = ctx.policy.signedMirrors ?? [];
  const m = ctx.head.model;
  return entriesOf([...m.idms, ...m.itms, ...m.icsp]).flatMap(({ object, entry }) => {
    if (!scopes.some((s) => related(entry.source, s))) return [];
    const mirrors = entry.mirrors.filter((x) => !signed.some((s) => scopeIsNestedInsideScope(x, s)));
    return mirrors.length ? [{ object, entry, mirrors }] : [];
  });
}

const SIGSTORE_ACK = 'ack-4.20-sigstore-in-4.21';

/** MCO release-4.20 admin_ack.go: any ICSP or IDMS rule sets the ack-4.20-sigstore-in-4.21 admin gate. */
function adminAck(ctx: RuleContext, from: string): string {
  const release = lookupRelease(parseOcpVersion(from)!).release;
  const m = ctx.upgrade!.baseOld.model;
  if (!release?.sigstoreAdminAckForNextUpgrade || m.idms.length + m.icsp.length === 0) return '';
  const gate =
    ` The ${from} Machine Config Operator also gates the update: because the cluster has mirrors it sets ` +
    `${SIGSTORE_ACK} in openshift-config-managed/admin-gates`;
  const acks = ctx.head.model.openshiftConfigMaps['admin-acks'];
  if (acks?.data[SIGSTORE_ACK] === 'true')
    return `${gate}; this change acknowledges it (${acks.keyLocs[SIGSTORE_ACK]!.file}:${acks.keyLocs[SIGSTORE_ACK]!.line}).`;
  return (
    `${gate}, and the update waits until an administrator acknowledges it: ${SIGSTORE_ACK}: "true" in the ` +
    'openshift-config/admin-acks ConfigMap, once the signatures are mirrored.'
  );
}

/**
 * upgrade-release-signatures: the new release's payload policy requires sigstore signatures for release
 * scopes the old one did not, while the cluster pulls them through mirrors. Nothing in the repository
 * changes, yet policy.json and registries.d change on every pool.
 */
function releaseSignatures(ctx: RuleContext): Finding[] {
  const u = ctx.upgrade;
  if (!u) return [];
  const before = new Set(payloadScopes(u.baseOld));
  const added = payloadScopes(u.head).filter((s) => !before.has(s));
  if (!added.length) return [];
  const unsigned = unsignedEntries(ctx, added);
  if (!unsigned.length) return [];
  const disconnected = unsigned.some((x) => x.entry.mirrorSourcePolicy === 'NeverContactSource');
  const first = unsigned[0]!;
  const entries = unsigned.map((x) => `${objectId(x.object)} (${x.entry.source})`);
  const mirrors = [...new Set(unsigned.flatMap((x) => x.mirrors))];
  return [
    finding('upgrade-release-signatures', {
      severity: disconnected ? 'error' : 'warning',
      message:
        `OpenShift ${u.from.version} → ${u.to.version}: the new release's own ClusterImagePolicy requires sigstore ` +
        `signatures for ${list(added)}, so policy.json and registries.d change on every pool with no manifest edited. ` +
        `${list(entries)} send these pulls to ${list(mirrors)}, not known to carry the signatures (policy.signedMirrors). ` +
        'A node verifies the signature on the mirror that served the image and does not fall back' +
        (disconnected ? ', and NeverContactSource leaves no other endpoint' : '') +
        ': release images stop pulling as soon as the new files reach a pool, in the middle of the update. ' +
        'Before merging, mirror the release signatures with the images (oc-mirror v2 copies the sigstore ' +
        'signature tags and writes the release signature ConfigMap under working-dir/cluster-resources; apply it ' +
        'with the mirror sets), check one with `skopeo inspect docker://MIRROR/REPO:sha256-DIGEST.sig`, then list ' +
        `the mirror under policy.signedMirrors.${adminAck(ctx, u.from.version)}`,
      loc: first.entry.sourceLoc ?? first.entry.loc,
      object: objectId(first.object)
    })
  ];
}

const errorKeys = (side: SideResult): Map<string, string> =>
  new Map([
    ...side.inputFindings
      .filter((f) => f.severity === 'error')
      .map((f): [string, string] => [`${f.rule}\0${f.file}\0${f.line}`, f.message]),
    ...side.errors.map((e): [string, string] => [`operator:${e.component}\0${e.file ?? ''}\0${e.line ?? 0}`, e.message])
  ]);

/**
 * upgrade-manifest-refused: the same manifests, refused (API server or operator) at the new version and
 * accepted at the old one: kinds or apiVersions no longer served, validation added, operator checks.
 */
function manifestRefused(ctx: RuleContext): Finding[] {
  const u = ctx.upgrade;
  if (!u) return [];
  const before = errorKeys(u.baseOld);
  return [...errorKeys(u.baseNew)]
    .filter(([k]) => !before.has(k))
    .map(([k, message]) => {
      const [, file, line] = k.split('\0');
      return finding('upgrade-manifest-refused', {
        message:
          `Not edited by this pull request, but OpenShift ${u.to.version} refuses it where ${u.from.version} ` +
          `accepted it: ${message} Fix it before the update (it is valid at both versions once fixed).`,
        loc: { file: file!, line: Number(line) }
      });
    });
}

/**
 * upgrade-target-unreachable: the release image the ClusterVersion asks for, routed with the head's
 * node files: blocked, not allowed, or (NeverContactSource) reachable through no mirror.
 */
function targetUnreachable(ctx: RuleContext): Finding[] {
  const target = ctx.head.model.workloads.find(
    (w) => w.platform?.object.startsWith('ClusterVersion/') && w.platform.field === 'spec.desiredUpdate.image'
  );
  if (!target) return [];
  const files = ctx.head.files.filter((f) => f.node === 'linux');
  const route = linuxRoute(files, target.image);
  if (route.pullable) return blockedUntilAccepted(ctx, target);
  const byTag = !target.image.includes('@');
  const repo = repositoryOf(target.image);
  const digestMirrored =
    repo !== undefined &&
    entriesOf([...ctx.head.model.idms, ...ctx.head.model.icsp]).some(({ entry }) => related(entry.source, repo));
  const hint =
    byTag && digestMirrored
      ? ' Digest mirrors (ImageDigestMirrorSet, ImageContentSourcePolicy) serve pulls by digest only: name the release by digest (oc adm release info --pullspecs), or add an ImageTagMirrorSet.'
      : ' Mirror the release repository (ImageDigestMirrorSet) and allow the mirror, or unblock the source.';
  return [
    finding('upgrade-target-unreachable', {
      message:
        `ClusterVersion spec.desiredUpdate.image ${target.image} cannot be pulled with this change's node configuration ` +
        `(${route.note ?? 'no endpoint'}; endpoints: ${route.endpoints.length ? route.endpoints.join(' → ') : 'none'}). ` +
        'The cluster-version operator pulls the release image on a control-plane node first, so the update never starts.' +
        hint,
      loc: { file: target.file, line: target.line },
      object: target.workload
    })
  ];
}

/**
 * MCO exempts from blockedRegistries only the release ClusterVersion status.desired.image names, which is
 * the running release until the cluster-version operator has pulled the new one (MCO release-4.21
 * container_runtime_config_controller.go syncImageConfig, helpers.go getValidBlockedAndAllowedRegistries).
 * The head is rendered with the target as the release, so a blocked target repository in another place
 * than the running release's looks pullable there; it is not, until the update has started.
 */
function blockedUntilAccepted(
  ctx: RuleContext,
  target: { image: string; file: string; line: number; workload: string }
): Finding[] {
  const repo = repositoryOf(target.image);
  const running = ctx.base ? repositoryOf(ctx.base.releaseImage) : undefined;
  if (!repo || !running || repo === running) return [];
  const blocking = (ctx.head.model.image?.blockedRegistries ?? []).filter((b) => scopeIsNestedInsideScope(repo, b));
  if (!blocking.length) return [];
  return [
    finding('upgrade-target-unreachable', {
      message:
        `ClusterVersion spec.desiredUpdate.image ${target.image} is in blockedRegistries (${list(blocking)}). The Machine ` +
        `Config Operator lifts the block only for the release the cluster is updating to once the cluster-version operator ` +
        `has accepted it, and the running release comes from ${running}: the nodes refuse to pull ${repo}, so the update ` +
        'never starts. Unblock the repository, or mirror the release where the running one comes from.',
      loc: { file: target.file, line: target.line },
      object: target.workload
    })
  ];
}

function repositoryOf(image: string): string | undefined {
  try {
    return referenceName(parseNormalizedNamed(image));
  } catch {
    return undefined; // an unparsable reference has no route either; the route's note says so
  }
}

export const upgradeRules: RuleModule = {
  checks: {
    'upgrade-release-signatures': releaseSignatures,
    'upgrade-manifest-refused': manifestRefused,
    'upgrade-target-unreachable': targetUnreachable
  }
};
