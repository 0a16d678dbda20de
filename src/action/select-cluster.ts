import { UsageError } from '../config/resolve.js';
import type { Settings } from '../config/settings.js';

/**
 * The `cluster` input: a matrix job plans one cluster of the configuration, so that parallel jobs each
 * own one sticky comment (the cluster name is the comment's marker). Without `clusters` in the
 * configuration the scanned paths are one cluster, and the input names it: jobs that scan different
 * paths then keep different comments instead of overwriting one "default" comment.
 */
export function selectCluster(settings: Settings, name: string | undefined): Settings {
  if (name === undefined) return settings;
  if (settings.implicitCluster) {
    return { ...settings, clusters: settings.clusters.map((c) => ({ ...c, name })) };
  }
  const chosen = settings.clusters.filter((c) => c.name === name);
  if (!chosen.length) {
    const known = settings.clusters.map((c) => c.name).join(', ');
    throw new UsageError(
      `cluster "${name}" is not in ${settings.configFile ?? 'the configuration'} (its clusters: ${known})`
    );
  }
  return { ...settings, clusters: chosen };
}
