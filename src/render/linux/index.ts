import type { ImagePolicyObject } from '../../model/image-policy.js';
import { admitImagePolicies } from '../../model/image-policy-api.js';
import { releaseFor } from '../../model/openshift-versions.js';
import type { ClusterModel, ImageConfig, Loc, MirrorEntry, MirrorSetObject } from '../../model/types.js';
import { atLeast, type OcpVersion } from '../../model/version.js';
import type { NodeFile, OperatorError, OperatorWarning, RenderResult } from '../types.js';
import { locOrNone } from '../types.js';
import { certsDFiles } from './certs-d.js';
import type { EditOptions } from './edit-registries.js';
import { byteCompare, goQuote } from './go-format.js';
import type { MirrorRule } from './mirror-sets.js';
import { getValidBlockedAndAllowedRegistries, type BlockedAndAllowed } from './payload.js';
import { POLICY_JSON_TEMPLATE } from './policy-json.js';
import { REGISTRIES_CONF_TEMPLATE } from './registries-conf.js';
import { POLICY_JSON as POLICY_JSON_PATH, REGISTRIES_CONF as REGISTRIES_CONF_PATH } from '../../model/node-paths.js';
import { encodeSearchRegistries, SEARCH_REGISTRIES_PATH } from './search-registries.js';
import { renderSignaturePolicies, type SignaturePolicyErrorSite } from './sigstore.js';
import { SIGSTORE_REGISTRIES_PATH } from './sigstore-registries-d.js';
import type { ScopeConflict } from './sigstore-scopes.js';
import { updateRegistriesConfig } from './update-registries.js';

export { pullEndpoints, type PullEndpoint, type PullEndpointsResult } from './pull-sources.js';
export { policyAllows } from './policy-allows.js';
export { REGISTRIES_CONF_TEMPLATE } from './registries-conf.js';
export { POLICY_JSON_TEMPLATE, updatePolicyJSON } from './policy-json.js';
export { updateRegistriesConfig } from './update-registries.js';
export { getValidBlockedAndAllowedRegistries } from './payload.js';
export { SEARCH_REGISTRIES_PATH } from './search-registries.js';
export { SIGSTORE_REGISTRIES_PATH } from './sigstore-registries-d.js';
export { CRIO_POLICIES_DIR } from './sigstore-policy-json.js';

export interface LinuxRenderOptions {
  version: OcpVersion;
  /** ClusterVersion's desired release image; "" = unknown (then no blocked scope is treated as the payload's). */
  releaseImage: string;
}

export interface LinuxRender extends RenderResult {
  registriesConf: NodeFile;
  policyJson: NodeFile;
  searchRegistries?: NodeFile;
  /** /etc/containers/registries.d/sigstore-registries.yaml, when any signature policy applies. */
  sigstoreRegistries?: NodeFile;
  /** /etc/crio/policies/<namespace>.json, in namespace order. */
  crioPolicies: NodeFile[];
  /** The signature policies MCO applied (the payload's included) and the ImagePolicy scopes it dropped. */
  signature: SignatureState;
  certs: NodeFile[];
  /** The lists MCO actually applied after the payload check (undefined = Go nil). */
  registrySources: { registriesBlocked?: string[]; policyBlocked?: string[]; allowed?: string[] };
}

/** A mirror rule with the manifest entry it came from, so failures can name a file and line. */
export interface LocatedRule extends MirrorRule {
  entry: MirrorEntry;
  object: MirrorSetObject;
}

/** Objects in name order: the operator's lister order is unspecified, and our output must be stable. */
export function rulesOf(objects: readonly MirrorSetObject[]): LocatedRule[] {
  return [...objects]
    .sort((a, b) => byteCompare(a.name, b.name))
    .flatMap((object) =>
      object.entries.map((entry) => ({
        source: entry.source,
        mirrors: entry.mirrors,
        mirrorSourcePolicy: entry.mirrorSourcePolicy,
        entry,
        object
      }))
    );
}

class RenderFailure extends Error {
  constructor(
    message: string,
    readonly loc: Loc | undefined
  ) {
    super(message);
  }
}

