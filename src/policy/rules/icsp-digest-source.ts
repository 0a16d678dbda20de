/**
 * `oc adm catalog mirror` (4.6–4.10) wrote the index image's digest into the ICSP source
 * (`registry.redhat.io/redhat/redhat-operator-index@sha256:…`). What nodes get depends on the release
 * (docs/api-versions.md, MCO helpers.go validateRegistriesConfScopes):
 * - 4.16 and later (sourceRegex, MCO 65c50f81b): the operator refuses the whole image configuration;
 *   nodes keep their current files for every change of the pull request.
 * - 4.15 and earlier: the source goes into registries.conf verbatim. c/image matches it only for a pull
 *   of exactly that digest, and the mirror's rewritten reference loses the digest, so the mirror is
 *   never used: every pull of that repository goes to the source registry.
 * Either way the nodes do not do what the author wrote, so it is an error.
 */
import type { Finding } from '../../model/types.js';
import { atLeast } from '../../model/version.js';
import type { RuleContext, RuleModule } from '../types.js';
import { entriesOf, finding, objectId } from './helpers.js';

export const ICSP_DIGEST_SOURCE = 'icsp-digest-source';

/** The repository part of a source that carries a digest or a tag after its last path component. */
export function undigestedSource(source: string): string | undefined {
  // A digest is `@algorithm:hex` at the end. An '@' followed by a path is userinfo (`user:pass@host/…`):
  // not this rule's case (the API refuses it), and cutting there would quote the password.
  const at = source.lastIndexOf('@');
  if (at >= 0) {
    const digest = source.slice(at + 1);
    return digest.includes(':') && !digest.includes('/') && !source.slice(0, at).includes('@')
      ? source.slice(0, at)
      : undefined;
  }
  const lastSlash = source.lastIndexOf('/');
  const colon = source.indexOf(':', lastSlash + 1);
  return lastSlash >= 0 && colon > lastSlash ? source.slice(0, colon) : undefined;
}

function icspDigestSource(ctx: RuleContext): Finding[] {
  const version = ctx.cluster.openshiftVersion;
  const refuses = atLeast(version, '4.16');
  return entriesOf(ctx.head.model.icsp).flatMap(({ object, entry }) => {
    const repo = undigestedSource(entry.source);
    if (repo === undefined) return [];
    const effect = refuses
      ? 'The Machine Config Operator of 4.16 and later refuses it ("invalid format for source"), so no image-configuration ' +
        'change of this pull request (or any later one) reaches any node until it is fixed.'
      : 'The Machine Config Operator of 4.15 and earlier writes it into registries.conf as written: the entry matches only a ' +
        'pull of exactly that reference, and even then the mirror is not used (the rewritten mirror reference loses the ' +
        `digest), so nodes pull ${repo} from the source registry.`;
    return [
      finding(ICSP_DIGEST_SOURCE, {
        message:
          `ImageContentSourcePolicy ${object.name} source "${entry.source}" names an image, not a repository (old ` +
          `\`oc adm catalog mirror\` output). ${effect} Use the repository alone: source: ${repo}.`,
        loc: entry.sourceLoc,
        object: objectId(object)
      })
    ];
  });
}

export const icspDigestSourceRules: RuleModule = { checks: { [ICSP_DIGEST_SOURCE]: icspDigestSource } };
