// The one table of output formats (report/formats.ts) and the formats themselves, on the demo plan.
import { describe, expect, it } from '@jest/globals';
import type { PlanReport } from '../../src/plan/types.js';
import { commentArtifacts, publishFileName } from '../../src/report/comment-artifacts.js';
import { parseMarker } from '../../src/report/comment-body.js';
import {
  CLI_FORMATS,
  FORMATS,
  formatReport,
  orList,
  PLAN_FORMATS,
  type ReportContext
} from '../../src/report/formats.js';
import { planJson } from '../../src/report/json.js';
import { planMarkdown } from '../../src/report/markdown.js';
import { toSarif } from '../../src/report/sarif.js';
import { demoReport } from '../support/demo-report.js';

const report = demoReport();
const ctx: ReportContext = { implicitCluster: true, clusterLabel: false, namedCluster: false, toolVersion: '9.9.9' };
const fleet: PlanReport = {
  ...report,
  clusters: [report.clusters[0]!, { ...report.clusters[0]!, name: 'prod/west' }]
};

describe('the format table', () => {
  it('offers markdown, json, text and github on the command line, in that order', () => {
    expect(CLI_FORMATS).toEqual(['markdown', 'json', 'text', 'github']);
    expect(orList(CLI_FORMATS)).toBe('markdown, json, text or github');
    expect(orList(['a'])).toBe('a');
  });

  it('names each written file in one action output, and writes every format the action needs', () => {
    expect(FORMATS.flatMap((f) => (f.output ? [[f.output.name, f.output.file]] : []))).toEqual([
      ['report-path', 'report.md'],
      ['plan-json', 'plan.json'],
      ['sarif-path', 'results.sarif']
    ]);
    const written = FORMATS.flatMap((f) => f.files(report, ctx).map((file) => file.name));
    expect(written).toEqual(['report.md', 'plan.json', 'results.sarif', 'publish.json']);
  });

  it('prints for the command line exactly what the action writes', () => {
    for (const name of CLI_FORMATS) {
      const files = PLAN_FORMATS[name].files(report, ctx);
      if (files.length) expect(formatReport(report, name, ctx)).toBe(files[0]!.text);
    }
    expect(formatReport(report, 'json', ctx)).toBe(JSON.stringify(planJson(report, true), null, 2) + '\n');
    expect(formatReport(report, 'markdown', ctx)).toBe(planMarkdown(report, true));
  });

  it('writes SARIF with the tool version and every finding', () => {
    const [sarif] = PLAN_FORMATS.sarif.files(report, ctx);
    const log = JSON.parse(sarif!.text);
    const expected = toSarif(report.clusters[0]!.findings, { helpBaseUri: 'x', toolVersion: '9.9.9' });
    expect(log.runs[0].results).toHaveLength(expected.runs[0]!.results.length);
    expect(log.runs[0].tool.driver.version).toBe('9.9.9');
  });
});

describe('the comment publish files', () => {
  it('is one publish.json for one cluster, one file per cluster otherwise, each with its marker', () => {
    const one = PLAN_FORMATS.comment.files(report, ctx);
    expect(one.map((f) => f.name)).toEqual(['publish.json']);
    const many = PLAN_FORMATS.comment.files(fleet, { ...ctx, implicitCluster: false, clusterLabel: true });
    expect(many.map((f) => f.name)).toEqual([`publish-${report.clusters[0]!.name}.json`, 'publish-prod_west.json']);
    const parsed = JSON.parse(many[1]!.text);
    expect(parseMarker(parsed.bodies[0])).toEqual({ id: 'prod/west', part: 1 });
  });

  it("names a matrix job's single file after its cluster, and carries the head commit", () => {
    const [a] = commentArtifacts(report, { clusterLabel: true, headSha: 'c'.repeat(40) });
    expect(a!.headSha).toBe('c'.repeat(40));
    expect(publishFileName(a!, 1, { namedCluster: true })).toBe(`publish-${a!.markerId}.json`);
    expect(a!.bodies[0]).toContain(`cluster \`${report.clusters[0]!.name}\``);
  });
});

describe('text and markdown', () => {
  it('the text view leads with the verdict per cluster and ends with the overall verdict', () => {
    const text = formatReport(report, 'text', ctx);
    const c = report.clusters[0]!;
    expect(text.split('\n')[0]).toBe(
      `== ${c.name}: ${c.verdict.toUpperCase()} (OpenShift ${c.openshiftVersion}${c.openshiftVersionFrom ? ` from ${c.openshiftVersionFrom}` : ''}${c.changed ? '' : ', no node change'})`
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe(`verdict: ${report.verdict} (fail-on: ${report.failOn})`);
    for (const p of c.pools) expect(text).toContain(`pool ${p.name}`);
  });

  it('markdown has one headline per cluster, labelled only when clusters are configured', () => {
    expect(planMarkdown(report, true)).not.toMatch(/— cluster/);
    const md = planMarkdown(fleet, false);
    expect(md.match(/^### registry-plan — cluster /gm)).toHaveLength(2);
    expect(md).toMatch(/^## registry-plan: .* across 2 clusters/m);
  });

  it('json has the single-cluster shape only for the implicit cluster', () => {
    expect(planJson(report, true)).not.toHaveProperty('clusters');
    expect((planJson(fleet, false)['clusters'] as unknown[]).length).toBe(2);
  });
});
