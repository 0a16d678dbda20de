/**
 * Every rule id the tool can report, whatever stage emits it, with its default severity. The schema's
 * `severities` keys, the waiver checks and docs/rules.md are all driven from this one list, so a rule
 * cannot exist without being documented and configurable.
 */
import type { Severity } from './types.js';

export type RuleFamily =
  | 'registry-sources'
  | 'search-registries'
  | 'mirror-sets'
  | 'signature-policies'
  | 'upgrade'
  | 'operator'
  | 'plan'
  | 'machine-configs'
  | 'windows'
  | 'input'
  | 'team'
  | 'waivers';

export interface RuleInfo {
  id: string;
  family: RuleFamily;
  /** What the rule reports when nothing overrides it (some rules grade individual findings; see `graded`). */
  severity: Severity;
  /** One line for the schema description and the documentation index. */
  summary: string;
  overridable: boolean;
  waivable: boolean;
  /** Why a rule is not overridable or not waivable. */
  fixed?: string;
  /** The rule picks a severity per finding; an override in `severities` replaces it for every finding. */
  graded?: string;
}

const rule = <const I extends string>(
  id: I,
  family: RuleFamily,
  severity: Severity,
  summary: string,
  extra: Partial<Omit<RuleInfo, 'id'>> = {}
): RuleInfo & { id: I } => ({
  id,
  family,
  severity,
  summary,
  overridable: true,
  waivable: true,
  ...extra
});

const CANNOT_EVALUATE = 'when input cannot be read, the run cannot vouch for the change; fix the file instead';
const WAIVER_HYGIENE = 'it reports the waivers themselves; renew or remove the waiver instead';

