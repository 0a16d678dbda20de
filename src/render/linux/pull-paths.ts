/**
 * Node paths whose contents decide how an image is pulled: where from (registries.conf and its
 * drop-ins), whether it is allowed (policy.json, registries.d, CRI-O's own configuration and policies),
 * which certificates are trusted (certs.d, the system trust anchors) and which credentials are sent
 * (the kubelet's pull secret, credential providers). A MachineConfig file under one of these is part of
 * the image-pull plan; any other file still counts for node impact, but not for the pull simulation.
 */
const PULL_PREFIXES = [
  '/etc/containers/',
  '/etc/crio/',
  '/etc/docker/certs.d/',
  '/etc/pki/ca-trust/source/anchors/',
  '/etc/kubernetes/credential-providers/',
  '/etc/machine-config-daemon/no-reboot/'
];
const PULL_FILES = ['/var/lib/kubelet/config.json', '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem'];

export function shapesPulls(path: string): boolean {
  return PULL_FILES.includes(path) || PULL_PREFIXES.some((p) => path.startsWith(p));
}
