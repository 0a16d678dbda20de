import { commentTarget, type CommentTarget } from '../publish/comment-target.js';

/** What the triggering event says about the range to plan and where (if anywhere) to comment. */
export interface EventTarget {
  base?: string;
  head?: string;
  /** The pull request to comment on, or why there is none (publish/comment-target.ts decides). */
  comment: CommentTarget;
  /** For messages. */
  description: string;
}

const ZERO = /^0+$/;

export function targetFromEvent(
  eventName: string,
  // Webhook payloads are untyped JSON from the runner; each field read is checked where it is used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: Record<string, any>,
  owner: string,
  repo: string
): EventTarget {
  const comment = commentTarget(eventName, payload, owner, repo);
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return {
        base: payload.pull_request?.base?.sha,
        head: payload.pull_request?.head?.sha,
        comment,
        description: `pull request #${payload.pull_request?.number ?? payload.number}`
      };
    case 'merge_group':
      return {
        base: payload.merge_group?.base_sha,
        head: payload.merge_group?.head_sha,
        comment,
        description: 'merge group'
      };
    case 'push': {
      const before = payload.before as string | undefined;
      return {
        base: before && !ZERO.test(before) ? before : payload.after ? `${payload.after}~1` : undefined,
        head: payload.after,
        comment,
        description: `push to ${payload.ref ?? 'a branch'}`
      };
    }
    default:
      return { comment, description: `${eventName} event` };
  }
}
