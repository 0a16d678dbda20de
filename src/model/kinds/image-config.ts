/** The cluster image configuration (image.config.openshift.io/cluster): registry sources and the trusted CA. */
import { MIRROR_SOURCE_PATTERN } from '../patterns.js';
import { annotationsOf, type KindTable, type Reader } from '../reader.js';
import type { ImageConfig, Loc } from '../types.js';
import { atLeast } from '../version.js';

const IMAGE_CONFIG_GROUP = 'config.openshift.io/';

/**
 * The item rules on registrySources' allowed/blocked/insecure lists (length, count, registry-scope CEL
 * rule) exist in openshift/api only from release-4.23 (commit 9dd6a3994); on 4.22 and older the API
 * server stores any string and MCO alone decides what happens to it (docs/api-versions.md).
 */
export const REGISTRY_SCOPE_CEL_FROM = '4.23';

function imageConfig(r: Reader, scopeRule: boolean): ImageConfig | undefined {
  if (r.doc.name !== 'cluster') {
    r.reject(
      ['metadata', 'name'],
      `the only Image the platform reads is named "cluster" (found "${r.doc.name}"); the API server refuses other names`
    );
    return undefined;
  }
  const fieldLocs: Record<string, Loc> = {};
  const list = (field: string, hostnames: boolean): string[] | undefined => {
    const path = ['spec', 'registrySources', field];
    if (r.get(path) === undefined) return undefined;
    const items = r.strings(path);
    if (items === undefined) return undefined;
    fieldLocs[field] = r.loc(path);
    if (!hostnames && !scopeRule) {
      items.forEach((_, i) => (fieldLocs[`${field}.${i}`] = r.loc([...path, i])));
      return items;
    }
    if (items.length > 1024) r.reject(path, `at most 1024 entries are allowed, found ${items.length}`);
    const seen = new Set<string>();
    items.forEach((it, i) => {
      fieldLocs[`${field}.${i}`] = r.loc([...path, i]);
      if (it.length < 1 || it.length > 256) r.reject([...path, i], `entries must be 1 to 256 characters long`);
      else if (
        hostnames
          ? !/^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*(?::[0-9]+)?$/.test(
              it
            )
          : !MIRROR_SOURCE_PATTERN.test(it)
      ) {
        r.reject(
          [...path, i],
          `"${it}" is not a valid ${hostnames ? 'hostname' : 'registry scope'}; the API server would refuse this object`
        );
      }
      if (hostnames && seen.has(it)) r.reject([...path, i], `"${it}" is listed twice; the list is a set`);
      seen.add(it);
    });
    if (hostnames && items.length === 0) r.reject(path, 'must have at least one entry when set');
    return items;
  };
  r.object(['spec']);
  r.object(['spec', 'registrySources']);
  const img: ImageConfig = {
    name: r.doc.name,
    loc: r.loc(),
    fieldLocs,
    allowedRegistries: list('allowedRegistries', false),
    blockedRegistries: list('blockedRegistries', false),
    insecureRegistries: list('insecureRegistries', false),
    containerRuntimeSearchRegistries: list('containerRuntimeSearchRegistries', true),
    allowedRegistriesForImport: r.get(['spec', 'allowedRegistriesForImport']),
    ...annotationsOf(r)
  };
  if (r.object(['spec', 'additionalTrustedCA'])) {
    const name = r.string(['spec', 'additionalTrustedCA', 'name']);
    if (name) {
      img.additionalTrustedCA = name;
      fieldLocs['additionalTrustedCA'] = r.loc(['spec', 'additionalTrustedCA', 'name']);
    }
  }
  return img;
}

export const imageConfigKinds: KindTable = {
  Image: (r, ctx) => {
    if (!r.doc.apiVersion.startsWith(IMAGE_CONFIG_GROUP) || ctx.isDuplicate(r)) return;
    // Without a version, validate as the newest API does.
    const scopeRule = !ctx.version || atLeast(ctx.version, REGISTRY_SCOPE_CEL_FROM);
    ctx.model.image = imageConfig(r, scopeRule) ?? ctx.model.image;
  }
};
