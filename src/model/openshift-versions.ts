/**
 * The OpenShift releases registry-plan models, and what each one changes for the files and decisions
 * the tool reproduces. Read from the operators' release branches (see docs/openshift-versions.md for
 * the branch and function behind every field); rendering is a pure function of (objects, this entry).
 */
import { compareOcp, formatOcp, parseOcpVersion, type OcpVersion } from './version.js';

export type ReleaseStatus = 'ga' | 'pre-release';

export interface OpenShiftRelease {
  version: string;
  /** 'pre-release': the release branch exists but had not shipped when the branches were read. */
  status: ReleaseStatus;
  /** The branches the row was read from (MCO, openshift/api, cluster-update-keys). */
  branches?: { mco: string; api: string; updateKeys: string };
  /** openshift/api features.go: SigstoreImageVerification enabled in the Default feature set. */
  sigstoreImageVerification: boolean;
  /** openshift/api features.go: SigstoreImageVerificationPKI (policyType PKI) in the Default feature set. */
  sigstoreImageVerificationPKI: boolean;
  /** apiVersions the payload's CRDs serve for ClusterImagePolicy / ImagePolicy on the Default feature set. */
  imagePolicyApiVersions: readonly string[];
  /** Scopes of the payload's own `openshift` ClusterImagePolicy on self-managed OCP; [] = none. */
  payloadPolicyScopes: readonly string[];
  /** MCO apihelpers defaultClusterPolicies has the credential-provider and IRI entries. */
  ndpCredentialProviderAndIri: boolean;
  /** openshift/api CEL rule on every registrySources list item (commit 9dd6a3994). */
  registrySourcesCelRule: boolean;
  /** MCO release-4.20 admin_ack.go: upgrades to 4.21 need the ack-4.20-sigstore-in-4.21 admin ack with mirrors. */
  sigstoreAdminAckForNextUpgrade: boolean;
}

const RELEASE_REPO = 'quay.io/openshift-release-dev/ocp-release';
const ART_V4 = 'quay.io/openshift-release-dev/ocp-v4.0-art-dev';
const ART_V5 = 'quay.io/openshift-release-dev/ocp-v5.0-art-dev';

const V1 = ['config.openshift.io/v1'] as const;

const base = {
  status: 'ga' as ReleaseStatus,
  sigstoreImageVerification: false,
  sigstoreImageVerificationPKI: false,
  imagePolicyApiVersions: [] as readonly string[],
  payloadPolicyScopes: [] as readonly string[],
  ndpCredentialProviderAndIri: false,
  registrySourcesCelRule: false,
  sigstoreAdminAckForNextUpgrade: false
};

function branches(mco: string, api = mco, updateKeys = mco): OpenShiftRelease['branches'] {
  return { mco, api, updateKeys };
}

/**
 * 4.1–4.18: the older behaviour the rest of the code switches on with `atLeast`; signature policies
 * are TechPreview-only there (not served on the Default feature set), so none of the fields apply.
 */
const older: OpenShiftRelease[] = Array.from({ length: 18 }, (_, i) => ({ ...base, version: `4.${i + 1}` }));

export const OPENSHIFT_RELEASES: readonly OpenShiftRelease[] = [
  ...older,
  // v1alpha1 CRDs only in TechPreviewNoUpgrade/DevPreviewNoUpgrade/CustomNoUpgrade payloads.
  { ...base, version: '4.19', branches: branches('release-4.19') },
  {
    ...base,
    version: '4.20',
    branches: branches('release-4.20'),
    sigstoreImageVerification: true,
    imagePolicyApiVersions: V1,
    sigstoreAdminAckForNextUpgrade: true
  },
  {
    ...base,
    version: '4.21',
    branches: branches('release-4.21'),
    sigstoreImageVerification: true,
    sigstoreImageVerificationPKI: true,
    imagePolicyApiVersions: V1,
    payloadPolicyScopes: [RELEASE_REPO]
  },
  {
    ...base,
    version: '4.22',
    branches: branches('release-4.22'),
    sigstoreImageVerification: true,
    sigstoreImageVerificationPKI: true,
    imagePolicyApiVersions: V1,
    payloadPolicyScopes: [RELEASE_REPO, ART_V4, ART_V5],
    ndpCredentialProviderAndIri: true
  },
  ...['5.0', '5.1', '5.2'].map((version): OpenShiftRelease => ({
    ...base,
    version,
    status: 'pre-release',
    branches:
      version === '5.0' ? branches('release-5.0') : branches(`release-${version}`, `release-${version}`, 'main'),
    sigstoreImageVerification: true,
    sigstoreImageVerificationPKI: true,
    imagePolicyApiVersions: V1,
    payloadPolicyScopes: [RELEASE_REPO, ART_V4, ART_V5],
    ndpCredentialProviderAndIri: true,
    registrySourcesCelRule: true
  }))
];

/** The newest release whose branch had shipped: the default for --openshift-version (docs/openshift-versions.md). */
export const NEWEST_GA_VERSION = '4.22';

/** Versions people ask for that no release carries, with the reason shown to them. */
const NOT_RELEASES: Record<string, string> = {
  '4.23':
    'OpenShift 4.23 is not modelled: its operator branches carry the 5.0 code line (machine-config-operator release-4.23 is the release-5.0 commit); use 5.0'
};

export type ReleaseLookup = { release: OpenShiftRelease; error?: undefined } | { release?: undefined; error: string };

/** The modelled release for a version, or a message that says which versions are modelled. */
export function lookupRelease(v: OcpVersion): ReleaseLookup {
  const text = formatOcp(v);
  const release = OPENSHIFT_RELEASES.find((r) => r.version === text);
  if (release) return { release };
  const known = NOT_RELEASES[text];
  if (known) return { error: known };
  return {
    error: `OpenShift ${text} is not modelled: registry-plan models ${modelledRange()} (newest GA: ${NEWEST_GA_VERSION})`
  };
}

/** The release entry for a version that must be modelled (callers validated it). */
export function releaseFor(v: OcpVersion): OpenShiftRelease {
  const r = lookupRelease(v);
  if (r.release) return r.release;
  // Behaviour of the newest modelled release at or below v: keeps pure renderers total for any input.
  const older = OPENSHIFT_RELEASES.filter((x) => compareOcp(v, x.version) >= 0);
  return older[older.length - 1] ?? OPENSHIFT_RELEASES[0]!;
}

function modelledRange(): string {
  const byMajor = new Map<number, string[]>();
  for (const r of OPENSHIFT_RELEASES) {
    const p = parseOcpVersion(r.version)!;
    byMajor.set(p.major, [...(byMajor.get(p.major) ?? []), r.version]);
  }
  return [...byMajor.values()].map((vs) => (vs.length > 1 ? `${vs[0]}–${vs[vs.length - 1]}` : vs[0]!)).join(' and ');
}
