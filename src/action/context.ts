import { existsSync, readFileSync } from 'node:fs';

/**
 * The triggering event as the runner describes it: the same environment and event file the toolkit's
 * `github.context` reads, without loading Octokit (which the action needs only to comment). Loading it
 * first cost a visible share of the time to the action's first line of output.
 */
export interface RunContext {
  eventName: string;
  // Webhook payloads are untyped JSON from the runner; each field read is checked where it is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: Record<string, any>;
  repo: { owner: string; repo: string };
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let payload: Record<string, any> = {};
  const path = env['GITHUB_EVENT_PATH'];
  if (path) {
    if (existsSync(path)) payload = JSON.parse(readFileSync(path, 'utf8'));
    else process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist\n`);
  }
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    get repo() {
      const full = env['GITHUB_REPOSITORY'];
      if (full) {
        const [owner = '', repo = ''] = full.split('/');
        return { owner, repo };
      }
      if (payload['repository']) return { owner: payload['repository'].owner?.login, repo: payload['repository'].name };
      throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
  };
}
