import { describe, expect, it } from '@jest/globals';
// @ts-expect-error: a plain JavaScript reporter, loaded by jest.config.js
import { skipNotices } from '../support/skip-summary-reporter.js';

describe('skip summary reporter', () => {
  it('repeats the reasons of tests that say why they were skipped, and nothing else', () => {
    const notices = (skipNotices as (r: unknown) => string[])({
      testResults: [
        {
          testFilePath: '/repo/test/e2e/real-clients.test.ts',
          testResults: [
            { status: 'pending', title: 'SKIPPED, prerequisites missing: missing Debian packages: skopeo' },
            { status: 'pending', title: 'an ordinary it.skip' }
          ]
        },
        { testFilePath: '/repo/test/a.test.ts', testResults: [{ status: 'passed', title: 'SKIPPED in name only' }] }
      ]
    });
    expect(notices).toEqual([
      'test/e2e/real-clients.test.ts: SKIPPED, prerequisites missing: missing Debian packages: skopeo'
    ]);
  });
});
