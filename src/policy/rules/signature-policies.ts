/**
 * Findings about image signature policies that prevent an outage before it merges
 * (docs/signature-policies.md): mirrors that would serve images without the signatures a policy
 * requires, scopes nothing pulls from, keys that do not parse, and ImagePolicy scopes a
 * ClusterImagePolicy overrides.
 */
import { createPublicKey, X509Certificate } from 'node:crypto';
import type { ImagePolicyObject } from '../../model/image-policy.js';
import { pathNamesTagOrDigest } from '../../model/text.js';
import type { Finding, Loc, MirrorSetObject, Severity, WorkloadImage } from '../../model/types.js';
import { parseNormalizedNamed, referenceName, referenceString } from '../../render/linux/docker-reference.js';
import { scopeIsNestedInsideScope } from '../../render/linux/scopes.js';
import type { ScopeConflict } from '../../render/linux/sigstore-scopes.js';
import type { RuleContext, RuleModule } from '../types.js';
import { finding, list } from './helpers.js';

export interface SignatureCheckInput {
  /** The ClusterImagePolicies MCO applies on this side (the payload's included), gate on. */
  clusterPolicies: readonly ImagePolicyObject[];
  imagePolicies: readonly ImagePolicyObject[];
  mirrorSets: readonly MirrorSetObject[];
  workloads: readonly WorkloadImage[];
  /** Team policy `signedMirrors`: mirror scopes known to carry the sigstore signatures. */
  signedMirrors: readonly string[];
  conflicts: readonly ScopeConflict[];
}

export interface SignatureFinding {
  rule: 'signature-mirror-unsigned' | 'signature-scope-unused' | 'signature-key-invalid' | 'signature-scope-conflict';
  severity?: Severity;
  message: string;
  loc: Loc;
  object: string;
}

const objectId = (p: { kind: string; name: string; namespace?: string }): string =>
  p.namespace ? `${p.kind}/${p.namespace}/${p.name}` : `${p.kind}/${p.name}`;

/** A mirror-set source whose pulls a policy scope governs: equal, containing the scope, or nested in it. */
const related = (source: string, scope: string): boolean =>
  scopeIsNestedInsideScope(scope, source) || scopeIsNestedInsideScope(source, scope);

/**
 * signature-mirror-unsigned: c/image verifies the signature on the endpoint that served the image and
 * does not fall back to the next one when it is missing, so a mirror without the signatures breaks
 * every pull of the scope through it. Release scopes of the payload policy and NeverContactSource
 * entries (a disconnected cluster) are errors; other scopes warnings.
 */
export function unsignedMirrorFindings(input: SignatureCheckInput): SignatureFinding[] {
  const out: SignatureFinding[] = [];
  const policies = [...input.clusterPolicies, ...input.imagePolicies];
  for (const set of input.mirrorSets) {
    for (const entry of set.entries) {
      const governing = policies.flatMap((p) =>
        p.scopes.filter((s) => related(entry.source, s)).map((s) => ({ p, s }))
      );
      if (governing.length === 0) continue;
      const unsigned = entry.mirrors.filter((m) => !input.signedMirrors.some((sm) => scopeIsNestedInsideScope(m, sm)));
      if (unsigned.length === 0) continue;
      const payload = governing.some((g) => g.p.origin === 'payload');
      const disconnected = entry.mirrorSourcePolicy === 'NeverContactSource';
      const scopes = [...new Set(governing.map((g) => g.s))];
      const owners = [...new Set(governing.map((g) => objectId(g.p)))];
      out.push({
        rule: 'signature-mirror-unsigned',
        severity: payload || disconnected ? 'error' : 'warning',
        message:
          `Signature policy for ${list(scopes)} (${list(owners)}) now requires sigstore signatures, and ${set.kind}/${set.name} ` +
          `sends pulls of ${entry.source} to ${list(unsigned)}, which is not known to carry them. The node verifies the ` +
          'signature on the mirror that served the image and does not fall back, so every such pull fails' +
          (payload
            ? ' — release and platform images included: nodes cannot pull the release after this upgrade. '
            : '. ') +
          'Mirror the signatures with the images (oc-mirror v2 does), then list the mirror under policy.signedMirrors.',
        loc: entry.sourceLoc ?? entry.loc,
        object: objectId(set)
      });
    }
  }
  return out;
}

/** The logical names the repository pulls: workload images and mirror-set sources. */
function pulledNames(input: SignatureCheckInput): { names: string[]; refs: string[] } {
  const names: string[] = [];
  const refs: string[] = [];
  for (const w of input.workloads) {
    try {
      const r = parseNormalizedNamed(w.image);
      names.push(referenceName(r));
      refs.push(referenceString(r));
    } catch {
      // An unparsable workload image is another rule's finding.
    }
  }
  for (const set of input.mirrorSets) for (const e of set.entries) names.push(e.source);
  return { names, refs };
}

/**
 * signature-scope-unused: a repository policy scope that no workload image and no mirror source of
 * the repository falls under, which is most often a typo (the policy then protects nothing). Only
 * reported when the repository pulls something, so cluster-config-only repositories stay quiet.
 */
