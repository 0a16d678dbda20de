/** What the triggering event says about the range to plan and where (if anywhere) to comment. */
export interface EventTarget {
  base?: string;
  head?: string;
  /** Pull request number to comment on; undefined for merge_group, push and dispatch. */
  pullRequest?: number;
  /** Whether a comment is wanted at all for this event. */
  comment: boolean;
  /** For messages. */
  description: string;
}

const ZERO = /^0+$/;

export function targetFromEvent(eventName: string, payload: Record<string, any>): EventTarget {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return {
        base: payload.pull_request?.base?.sha,
        head: payload.pull_request?.head?.sha,
        pullRequest: payload.pull_request?.number ?? payload.number,
        comment: true,
        description: `pull request #${payload.pull_request?.number ?? payload.number}`
      };
    case 'merge_group':
      // Merge queues: gate on the verdict, but there is no pull request thread to comment on.
      return { base: payload.merge_group?.base_sha, head: payload.merge_group?.head_sha, comment: false, description: 'merge group' };
    case 'push': {
      const before = payload.before as string | undefined;
      return {
        base: before && !ZERO.test(before) ? before : payload.after ? `${payload.after}~1` : undefined,
        head: payload.after,
        comment: false,
        description: `push to ${payload.ref ?? 'a branch'}`
      };
    }
    default:
      return { comment: false, description: `${eventName} event` };
  }
}
