import type { OcpVersion } from '../../model/version.js';
import { topLevelKeys } from './registries-conf.js';

export const SEARCH_REGISTRIES_PATH = '/etc/containers/registries.conf.d/01-image-searchRegistries.conf';

/**
 * MCO `updateSearchRegistriesConfig`: a V2RegistriesConf holding only the search list, TOML-encoded.
 * An empty (non-nil) list is still written, as `[]`, and overrides the main file's list.
 */
export function encodeSearchRegistries(list: readonly string[], version: OcpVersion): string {
  return topLevelKeys(list, '', version);
}
