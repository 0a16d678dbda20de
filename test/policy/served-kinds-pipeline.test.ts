import { describe, expect, it } from '@jest/globals';
import { idms, ofRule, run } from './support.js';

const MS = 'cluster/mirrors.yaml';
const at = (v: string) => `openshiftVersion: "${v}"\n`;

describe('kinds follow the planned version, through the whole pipeline', () => {
  const tree = { [MS]: idms('apps', [{ source: 'quay.io/app', mirrors: ['m1.example.com/app'] }]) };
  it('an IDMS on 4.12 is an error finding at its kind line, not dropped', () => {
    const r = run(tree, { config: at('4.12') });
    expect(ofRule(r.findings, 'kind-not-served').map((f) => [f.severity, `${f.file}:${f.line}`])).toEqual([
      ['error', `${MS}:2`]
    ]);
  });
  it('the same IDMS on 4.13 is fine', () => {
    expect(ofRule(run(tree, { config: at('4.13') }).findings, 'kind-not-served')).toEqual([]);
  });
  it('IDMS under operator.openshift.io/v1alpha1 and a misspelled kind are errors naming the line', () => {
    const r = run(
      {
        [MS]:
          idms('a', [{ source: 'quay.io/a', mirrors: ['m.example.com/a'] }]).replace(
            'config.openshift.io/v1',
            'operator.openshift.io/v1alpha1'
          ) +
          '---\n' +
          idms('b', [{ source: 'quay.io/b', mirrors: ['m.example.com/b'] }]).replace(
            'kind: ImageDigestMirrorSet',
            'kind: ImageDigestMirrorSett'
          )
      },
      { config: at('4.20') }
    );
    expect(
      r.findings.filter((f) => f.rule.startsWith('kind-')).map((f) => [f.rule, f.severity, `${f.file}:${f.line}`])
    ).toEqual([
      ['kind-not-served', 'error', `${MS}:2`],
      ['kind-misspelled', 'error', `${MS}:12`]
    ]);
  });
});
