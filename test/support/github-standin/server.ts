/**
 * A local stand-in for the few GitHub REST endpoints the publish side uses, on 127.0.0.1 and a random
 * port. It keeps issue comments in memory, behaves like GitHub where it matters to us (pagination with
 * Link headers, rate-limit headers, 422 for bodies over 65,536 characters, 403 for a read-only token on
 * writes) and plays scripted failures. Every request is checked against GitHub's OpenAPI description and
 * every response it sends is too; anything off is recorded in `violations`, which tests assert empty.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exampleResponse,
  matchOperation,
  validateRequest,
  validateResponse,
  type MatchedOperation
} from './openapi.js';

export type Permission = 'read' | 'write';

export type ScriptedFailure =
  /** What a read-only GITHUB_TOKEN gets on a write (fork pull requests). */
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  /** 422 as for an over-long body, whatever the body's length. */
  | { kind: 'body-too-long' }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number }
  | { kind: 'rate-limit'; resetInSeconds?: number }
  | { kind: 'server-error'; status?: number };

export interface StandinComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

export interface StandinPull {
  number: number;
  headOwner: string;
  headBranch: string;
  headSha: string;
  state: 'open' | 'closed';
}

export interface LoggedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
}

export interface StandinOptions {
  owner?: string;
  repo?: string;
  /** Tokens the server accepts and what they may do; default one write token "write-token" and "read-token". */
  tokens?: Record<string, Permission>;
  /** Login of the account behind the tokens, as the author of created comments. */
  botLogin?: string;
}

const SERVED = new Set([
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'repos/get',
  'pulls/list',
  'rate-limit/get'
]);

const WRITES = new Set(['issues/create-comment', 'issues/update-comment', 'issues/delete-comment']);

const COMMENT_LIMIT = 65_536;
const DOCS = 'https://docs.github.com/rest';

class Reply {
  constructor(
    readonly status: number,
    readonly data?: unknown,
    readonly headers: Record<string, string> = {}
  ) {}
}

export class GitHubStandin {
  readonly owner: string;
  readonly repo: string;
  readonly violations: string[] = [];
  readonly requests: LoggedRequest[] = [];
  private readonly tokens: Record<string, Permission>;
  private readonly botLogin: string;
  private readonly comments: StandinComment[] = [];
  private readonly pulls: StandinPull[] = [];
  private readonly scripts: { operationId: string; failure: ScriptedFailure; times: number }[] = [];
  private nextId = 1_000_001;
  private clock = Date.parse('2025-06-01T12:00:00Z');
  private remaining = 5000;
  private server?: Server;
  private baseUrl = '';