function listItemLoc(image: ImageConfig | undefined, field: string, value: string): Loc | undefined {
  if (!image) return undefined;
  const list = (image as unknown as Record<string, string[] | undefined>)[field];
  const index = list?.indexOf(value) ?? -1;
  return (index >= 0 ? image.fieldLocs[`${field}.${index}`] : undefined) ?? image.fieldLocs[field] ?? image.loc;
}

function ruleLoc(rule: LocatedRule, field: 'source' | 'policy' | 'mirror', index?: number): Loc {
  const e = rule.entry;
  if (field === 'source') return e.sourceLoc ?? e.loc;
  if (field === 'policy') return e.policyLoc ?? e.loc;
  return (index !== undefined ? e.mirrorLocs[index] : undefined) ?? e.loc;
}

/** Where a signature-policy failure points: the scope, key or object it is about. */
function signatureErrorLoc(site: SignaturePolicyErrorSite, policies: readonly ImagePolicyObject[]): Loc | undefined {
  if (site.kind === 'policy') return site.policy.keyLoc ?? site.policy.loc;
  const scope = site.kind === 'scope' ? site.failure.scope : site.kind === 'registries.d' ? site.scope : undefined;
  const kind = site.kind === 'scope' ? site.failure.kind : undefined;
  for (const p of policies) {
    if (kind && p.kind !== kind) continue;
    const i = scope === undefined ? -1 : p.scopes.indexOf(scope);
    if (i >= 0) return p.scopeLocs[i] ?? p.loc;
  }
  return policies[0]?.loc;
}

/**
 * The generated registries.conf itself does not load (e.g. an insecure entry with a URI scheme): point
 * at the image-config item or mirror entry whose text the message quotes.
 */
function registriesConfErrorLoc(message: string, model: ClusterModel): Loc | undefined {
  const image = model.image;
  for (const field of ['insecureRegistries', 'blockedRegistries'] as const) {
    const hit = image?.[field]?.find((v) => message.includes(`'${v}'`) || message.includes(`"${v}"`));
    if (hit !== undefined) return listItemLoc(image, field, hit);
  }
  for (const o of [...model.idms, ...model.itms, ...model.icsp]) {
    for (const e of o.entries) {
      if (message.includes(e.source)) return e.sourceLoc ?? e.loc;
      const i = e.mirrors.findIndex((m) => message.includes(m));
      if (i >= 0) return e.mirrorLocs[i] ?? e.loc;
    }
  }
  return image?.loc ?? model.idms[0]?.loc ?? model.itms[0]?.loc ?? model.icsp[0]?.loc;
}

const LIST_FIELD = {
  insecure: 'insecureRegistries',
  blocked: 'blockedRegistries',
  allowed: 'allowedRegistries'
} as const;

/** What every stage of one sync reads: the image config, the mirror rules that exist at this version. */
interface SyncInput {
  model: ClusterModel;
  image: ImageConfig | undefined;
  version: OcpVersion;
  releaseImage: string;
  editOpts: EditOptions;
  idms: LocatedRule[];
  itms: LocatedRule[];
  icsp: LocatedRule[];
  objectCount: number;
}

function syncInput(model: ClusterModel, opts: LinuxRenderOptions): SyncInput {
  const legacy = !atLeast(opts.version, '4.13');
  return {
    model,
    image: model.image,
    version: opts.version,
    releaseImage: opts.releaseImage || model.clusterVersionImage?.image || '',
    editOpts: { legacyMirrorByDigestOnly: legacy },
    // IDMS and ITMS do not exist before 4.13; the operator there neither lists nor renders them.
    idms: legacy ? [] : rulesOf(model.idms),
    itms: legacy ? [] : rulesOf(model.itms),
    icsp: rulesOf(model.icsp),
    objectCount: model.icsp.length + (legacy ? 0 : model.idms.length + model.itms.length)
  };
}

const linuxFile = (path: string, content: string, origin: NodeFile['origin']): NodeFile => ({
  node: 'linux',
  path,
  content,
  origin
});

