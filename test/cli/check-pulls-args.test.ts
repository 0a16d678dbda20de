import { describe, expect, it } from '@jest/globals';
import { parseCli } from '../../src/cli/args.js';
import { resolveSettings, UsageError } from '../../src/config/resolve.js';

const settings = (argv: string[]) => resolveSettings({ ...parseCli(argv).overrides, repo: '/r' }, () => undefined);

describe('--check-pulls', () => {
  it('is off by default', () => {
    expect(settings(['plan']).checkPulls).toBeUndefined();
  });

  it('alone means changed; =all means all; with the defaults of docs/check-pulls.md', () => {
    expect(settings(['plan', '--check-pulls']).checkPulls).toEqual({
      mode: 'changed',
      parallelism: 8,
      timeoutSeconds: 30,
      budgetSeconds: 600
    });
    expect(settings(['plan', '--check-pulls=all']).checkPulls?.mode).toBe('all');
    expect(settings(['plan', '--check-pulls', 'x', '--check-budget', '60']).checkPulls?.budgetSeconds).toBe(60);
  });

  it('the authfile is kept as a path', () => {
    expect(settings(['plan', '--check-pulls', '--authfile', '/run/secrets/auth.json']).checkPulls?.authfile).toBe(
      '/run/secrets/auth.json'
    );
  });

  it('refuses bad values with a clear message', () => {
    expect(() => settings(['plan', '--check-pulls=some'])).toThrow(UsageError);
    expect(() => settings(['plan', '--check-pulls', '--check-parallelism', '0'])).toThrow(
      /--check-parallelism must be a whole number from 1 to 64/
    );
    expect(() => settings(['plan', '--check-pulls', '--check-timeout', '1e3'])).toThrow(/--check-timeout/);
  });

  it('the action-style false/off turns it off', () => {
    expect(resolveSettings({ repo: '/r', checkPulls: 'false' }, () => undefined).checkPulls).toBeUndefined();
    expect(resolveSettings({ repo: '/r', checkPulls: 'true' }, () => undefined).checkPulls?.mode).toBe('changed');
  });
});
