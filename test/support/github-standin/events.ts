/**
 * Event payloads as GitHub writes them to $GITHUB_EVENT_PATH, built from GitHub's own examples and
 * checked against the webhook schemas in the OpenAPI description, so tests read what a runner would.
 */
import { namedExample, validateComponent } from './openapi.js';

export interface WorkflowRunEventOptions {
  owner: string;
  repo: string;
  repoId?: number;
  headOwner: string;
  headBranch: string;
  headSha: string;
  /** Omitted for a pull request from a fork: GitHub leaves workflow_run.pull_requests empty then. */
  pullNumber?: number;
  /** A pull request listed in the event but based in another repository (a fork's own PR). */
  foreignPullNumber?: number;
}

type Json = Record<string, any>;

function repositoryFor(owner: string, repo: string, id: number): Json {
  const repository = namedExample('full-repository') as Json;
  delete repository['template_repository'];
  delete repository['parent'];
  delete repository['source'];
  return {
    ...repository,
    id,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { ...repository['owner'], login: owner },
    language: null
  };
}

function pullRef(number: number, baseRepoId: number, headSha: string, headBranch: string): Json {
  const api = 'https://api.github.com/repos/x/y';
  return {
    id: 1000 + number,
    number,
    url: `${api}/pulls/${number}`,
    head: { ref: headBranch, sha: headSha, repo: { id: 99, url: `${api}`, name: 'y' } },
    base: { ref: 'main', sha: 'b'.repeat(40), repo: { id: baseRepoId, url: `${api}`, name: 'y' } }
  };
}

export function workflowRunCompletedEvent(o: WorkflowRunEventOptions): Json {
  const repoId = o.repoId ?? 4242;
  const repository = repositoryFor(o.owner, o.repo, repoId);
  const headRepository = o.headOwner === o.owner ? repository : repositoryFor(o.headOwner, o.repo, 9999);
  const run = namedExample('workflow-run') as Json;
  const pullRequests: Json[] = [];
  if (o.foreignPullNumber !== undefined) pullRequests.push(pullRef(o.foreignPullNumber, 9999, o.headSha, o.headBranch));
  if (o.pullNumber !== undefined) pullRequests.push(pullRef(o.pullNumber, repoId, o.headSha, o.headBranch));
  const event = {
    action: 'completed',
    workflow_run: {
      ...run,
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_branch: o.headBranch,
      head_sha: o.headSha,
      pull_requests: pullRequests,
      repository,
      head_repository: headRepository
    },
    workflow: namedExample('workflow'),
    repository,
    sender: run['actor']
  };
  const problems = validateComponent('webhook-workflow-run-completed', event);
  if (problems.length > 0) throw new Error(`test fixture is not a valid workflow_run event: ${problems.join('; ')}`);
  return event;
}
