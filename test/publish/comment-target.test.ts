import { describe, expect, it } from '@jest/globals';
import { commentTarget } from '../../src/publish/comment-target.js';

describe('commentTarget', () => {
  it('comments on the pull request of pull_request events', () => {
    expect(commentTarget('pull_request', { pull_request: { number: 8 } }, 'o', 'r')).toEqual({
      comment: true,
      owner: 'o',
      repo: 'r',
      issueNumber: 8
    });
    expect(commentTarget('pull_request', { pull_request: {} }, 'o', 'r')).toMatchObject({ comment: false });
  });

  it.each([
    ['merge_group', /merge queue .* verdict still gates/],
    ['push', /job summary only/],
    ['workflow_run', /mode: publish/],
    ['schedule', /no pull request comment for schedule events/]
  ])('does not comment on %s runs and says why', (event, why) => {
    expect(commentTarget(event, { pull_request: { number: 1 } }, 'o', 'r')).toEqual({
      comment: false,
      reason: expect.stringMatching(why)
    });
  });
});
