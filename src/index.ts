/**
 * The single bundle entry (dist/index.js). GitHub runs it as the action's main; the `registry-plan`
 * command imports it for `runCli`. One bundle keeps the action and the command line on the same engine.
 */
import { pathToFileURL } from 'node:url';
import { runAction } from './action/main.js';

export { runCli, main } from './cli/index.js';
export { runAction } from './action/main.js';

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) await runAction();
