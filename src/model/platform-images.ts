/**
 * The platform's own images, which a disconnected cluster must resolve through a mirror: the release
 * image, operator catalog images (CatalogSource, OLM v1 ClusterCatalog), the update service's graph-data
 * image and pinned images. After a
 * merge, the most common disconnected outage is one of these no longer resolving (an IDMS entry for
 * the release repository deleted, a catalog moved), so they go through the same pull-route check as
 * workload images, marked as platform images with the object and field they come from.
 *
 * Every reference is read from a parsed object (these kinds are few and small), never from a text scan.
 */
import { valueAt, type ManifestDoc, type PathSeg } from './manifest.js';
import { pathNamesTagOrDigest } from './text.js';
import type { WorkloadImage } from './types.js';

/**
 * `object`: kind/name; `field`: the path the reference was read from ("spec.image"); `pulledBy`: CRI-O on
 * Linux nodes, or a client reading the registry API directly (node mirror configuration does not apply).
 */
export type PlatformSource = NonNullable<WorkloadImage['platform']>;

export type PlatformImage = WorkloadImage & { platform: PlatformSource };

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/', 1)[0]! : '');

const fieldName = (path: PathSeg[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

/** Templated values (Helm, kustomize replacements, envsubst) are not references. */
const isReference = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && !v.includes('{{') && !v.startsWith('$');

/**
 * Platform image references of the given documents. `releaseImage` is the cluster's release image
 * from the settings (`--release-image` / `releaseImage`), used when the repository has no ClusterVersion
 * naming one; it is only a reference when it carries a tag or digest.
 */
export function platformImages(docs: readonly ManifestDoc[], releaseImage?: string): PlatformImage[] {
  const out: PlatformImage[] = [];
  const add = (doc: ManifestDoc, path: PathSeg[], pulledBy: PlatformSource['pulledBy'] = 'node'): void => {
    const v = valueAt(doc.obj, path);
    if (!isReference(v)) return;
    const object = `${doc.kind}/${doc.name || '(unnamed)'}`;
    out.push({
      image: v.trim(),
      file: doc.file,
      line: doc.lineOf(path),
      workload: object,
      container: '',
      windows: false,
      platform: { object, field: fieldName(path), pulledBy }
    });
  };
  let clusterVersionImage = false;
  for (const doc of docs) {
    const g = groupOf(doc.apiVersion);
    switch (doc.kind) {
      case 'ClusterVersion':
        if (g !== 'config.openshift.io') break;
        // The update target is what nodes pull next; the current release is what they run.
        for (const path of [
          ['spec', 'desiredUpdate', 'image'],
          ['status', 'desired', 'image']
        ]) {
          if (isReference(valueAt(doc.obj, path))) {
            add(doc, path);
            clusterVersionImage = true;
          }
        }
        break;
      case 'CatalogSource':
        if (g === 'operators.coreos.com') add(doc, ['spec', 'image']);
        break;
      case 'ClusterCatalog':
        // OLM v1 catalogs (oc-mirror v2 writes cc-<catalog>.yaml beside the CatalogSource).
        if (g === 'olm.operatorframework.io') add(doc, ['spec', 'source', 'image', 'ref']);
        break;
      case 'UpdateService':
        if (g !== 'updateservice.operator.openshift.io') break;
        add(doc, ['spec', 'graphDataImage']);
        // The graph builder lists release images through the registry API itself: no node config applies.
        add(doc, ['spec', 'releases'], 'registry-client');
        break;
      case 'PinnedImageSet': {
        if (g !== 'machineconfiguration.openshift.io') break;
        const list = valueAt(doc.obj, ['spec', 'pinnedImages']);
        if (Array.isArray(list)) list.forEach((_, i) => add(doc, ['spec', 'pinnedImages', i, 'name']));
        break;
      }
    }
  }
  if (!clusterVersionImage && releaseImage && pathNamesTagOrDigest(releaseImage.slice(releaseImage.indexOf('/') + 1))) {
    out.push({
      image: releaseImage,
      file: '',
      line: 0,
      workload: 'release image (settings)',
      container: '',
      windows: false,
      platform: { object: 'ClusterVersion/version', field: 'releaseImage', pulledBy: 'node' }
    });
  }
  return out;
}
