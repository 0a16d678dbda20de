import { ConfigError, UsageError } from '../config/errors.js';
import { SourceError } from '../load/sources.js';
import { EXIT, guardedIo, type Io } from '../commands/io.js';
import { parseCli, USAGE } from './args.js';

// The commands (the YAML parser, the validator, the renderers, the diff) load when one runs, never for
// `--help`, `--version` or a usage error: the bundle evaluates only what the command line needs to start.
const commands = () => import('./commands.js');

const stdio: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t)
};

/** Runs one CLI invocation and returns its exit status; never throws. */
export async function main(argv: string[], rawIo: Io = stdio): Promise<number> {
  const io = guardedIo(rawIo);
  let debug = argv.includes('--debug');
  try {
    const args = parseCli(argv);
    debug = args.debug;
    switch (args.command) {
      case 'help':
        io.stdout(USAGE + '\n');
        return EXIT.ok;
      case 'version':
        io.stdout('registry-plan 0.1.0\n');
        return EXIT.ok;
      case 'render': {
        if (args.overrides.fromVersion !== undefined || args.overrides.toVersion !== undefined)
          throw new UsageError(
            '--from-version/--to-version plan an upgrade: use them with plan (render takes --openshift-version)'
          );
        const { runRender, resolveSettings } = await commands();
        return await runRender(resolveSettings({ ...args.overrides, scope: 'paths' }), args.out, io);
      }
      case 'plan': {
        if (!args.base || !args.head) throw new UsageError('plan needs --base REF and --head REF');
        const { trustedConfig, parseConfigFrom, runPlan, resolveSettings } = await commands();
        const trusted = trustedConfig(
          args.overrides.repo ?? process.cwd(),
          { base: args.base, head: args.head },
          args.overrides.config,
          parseConfigFrom(args.configFrom)
        );
        return await runPlan(
          resolveSettings(args.overrides, trusted.readText, trusted.readHeadText),
          { base: args.base, head: args.head, format: args.format, out: args.out, configChange: trusted },
          io
        );
      }
      case 'demo':
        return await (await commands()).runDemo({ format: args.format, out: args.out }, io);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof SourceError) {
      io.stderr(`registry-plan: ${e.message}\n`);
      return EXIT.badInput;
    }
    io.stderr(
      `registry-plan: internal error (a bug, please report it): ${(e as Error)?.message ?? e}\n` +
        (debug ? `${(e as Error)?.stack}\n` : 'Run again with --debug for the stack trace.\n')
    );
    return EXIT.bug;
  }
}

// Entry point when run as a program (bin/registry-plan.js imports the bundle of this file).
export async function runCli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}
