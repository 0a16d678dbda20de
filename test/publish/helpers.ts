import { createClient, type GitHubClient, type PublishLog } from '../../src/publish/octokit-client.js';
import type { GitHubStandin } from '../support/github-standin/server.js';

export interface CapturedLog extends PublishLog {
  infos: string[];
  warnings: string[];
}

export function captureLog(): CapturedLog {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m) => infos.push(m), warning: (m) => warnings.push(m) };
}

/** A client against the stand-in with retry and rate-limit waits scaled from seconds to milliseconds. */
export function standinClient(
  standin: GitHubStandin,
  token = 'write-token',
  log: PublishLog = captureLog()
): GitHubClient {
  return createClient({ token, baseUrl: standin.url, retryDelayMs: 1, rateLimitDelayMs: 1, spaceWrites: false, log });
}