  private constructor(options: StandinOptions) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'gitops';
    this.tokens = options.tokens ?? { 'write-token': 'write', 'read-token': 'read' };
    this.botLogin = options.botLogin ?? 'github-actions[bot]';
  }

  static async start(options: StandinOptions = {}): Promise<GitHubStandin> {
    const standin = new GitHubStandin(options);
    const server = createServer((req, res) => void standin.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standin.server = server;
    standin.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return standin;
  }

  get url(): string {
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())));
  }

  /** The next `times` requests to `operationId` ('*' for any) fail this way. */
  failNext(operationId: string, failure: ScriptedFailure, times = 1): void {
    this.scripts.push({ operationId, failure, times });
  }

  seedComment(issueNumber: number, body: string, login = this.botLogin): StandinComment {
    const now = this.tick();
    const c = { id: this.nextId++, issueNumber, body, login, createdAt: now, updatedAt: now };
    this.comments.push(c);
    return c;
  }

  addPull(pull: Omit<StandinPull, 'state'> & { state?: 'open' | 'closed' }): void {
    this.pulls.push({ state: 'open', ...pull });
  }

  commentsOn(issueNumber: number): StandinComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  /** Requests that changed state (POST, PATCH, DELETE), for asserting what the code under test did. */
  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const matched = matchOperation(method, url.pathname);
    let reply: Reply;
    let op: MatchedOperation | undefined;
    if (matched === 'no-path' || matched === 'no-method') {
      this.violations.push(
        `${method} ${url.pathname}: ${matched === 'no-path' ? 'no such path' : 'method not allowed'} in GitHub's OpenAPI description`
      );
      reply = new Reply(404, { message: 'Not Found', documentation_url: DOCS });
    } else {
      op = matched;
      try {
        reply = this.dispatch(op, req, url, raw);
      } catch (e) {
        // A crash here must fail the test, not hang the client.
        this.violations.push(`stand-in crashed on ${method} ${url.pathname}: ${(e as Error).stack ?? e}`);
        reply = new Reply(500, { message: 'stand-in error', documentation_url: DOCS });
      }
      const responseProblems = validateResponse(op, reply.status, reply.data);
      this.violations.push(...responseProblems.map((p) => `stand-in sent an invalid response: ${p}`));
    }
    let logged: unknown;
    try {
      logged = raw ? JSON.parse(raw) : undefined;
    } catch {
      logged = raw;
    }
    this.requests.push({
      method,
      path: url.pathname + url.search,
      operationId: op?.operationId,
      status: reply.status,
      body: logged
    });
    this.remaining = Math.max(0, this.remaining - 1);
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-used': String(5000 - this.remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `STANDIN:${this.requests.length}`,
      ...reply.headers
    };
    if (reply.data !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    res.end(reply.data === undefined ? undefined : JSON.stringify(reply.data));
  }

  private dispatch(op: MatchedOperation, req: IncomingMessage, url: URL, raw: string): Reply {
    if (!SERVED.has(op.operationId)) {
      this.violations.push(
        `${op.method} ${op.template} (${op.operationId}) is a GitHub operation the stand-in does not serve`
      );
      return new Reply(404, { message: 'Not Found', documentation_url: DOCS });
    }
    const problems = validateRequest(op, url.searchParams, raw, req.headers['content-type']);
    if (problems.length > 0) {
      this.violations.push(...problems);
      return new Reply(422, {
        message: 'Invalid request.',
        documentation_url: DOCS,
        errors: problems.map((message) => ({ code: 'invalid', message }))
      });
    }
    const auth = req.headers['authorization'] ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
    const permission = token ? this.tokens[token] : undefined;
    if (!permission) return new Reply(401, { message: 'Bad credentials', documentation_url: DOCS });
    if (op.pathParams['owner'] !== this.owner || op.pathParams['repo'] !== this.repo) {
      if (op.operationId !== 'rate-limit/get') return new Reply(404, { message: 'Not Found', documentation_url: DOCS });
    }

    const scripted = this.takeScript(op.operationId);
    if (scripted) return this.failure(scripted);
    if (WRITES.has(op.operationId) && permission !== 'write') {
      return new Reply(
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
          status: '403'
        },
        { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' }
      );
    }
    const data = raw ? (JSON.parse(raw) as { body?: string }) : {};
    switch (op.operationId) {
      case 'issues/list-comments':
        return this.listComments(Number(op.pathParams['issue_number']), url);
      case 'issues/create-comment':
        return this.writeComment(undefined, Number(op.pathParams['issue_number']), data.body ?? '');
      case 'issues/update-comment':
      case 'issues/get-comment':
      case 'issues/delete-comment': {
        const comment = this.comments.find((c) => c.id === Number(op.pathParams['comment_id']));
        if (!comment) return new Reply(404, { message: 'Not Found', documentation_url: DOCS });
        if (op.operationId === 'issues/get-comment') return new Reply(200, this.commentJson(comment));
        if (op.operationId === 'issues/update-comment')
          return this.writeComment(comment, comment.issueNumber, data.body ?? '');
        this.comments.splice(this.comments.indexOf(comment), 1);
        return new Reply(204);
      }
      case 'repos/get':
        return new Reply(200, this.repositoryJson());
      case 'pulls/list':
        return this.listPulls(url);
      default: // rate-limit/get
        return new Reply(200, this.rateLimitJson());
    }
  }

  private takeScript(operationId: string): ScriptedFailure | undefined {
    const i = this.scripts.findIndex((s) => s.operationId === operationId || s.operationId === '*');
    if (i < 0) return undefined;
    const script = this.scripts[i]!;
    if (--script.times <= 0) this.scripts.splice(i, 1);
    return script.failure;
  }

  private failure(f: ScriptedFailure): Reply {
    switch (f.kind) {
      case 'forbidden':
        return new Reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: DOCS,
          status: '403'
        });
      case 'not-found':
        return new Reply(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      case 'body-too-long':
        return this.bodyTooLong();
      case 'secondary-rate-limit':
        return new Reply(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID STANDIN.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          },
          { 'retry-after': String(f.retryAfterSeconds ?? 1) }
        );
      case 'rate-limit':
        return new Reply(
          403,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit'
          },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + (f.resetInSeconds ?? 1))
          }
        );
      case 'server-error':
        return new Reply(f.status ?? 500, { message: 'Server Error', documentation_url: DOCS });
    }
  }

  private bodyTooLong(): Reply {
    return new Reply(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${COMMENT_LIMIT} characters)`
        }
      ],
      documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
      status: '422'
    });
  }

  private writeComment(existing: StandinComment | undefined, issueNumber: number, body: string): Reply {
    // GitHub counts characters, not UTF-16 code units.
    if ([...body].length > COMMENT_LIMIT) return this.bodyTooLong();
    if (body.trim() === '') {
      return new Reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
        documentation_url: DOCS
      });
    }
    const now = this.tick();
    if (existing) {
      existing.body = body;
      existing.updatedAt = now;
      return new Reply(200, this.commentJson(existing));
    }
    const c = { id: this.nextId++, issueNumber, body, login: this.botLogin, createdAt: now, updatedAt: now };
    this.comments.push(c);
    return new Reply(201, this.commentJson(c), {
      location: `${this.baseUrl}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`
    });
  }

  private listComments(issueNumber: number, url: URL): Reply {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const all = this.commentsOn(issueNumber);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return new Reply(
      200,
      slice.map((c) => this.commentJson(c)),
      links.length > 0 ? { link: links.join(', ') } : {}
    );
  }

  private listPulls(url: URL): Reply {
    const state = url.searchParams.get('state') ?? 'open';
    const head = url.searchParams.get('head');
    const matching = this.pulls.filter(
      (p) => (state === 'all' || p.state === state) && (!head || head === `${p.headOwner}:${p.headBranch}`)
    );
    const template = (exampleResponse('pulls/list') as Record<string, unknown>[])[0]!;
    return new Reply(
      200,
      matching.map((p) => {
        const pr = structuredClone(template) as Record<string, any>;
        pr['number'] = p.number;
        pr['state'] = p.state;
        pr['requested_teams'] = [];
        pr['head'] = { ...pr['head'], sha: p.headSha, ref: p.headBranch, label: `${p.headOwner}:${p.headBranch}` };
        return pr;
      })
    );
  }

  private userJson(login: string): Record<string, unknown> {
    const api = this.baseUrl;
    return {
      login,
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url: `${api}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`,
      followers_url: `${api}/users/${encodeURIComponent(login)}/followers`,
      following_url: `${api}/users/${encodeURIComponent(login)}/following{/other_user}`,
      gists_url: `${api}/users/${encodeURIComponent(login)}/gists{/gist_id}`,
      starred_url: `${api}/users/${encodeURIComponent(login)}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/${encodeURIComponent(login)}/subscriptions`,
      organizations_url: `${api}/users/${encodeURIComponent(login)}/orgs`,
      repos_url: `${api}/users/${encodeURIComponent(login)}/repos`,
      events_url: `${api}/users/${encodeURIComponent(login)}/events{/privacy}`,
      received_events_url: `${api}/users/${encodeURIComponent(login)}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false
    };
  }

  private commentJson(c: StandinComment): Record<string, unknown> {
    const repoApi = `${this.baseUrl}/repos/${this.owner}/${this.repo}`;
    return {
      id: c.id,
      node_id: `IC_standin${c.id}`,
      url: `${repoApi}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${repoApi}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.userJson(c.login),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE'
    };
  }

  private repositoryJson(): unknown {
    const repo = exampleResponse('repos/get') as Record<string, unknown>;
    // GitHub's example predates the required `language` and nests full repositories we do not model.
    delete repo['parent'];
    delete repo['source'];
    delete repo['template_repository'];
    return {
      ...repo,
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      language: null,
      default_branch: 'main',
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
    };
  }

  private rateLimitJson(): unknown {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const core = { limit: 5000, used: 5000 - this.remaining, remaining: this.remaining, reset };
    return { resources: { core, search: { limit: 30, used: 0, remaining: 30, reset } }, rate: core };
  }
}
