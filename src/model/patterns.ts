/**
 * The openshift/api patterns for mirror sources and mirrors (config/v1 types_image_digest_mirrorset.go),
 * which MCO's sourceRegex/mirrorRegex repeat: `*.host` wildcards, or host[:port] and lowercase
 * repository path components. No scheme, tag or digest.
 *
 * The path component there is `[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*`; `[-]*` may be empty, which makes
 * a backtracking engine explode on a long alphanumeric run (a 40-character source held a job for
 * minutes). `-+` accepts exactly the same strings (an empty separator just joins two alphanumeric runs),
 * so it is used instead. These are the only definitions: render/linux/scopes.ts re-exports them.
 */
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `${LABEL}(?:(?:\\.${LABEL})+)?(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH = `(?:/${PATH_COMPONENT})*`;
const WILDCARD = `\\*(?:\\.${LABEL})+`;

export const MIRROR_SOURCE_PATTERN = new RegExp(`^${WILDCARD}$|^${HOST}${PATH}$`);
export const MIRROR_PATTERN = new RegExp(`^${HOST}${PATH}$`);
