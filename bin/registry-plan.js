#!/usr/bin/env node
// The command line runs the committed bundle, so `npm ci && npm run demo` needs no build step.
import { runCli } from '../dist/index.js';

await runCli();
