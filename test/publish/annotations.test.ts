import { describe, expect, it, jest } from '@jest/globals';
import {
  escapeData,
  escapeProperty,
  formatCommand,
  issueAnnotations,
  planAnnotations,
  type AnnotatedFinding
} from '../../src/publish/annotations.js';
import type { Severity } from '../../src/model/types.js';

function finding(severity: Severity, n: number, changed = false): AnnotatedFinding {
  return {
    rule: `rule-${severity}`,
    severity,
    message: `${severity} ${n}`,
    file: `clusters/f${String(n).padStart(2, '0')}.yaml`,
    line: n + 1,
    changed
  };
}

describe('escaping', () => {
  it('escapes data and properties like the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('formats a command with file, line and title', () => {
    expect(
      formatCommand({
        level: 'error',
        file: 'clusters/prod,east/image.yaml',
        line: 14,
        title: 'registry-plan: blocked-payload-registry',
        message: 'line one\nline two'
      })
    ).toBe(
      '::error file=clusters/prod%2Ceast/image.yaml,line=14,title=registry-plan%3A blocked-payload-registry::line one%0Aline two'
    );
  });

  it('omits the line for whole-file findings', () => {
    expect(formatCommand({ level: 'notice', file: 'a.yaml', line: 0, title: 't', message: 'm' })).toBe(
      '::notice file=a.yaml,title=t::m'
    );
  });
});

describe('planAnnotations', () => {
  it('keeps everything under the caps, most severe first', () => {
    const plan = planAnnotations([finding('notice', 1), finding('error', 2), finding('warning', 3)]);
    expect(plan.annotations.map((a) => a.level)).toEqual(['error', 'warning', 'notice']);
    expect(plan.omitted).toBe(0);
    expect(plan.commands).toHaveLength(3);
  });

  it('caps each level at 10, prefers changed lines, and adds one "N more" notice that fits the notice cap', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding('error', i, i >= 10)),
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i)),
      ...Array.from({ length: 10 }, (_, i) => finding('notice', i))
    ];
    const plan = planAnnotations(findings);
    const count = (l: Severity): number => plan.annotations.filter((a) => a.level === l).length;
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(10); // 9 findings + the summary notice
    // The 5 changed errors are all shown.
    for (let i = 10; i < 15; i++) expect(plan.annotations.some((a) => a.message === `error ${i}`)).toBe(true);
    expect(plan.omitted).toBe(5 + 2 + 1);
    const last = plan.annotations[plan.annotations.length - 1]!;
    expect(last).toMatchObject({
      level: 'notice',
      message: expect.stringMatching(/^8 more findings in the job summary/)
    });
    expect(last.file).toBeUndefined();
  });

  it('leaves waived findings out', () => {
    const plan = planAnnotations([
      { ...finding('error', 1), waived: { reason: 'r', owner: 'o', expires: '2099-01-01' } }
    ]);
    expect(plan.annotations).toEqual([]);
  });

  it('issues annotations through @actions/core-shaped sinks with properties', () => {
    const sink = { error: jest.fn(), warning: jest.fn(), notice: jest.fn() };
    issueAnnotations(planAnnotations([finding('error', 1), finding('warning', 2)]), sink as never);
    expect(sink.error).toHaveBeenCalledWith('error 1', {
      title: 'registry-plan: rule-error',
      file: 'clusters/f01.yaml',
      startLine: 2
    });
    expect(sink.warning).toHaveBeenCalledTimes(1);
    expect(sink.notice).not.toHaveBeenCalled();
  });
});
