/**
 * The names `--format` accepts, in the order the usage lists them. formats.ts owns the formats and
 * checks, at compile time, that this list is exactly its entries marked `cli`; the list lives apart so
 * that the command line parses its arguments and prints its usage without loading every renderer.
 */
export const CLI_FORMATS = ['markdown', 'json', 'text', 'github'] as const;

export type CliFormat = (typeof CLI_FORMATS)[number];

/** "a, b or c" */
export const orList = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
