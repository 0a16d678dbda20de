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
  signature: { clusterPolicies: ImagePolicyObject[]; imagePolicies: ImagePolicyObject[]; conflicts: ScopeConflict[] };
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

/**
 * What MCO's container-runtime-config controller and the MCD certificate writer leave on a Linux node
 * for this cluster state: `syncImageConfig` → `registriesConfigIgnition` for every built-in pool. Any
 * operator error fails the whole sync, so the node keeps the templates and `errors` carries the message.
 */
export function renderLinux(model: ClusterModel, opts: LinuxRenderOptions): LinuxRender {
  const version = opts.version;
  const legacy = !atLeast(version, '4.13');
  const editOpts: EditOptions = { legacyMirrorByDigestOnly: legacy };
  const image = model.image;
  // IDMS and ITMS do not exist before 4.13; the operator there neither lists nor renders them.
  const idms = legacy ? [] : rulesOf(model.idms);
  const itms = legacy ? [] : rulesOf(model.itms);
  const icsp = rulesOf(model.icsp);
  const objectCount = model.icsp.length + (legacy ? 0 : model.idms.length + model.itms.length);
  const releaseImage = opts.releaseImage || model.clusterVersionImage?.image || '';
  const warnings: OperatorWarning[] = [];
  const errors: OperatorError[] = [];
  const certs = certsDFiles(
    image?.additionalTrustedCA ? model.openshiftConfigMaps[image.additionalTrustedCA] : undefined
  );

  const sourcesFor = (): BlockedAndAllowed => {
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
      [...idms, ...icsp.map((r) => ({ ...r, mirrorSourcePolicy: '' }))],
      editOpts
    );
    if (r.fatal) throw new RenderFailure(r.error!, model.clusterVersionImage?.loc ?? image?.loc);
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
  };

  let registrySources: LinuxRender['registrySources'] = {};
  let registriesConf: NodeFile = {
    node: 'linux',
    path: REGISTRIES_CONF_PATH,
    content: REGISTRIES_CONF_TEMPLATE,
    origin: 'template'
  };
  let policyJson: NodeFile = {
    node: 'linux',
    path: POLICY_JSON_PATH,
    content: POLICY_JSON_TEMPLATE,
    origin: 'template'
  };
  let searchRegistries: NodeFile | undefined;
  let sigstoreRegistries: NodeFile | undefined;
  let crioPolicies: NodeFile[] = [];
  let signature: LinuxRender['signature'] = { clusterPolicies: [], imagePolicies: [], conflicts: [] };
  try {
    const { registriesBlocked, policyBlocked, allowed } = sourcesFor();
    registrySources = { registriesBlocked, policyBlocked, allowed };
    const insecure = image?.insecureRegistries;

    if (insecure !== undefined || registriesBlocked !== undefined || objectCount > 0) {
      const r = updateRegistriesConfig(insecure, registriesBlocked, icsp, idms, itms, version);
      if (r.failure) {
        const s = r.failure.site;
        const loc =
          'list' in s
            ? listItemLoc(image, LIST_FIELD[s.list], (s.list === 'insecure' ? insecure : registriesBlocked)![s.index]!)
            : ruleLoc(s.rule, s.field, s.index);
        throw new RenderFailure(r.failure.message, loc);
      }
      if (r.editError) {
        const rule = [...idms, ...icsp, ...itms].find((x) => x.source === r.editError.source);
        throw new RenderFailure(r.editError.message, rule ? ruleLoc(rule, 'source') : image?.loc);
      }
      registriesConf = { ...registriesConf, content: r.text, origin: 'generated' };
    }

    const release = releaseFor(version);
    const sig = renderSignaturePolicies({
      release,
      clusterImagePolicies: admitImagePolicies(model.clusterImagePolicies, release).accepted,
      imagePolicies: admitImagePolicies(model.imagePolicies, release).accepted,
      policyBlocked,
      allowed,
      releaseImage,
      registriesToml: registriesConf.origin === 'generated' ? registriesConf.content : undefined
    });
    signature = { clusterPolicies: sig.clusterPolicies, imagePolicies: sig.imagePolicies, conflicts: sig.conflicts };
    if (sig.error) {
      const site = sig.error.site;
      const loc =
        site.kind === 'lists'
          ? site.field === 'releaseImage'
            ? (model.clusterVersionImage?.loc ?? image?.loc)
            : site.index !== undefined
              ? listItemLoc(
                  image,
                  LIST_FIELD[site.field],
                  (site.field === 'blocked' ? policyBlocked : allowed)![site.index]!
                )
              : (image?.fieldLocs[LIST_FIELD[site.field]] ?? image?.loc)
          : site.kind === 'registries.d' && site.scope === undefined
            ? registriesConfErrorLoc(sig.error.message, model)
            : signatureErrorLoc(site, [...sig.clusterPolicies, ...sig.imagePolicies]);
      throw new RenderFailure(sig.error.message, loc);
    }
    if (sig.policyJson !== undefined) policyJson = { ...policyJson, content: sig.policyJson, origin: 'generated' };
    if (sig.registriesD !== undefined) {
      sigstoreRegistries = {
        node: 'linux',
        path: SIGSTORE_REGISTRIES_PATH,
        content: sig.registriesD,
        origin: 'generated'
      };
    }
    crioPolicies = sig.namespaced.map((f) => ({
      node: 'linux',
      path: f.path,
      content: f.content,
      origin: 'generated'
    }));

    const search = image?.containerRuntimeSearchRegistries;
    if (search !== undefined) {
      searchRegistries = {
        node: 'linux',
        path: SEARCH_REGISTRIES_PATH,
        content: encodeSearchRegistries(search, version),
        origin: 'generated'
      };
    }
  } catch (e) {
    if (!(e instanceof RenderFailure)) throw e;
    errors.push({ component: 'mco', message: e.message, ...locOrNone(e.loc) });
    registriesConf = {
      node: 'linux',
      path: REGISTRIES_CONF_PATH,
      content: REGISTRIES_CONF_TEMPLATE,
      origin: 'template'
    };
    policyJson = { node: 'linux', path: POLICY_JSON_PATH, content: POLICY_JSON_TEMPLATE, origin: 'template' };
    searchRegistries = undefined;
    sigstoreRegistries = undefined;
    crioPolicies = [];
  }

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
