import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/types.js';
import { alsoAt, countGroups, foldFindings } from '../../src/report/fold-findings.js';

const f = (rule: string, file: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'error',
  message: `${rule} at ${file}:${line}`,
  file,
  line,
  ...extra
});

describe('foldFindings', () => {
  it('one Windows registry-wide notice per registry, the most severe entry leading', () => {
    const groups = foldFindings([
      f('windows-registry-wide-mirror', 'a.yaml', 8, { severity: 'notice', subject: 'quay.io' }),
      f('windows-registry-wide-mirror', 'a.yaml', 13, { severity: 'warning', subject: 'mcr.microsoft.com' }),
      f('windows-registry-wide-mirror', 'a.yaml', 16, { severity: 'notice', subject: 'mcr.microsoft.com' }),
      f('windows-registry-wide-mirror', 'b.yaml', 8, { severity: 'notice', subject: 'quay.io' }),
      f('windows-registry-wide-mirror', 'b.yaml', 11, { severity: 'notice', subject: 'quay.io' })
    ]);
    expect(groups.map((g) => [g.lead.subject, g.severity, `${g.lead.file}:${g.lead.line}`, alsoAt(g)])).toEqual([
      ['quay.io', 'notice', 'a.yaml:8', 'also at b.yaml:8, b.yaml:11'],
      ['mcr.microsoft.com', 'warning', 'a.yaml:13', 'also at a.yaml:16']
    ]);
  });

  it('word-for-word repeats of a rule without a subject are one finding', () => {
    const same = { message: 'the same words' };
    const groups = foldFindings([f('x', 'a.yaml', 1, same), f('x', 'a.yaml', 1, same), f('x', 'b.yaml', 2, same)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.repeats.map((r) => r.file)).toEqual(['b.yaml']);
    expect(foldFindings([f('x', 'a.yaml', 1), f('x', 'a.yaml', 2)])).toHaveLength(2);
  });

  it('allowed and blocked together: one error, the rejection and the allowed-list checks under it', () => {
    const groups = foldFindings([
      f('allowed-and-blocked', 'image.yaml', 7),
      f('allowed-registries-missing-required', 'image.yaml', 8),
      f('operator-rejects', 'image.yaml', 8),
      f('workload-unpullable', 'deploy.yaml', 3)
    ]);
    expect(groups.map((g) => [g.lead.rule, g.consequences.map((c) => c.lead.rule)])).toEqual([
      ['allowed-and-blocked', ['allowed-registries-missing-required', 'operator-rejects']],
      ['workload-unpullable', []]
    ]);
    expect(countGroups(groups)).toEqual({ error: 2, warning: 0, notice: 0 });
  });

  it('does not fold across files, nor waived findings', () => {
    expect(foldFindings([f('allowed-and-blocked', 'a.yaml', 7), f('operator-rejects', 'b.yaml', 8)])).toHaveLength(2);
    const waived = { reason: 'r', owner: 'o', expires: '2099-01-01' };
    expect(
      foldFindings([f('allowed-and-blocked', 'a.yaml', 7, { waived }), f('operator-rejects', 'a.yaml', 8)])
    ).toHaveLength(2);
    // A waived repeat does not hide an active one.
    const s = { subject: 'quay.io' };
    const g = foldFindings([f('r', 'a.yaml', 1, { ...s, waived }), f('r', 'a.yaml', 2, s)]);
    expect(g).toHaveLength(2);
    expect(countGroups(g)).toEqual({ error: 1, warning: 0, notice: 0 });
  });

  it('keeps every finding somewhere: lead, repeat or consequence', () => {
    const input = [
      f('allowed-and-blocked', 'i.yaml', 7),
      f('operator-rejects', 'i.yaml', 8),
      f('w', 'a.yaml', 1, { subject: 's' }),
      f('w', 'a.yaml', 2, { subject: 's' })
    ];
    const seen = (gs: ReturnType<typeof foldFindings>): Finding[] =>
      gs.flatMap((g) => [g.lead, ...g.repeats, ...seen(g.consequences)]);
    expect(new Set(seen(foldFindings(input)))).toEqual(new Set(input));
  });
});
