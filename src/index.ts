/**
 * The single bundle entry (dist/index.js). GitHub runs it as the action's main; the `registry-plan`
 * command imports it for `runCli`. One bundle keeps the action and the command line on the same engine.
 * The action's modules (the GitHub toolkit, Octokit) load only when the action runs: the command line
 * never pays for them at start-up.
 */
import { pathToFileURL } from 'node:url';

export { runCli, main } from './cli/index.js';

export async function runAction(): Promise<void> {
  const action = await import('./action/main.js');
  await action.runAction();
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) await runAction();
