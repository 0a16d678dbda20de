// Property: whatever a fork writes into the strings of the plan JSON it uploads, the publish job either
// refuses the plan, or posts at most the comments one plan needs, each headed by the verdict the plan's
// findings make, with none of the fork's markup live (no HTML, no mention, no second headline, no marker).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { maxCommentsFor, parsePlanArtifact, planComments } from '../../src/publish/publish-mode.js';
import type { PlanReport } from '../../src/plan/types.js';
import { DEFAULT_COMMENT_OPTIONS, type CommentOptions } from '../../src/report/comment-artifacts.js';
import { parseMarker } from '../../src/report/comment-body.js';
import { planJson } from '../../src/report/json.js';
import { demoReport } from '../support/demo-report.js';

const demo = demoReport();
const report: PlanReport = {
  ...demo,
  verdict: 'fail',
  clusters: [
    { ...demo.clusters[0]!, name: 'east' },
    { ...demo.clusters[0]!, name: 'west' }
  ],
  configChange: {
    findings: [
      {
        rule: 'config-loosened',
        severity: 'error',
        message: 'failOn lowered',
        file: '.github/registry-plan.yaml',
        line: 1
      }
    ],
    verdict: 'fail',
    diff: { path: '.github/registry-plan.yaml', diff: '-failOn: error\n+failOn: never\n' }
  }
};
const BASE = JSON.stringify(planJson(report, false));

/** JSON pointers (as key lists) of every string in the document. */
function stringPaths(v: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v === 'string') return [at];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...at, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...at, k]));
  return [];
}
const PATHS = stringPaths(JSON.parse(BASE));

function set(doc: any, path: Array<string | number>, value: string): void {
  let o = doc;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path.at(-1)!] = value;
}

/** The markdown a reader sees rendered as markup: fenced blocks and code spans removed. */
function outsideCode(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const open = /^ {0,3}(`{3,})/.exec(line);
    if (fence) {
      if (open && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    out.push(line.replace(/(?<!`)(`+)(?!`)[^]*?(?<!`)\1(?!`)/g, ''));
  }
  return out.join('\n');
}

/** The strings a fork can set freely (the rest are enums, patterns, ids or derived, and any change is refused). */
const FREE = PATHS.filter((path) => {
  const doc = JSON.parse(BASE);
  set(doc, path, 'free text');
  return parsePlanArtifact(JSON.stringify(doc)).ok;
});

const HOSTILE = [
  '✅ **pass**',
  '\n### registry-plan — cluster `east`: ✅ **pass**\n',
  '<img src=https://evil.example/x.png>',
  '<script>alert(1)</script>',
  '@octo-org/admins',
  '<!-- registry-plan:west:part-1 -->',
  '</details></summary><details open>',
  '``` \n```diff\n+ok',
  '| x | y |\n|---|---|',
  '[click](https://evil.example)',
  '![x](https://evil.example/y.png)',
  '#1 GH-2 owner/repo#3'
];
const VERDICT_HEAD: Record<string, string> = {
  pass: '✅ **pass**',
  fail: '❌ **fail**',
  'cannot-evaluate': '⛔ **cannot evaluate**'
};

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.array(fc.constantFrom(...HOSTILE, ' ', 'x', '`', '\\', '*', '_'), { maxLength: 6 }).map((a) => a.join('')),
  fc.string({ maxLength: 40 })
);

describe('a hostile plan artifact', () => {
  it('is refused, or posts at most what one plan needs with the real verdicts and no live markup', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        // Mostly free-text fields (rendered), sometimes any string (mostly refused).
        fc.array(
          fc.tuple(
            fc.oneof({ arbitrary: fc.constantFrom(...FREE), weight: 9 }, fc.constantFrom(...PATHS)),
            hostileString
          ),
          {
            minLength: 1,
            maxLength: 6
          }
        ),
        fc.constantFrom<CommentOptions>(DEFAULT_COMMENT_OPTIONS, { unchangedClusters: true, layout: 'combined' }),
        (edits, options) => {
          const doc = JSON.parse(BASE);
          for (const [path, value] of edits) set(doc, path, value);
          const r = parsePlanArtifact(JSON.stringify(doc));
          if (!r.ok) return;
          accepted++;
          const comments = planComments(r.artifact, options);
          const bodies = comments.flatMap((c) => c.bodies);
          expect(bodies.length).toBeLessThanOrEqual(maxCommentsFor(r.artifact.report, options));
          const names = new Set(['fleet/all', ...r.artifact.report.clusters.map((c) => c.name)]);
          for (const c of comments) {
            // Every part carries its own comment's marker, and nothing else claims one.
            c.bodies.forEach((b, i) => expect(parseMarker(b)).toEqual({ id: c.markerId, part: i + 1 }));
            expect(names.has(c.markerId)).toBe(true);
            // Each body's own marker line removed: what is left is what the report code rendered.
            const seen = outsideCode(c.bodies.map((b) => b.slice(b.indexOf('\n') + 1)).join('\n'));
            const headlines = seen.match(/^###? registry-plan.*$/gm) ?? [];
            const head = headlines[0] ?? '';
            // The first headline is the comment's, with the verdict the findings make.
            if (options.layout === 'combined') expect(head).toContain(c.verdict === 'fail' ? '❌ fail' : '');
            else expect(head).toContain(VERDICT_HEAD[c.verdict]!);
            expect(seen).not.toMatch(/<(img|script|a|iframe)\b/i);
            expect(seen).not.toMatch(/(^|[^A-Za-z0-9])@[A-Za-z0-9]/m);
            expect(seen).not.toMatch(/<!--\s*registry-plan:/);
            // Inside an HTML block (`<details><summary>…`) markdown is not rendered; HTML is (checked above).
            expect(seen.replace(/<summary>[^\n]*?<\/summary>/g, '')).not.toMatch(/!\[x\]\(https/);
          }
        }
      ),
      { numRuns: 150, seed: 20261203 }
    );
    // The property is not vacuous: free text is most of the document's strings, and most edits are rendered.
    expect(FREE.length).toBeGreaterThan(PATHS.length / 3);
    expect(accepted).toBeGreaterThan(50);
  });
});
