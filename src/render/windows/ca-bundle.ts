/**
 * WMCO's trusted CA bundle on Windows nodes, `C:\k\ca-bundle.crt` (WMCO 10.16+, OpenShift 4.16+):
 * nodeconfig.go `SyncTrustedCABundle` concatenates the ControllerConfig's `imageRegistryBundleUserData`
 * (MCO operator/sync.go: the additionalTrustedCA ConfigMap, `data` keys in sorted order, each value
 * base64-decoded when it decodes, then `binaryData` keys in sorted order), then the cluster-managed
 * `openshift-config-managed/image-registry-ca` bundles, then the proxy's trusted-ca bundle when a
 * cluster-wide proxy is on. Each entry is `# <key, ".." as ":">`, the data, a blank line. WICD then
 * imports the certificates into the LocalMachine ROOT store.
 *
 * Only the first part comes from the repository, so that is what is rendered; the cluster-managed and
 * proxy parts follow it on the node. WMCO writes the file when it configures a node (a new Windows node,
 * a WMCO upgrade, a reconfiguration) and when the proxy trusted-ca ConfigMap changes
 * (configmap_controller.go `reconcileProxyCerts`); nothing watches the image configuration, so a change
 * to additionalTrustedCA alone reaches existing Windows nodes only at their next configuration.
 */
import { WINDOWS_CA_BUNDLE } from '../../model/node-paths.js';
import type { ConfigMapObject } from '../../model/types.js';
import type { WmcoVersion } from '../../model/version.js';
import { goBase64Decode } from '../linux/certs-d.js';
import type { NodeFile } from '../types.js';
import { wmcoSupport } from './wmco-version.js';

export const WINDOWS_CA_BUNDLE_PATH = WINDOWS_CA_BUNDLE;

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const entry = (key: string, data: string): string => `# ${key.replaceAll('..', ':')}\n${data}\n\n`;

/** The repository's part of C:\k\ca-bundle.crt, or undefined when WMCO writes none of it. */
export function windowsCaBundle(cm: ConfigMapObject | undefined, wmcoVersion?: WmcoVersion): NodeFile | undefined {
  if (!cm || wmcoSupport(wmcoVersion) === 'none') return undefined;
  const parts: string[] = [];
  for (const key of Object.keys(cm.data).sort(byteOrder)) {
    const v = cm.data[key]!;
    parts.push(entry(key, goBase64Decode(v)?.toString('utf8') ?? v));
  }
  for (const key of Object.keys(cm.binaryData).sort(byteOrder)) {
    const v = cm.binaryData[key]!;
    parts.push(entry(key, (goBase64Decode(v) ?? Buffer.from(v, 'utf8')).toString('utf8')));
  }
  if (!parts.length) return undefined;
  return { node: 'windows', path: WINDOWS_CA_BUNDLE_PATH, content: parts.join(''), origin: 'generated' };
}

/** The hosts (ConfigMap keys, ":" restored) a bundle file names, for summaries. */
export function caBundleHosts(content: string): Map<string, string> {
  const out = new Map<string, string>();
  const sections = content.split(/^# /m).slice(1);
  for (const s of sections) {
    const nl = s.indexOf('\n');
    if (nl > 0) out.set(s.slice(0, nl), (out.get(s.slice(0, nl)) ?? '') + s.slice(nl + 1));
  }
  return out;
}
