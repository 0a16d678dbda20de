/**
 * ConfigMap keys, as the API server and the operators take them. A key of the additionalTrustedCA
 * ConfigMap becomes a directory on every node (`/etc/docker/certs.d/<key, ".." read as ":">/ca.crt`, MCO
 * pkg/daemon/certificate_writer.go), so a key the API server would refuse must never be rendered, and a
 * key that is not a registry host only creates a directory no pull ever looks in.
 */
import { DNS1123_SUBDOMAIN_MAX as MAX_KEY_LENGTH } from './object-name.js';
import type { ClusterModel, Finding } from './types.js';

// DNS1123SubdomainMaxLength is also the API server's bound on a ConfigMap key.
const KEY_CHARS = /^[-._a-zA-Z0-9]+$/;

/**
 * apimachinery `validation.IsConfigMapKey`: at most 253 characters of `[-._a-zA-Z0-9]`, not `.` or `..`,
 * not starting with `..`. Returns why a key is refused, or undefined.
 */
export function configMapKeyProblem(key: string): string | undefined {
  if (key.length === 0) return 'a key must not be empty';
  if (key.length > MAX_KEY_LENGTH) return `a key must be no more than ${MAX_KEY_LENGTH} characters`;
  if (!KEY_CHARS.test(key)) return "a key must consist of alphanumeric characters, '-', '_' or '.'";
  if (key === '.') return "a key must not be '.'";
  if (key === '..') return "a key must not be '..'";
  if (key.startsWith('..')) return "a key must not start with '..'";
  return undefined;
}

const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * Whether an additionalTrustedCA key names a registry host as the certs.d lookup spells it:
 * `hostname` or `hostname..port` (the `..` stands for the `:` a key cannot hold).
 */
export function isTrustedCaHostKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  const sep = key.indexOf('..');
  const host = sep < 0 ? key : key.slice(0, sep);
  const port = sep < 0 ? undefined : key.slice(sep + 2);
  if (port !== undefined && !/^[0-9]{1,5}$/.test(port)) return false;
  return host.split('.').every((label) => label.length <= 63 && HOST_LABEL.test(label));
}

export const RULE_TRUSTED_CA_KEY = 'trusted-ca-key';

/**
 * Keys of the additionalTrustedCA ConfigMap that are not `hostname[..port]`: the daemon writes their
 * ca.crt all the same, but no registry host is ever looked up under that directory, so the CA is trusted
 * for nothing.
 */
export function trustedCaKeyFindings(model: ClusterModel): Finding[] {
  const name = model.image?.additionalTrustedCA;
  const cm = name ? model.openshiftConfigMaps[name] : undefined;
  if (!cm) return [];
  return [...new Set([...Object.keys(cm.data), ...Object.keys(cm.binaryData)])]
    .filter((k) => !isTrustedCaHostKey(k))
    .map((k) => ({
      rule: RULE_TRUSTED_CA_KEY,
      severity: 'warning' as const,
      message: `ConfigMap/${cm.name} key ${JSON.stringify(k)} is not a registry host (hostname, or hostname..port for hostname:port): the nodes get /etc/docker/certs.d/${k.replaceAll('..', ':')}/ca.crt, which no image pull looks up`,
      file: cm.keyLocs[k]?.file ?? cm.loc.file,
      line: cm.keyLocs[k]?.line ?? cm.loc.line,
      object: `ConfigMap/${cm.name}`
    }));
}
