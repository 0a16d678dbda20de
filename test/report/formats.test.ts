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
  it('is the plan JSON, in publish.json, whatever the number of clusters', () => {
    const one = PLAN_FORMATS.comment.files(report, ctx);
    expect(one).toEqual([{ name: 'publish.json', text: PLAN_FORMATS.json.text(report, ctx) }]);
    const fleetCtx = { ...ctx, implicitCluster: false, clusterLabel: true };
    const many = PLAN_FORMATS.comment.files(fleet, fleetCtx);
    expect(many).toEqual([{ name: 'publish.json', text: PLAN_FORMATS.json.text(fleet, fleetCtx) }]);
    expect(JSON.parse(many[0]!.text)).not.toHaveProperty('bodies');
  });

  it("names a matrix job's file after its cluster, so every job's file can share one folder", () => {
    const named = { ...report, clusters: [{ ...report.clusters[0]!, name: 'prod/east' }] };
    expect(publishFileName(named, { namedCluster: true })).toBe('publish-prod_east.json');
    expect(publishFileName(named, { namedCluster: false })).toBe('publish.json');
    const [a] = commentArtifacts(named, { clusterLabel: true });
    expect(a!.bodies[0]).toContain('cluster `prod/east`');
    expect(parseMarker(a!.bodies[0]!)).toEqual({ id: 'prod/east', part: 1 });
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
