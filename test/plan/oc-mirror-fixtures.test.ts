/**
 * One plan per case over a GitOps repository built from public oc-mirror v1/v2 output, the OpenShift
 * documentation's image-config example and `oc adm catalog mirror` output (test/data/oc-mirror/README.md
 * says where each file comes from). Each case checks the verdict and the node impact a platform engineer
 * would expect, and the words the report uses.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRange } from '../../src/pipeline/plan-range.js';
import { resolveSettings } from '../../src/config/resolve.js';
import type { ClusterPlan } from '../../src/plan/types.js';
import { headline } from '../../src/report/markdown.js';
import { gitRepo, removeTree } from '../support/tmp-repo.js';

const ROOT = fileURLToPath(new URL('../data/oc-mirror/', import.meta.url));
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
/** The files of a fixture folder, as they would sit in the GitOps repo under cluster/<folder>/. */
function folder(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(ROOT, name))) {
    if (statSync(join(ROOT, name, f)).isFile()) out[`cluster/${name}/${f}`] = read(`${name}/${f}`);
  }
  return out;
}
const CV = { 'cluster/clusterversion.yaml': read('clusterversion.yaml') };

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

function plan(base: Record<string, string>, head: Record<string, string>, openshiftVersion = '4.20'): ClusterPlan {
  const { dir, commits } = gitRepo([base, head]);
  dirs.push(dir);
  const settings = resolveSettings({ repo: dir, openshiftVersion }, () => undefined);
  return planRange(settings, { base: commits[0]!, head: commits[1]! }, '2026-11-25').clusters[0]!;
}
const rules = (p: ClusterPlan, severity = 'error'): string[] =>
  [...new Set(p.findings.filter((f) => f.severity === severity && !f.waived).map((f) => f.rule))].sort();
const worker = (p: ClusterPlan) => p.pools.find((x) => x.name === 'worker')!;

/** v2's IDMS file without the release entry (the operator catalog part only). */
const idmsOperatorsOnly = (): string =>
  read('v2/idms-oc-mirror.yaml')
    .split('---\n')
    .filter((d) => !d.includes('idms-release-0'))
    .join('---\n');

