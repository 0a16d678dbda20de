import type { ClusterSettings, Settings } from '../config/settings.js';
import { loadOverlay } from '../load/kustomize.js';
import { loadFiles, type ParseCache } from '../load/load.js';
import type { RepoFile } from '../load/sources.js';
import { buildModel } from '../model/extract.js';
import type { ClusterModel } from '../model/types.js';
import type { OcpVersion, WmcoVersion } from '../model/version.js';
import { renderLinux } from '../render/linux/index.js';
import { windowsFindings } from '../policy/rules/windows.js';
import { renderWindows, windowsInventory } from '../render/windows/index.js';
import type { SideResult } from '../plan/types.js';

/**
 * WMCO ships one minor per OpenShift minor (10.x for 4.x). Without --wmco-version, releases before
 * 4.16 have no mirror support on Windows; from 4.16 the current z-streams write the current format.
 */
export function wmcoForOpenShift(v: OcpVersion): WmcoVersion | undefined {
  return v.major === 4 && v.minor < 16 ? { major: 10, minor: v.minor, patch: 0 } : undefined;
}

/** The release image: explicit setting, else the repo's ClusterVersion, else the public release repository. */
export function releaseImageFor(model: ClusterModel, settings: Settings, cluster: ClusterSettings): string {
  if (cluster.releaseImage) return cluster.releaseImage;
  if (settings.releaseImageExplicit) return settings.releaseImage;
  return model.clusterVersionImage?.image ?? settings.releaseImage;
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
  const releaseImage = releaseImageFor(model, settings, cluster);
  const linux = renderLinux(model, { version, releaseImage });
  const windows = renderWindows(model, { wmcoVersion: cluster.wmcoVersion ?? wmcoForOpenShift(version), redact: true });
  const inventory = windowsInventory(model);
  const declaredWindows = cluster.windows?.nodes ?? 0;
  const windowsNodes = inventory.total > 0 ? inventory.total : declaredWindows;
  const findings = [...inventory.findings, ...windowsFindings(model, windows, { hasWindows: windowsNodes > 0 })];
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
