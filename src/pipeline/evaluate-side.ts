import { DEFAULT_RELEASE_IMAGE, type ClusterSettings, type Settings } from '../config/settings.js';
import { loadOverlay } from '../load/kustomize.js';
import { loadFiles, type LoadedFiles, type ParseCache } from '../load/load.js';
import type { RepoFile } from '../load/sources.js';
import { trustedCaKeyFindings } from '../model/configmap-keys.js';
import { buildModel } from '../model/extract.js';
import { kindFindings } from '../model/kind-check.js';
import { platformImages } from '../model/platform-images.js';
import { admitImagePolicies } from '../model/image-policy-api.js';
import { releaseFor } from '../model/openshift-versions.js';
import type { ClusterModel } from '../model/types.js';
import { renderLinux } from '../render/linux/index.js';
import { windowsFindings } from '../policy/rules/windows.js';
import { windowsCaBundle } from '../render/windows/ca-bundle.js';
import { renderWindows, windowsInventory } from '../render/windows/index.js';
import type { SideResult } from '../plan/types.js';

/** The release image: the explicit setting, else the repo's ClusterVersion, else the public release repository. */
export function releaseImageFor(model: ClusterModel, cluster: ClusterSettings): string {
  return cluster.releaseImage ?? model.clusterVersionImage?.image ?? DEFAULT_RELEASE_IMAGE;
}

/** load for one side: the parsed documents, before any version-dependent step. */
export function loadSide(
  files: RepoFile[],
  settings: Settings,
  cluster: ClusterSettings,
  cache?: ParseCache
): LoadedFiles {
  return cluster.kustomize
    ? loadOverlay(files, cluster.kustomize, { limits: settings.limits })
    : loadFiles(files, { include: cluster.paths, exclude: settings.exclude, limits: settings.limits }, cache);
}

/** load → model → render for one side. Pure apart from reading the given files. */
export function evaluateSide(
  files: RepoFile[],
  settings: Settings,
  cluster: ClusterSettings,
  cache?: ParseCache
): SideResult {
  return evaluateLoaded(loadSide(files, settings, cluster, cache), cluster);
}

/**
 * model → render of loaded documents at the cluster's version. An upgrade renders the same documents at
 * two versions, so nothing here changes `loaded`.
 */
export function evaluateLoaded(loaded: LoadedFiles, cluster: ClusterSettings): SideResult {
  const version = cluster.openshiftVersion;
  const model = buildModel(loaded.docs, loaded.workloads, { version });
  const releaseImage = releaseImageFor(model, cluster);
  // The platform's own images go through the same pull-route check as workload images.
  model.workloads = [...model.workloads, ...platformImages(loaded.docs, cluster.releaseImage)];
  const linux = renderLinux(model, { version, releaseImage });
  const windows = renderWindows(model, { wmcoVersion: cluster.wmcoVersion, redact: true });
  // WMCO copies the additionalTrustedCA bundle to Windows nodes too (render/windows/ca-bundle.ts).
  const caBundle = windowsCaBundle(
    model.image?.additionalTrustedCA ? model.openshiftConfigMaps[model.image.additionalTrustedCA] : undefined,
    cluster.wmcoVersion
  );
  if (caBundle) windows.files = [...windows.files, caBundle];
  const inventory = windowsInventory(model);
  const declaredWindows = cluster.windows?.nodes ?? 0;
  const windowsNodes = inventory.total > 0 ? inventory.total : declaredWindows;
  const findings = [
    ...inventory.findings,
    ...windowsFindings(model, windows, { hasWindows: windowsNodes > 0 }),
    ...trustedCaKeyFindings(model)
  ];
  return {
    model,
    linux,
    windows,
    files: [...linux.files, ...windows.files],
    errors: [...linux.errors, ...windows.errors],
    warnings: [...linux.warnings, ...windows.warnings],
    inputFindings: [
      ...loaded.problems,
      ...model.findings,
      ...kindFindings(loaded.docs, version),
      // What this release's API server refuses of the signature policies (the renderer leaves them out).
      ...admitImagePolicies([...model.clusterImagePolicies, ...model.imagePolicies], releaseFor(version)).findings
    ],
    findings,
    windowsNodes,
    releaseImage,
    stats: loaded.stats
  };
}
