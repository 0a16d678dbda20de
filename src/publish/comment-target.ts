/**
 * Which pull request, if any, a run may comment on, decided from the event GitHub wrote. merge_group
 * and push runs have no pull request to talk to, yet still produce the summary, the artifact and the
 * verdict; workflow_run is the publish mode's business (publish-mode.ts).
 */
export type CommentTarget =
  { comment: true; owner: string; repo: string; issueNumber: number } | { comment: false; reason: string };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;

export function commentTarget(eventName: string, payload: unknown, owner: string, repo: string): CommentTarget {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = obj(obj(payload)?.['pull_request'])?.['number'];
      if (typeof number === 'number' && Number.isInteger(number) && number > 0)
        return { comment: true, owner, repo, issueNumber: number };
      return { comment: false, reason: `the ${eventName} event carries no pull request number` };
    }
    case 'merge_group':
      return {
        comment: false,
        reason: 'merge queue runs have no pull request to comment on; the verdict still gates the merge'
      };
    case 'push':
      return { comment: false, reason: 'push runs report to the job summary only' };
    case 'workflow_run':
      return { comment: false, reason: 'workflow_run runs comment through `mode: publish`, from the uploaded report' };
    default:
      return { comment: false, reason: `no pull request comment for ${eventName} events` };
  }
}
