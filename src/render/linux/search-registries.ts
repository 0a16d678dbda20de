import type { OcpVersion } from '../../model/version.js';
import { topLevelKeys } from './registries-conf.js';

export { SEARCH_REGISTRIES_DROPIN as SEARCH_REGISTRIES_PATH } from '../../model/node-paths.js';

/**
 * MCO `updateSearchRegistriesConfig`: a V2RegistriesConf holding only the search list, TOML-encoded.
 * An empty (non-nil) list is still written, as `[]`, and overrides the main file's list.
 */
export function encodeSearchRegistries(list: readonly string[], version: OcpVersion): string {
  return topLevelKeys(list, '', version);
}