export function unusedScopeFindings(input: SignatureCheckInput): SignatureFinding[] {
  const { names, refs } = pulledNames(input);
  if (names.length === 0) return [];
  const out: SignatureFinding[] = [];
  for (const p of [...input.clusterPolicies, ...input.imagePolicies]) {
    if (p.origin !== 'repository') continue;
    p.scopes.forEach((scope, i) => {
      const specific = scope.includes('/') && pathNamesTagOrDigest(scope.slice(scope.indexOf('/') + 1));
      const used = specific
        ? refs.includes(scope)
        : names.some((n) => scopeIsNestedInsideScope(n, scope) || scopeIsNestedInsideScope(scope, n));
      if (used) return;
      out.push({
        rule: 'signature-scope-unused',
        message: `${objectId(p)} requires signatures for ${scope}, but no workload image or mirror source in the repository is under that scope: a typo leaves the intended images unprotected.`,
        loc: p.scopeLocs[i] ?? p.loc,
        object: objectId(p)
      });
    });
  }
  return out;
}

function keyProblem(data: string | undefined, kind: 'key' | 'cert'): string | undefined {
  if (data === undefined) return undefined;
  const pem = Buffer.from(data.replace(/[\r\n]/g, ''), 'base64').toString('utf8');
  try {
    if (kind === 'key') createPublicKey(pem);
    else {
      const blocks = pem.match(/-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----/g) ?? [];
      if (blocks.length === 0) return 'no PEM certificate';
      for (const b of blocks) new X509Certificate(b);
    }
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** signature-key-invalid: key or certificate data CRI-O cannot load, so every pull of the scopes fails. */
export function invalidKeyFindings(input: SignatureCheckInput): SignatureFinding[] {
  const out: SignatureFinding[] = [];
  for (const p of [...input.clusterPolicies, ...input.imagePolicies]) {
    if (p.origin !== 'repository') continue;
    const rot = p.policy.rootOfTrust;
    const fields: [string, string | undefined, 'key' | 'cert'][] = [
      ['publicKey.keyData', rot.publicKey?.keyData, 'key'],
      ['publicKey.rekorKeyData', rot.publicKey?.rekorKeyData, 'key'],
      ['fulcioCAWithRekor.fulcioCAData', rot.fulcioCAWithRekor?.fulcioCAData, 'cert'],
      ['fulcioCAWithRekor.rekorKeyData', rot.fulcioCAWithRekor?.rekorKeyData, 'key'],
      ['pki.caRootsData', rot.pki?.caRootsData, 'cert'],
      ['pki.caIntermediatesData', rot.pki?.caIntermediatesData, 'cert']
    ];
    for (const [field, data, kind] of fields) {
      const problem = keyProblem(data, kind);
      if (!problem) continue;
      out.push({
        rule: 'signature-key-invalid',
        message: `${objectId(p)} spec.policy.rootOfTrust.${field} does not parse (${problem}): CRI-O cannot verify any signature with it, so every pull of ${list(p.scopes)} fails.`,
        loc: p.keyLoc ?? p.loc,
        object: objectId(p)
      });
    }
  }
  return out;
}

/** signature-scope-conflict: ImagePolicy scopes MCO drops because a ClusterImagePolicy covers them. */
export function conflictFindings(input: SignatureCheckInput): SignatureFinding[] {
  return input.conflicts.map((c) => ({
    rule: 'signature-scope-conflict',
    message: `${objectId(c.policy)}: ${list(c.scopes)} equal or nest inside a ClusterImagePolicy scope, so MCO ignores them for this namespace (the ImagePolicy is marked Pending: ConflictScopes); only the cluster policy applies.`,
    loc: c.policy.scopeLocs[c.policy.scopes.indexOf(c.scopes[0]!)] ?? c.policy.loc,
    object: objectId(c.policy)
  }));
}

export function signatureFindings(input: SignatureCheckInput): SignatureFinding[] {
  return [
    ...unsignedMirrorFindings(input),
    ...unusedScopeFindings(input),
    ...invalidKeyFindings(input),
    ...conflictFindings(input)
  ];
}

/** The head side's input to the checks (findings are about the state the change leaves). */
function headInput(ctx: RuleContext): SignatureCheckInput {
  const h = ctx.head;
  return {
    clusterPolicies: h.linux.signature.clusterPolicies,
    imagePolicies: h.linux.signature.imagePolicies,
    mirrorSets: [...h.model.idms, ...h.model.itms, ...h.model.icsp],
    workloads: h.model.workloads,
    signedMirrors: ctx.policy.signedMirrors ?? [],
    conflicts: h.linux.signature.conflicts
  };
}

const check =
  (fn: (input: SignatureCheckInput) => SignatureFinding[]) =>
  (ctx: RuleContext): Finding[] =>
    fn(headInput(ctx)).map((f) =>
      finding(f.rule, {
        message: f.message,
        loc: f.loc,
        object: f.object,
        ...(f.severity ? { severity: f.severity } : {})
      })
    );

export const signaturePolicyRules: RuleModule = {
  checks: {
    'signature-mirror-unsigned': check(unsignedMirrorFindings),
    'signature-scope-unused': check(unusedScopeFindings),
    'signature-key-invalid': check(invalidKeyFindings),
    'signature-scope-conflict': check(conflictFindings)
  }
};
