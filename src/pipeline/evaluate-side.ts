import { DEFAULT_RELEASE_IMAGE, type ClusterSettings, type Settings } from '../config/settings.js';
import { loadOverlay } from '../load/kustomize.js';
import { loadFiles, type ParseCache } from '../load/load.js';
import type { RepoFile } from '../load/sources.js';
import { trustedCaKeyFindings } from '../model/configmap-keys.js';
import { buildModel } from '../model/extract.js';
import type { ClusterModel } from '../model/types.js';
import { renderLinux } from '../render/linux/index.js';
import { windowsFindings } from '../policy/rules/windows.js';
import { renderWindows, windowsInventory } from '../render/windows/index.js';
import type { SideResult } from '../plan/types.js';

/** The release image: the explicit setting, else the repo's ClusterVersion, else the public release repository. */
export function releaseImageFor(model: ClusterModel, cluster: ClusterSettings): string {
  return cluster.releaseImage ?? model.clusterVersionImage?.image ?? DEFAULT_RELEASE_IMAGE;
}

/** load → model → render for one side. Pure apart from reading the given files. */
export function evaluateSide(
  files: RepoFile[],
  settings: Settings,
  cluster: ClusterSettings,
  cache?: ParseCache
): SideResult {
  const loaded = cluster.kustomize
    ? loadOverlay(files, cluster.kustomize, { limits: settings.limits })
    : loadFiles(files, { include: cluster.paths, exclude: settings.exclude, limits: settings.limits }, cache);
  const model = buildModel(loaded.docs, loaded.workloads);
  const version = cluster.openshiftVersion;
  const releaseImage = releaseImageFor(model, cluster);
  const linux = renderLinux(model, { version, releaseImage });
  const windows = renderWindows(model, { wmcoVersion: cluster.wmcoVersion, redact: true });
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
    inputFindings: [...loaded.problems, ...model.findings],
    findings,
    windowsNodes,
    releaseImage,
    stats: loaded.stats
  };
}
