/**
 * The API server's check on `metadata.name` (apimachinery `NameIsDNSSubdomain`, which the
 * apiextensions server applies to custom resources too): lowercase letters, digits, '-' and '.',
 * dot-separated labels that start and end with a letter or digit, at most 253 characters. An object
 * that fails it is refused at apply time, so it never reaches a node. A scan, not a pattern: the name
 * is the repository's text.
 */
export const DNS1123_SUBDOMAIN_MAX = 253;

const isAlnum = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

export function nameProblem(name: string): string | undefined {
  if (name.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`;
  for (const label of name.split('.')) {
    const ok =
      label.length > 0 &&
      isAlnum(label[0]!) &&
      isAlnum(label[label.length - 1]!) &&
      [...label].every((c) => isAlnum(c) || c === '-');
    if (!ok) {
      return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    }
  }
  return undefined;
}
