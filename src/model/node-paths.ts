/**
 * Node paths and unit names: the files the renderers write, and those the Machine Config Daemon's
 * disruption logic names explicitly (MCO pkg/daemon/constants). Kept in one place because the renderers,
 * the diff, the NDP defaults, the legacy file lists and the report all have to agree on them byte for byte.
 */
import { trimTrailingSlashes } from './text.js';

export const REGISTRIES_CONF = '/etc/containers/registries.conf';
export const POLICY_JSON = '/etc/containers/policy.json';
export const SEARCH_REGISTRIES_DROPIN = '/etc/containers/registries.conf.d/01-image-searchRegistries.conf';
export const REGISTRIES_CONF_D = '/etc/containers/registries.conf.d';
export const SIGSTORE_REGISTRIES_DIR = '/etc/containers/registries.d';
export const CRIO_POLICIES_DIR = '/etc/crio/policies';
/** MCO's one file in registries.d (generateSigstoreRegistriesdConfig). */
export const SIGSTORE_REGISTRIES_YAML = `${SIGSTORE_REGISTRIES_DIR}/sigstore-registries.yaml`;
export const GPG_NO_REBOOT = '/etc/machine-config-daemon/no-reboot/containers-gpg.pub';
export const KUBELET_AUTH_FILE = '/var/lib/kubelet/config.json';
export const KUBELET_CA = '/etc/kubernetes/kubelet-ca.crt';
export const NMSTATE_OPENSHIFT_DIR = '/etc/nmstate/openshift';
export const USER_CA_BUNDLE = '/etc/pki/ca-trust/source/anchors/openshift-config-user-ca-bundle.crt';
export const INTERNAL_REGISTRY_PULL_SECRET = '/etc/mco/internal-registry-pull-secret.json';
export const KUBERNETES_CREDENTIAL_PROVIDERS_DIR = '/etc/kubernetes/credential-providers';
export const KUBELET_CRIO_IMAGE_CRED_PROVIDER_CONF =
  '/etc/systemd/system/kubelet.service.d/40-kubelet-crio-image-credential-provider.conf';
export const IRI_REGISTRY_CONFIG = '/etc/iri-registry';
export const IRI_LOAD_IMAGE_SCRIPT = '/usr/local/bin/load-registry-image.sh';
export const IRI_ROOT_CA = '/etc/pki/ca-trust/source/anchors/iri-root-ca.crt';
export const IRI_REGISTRY_SERVICE = 'iri-registry.service';
export const UPDATE_CA_TRUST_SERVICE = 'coreos-update-ca-trust.service';
export const CRIO_SERVICE = 'crio.service';
export const KUBELET_SERVICE = 'kubelet.service';

/** additionalTrustedCA lands here through the MCD certificate writer, never through a MachineConfig. */
export const DOCKER_CERTS_D = '/etc/docker/certs.d';

/** WMCO writes one `<registry>\\hosts.toml` per source registry below this folder on Windows nodes. */
export const CONTAINERD_REGISTRIES_DIR = 'C:\\k\\containerd\\registries';

/** WMCO's trusted CA bundle on Windows nodes (additionalTrustedCA part first; render/windows/ca-bundle.ts). */
export const WINDOWS_CA_BUNDLE = 'C:\\k\\ca-bundle.crt';

export const isUnder = (dir: string, path: string): boolean => path.startsWith(trimTrailingSlashes(dir) + '/');
