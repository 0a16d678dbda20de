import { parseArgs } from 'node:util';
import { UsageError } from '../config/errors.js';
import type { Overrides } from '../config/resolve.js';
import { CLI_FORMATS, orList, type CliFormat } from '../report/format-names.js';

export type Command = 'render' | 'plan' | 'demo' | 'help' | 'version';

export interface CliArgs {
  command: Command;
  overrides: Overrides;
  out?: string;
  format: CliFormat;
  base?: string;
  head?: string;
  /** plan: which side's configuration file is in force. */
  configFrom?: string;
  debug: boolean;
}

export const USAGE = `registry-plan: what a GitOps change does to OpenShift nodes' image-pull configuration

Usage:
  registry-plan render [PATH...] --out DIR [--openshift-version X.Y] [--wmco-version X.Y.Z] [--release-image REF]
  registry-plan plan --base REF --head REF [--repo DIR] [PATH...] [--config FILE] [--format ${CLI_FORMATS.join('|')}] [--out FILE]
  registry-plan demo            render and plan the example repository shipped with the project

Options:
  --include GLOB, --exclude GLOB   repeatable; globs over repository-relative paths
  --config FILE                    configuration (default .github/registry-plan.yaml)
  --config-from base|head          plan: read the configuration from the base commit (default, trusted)
                                   or from the head; a --config path outside the repository is read as given
  --fail-on error|warning|never    verdict threshold (plan)
  --from-version X.Y --to-version Y.Z
                                   plan: render the base at X.Y and the head at Y.Z, an upgrade (the same
                                   commit twice plans what the upgrade alone does; docs/release-gating.md)
  --check-pulls[=changed|all]      ask the registries whether they hold the images the nodes will ask for
                                   (skopeo, ctr; docs/check-pulls.md); changed: references whose route changes
  --authfile FILE                  credentials for --check-pulls (containers-auth.json; passed by path, never read)
  --check-parallelism N            client processes at once (default 8)
  --check-timeout SECONDS          per client call (default 30)
  --check-budget SECONDS           for the whole check (default 600)
  --debug                          print stack traces of internal errors

Exit status: 0 ok / verdict pass, 2 bad input, 3 (render) an operator rejects the configuration,
4 (plan) verdict fail, 1 a bug.`;

export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      // `--check-pulls` alone means `--check-pulls=changed` (parseArgs has no optional values).
      args: argv.map((a) => (a === '--check-pulls' ? '--check-pulls=changed' : a)),
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string' },
        config: { type: 'string' },
        'config-from': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'openshift-version': { type: 'string' },
        'from-version': { type: 'string' },
        'to-version': { type: 'string' },
        'wmco-version': { type: 'string' },
        'release-image': { type: 'string' },
        'fail-on': { type: 'string' },
        'check-pulls': { type: 'string' },
        authfile: { type: 'string' },
        'check-parallelism': { type: 'string' },
        'check-timeout': { type: 'string' },
        'check-budget': { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
      }
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const [cmd, ...paths] = positionals;
  const command = (v.help ? 'help' : v.version ? 'version' : (cmd ?? 'help')) as Command;
  if (!['render', 'plan', 'demo', 'help', 'version'].includes(command)) {
    throw new UsageError(`unknown command "${cmd}"\n\n${USAGE}`);
  }
  const format = (v.format ?? (command === 'render' ? 'text' : 'markdown')) as CliFormat;
  if (!CLI_FORMATS.includes(format))
    throw new UsageError(`--format must be ${orList(CLI_FORMATS)} (got "${v.format}")`);
  return {
    command,
    out: v.out,
    format,
    base: v.base,
    head: v.head,
    debug: v.debug ?? false,
    configFrom: v['config-from'],
    overrides: {
      repo: v.repo,
      paths,
      include: v.include,
      exclude: v.exclude,
      config: v.config,
      openshiftVersion: v['openshift-version'],
      fromVersion: v['from-version'],
      toVersion: v['to-version'],
      wmcoVersion: v['wmco-version'],
      releaseImage: v['release-image'],
      failOn: v['fail-on'],
      checkPulls: v['check-pulls'],
      checkAuthfile: v.authfile,
      checkParallelism: v['check-parallelism'],
      checkTimeout: v['check-timeout'],
      checkBudget: v['check-budget']
    }
  };
}
