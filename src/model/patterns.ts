/**
 * The openshift/api patterns for mirror sources and mirrors (config/v1 types_image_digest_mirrorset.go),
 * which MCO's sourceRegex/mirrorRegex repeat: `*.host` wildcards, or host[:port] and lowercase
 * repository path components. No scheme, tag or digest.
 */
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `${LABEL}(?:(?:\\.${LABEL})+)?(?::[0-9]+)?`;
const PATH = '(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?';
const WILDCARD = `\\*(?:\\.${LABEL})+`;

export const MIRROR_SOURCE_PATTERN = new RegExp(`^(?:${WILDCARD}|${HOST}${PATH})$`);
export const MIRROR_PATTERN = new RegExp(`^${HOST}${PATH}$`);
