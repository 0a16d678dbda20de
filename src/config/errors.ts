/**
 * The errors the command line turns into exit status 2. They live apart from the modules that throw
 * them so that the command line's entry can recognise them without loading the YAML parser and the
 * configuration validator (its start-up time is part of the contract: `--help` must be instant).
 */
export class UsageError extends Error {}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string
  ) {
    super(`${file}:${line}: ${message}`);
  }
}