export const RULE_CATALOG = [
  // Documented platform behaviour: image.config.openshift.io/cluster registrySources.
  rule(
    'allowed-and-blocked',
    'registry-sources',
    'error',
    'allowedRegistries and blockedRegistries are both set: MCO rejects the image configuration'
  ),
  rule(
    'allowed-registries-missing-required',
    'registry-sources',
    'error',
    'allowedRegistries leaves out registry.redhat.io, quay.io, the release payload or the internal registry'
  ),
  rule(
    'allowed-registries-missing-mirrors',
    'registry-sources',
    'warning',
    'disconnected cluster: allowedRegistries leaves out mirror registries the nodes must pull from'
  ),
  rule(
    'blocked-required-registry',
    'registry-sources',
    'error',
    'blockedRegistries blocks registry.redhat.io or quay.io, which platform images come from'
  ),
  rule(
    'blocked-payload-registry',
    'registry-sources',
    'error',
    'blockedRegistries covers the release payload repository',
    {
      graded:
        'error when MCO drops the entry (no usable mirror); warning when it is kept because a mirror of the payload stays reachable'
    }
  ),
  rule(
    'trusted-ca-invalid',
    'registry-sources',
    'error',
    'an additionalTrustedCA value that is not a PEM certificate, does not parse, has expired, or is not a CA',
    {
      graded:
        'error when the value holds no certificate, does not parse or has expired; warning for a certificate that is not a CA or not yet valid'
    }
  ),
  rule(
    'insecure-not-allowed',
    'registry-sources',
    'error',
    'an insecure registry is not in allowedRegistries, so nodes refuse its images anyway'
  ),
  // containerRuntimeSearchRegistries.
  rule(
    'search-registries-public',
    'search-registries',
    'warning',
    'containerRuntimeSearchRegistries names a public registry: short names resolve there, with credentials sent along'
  ),
  rule(
    'search-registries-mixed-credentials',
    'search-registries',
    'warning',
    'containerRuntimeSearchRegistries names several public registries that need different credentials'
  ),
  rule(
    'search-registries-reboot',
    'search-registries',
    'warning',
    'changing containerRuntimeSearchRegistries drains and reboots every node'
  ),
  // Mirror sets.
  rule(
    'icsp-deprecated',
    'mirror-sets',
    'warning',
    'ImageContentSourcePolicy is deprecated; migrate it with oc adm migrate icsp'
  ),
  rule(
    'icsp-digest-source',
    'mirror-sets',
    'error',
    'an ImageContentSourcePolicy source names an image (@sha256 or tag), not a repository'
  ),
  rule(
    'icsp-idms-conflict',
    'mirror-sets',
    'warning',
    'an ImageContentSourcePolicy and an ImageDigestMirrorSet configure the same source differently',
    {
      graded:
        'error when the ImageDigestMirrorSet entry is NeverContactSource (MCO rejects the combination); warning otherwise'
    }
  ),
  rule(
    'never-contact-single-mirror',
    'mirror-sets',
    'warning',
    'NeverContactSource with a single mirror: no fallback when that mirror is down'
  ),
  rule('mirror-equals-source', 'mirror-sets', 'warning', 'a mirror equals its source'),
  rule('duplicate-mirror', 'mirror-sets', 'notice', 'the same mirror is listed twice for one source'),
  rule(
    'mirror-order-surprising',
    'mirror-sets',
    'warning',
    'mirror lists of several objects merge into an order none of them wrote',
    {
      graded: "warning when an object's own order is not kept; notice when unrelated lists are merged alphabetically"
    }
  ),
  rule(
    'itms-where-idms-would-do',
    'mirror-sets',
    'notice',
    'an ImageTagMirrorSet where an ImageDigestMirrorSet would do',
    {
      graded:
        'warning when the images under the source are only ever pulled by digest (the release payload, or every workload in the repository); notice otherwise'
    }
  ),
  // Image signature policies (ClusterImagePolicy, ImagePolicy, the payload's own policy on 4.21+).
  rule(
    'signature-mirror-unsigned',
    'signature-policies',
    'error',
    'a scope that requires signatures is pulled through mirrors not known to carry them',
    {
      graded:
        "error for the release scopes of the payload's policy and for NeverContactSource entries; warning otherwise"
    }
  ),
  rule(
    'signature-scope-unused',
    'signature-policies',
    'warning',
    'a signature policy scope that nothing in the repository pulls from'
  ),
  rule(
    'signature-key-invalid',
    'signature-policies',
    'error',
    'a signature policy key or certificate that does not parse'
  ),
  rule(
    'signature-scope-conflict',
    'signature-policies',
    'warning',
    'an ImagePolicy scope that a ClusterImagePolicy overrides, so MCO ignores it'
  ),
  rule(
    'operator-rejects',
    'operator',
    'error',
    'the Machine Config Operator or WMCO would reject the head configuration'
  ),
  // Plan.
  rule('workload-unpullable', 'plan', 'error', 'a workload image can no longer be pulled after the change'),
  rule(
    'platform-image-unmirrored',
    'plan',
    'error',
    'a platform image (release, catalog, update service, pinned image) resolved through a mirror before and no longer does'
  ),
  rule('pool-invalid', 'plan', 'error', 'a MachineConfigPool value the rollout cannot use'),
  rule('ndp-invalid', 'plan', 'error', 'the node disruption policy violates the API limits'),
  // MachineConfigs and ContainerRuntimeConfigs of the repository (docs/node-files.md).
  rule(
    'machineconfig-invalid',
    'machine-configs',
    'error',
    'MCO refuses a MachineConfig: the pools selecting it stop rendering'
  ),
  rule(
    'machineconfig-file-unreadable',
    'machine-configs',
    'error',
    'a MachineConfig file the daemon cannot write (remote source, bad gzip, too large): the update stops'
  ),
  rule(
    'machineconfig-overrides-generated',
    'machine-configs',
    'error',
    'a repository MachineConfig replaces a file MCO generates: the image configuration no longer reaches those nodes'
  ),
  rule(
    'machineconfig-overridden',
    'machine-configs',
    'warning',
    'a generated MachineConfig replaces a file the repository writes: that content never reaches the nodes'
  ),
  rule(
    'machineconfig-irreconcilable',
    'machine-configs',
    'error',
    'append or storage sections MCO refuses on running nodes: the pool stops updating'
  ),
  rule(
    'machineconfig-certs-d',
    'machine-configs',
    'warning',
    "a MachineConfig file under /etc/docker/certs.d, which the daemon's certificate writer removes"
  ),
  rule(
    'registries-conf-unloadable',
    'machine-configs',
    'error',
    'registries.conf with its drop-ins cannot be loaded: every pull on the pool fails'
  ),
  rule(
    'containerruntimeconfig-invalid',
    'machine-configs',
    'error',
    'MCO refuses a ContainerRuntimeConfig: the pools keep the previous one'
  ),
  rule(
    'containerruntimeconfig-no-pool',
    'machine-configs',
    'warning',
    'a ContainerRuntimeConfig selects no pool: nothing is rendered'
  ),
  rule(
    'containerruntimeconfig-order-unknown',
    'machine-configs',
    'warning',
    'several ContainerRuntimeConfigs select one pool: which wins depends on creation order'
  ),
  // Pull checks (--check-pulls; src/policy/rules/pull-checks.ts).
  rule(
    'image-not-mirrored',
    'plan',
    'error',
    'no mirror holds an image reference the nodes will ask for (--check-pulls)',
    {
      graded:
        'error when the node cannot contact the source (NeverContactSource, a blocked source, or policy.disconnected); warning otherwise'
    }
  ),
  rule(
    'pull-check-incomplete',
    'plan',
    'warning',
    'the pull check could not ask every endpoint: unreachable, access denied, budget, or no client (--check-pulls)',
    { graded: 'error when skopeo is not installed (nothing was checked); warning otherwise' }
  ),
  // Windows (src/policy/rules/windows.ts; windows-instances-malformed from src/render/windows/inventory.ts).
  rule('pull-secret-in-repo', 'windows', 'error', 'the cluster pull secret is committed to the repository'),
  rule(
    'windows-mirror-naming',
    'windows',
    'warning',
    'Windows nodes request a different path from the mirror than Linux nodes do'
  ),
  rule(
    'windows-registry-wide-mirror',
    'windows',
    'notice',
    'on Windows a repository-scoped mirror applies to the whole registry',
    {
      graded: 'warning when Windows workloads pull other images from that registry; notice otherwise'
    }
  ),
  rule(
    'windows-never-contact-registry-wide',
    'windows',
    'warning',
    'on Windows NeverContactSource cuts off the whole registry'
  ),
  rule('windows-unsupported-source', 'windows', 'warning', 'a wildcard or port source that Windows nodes never use'),
  rule(
    'windows-duplicate-host-table',
    'windows',
    'error',
    'two mirrors collapse into one hosts.toml table and containerd rejects the file'
  ),
  rule(
    'windows-policy-order-dependent',
    'windows',
    'warning',
    'the Windows mirror policy of a registry depends on the order of entries'
  ),
  rule('windows-ignored-setting', 'windows', 'notice', 'a setting that Windows nodes ignore'),
  rule(
    'windows-nodes-with-mirror-sets',
    'windows',
    'warning',
    'Windows nodes and the mirror sets they need are added in the same change; the documented order is mirror sets first'
  ),
  rule(
    'windows-disconnected-pause',
    'windows',
    'error',
    'Windows nodes cannot pull the pause image under NeverContactSource',
    {
      graded:
        'error when nothing mirrors the pause image; warning when the mirror exists but a Windows tag pull never reaches it'
    }
  ),
  rule(
    'windows-docker-hub-source',
    'windows',
    'warning',
    'Windows nodes fall back to docker.io, which does not serve the registry API, for Docker Hub images the mirrors lack'
  ),
  rule(
    'windows-mirror-order',
    'windows',
    'notice',
    'Windows nodes try the mirrors in alphabetical order, not the listed order'
  ),
  rule('windows-instances-malformed', 'windows', 'error', 'a windows-instances ConfigMap entry WMCO cannot use', {
    graded: 'per entry, as WMCO treats it'
  }),
  // Upgrades: what a version bump does by itself (docs/release-gating.md).
  rule(
    'upgrade-version-unknown',
    'upgrade',
    'error',
    'the pull request changes the update target, but its OpenShift version cannot be read or is not modelled',
    { overridable: false, waivable: false, fixed: CANNOT_EVALUATE }
  ),
  rule('upgrade-downgrade', 'upgrade', 'error', 'the head asks for an older OpenShift minor version than the base'),
  rule(
    'upgrade-release-signatures',
    'upgrade',
    'error',
    'the new release requires sigstore signatures for release images the cluster pulls through mirrors',
    { graded: 'error when a mirror entry of the release scopes is NeverContactSource; warning otherwise' }
  ),
  rule(
    'upgrade-manifest-refused',
    'upgrade',
    'error',
    'a manifest the pull request does not touch is refused or no longer served by the new version'
  ),
  rule(
    'upgrade-target-unreachable',
    'upgrade',
    'error',
    "the ClusterVersion's desiredUpdate.image cannot be pulled with the head's node configuration"
  ),
  // Input.
  rule('bad-input', 'input', 'error', 'a file that cannot be read or parsed', {
    overridable: false,
    waivable: false,
    fixed: CANNOT_EVALUATE
  }),
  rule('api-rejected', 'input', 'error', 'the API server would refuse this object'),
  rule(
    'kind-not-served',
    'input',
    'error',
    'the planned OpenShift version does not serve this kind under this apiVersion; the object never reaches a node'
  ),
  rule(
    'kind-misspelled',
    'input',
    'error',
    'a kind in an OpenShift API group that is a near miss of a kind the tool reads (ImageDigestMirrorSett)'
  ),
  rule('duplicate-object', 'input', 'error', 'the same object is declared twice'),
  rule(
    'config-loosened',
    'input',
    'error',
    'the pull request changes the configuration so that the gate lets more through'
  ),
  rule(
    'trusted-ca-key',
    'input',
    'warning',
    'an additionalTrustedCA ConfigMap key that is not hostname[..port]: its CA is trusted for no registry'
  ),
  // The team's policy file.
  rule(
    'mirror-host-not-allowed',
    'team',
    'error',
    'policy.allowedMirrorHosts: a mirror on a host the team did not allow'
  ),
  rule('forbidden-host', 'team', 'error', 'policy.forbiddenHosts: a registry the team forbids'),
  rule(
    'never-contact-source-required',
    'team',
    'error',
    'policy.requireNeverContactSource: a source the nodes may still contact'
  ),
  rule('insecure-registry-forbidden', 'team', 'error', 'policy.noInsecureRegistries: an insecure registry'),
  rule('itms-forbidden', 'team', 'error', 'policy.noITMS: an ImageTagMirrorSet'),
  rule('icsp-forbidden', 'team', 'error', 'policy.noICSP: an ImageContentSourcePolicy'),
  rule('disruption-reboot', 'team', 'error', 'policy.disruption.noReboot: the change reboots nodes'),
  rule('disruption-drain', 'team', 'error', 'policy.disruption.noDrain: the change drains nodes'),
  rule(
    'rollout-too-long',
    'team',
    'error',
    'policy.disruption.maxRolloutMinutes: a pool takes longer to roll out than allowed'
  ),
  rule('too-many-reboots', 'team', 'error', 'policy.disruption.maxRebootedNodes: more nodes reboot than allowed'),
  // Waivers.
  rule('waiver-expired', 'waivers', 'error', 'a waiver is past its expiry date', {
    waivable: false,
    fixed: WAIVER_HYGIENE
  }),
  rule('annotation-waiver-invalid', 'waivers', 'error', 'a registry-plan.io/waive annotation that cannot be read', {
    waivable: false,
    fixed: WAIVER_HYGIENE
  }),
  rule(
    'annotation-waiver-forbidden',
    'waivers',
    'error',
    'a registry-plan.io/waive annotation while policy.allowAnnotationWaivers is false',
    {
      waivable: false,
      fixed: WAIVER_HYGIENE
    }
  )
] as const satisfies readonly RuleInfo[];

/** Every rule id: a finding made with policy/rules/helpers.ts `finding` cannot name a rule the catalog lacks. */
export type RuleId = (typeof RULE_CATALOG)[number]['id'];

export const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULE_CATALOG.map((r) => [r.id, r]));

/** Where a rule is documented, relative to the repository root of registry-plan. */
export const ruleDocPath = (id: string): string => `docs/rules.md#rule-${id}`;

/** Where the rules are published; PR comments and SARIF need absolute links (relative ones resolve against the PR page). */
export const RULES_DOC_URL = 'https://github.com/registry-plan/registry-plan/blob/main/docs/rules.md';
export const ruleDocUrl = (id: string): string => `${RULES_DOC_URL}#rule-${id}`;
