import { DOCKER_CERTS_D } from '../../model/node-paths.js';
import type { ConfigMapObject } from '../../model/types.js';
import type { NodeFile } from '../types.js';

/** Go base64.StdEncoding.DecodeString acceptance: padded standard alphabet; CR and LF are skipped. */
export function goBase64Decode(s: string): Buffer | undefined {
  const t = s.replace(/[\r\n]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) return undefined;
  return Buffer.from(t, 'base64');
}

export const certsDirFor = (key: string): string => `${DOCKER_CERTS_D}/${key.replaceAll('..', ':')}`;

/**
 * The MCD certificate writer's files for the additionalTrustedCA ConfigMap: one `ca.crt` per key (a
 * `..` in the key stands for the `:` a ConfigMap key cannot hold), keys in sorted order, `data` values
 * base64-decoded when they decode and taken raw otherwise, `binaryData` decoded.
 */
export function certsDFiles(cm: ConfigMapObject | undefined): NodeFile[] {
  if (!cm) return [];
  const contents = new Map<string, string>();
  for (const [k, v] of Object.entries(cm.data)) contents.set(k, goBase64Decode(v)?.toString('utf8') ?? v);
  for (const [k, v] of Object.entries(cm.binaryData)) {
    contents.set(k, (goBase64Decode(v) ?? Buffer.from(v, 'utf8')).toString('utf8'));
  }
  return [...contents.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => ({
      node: 'linux' as const,
      path: `${certsDirFor(k)}/ca.crt`,
      content: contents.get(k)!,
      origin: 'generated' as const
    }));
}
