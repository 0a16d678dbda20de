/** What the command line loads once a command runs (cli/index.ts imports this module on demand). */
export { resolveSettings } from '../config/resolve.js';
export { parseConfigFrom, trustedConfig } from '../config/trusted-config.js';
export { runRender } from '../commands/render.js';
export { runPlan } from '../commands/plan.js';
export { runDemo } from '../commands/demo.js';
