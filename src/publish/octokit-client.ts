/**
 * The one Octokit the publish side uses: @actions/github's client (REST methods + pagination, proxy
 * aware) composed with retry (5xx, network) and throttling (primary and secondary rate limits), as
 * peter-evans/create-pull-request does for its writes.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import * as core from '@actions/core';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** API root; defaults to $GITHUB_API_URL (GitHub Enterprise, or the test stand-in), then api.github.com. */
  baseUrl?: string;
  /** Milliseconds per unit of the retry plugin's backoff ((n+1)^2 units); GitHub-friendly default 1000. */
  retryDelayMs?: number;
  /** Milliseconds per second of a rate-limit wait (Retry-After, X-RateLimit-Reset); default 1000. */
  rateLimitDelayMs?: number;
  /** How many times a 5xx or network failure is retried. */
  retries?: number;
  /**
   * A primary rate limit that resets further away than this is not waited for: a job stalled for an
   * hour is worse than a missing comment (the verdict does not depend on it).
   */
  maxRateLimitWaitSeconds?: number;
  /**
   * GitHub asks integrations to space content-creating writes (secondary rate limits); the throttling
   * plugin does so (1 s between writes, 3 s between notifying writes). Tests turn it off.
   */
  spaceWrites?: boolean;
  log?: PublishLog;
}

const actionsLog: PublishLog = { info: (m) => core.info(m), warning: (m) => core.warning(m) };

/**
 * A limiter group that runs jobs at once. The throttling plugin only calls `key(id).schedule(...)` on
 * its groups; Bottleneck itself is not a dependency of this package, so it is not constructed here.
 */
const immediateGroup = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const fnIndex = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[fnIndex] as (...a: unknown[]) => unknown;
      return Promise.resolve(fn(...args.slice(fnIndex + 1)));
    }
  })
};

export function apiBaseUrl(explicit?: string): string {
  return explicit || process.env['GITHUB_API_URL'] || 'https://api.github.com';
}

export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? actionsLog;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const describe = (o: { method: string; url: string }): string => `${o.method} ${o.url}`;
  const throttle = {
    retryAfterBaseValue: options.rateLimitDelayMs ?? 1000,
    onRateLimit: (retryAfter: number, o: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount < 2 && retryAfter <= maxWait) {
        log.info(
          `GitHub API rate limit reached for ${describe(o)}; retrying in ${retryAfter} s (attempt ${retryCount + 1} of 2).`
        );
        return true;
      }
      log.warning(
        `GitHub API rate limit exhausted for ${describe(o)} (resets in ${retryAfter} s); giving up on this request.`
      );
      return false;
    },
    onSecondaryRateLimit: (
      retryAfter: number,
      o: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      if (retryCount < 1) {
        log.info(`GitHub secondary rate limit hit for ${describe(o)}; retrying once in ${retryAfter} s.`);
        return true;
      }
      log.warning(
        `GitHub secondary rate limit hit again for ${describe(o)}; not retrying (too many writes in a short time).`
      );
      return false;
    },
    ...(options.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {})
  };
  const octokitOptions = {
    baseUrl: apiBaseUrl(options.baseUrl),
    // Not `request: {...}`: that would replace @actions/github's proxy-aware fetch (a shallow merge).
    retry: {
      retryAfterBaseValue: options.retryDelayMs ?? 1000,
      ...(options.retries === undefined ? {} : { retries: options.retries })
    },
    throttle,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log.warning(m), error: (m: string) => log.warning(m) }
  };
  // The plugin option types are not part of OctokitOptions' declared shape; the plugins read them at runtime.
  return getOctokit(options.token, octokitOptions as Parameters<typeof getOctokit>[1], retry, throttling);
}
