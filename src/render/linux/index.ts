import type { ClusterModel, ImageConfig, Loc, MirrorEntry, MirrorSetObject } from '../../model/types.js';
import { atLeast, type OcpVersion } from '../../model/version.js';
import type { NodeFile, OperatorError, OperatorWarning, RenderResult } from '../types.js';
import { locOrNone } from '../types.js';
import { certsDFiles } from './certs-d.js';
import type { EditOptions } from './edit-registries.js';
import { byteCompare, goQuote } from './go-format.js';
import type { MirrorRule } from './mirror-sets.js';
import { getValidBlockedAndAllowedRegistries, type BlockedAndAllowed } from './payload.js';
import { POLICY_JSON_TEMPLATE, updatePolicyJSON } from './policy-json.js';
import { REGISTRIES_CONF_TEMPLATE } from './registries-conf.js';
import { POLICY_JSON as POLICY_JSON_PATH, REGISTRIES_CONF as REGISTRIES_CONF_PATH } from '../../model/node-paths.js';
import { encodeSearchRegistries, SEARCH_REGISTRIES_PATH } from './search-registries.js';
import { updateRegistriesConfig } from './update-registries.js';

export { pullEndpoints, type PullEndpoint, type PullEndpointsResult } from './pull-sources.js';
export { policyAllows } from './policy-allows.js';
export { REGISTRIES_CONF_TEMPLATE } from './registries-conf.js';
export { POLICY_JSON_TEMPLATE, updatePolicyJSON } from './policy-json.js';
export { updateRegistriesConfig } from './update-registries.js';
export { getValidBlockedAndAllowedRegistries } from './payload.js';
export { SEARCH_REGISTRIES_PATH } from './search-registries.js';

export interface LinuxRenderOptions {
  version: OcpVersion;
  /** ClusterVersion's desired release image; "" = unknown (then no blocked scope is treated as the payload's). */
  releaseImage: string;
}

export interface LinuxRender extends RenderResult {
  registriesConf: NodeFile;
  policyJson: NodeFile;
  searchRegistries?: NodeFile;
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

/** policy.json, when blocked or allowed registries are set; undefined leaves the template. */
function renderPolicyJson(
  s: SyncInput,
  policyBlocked: string[] | undefined,
  allowed: string[] | undefined
): NodeFile | undefined {
  if (policyBlocked === undefined && allowed === undefined) return undefined;
  const r = updatePolicyJSON(POLICY_JSON_TEMPLATE, policyBlocked, allowed, s.releaseImage);
  if (r.error !== undefined) {
    const loc =
      r.field === 'releaseImage'
        ? (s.model.clusterVersionImage?.loc ?? s.image?.loc)
        : r.index !== undefined
          ? listItemLoc(s.image, LIST_FIELD[r.field], (r.field === 'blocked' ? policyBlocked : allowed)![r.index]!)
          : (s.image?.fieldLocs[LIST_FIELD[r.field]] ?? s.image?.loc);
    throw new RenderFailure(r.error, loc);
  }
  return linuxFile(POLICY_JSON_PATH, r.json, 'generated');
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
  let generated: { registriesConf?: NodeFile; policyJson?: NodeFile; searchRegistries?: NodeFile } = {};
  try {
    const { registriesBlocked, policyBlocked, allowed } = registrySourcesFor(s, warnings);
    registrySources = { registriesBlocked, policyBlocked, allowed };
    generated = {
      registriesConf: renderRegistriesConf(s, registriesBlocked),
      policyJson: renderPolicyJson(s, policyBlocked, allowed),
      searchRegistries: renderSearchRegistries(s)
    };
  } catch (e) {
    if (!(e instanceof RenderFailure)) throw e;
    errors.push({ component: 'mco', message: e.message, ...locOrNone(e.loc) });
  }
  const registriesConf =
    generated.registriesConf ?? linuxFile(REGISTRIES_CONF_PATH, REGISTRIES_CONF_TEMPLATE, 'template');
  const policyJson = generated.policyJson ?? linuxFile(POLICY_JSON_PATH, POLICY_JSON_TEMPLATE, 'template');
  const searchRegistries = generated.searchRegistries;
  const files = [registriesConf, policyJson, ...(searchRegistries ? [searchRegistries] : []), ...certs];
  const result: LinuxRender = { files, errors, warnings, registriesConf, policyJson, certs, registrySources };
  if (searchRegistries) result.searchRegistries = searchRegistries;
  return result;
}
