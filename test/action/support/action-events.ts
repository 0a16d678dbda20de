/**
 * The event payloads a runner writes to $GITHUB_EVENT_PATH for the events the action runs on, built from
 * GitHub's own examples and checked against the webhook schemas of its OpenAPI description, so the bundle
 * reads exactly the shapes it would read on GitHub. (workflow_run lives beside the stand-in: events.ts.)
 */
import { namedExample } from '../../support/github-standin/openapi.js';
import { validateComponent } from '../../support/github-standin/openapi.js';

type Json = Record<string, any>;

export interface RepoIds {
  owner: string;
  repo: string;
  repoId?: number;
}

function repository(owner: string, repo: string, id: number): Json {
  const r = namedExample('full-repository') as Json;
  // Nested full repositories and the template are not part of the webhook repository shape.
  delete r['template_repository'];
  delete r['parent'];
  delete r['source'];
  delete r['organization'];
  delete r['security_and_analysis'];
  delete r['code_of_conduct'];
  return {
    ...r,
    id,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { ...r['owner'], login: owner },
    language: null,
    has_discussions: false,
    custom_properties: {}
  };
}

function check(schema: string, event: Json): Json {
  const problems = validateComponent(schema, event);
  if (problems.length > 0) throw new Error(`test fixture is not a valid ${schema} payload: ${problems.join('; ')}`);
  return event;
}

export interface PullRequestEventOptions extends RepoIds {
  action: 'opened' | 'synchronize';
  number: number;
  baseSha: string;
  headSha: string;
  /** The previous head, for synchronize. */
  beforeSha?: string;
  headBranch?: string;
  /** A pull request from a fork: the head repository belongs to someone else. */
  forkOwner?: string;
}

export function pullRequestEvent(o: PullRequestEventOptions): Json {
  const repoId = o.repoId ?? 4242;
  const base = repository(o.owner, o.repo, repoId);
  const head = o.forkOwner ? { ...repository(o.forkOwner, o.repo, 9999), fork: true } : base;
  const pr = namedExample('pull-request') as Json;
  const branch = o.headBranch ?? 'mirror-change';
  const pullRequest = {
    ...pr,
    number: o.number,
    state: 'open',
    draft: false,
    requested_teams: [],
    merged: false,
    head: {
      ...pr['head'],
      ref: branch,
      sha: o.headSha,
      label: `${head['owner']['login']}:${branch}`,
      repo: head,
      user: head['owner']
    },
    base: { ...pr['base'], ref: 'main', sha: o.baseSha, label: `${o.owner}:main`, repo: base, user: base['owner'] }
  };
  const event: Json = {
    action: o.action,
    number: o.number,
    pull_request: pullRequest,
    repository: base,
    sender: pr['user']
  };
  if (o.action === 'synchronize') {
    event['before'] = o.beforeSha ?? o.baseSha;
    event['after'] = o.headSha;
  }
  return check(`webhook-pull-request-${o.action}`, event);
}

export interface MergeGroupEventOptions extends RepoIds {
  baseSha: string;
  headSha: string;
}

export function mergeGroupEvent(o: MergeGroupEventOptions): Json {
  const commit = namedExample('commit') as Json;
  const event = {
    action: 'checks_requested',
    merge_group: {
      head_sha: o.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${o.baseSha}`,
      base_sha: o.baseSha,
      base_ref: 'refs/heads/main',
      head_commit: {
        id: o.headSha,
        tree_id: commit['commit']['tree']['sha'],
        message: 'Merge pull request #7',
        timestamp: '2026-01-01T00:00:00Z',
        author: { name: 'Octo Cat', email: 'octocat@example.com' },
        committer: { name: 'GitHub', email: 'noreply@github.com' }
      }
    },
    repository: repository(o.owner, o.repo, o.repoId ?? 4242)
  };
  return check('webhook-merge-group-checks-requested', event);
}

export interface PushEventOptions extends RepoIds {
  before: string;
  after: string;
  ref?: string;
}

export function pushEvent(o: PushEventOptions): Json {
  const base = repository(o.owner, o.repo, o.repoId ?? 4242);
  const person = { name: 'Octo Cat', email: 'octocat@example.com', username: 'octocat' };
  const headCommit = {
    id: o.after,
    tree_id: 'f'.repeat(40),
    distinct: true,
    message: 'Mirror change',
    timestamp: '2026-01-01T00:00:00Z',
    url: `https://github.com/${o.owner}/${o.repo}/commit/${o.after}`,
    author: person,
    committer: person,
    added: [],
    removed: [],
    modified: []
  };
  const event = {
    ref: o.ref ?? 'refs/heads/main',
    before: o.before,
    after: o.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${o.owner}/${o.repo}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits: [headCommit],
    head_commit: headCommit,
    // Push events carry the repository with timestamps as numbers, which the webhook schema allows.
    repository: { ...base, pushed_at: 1767225600, created_at: 1767225600 },
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    sender: (namedExample('pull-request') as Json)['user']
  };
  return check('webhook-push', event);
}
