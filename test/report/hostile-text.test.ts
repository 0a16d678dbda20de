import { describe, expect, it } from '@jest/globals';
import { redactUserinfo, redactUserinfoDeep } from '../../src/report/redact-userinfo.js';
import { defuseWorkflowCommands, terminalValue } from '../../src/report/terminal.js';

describe('redactUserinfo (issue 12 #8)', () => {
  it.each([
    ['user:hunter2@quay.io/app', '***@quay.io/app'],
    ['https://user:hunter2@quay.io/v2/app', 'https://***@quay.io/v2/app'],
    ['source "bob:s3cr3t@reg.example.com:5000/x" is invalid', 'source "***@reg.example.com:5000/x" is invalid'],
    ['location = "a:b@h" and mirror c:d@m', 'location = "***@h" and mirror ***@m'],
    ['u:p@ss@host/x', '***@host/x'],
    ['- source: u:pw@h\n+ source: v:pw2@h', '- source: ***@h\n+ source: ***@h'],
    ['key=u:p@h', 'key=***@h'],
    [':p@h', '***@h']
  ])('%j', (input, expected) => {
    expect(redactUserinfo(input)).toBe(expected);
    expect(redactUserinfo(expected)).toBe(expected);
  });

  it.each(['git@github.com:org/repo', 'owner team@example.com', 'quay.io/app@sha256:abc', 'a:5000/x', 'u:@h'])(
    'leaves %j alone',
    (s) => expect(redactUserinfo(s)).toBe(s)
  );

  it('is linear on long runs', () => {
    const t0 = process.hrtime.bigint();
    redactUserinfo('a'.repeat(50_000) + ':' + '@'.repeat(50_000));
    redactUserinfo('a:'.repeat(50_000) + '@');
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(2000);
  });

  it('walks every string of a report, not the keys', () => {
    expect(redactUserinfoDeep({ 'k:v@h': ['x:y@h', { n: 1, s: 'p:q@r' }] })).toEqual({
      'k:v@h': ['***@h', { n: 1, s: '***@r' }]
    });
  });
});

describe('terminal output (issue 12 #7)', () => {
  it('keeps a value on one line', () => {
    expect(terminalValue('a\n::error ::x\r\u2028b\u001b[31m')).toBe('a\\n::error ::x\\r\\u2028b\\u001b[31m');
  });

  it('defuses lines that would be workflow commands, whatever the line break', () => {
    const out = defuseWorkflowCommands('ok\n::error::x\r::add-mask::y\r\n  ::warning::z\n##[error]w\nok ::no\n');
    for (const line of out.split(/\r\n|\r|\n/)) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line.trimStart().startsWith('##[')).toBe(false);
    }
    expect(out.startsWith('ok\n:')).toBe(true);
    expect(out).toContain('ok ::no\n');
  });
});