describe('oc-mirror output in a GitOps repository', () => {
  it('v2, first run on a 4.20 cluster: IDMS and ITMS for the same release source; drains (ITMS), honest summary', () => {
    const p = plan(CV, { ...CV, ...folder('v2') });
    expect([p.verdict, p.highestDisruption, worker(p).disruption]).toEqual(['pass', 'drain', 'drain']);
    expect(p.registries.find((r) => r.source === 'quay.io/openshift-release-dev')!.summary).toEqual([
      'mirror mirror.example.com:8443/ocp4/openshift-release-dev (digest-only) added',
      'mirror mirror.example.com:8443/ocp4/openshift-release-dev (tag-only) added'
    ]);
    // The release image now resolves through the mirror, shown as a platform image.
    expect(p.workloads).toEqual([
      expect.objectContaining({
        kind: 'platform',
        source: { object: 'ClusterVersion/version', field: 'spec.desiredUpdate.image' },
        after: [
          'mirror.example.com:8443/ocp4/openshift-release-dev/ocp-release',
          'quay.io/openshift-release-dev/ocp-release'
        ]
      })
    ]);
    expect(rules(p)).toEqual([]);
    // Every report states the version the cluster was planned at, and where it came from.
    expect(headline(p, false)).toMatch(
      /^OpenShift 4\.20 \(openshift\\-version override \\\(command line or action input\\\)\) · /m
    );
  });

  it('v2, incremental run adds the ITMS beside the existing IDMS: says what changed, not a mode flip or a reorder', () => {
    const p = plan({ ...CV, ...folder('v2'), 'cluster/v2/itms-oc-mirror.yaml': '' }, { ...CV, ...folder('v2') });
    expect([p.verdict, worker(p).disruption]).toEqual(['pass', 'drain']);
    const summary = p.registries.flatMap((r) => r.summary).join('\n');
    expect(summary).toBe(
      'mirror mirror.example.com:8443/ocp4/openshift-release-dev (tag-only) added beside its digest-only entry (that entry unchanged)'
    );
    const reasons = worker(p).reasons.join('\n');
    expect(reasons).toContain(
      'a tag-only entry for mirror mirror.example.com:8443/ocp4/openshift-release-dev was added beside its digest-only entry'
    );
    expect(reasons).toContain('the digest-only mirrors are unchanged');
    expect(summary + reasons).not.toMatch(/reordered|changed from digest-only to tag-only/);
  });

  it('v1 ICSP replaced by v2 IDMS/ITMS: the operator catalog part is byte-identical, the release part drains', () => {
    const p = plan({ ...CV, ...folder('v1') }, { ...CV, ...folder('v2') });
    expect([p.verdict, worker(p).disruption]).toEqual(['pass', 'drain']);
    expect(p.registries.map((r) => r.source)).toEqual([
      'quay.io/openshift-release-dev',
      'quay.io/openshift-release-dev/ocp-release',
      'quay.io/openshift-release-dev/ocp-v4.0-art-dev'
    ]);
    expect(worker(p).reasons.join('\n')).toContain('registry "quay.io/openshift-release-dev/ocp-release" removed');
  });

  it('dropping the release mirror in a disconnected cluster fails: the release image loses its mirror', () => {
    const p = plan(
      { ...CV, ...folder('v2') },
      {
        ...CV,
        ...folder('v2'),
        'cluster/v2/itms-oc-mirror.yaml': '',
        'cluster/v2/idms-oc-mirror.yaml': idmsOperatorsOnly()
      }
    );
    expect([p.verdict, worker(p).disruption]).toEqual(['fail', 'drain']);
    const f = p.findings.filter((x) => x.rule === 'platform-image-unmirrored');
    expect(f.map((x) => [x.severity, `${x.file}:${x.line}`, x.object])).toEqual([
      ['error', 'cluster/clusterversion.yaml:9', 'ClusterVersion/version']
    ]);
    expect(f[0]!.message).toContain('mirror.example.com:8443/ocp4/openshift-release-dev/ocp-release');
  });

  it('a catalog image that loses its mirror is caught too', () => {
    const cs = (image: string) =>
      `apiVersion: operators.coreos.com/v1alpha1\nkind: CatalogSource\nmetadata:\n  name: cs-redhat-operator-index\n  namespace: openshift-marketplace\nspec:\n  image: ${image}\n  sourceType: grpc\n`;
    const idms = read('v2/idms-oc-mirror.yaml').replace(
      '    source: registry.redhat.io/openshift4\n',
      '    source: registry.redhat.io/openshift4\n  - mirrors:\n    - mirror.example.com:8443/ocp4/redhat\n    source: registry.redhat.io/redhat\n'
    );
    const index = `registry.redhat.io/redhat/redhat-operator-index@sha256:${'4d'.repeat(32)}`;
    const p = plan(
      { ...CV, 'cluster/idms.yaml': idms, 'cluster/cs.yaml': cs(index) },
      { ...CV, 'cluster/idms.yaml': read('v2/idms-oc-mirror.yaml'), 'cluster/cs.yaml': cs(index) }
    );
    expect(p.verdict).toBe('fail');
    expect(p.findings.filter((x) => x.rule === 'platform-image-unmirrored').map((x) => x.object)).toEqual([
      'CatalogSource/cs-redhat-operator-index'
    ]);
  });

  it('old `oc adm catalog mirror` ICSP with @sha256 on 4.20: the operator refuses everything; error, nodes untouched', () => {
    const p = plan(CV, { ...CV, ...folder('catalog-mirror-4.6') });
    expect([p.verdict, worker(p).disruption]).toEqual(['fail', 'none']);
    expect(rules(p)).toEqual(['icsp-digest-source', 'operator-rejects']);
  });

  it('the same ICSP on 4.14: written verbatim (reload only), and the finding says the mirror is never used', () => {
    const p = plan(CV, { ...CV, ...folder('catalog-mirror-4.6') }, '4.14');
    expect([p.verdict, worker(p).disruption]).toEqual(['fail', 'reload']);
    expect(rules(p)).toEqual(['icsp-digest-source']);
    expect(p.findings.find((f) => f.rule === 'icsp-digest-source')!.message).toContain('mirror is not used');
  });

  it('oc-mirror v2 output on a 4.12 cluster: every IDMS/ITMS is an error at its kind line, never dropped silently', () => {
    const p = plan(CV, { ...CV, ...folder('v2') }, '4.12');
    expect(p.verdict).toBe('fail');
    expect(p.findings.filter((f) => f.rule === 'kind-not-served').map((f) => `${f.file}:${f.line}`)).toEqual([
      'cluster/v2/idms-oc-mirror.yaml:3',
      'cluster/v2/idms-oc-mirror.yaml:17',
      'cluster/v2/itms-oc-mirror.yaml:3'
    ]);
    // The refused objects are not in the model: no rule describes an effect they cannot have.
    expect(p.findings.filter((f) => f.file.startsWith('cluster/v2/') && !f.rule.startsWith('kind-'))).toEqual([]);
  });

  it("the documentation's allowedRegistries example renders as documented on 4.20 and is refused on 5.0 (the first release with the registry-scope rule)", () => {
    const doc = { 'cluster/image.yaml': read('doc-allowed-registries.yaml') };
    const p420 = plan({}, doc, '4.20');
    expect([p420.verdict, worker(p420).disruption, rules(p420)]).toEqual(['pass', 'reload', []]);
    expect(p420.registries.map((r) => r.source)).toContain('reg1.io/myrepo/myapp:latest');
    const p423 = plan({}, doc, '5.0');
    expect(p423.verdict).toBe('fail');
    expect(p423.findings.filter((f) => f.rule === 'api-rejected').map((f) => `${f.file}:${f.line}`)).toEqual([
      'cluster/image.yaml:13'
    ]);
  });
});
