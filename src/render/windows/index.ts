/** Windows nodes: the hosts.toml files WMCO writes, how containerd uses them, inventory (the Windows rules are in policy/rules/windows.ts). */
export {
  renderWindows,
  hostsTomlPath,
  registryOfHostsTomlPath,
  CONTAINERD_REGISTRIES_DIR,
  type WindowsRender,
  type WindowsRenderOptions
} from './render.js';
export {
  windowsInventory,
  parseWindowsInstances,
  isWindowsInstancesConfigMap,
  RULE_BYOH_MALFORMED,
  type WindowsInventory
} from './inventory.js';
export {
  containerdHostsFor,
  windowsPullEndpoints,
  windowsHostsTomlFor,
  parseImageRef,
  type ContainerdResolution,
  type WindowsPull,
  type ImageRef
} from './containerd.js';
export {
  getMergedMirrorSets,
  mergeMirrorSets,
  mergeMirrors,
  newMirror,
  newMirrorSet,
  sortMirrorSets,
  ALLOW_CONTACTING_SOURCE,
  NEVER_CONTACT_SOURCE,
  type MergedMirrorSet,
  type MirrorHost,
  type MirrorEntryLike,
  type WmcoFormat
} from './mirror-sets.js';
export { generateConfig, generateLegacyConfig, generateFor, hostUrl } from './hosts-toml.js';
export {
  extractRegistryHostname,
  extractRegistryOrgPath,
  extractMirrorURL,
  legacyExtractHostname
} from './hostname.js';
export {
  parsePullSecret,
  parseLegacyPullSecret,
  pullSecretFromAuths,
  REDACTED,
  type AuthTokens
} from './pull-secret.js';
export { wmcoSupport, type WmcoSupport } from './wmco-version.js';