/** The blocked and allowed registries after the payload-repository check, with MCO's warnings. */
function registrySourcesFor(s: SyncInput, warnings: OperatorWarning[]): BlockedAndAllowed {
  const { image, releaseImage } = s;
  const spec = {
    insecureRegistries: image?.insecureRegistries,
    blockedRegistries: image?.blockedRegistries,
    allowedRegistries: image?.allowedRegistries
  };
  if (releaseImage === '') {
    return {
      registriesBlocked: image?.blockedRegistries?.length ? [...image.blockedRegistries] : undefined,
      policyBlocked: image?.blockedRegistries?.length ? [...image.blockedRegistries] : undefined,
      allowed: image?.allowedRegistries?.length ? [...image.allowedRegistries] : undefined,
      dropped: [],
      keptWithMirror: []
    };
  }
  const r = getValidBlockedAndAllowedRegistries(
    releaseImage,
    spec,
    [...s.idms, ...s.icsp.map((r) => ({ ...r, mirrorSourcePolicy: '' }))],
    s.editOpts
  );
  if (r.fatal) throw new RenderFailure(r.error!, s.model.clusterVersionImage?.loc ?? image?.loc);
  for (const reg of r.keptWithMirror) {
    warnings.push({
      component: 'mco',
      message: `${goQuote(reg)} matches the payload repository, but will add it to the list of blocked registries as there are mirror rules configured for it`,
      ...locOrNone(listItemLoc(image, 'blockedRegistries', reg))
    });
  }
  if (r.error !== undefined) {
    warnings.push({
      component: 'mco',
      message: `${r.error}, skipping....`,
      ...locOrNone(listItemLoc(image, 'blockedRegistries', r.dropped[0] ?? ''))
    });
  }
  return r;
}

/** registries.conf, when the cluster state gives MCO anything to write; undefined leaves the template. */
function renderRegistriesConf(s: SyncInput, registriesBlocked: string[] | undefined): NodeFile | undefined {
  const insecure = s.image?.insecureRegistries;
  if (insecure === undefined && registriesBlocked === undefined && s.objectCount === 0) return undefined;
  const r = updateRegistriesConfig(insecure, registriesBlocked, s.icsp, s.idms, s.itms, s.version);
  if (r.failure) {
    const site = r.failure.site;
    const loc =
      'list' in site
        ? listItemLoc(
            s.image,
            LIST_FIELD[site.list],
            (site.list === 'insecure' ? insecure : registriesBlocked)![site.index]!
          )
        : ruleLoc(site.rule, site.field, site.index);
    throw new RenderFailure(r.failure.message, loc);
  }
  if (r.editError) {
    const rule = [...s.idms, ...s.icsp, ...s.itms].find((x) => x.source === r.editError.source);
    throw new RenderFailure(r.editError.message, rule ? ruleLoc(rule, 'source') : s.image?.loc);
  }
  return linuxFile(REGISTRIES_CONF_PATH, r.text, 'generated');
}

export interface SignatureState {
  clusterPolicies: ImagePolicyObject[];
  imagePolicies: ImagePolicyObject[];
  conflicts: ScopeConflict[];
}

interface SignatureFiles {
  policyJson?: NodeFile;
  sigstoreRegistries?: NodeFile;
  crioPolicies: NodeFile[];
  signature: SignatureState;
}

/**
 * policy.json, registries.d/sigstore-registries.yaml and /etc/crio/policies/*.json: the image config's
 * lists plus the signature policies this release's API admits (the payload's own included, 4.21+).
 * undefined policyJson leaves the template.
 */
