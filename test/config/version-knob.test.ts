import { describe, expect, it } from '@jest/globals';
import { resolveSettings } from '../../src/config/resolve.js';
import { DEFAULT_OPENSHIFT_VERSION, formatOcp } from '../../src/model/version.js';

const CONFIG = `openshiftVersion: "4.19"
clusters:
  - name: prod
    paths: ["prod/**"]
    openshiftVersion: "4.18"
  - name: stage
    paths: ["stage/**"]
`;
const resolve = (override?: string, text: string | undefined = CONFIG) =>
  resolveSettings({ repo: '/r', ...(override ? { openshiftVersion: override } : {}) }, (p) =>
    p.endsWith('.github/registry-plan.yaml') ? text : undefined
  );
const versions = (s: ReturnType<typeof resolve>) =>
  s.clusters.map((c) => [c.name, formatOcp(c.openshiftVersion), c.openshiftVersionFrom]);

describe('one version knob: --openshift-version and the action input override every cluster', () => {
  it('without an override each cluster keeps its own version, else the file default, and says where it came from', () => {
    expect(versions(resolve())).toEqual([
      ['prod', '4.18', '.github/registry-plan.yaml clusters.prod.openshiftVersion'],
      ['stage', '4.19', '.github/registry-plan.yaml openshiftVersion']
    ]);
  });
  it('the override wins over clusters that name their own version, and the origin says so', () => {
    expect(versions(resolve('4.21'))).toEqual([
      [
        'prod',
        '4.21',
        'openshift-version override (command line or action input), over .github/registry-plan.yaml clusters.prod.openshiftVersion "4.18"'
      ],
      ['stage', '4.21', 'openshift-version override (command line or action input)']
    ]);
  });
  it('without configuration the default is named as such', () => {
    expect(versions(resolveSettings({ repo: '/r' }, () => undefined))).toEqual([
      ['default', DEFAULT_OPENSHIFT_VERSION, `default ${DEFAULT_OPENSHIFT_VERSION} (nothing configured)`]
    ]);
  });
});