function renderPolicyFiles(
  s: SyncInput,
  policyBlocked: string[] | undefined,
  allowed: string[] | undefined,
  registriesConf: NodeFile | undefined
): SignatureFiles {
  const release = releaseFor(s.version);
  const sig = renderSignaturePolicies({
    release,
    clusterImagePolicies: admitImagePolicies(s.model.clusterImagePolicies, release).accepted,
    imagePolicies: admitImagePolicies(s.model.imagePolicies, release).accepted,
    policyBlocked,
    allowed,
    releaseImage: s.releaseImage,
    registriesToml: registriesConf?.content
  });
  if (sig.error) {
    const site = sig.error.site;
    const loc =
      site.kind === 'lists'
        ? site.field === 'releaseImage'
          ? (s.model.clusterVersionImage?.loc ?? s.image?.loc)
          : site.index !== undefined
            ? listItemLoc(
                s.image,
                LIST_FIELD[site.field],
                (site.field === 'blocked' ? policyBlocked : allowed)![site.index]!
              )
            : (s.image?.fieldLocs[LIST_FIELD[site.field]] ?? s.image?.loc)
        : site.kind === 'registries.d' && site.scope === undefined
          ? registriesConfErrorLoc(sig.error.message, s.model)
          : signatureErrorLoc(site, [...sig.clusterPolicies, ...sig.imagePolicies]);
    throw new RenderFailure(sig.error.message, loc);
  }
  return {
    ...(sig.policyJson !== undefined ? { policyJson: linuxFile(POLICY_JSON_PATH, sig.policyJson, 'generated') } : {}),
    ...(sig.registriesD !== undefined
      ? { sigstoreRegistries: linuxFile(SIGSTORE_REGISTRIES_PATH, sig.registriesD, 'generated') }
      : {}),
    crioPolicies: sig.namespaced.map((f) => linuxFile(f.path, f.content, 'generated')),
    signature: { clusterPolicies: sig.clusterPolicies, imagePolicies: sig.imagePolicies, conflicts: sig.conflicts }
  };
}

/** The search-registries drop-in, only when containerRuntimeSearchRegistries is set. */
function renderSearchRegistries(s: SyncInput): NodeFile | undefined {
  const search = s.image?.containerRuntimeSearchRegistries;
  if (search === undefined) return undefined;
  return linuxFile(SEARCH_REGISTRIES_PATH, encodeSearchRegistries(search, s.version), 'generated');
}

/**
 * What MCO's container-runtime-config controller and the MCD certificate writer leave on a Linux node
 * for this cluster state: `syncImageConfig` → `registriesConfigIgnition` for every built-in pool. Any
 * operator error fails the whole sync, so the node keeps the templates and `errors` carries the message.
 */
export function renderLinux(model: ClusterModel, opts: LinuxRenderOptions): LinuxRender {
  const s = syncInput(model, opts);
  const warnings: OperatorWarning[] = [];
  const errors: OperatorError[] = [];
  const certs = certsDFiles(
    s.image?.additionalTrustedCA ? model.openshiftConfigMaps[s.image.additionalTrustedCA] : undefined
  );
  let registrySources: LinuxRender['registrySources'] = {};
  let generated: { registriesConf?: NodeFile; searchRegistries?: NodeFile } & Partial<SignatureFiles> = {};
  try {
    const { registriesBlocked, policyBlocked, allowed } = registrySourcesFor(s, warnings);
    registrySources = { registriesBlocked, policyBlocked, allowed };
    const registriesConf = renderRegistriesConf(s, registriesBlocked);
    generated = {
      registriesConf,
      ...renderPolicyFiles(s, policyBlocked, allowed, registriesConf),
      searchRegistries: renderSearchRegistries(s)
    };
  } catch (e) {
    if (!(e instanceof RenderFailure)) throw e;
    errors.push({ component: 'mco', message: e.message, ...locOrNone(e.loc) });
  }
  const registriesConf =
    generated.registriesConf ?? linuxFile(REGISTRIES_CONF_PATH, REGISTRIES_CONF_TEMPLATE, 'template');
  const policyJson = generated.policyJson ?? linuxFile(POLICY_JSON_PATH, POLICY_JSON_TEMPLATE, 'template');
  const { searchRegistries, sigstoreRegistries } = generated;
  const crioPolicies = generated.crioPolicies ?? [];
  const signature = generated.signature ?? { clusterPolicies: [], imagePolicies: [], conflicts: [] };
  // The order of MCO's 99-<pool>-generated-registries MachineConfig (registriesConfigIgnition).
  const files = [
    registriesConf,
    policyJson,
    ...(sigstoreRegistries ? [sigstoreRegistries] : []),
    ...crioPolicies,
    ...(searchRegistries ? [searchRegistries] : []),
    ...certs
  ];
  const result: LinuxRender = {
    files,
    errors,
    warnings,
    registriesConf,
    policyJson,
    crioPolicies,
    signature,
    certs,
    registrySources
  };
  if (searchRegistries) result.searchRegistries = searchRegistries;
  if (sigstoreRegistries) result.sigstoreRegistries = sigstoreRegistries;
  return result;
}
