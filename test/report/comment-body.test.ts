import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  GITHUB_COMMENT_LIMIT,
  chunkBlock,
  fitComment,
  markerLine,
  paginate,
  parseMarker,
  repaginate,
  sanitizeMarkerId,
  sectionStat,
  stripPartFrame,
  trimDiffContext,
  type CommentReport,
  type ReportSection
} from '../../src/report/comment-body.js';

const HEADLINE =
  '## registry-plan: **fail**\n\n| pool | nodes | impact |\n|---|---|---|\n| worker | 6 | drain, reload crio |';

function diffBody(file: string, contextLines: number, changes = 2): string {
  const lines: string[] = [`--- a/${file}`, `+++ b/${file}`, '@@ -1,10 +1,10 @@'];
  for (let c = 0; c < changes; c++) {
    for (let i = 0; i < contextLines; i++) lines.push(` unchanged ${c}.${i} in ${file}`);
    lines.push(`-old ${c} ${file}`, `+new ${c} ${file}`);
  }
  for (let i = 0; i < contextLines; i++) lines.push(` tail ${i} in ${file}`);
  return ['```diff', ...lines, '```'].join('\n');
}

function diffSection(n: number, contextLines: number, priority = 5): ReportSection {
  return { title: `\`file-${n}.conf\``, body: diffBody(`file-${n}.conf`, contextLines), collapsible: true, priority };
}

function essential(title: string, chars: number): ReportSection {
  const lines = Array.from(
    { length: Math.ceil(chars / 50) },
    (_, i) => `- registry ${i}: mirror m${i}.example.com added`
  );
  return { title, body: lines.join('\n'), collapsible: false, priority: 0 };
}

function report(sections: ReportSection[]): CommentReport {
  return { marker: 'prod-east', headline: HEADLINE, sections };
}

describe('markers', () => {
  it('round-trips marker ids and part numbers', () => {
    expect(markerLine('prod-east', 3)).toBe('<!-- registry-plan:prod-east:part-3 -->');
    expect(parseMarker(`${markerLine('prod-east', 3)}\nbody`)).toEqual({ id: 'prod-east', part: 3 });
    expect(parseMarker('<!-- registry-plan:prod-east -->\nlegacy')).toEqual({ id: 'prod-east', part: 1 });
    expect(parseMarker('text first\n<!-- registry-plan:prod-east:part-1 -->')).toBeUndefined();
  });

  it('keeps marker ids safe inside an HTML comment', () => {
    expect(sanitizeMarkerId('prod east --> <script>')).toBe('prod-east-script');
    expect(sanitizeMarkerId('a--b')).toBe('a-b');
    expect(sanitizeMarkerId('')).toBe('default');
    expect(sanitizeMarkerId('clusters/prod.east_1')).toBe('clusters/prod.east_1');
    fc.assert(
      fc.property(fc.string(), (id) => {
        const safe = sanitizeMarkerId(id);
        expect(safe).not.toContain('--');
        expect(parseMarker(markerLine(safe, 1))).toEqual({ id: safe, part: 1 });
      })
    );
  });
});

describe('trimDiffContext', () => {
  it('keeps only the requested context around changes inside diff fences', () => {
    const body = diffBody('r.conf', 5, 1);
    const trimmed = trimDiffContext(body, 1);
    expect(trimmed).toContain('-old 0 r.conf');
    expect(trimmed).toContain('+new 0 r.conf');
    expect(trimmed).toContain(' unchanged 0.4 in r.conf');
    expect(trimmed).not.toContain(' unchanged 0.3 in r.conf');
    expect(trimmed).toContain(' … 4 unchanged lines');
    expect(trimmed).toContain(' tail 0 in r.conf');
    expect(trimmed).not.toContain(' tail 1 in r.conf');
    expect(trimmed).toContain('--- a/r.conf');
  });

  it('leaves text outside diff fences and non-diff fences alone', () => {
    const text = ['intro', '```toml', ' indented line', ' another', '```', ' spaced paragraph'].join('\n');
    expect(trimDiffContext(text, 0)).toBe(text);
  });

  it('counts changes for a one-line stat', () => {
    expect(sectionStat(diffBody('x', 2, 3))).toBe('+3 −3 lines');
    expect(sectionStat('a\nb\nc')).toBe('3 lines');
  });
});

describe('fitComment', () => {
  it('leaves a small report as it is, in one body with the marker first', () => {
    const fitted = fitComment(report([essential('Semantic summary', 500), diffSection(1, 3)]));
    expect(fitted.steps).toEqual(['full']);
    expect(fitted.bodies).toHaveLength(1);
    const body = fitted.bodies[0]!;
    expect(body.startsWith(markerLine('prod-east', 1))).toBe(true);
    expect(body).toContain(HEADLINE);
    expect(body).toContain('#### Semantic summary');
    expect(body).toContain('<details><summary>`file-1.conf`</summary>');
    expect(body.indexOf(HEADLINE)).toBeLessThan(body.indexOf('Semantic summary'));
  });

  it('first trims diff context when that is enough', () => {
    const sections = Array.from({ length: 30 }, (_, n) => diffSection(n, 60));
    const fitted = fitComment(report(sections), { budget: 60_000 });
    expect(fitted.steps).toEqual(['trim-context']);
    expect(fitted.bodies).toHaveLength(1);
    expect(fitted.bodies[0]!.length).toBeLessThanOrEqual(60_000);
    expect(fitted.contextLines).not.toBeNull();
    for (let n = 0; n < 30; n++) expect(fitted.bodies[0]).toContain(`+new 1 file-${n}.conf`);
  });

  it('then collapses the least important detail sections to a stat line', () => {
    const sections = [
      ...Array.from({ length: 10 }, (_, n) => ({ ...diffSection(n, 0, 1), body: diffBody(`file-${n}.conf`, 0, 80) })),
      ...Array.from({ length: 10 }, (_, n) => ({
        ...diffSection(n + 10, 0, 9),
        body: diffBody(`file-${n + 10}.conf`, 0, 80)
      }))
    ];
    const fitted = fitComment(report(sections), { budget: 60_000 });
    expect(fitted.steps).toEqual(['trim-context', 'collapse']);
    expect(fitted.bodies).toHaveLength(1);
    expect(fitted.collapsed.length).toBeGreaterThan(0);
    // Priority 9 goes before priority 1.
    expect(fitted.collapsed.every((t) => Number(/file-(\d+)/.exec(t)![1]) >= 10)).toBe(true);
    expect(fitted.bodies[0]).toContain('**`file-19.conf`** (+80 −80 lines): shown in the job summary.');
    expect(fitted.bodies[0]).toContain('+new 79 file-0.conf');
  });

  it('then drops whole detail sections with a note naming them', () => {
    const sections = Array.from({ length: 3000 }, (_, n) => diffSection(n, 0, 5));
    const fitted = fitComment(report([essential('Semantic summary', 2_000), ...sections]), { budget: 60_000 });
    expect(fitted.steps).toEqual(['trim-context', 'collapse', 'drop']);
    expect(fitted.bodies).toHaveLength(1);
    const body = fitted.bodies[0]!;
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(fitted.omitted.length).toBeGreaterThan(0);
    expect(body).toContain(`> ${fitted.omitted.length} sections omitted to fit GitHub's comment size limit (`);
    expect(body).toContain('see the job summary');
    expect(body).toContain('#### Semantic summary');
  });

  it('finally splits essentials that do not fit into numbered parts with their own markers', () => {
    const fitted = fitComment(report([essential('Semantic summary', 150_000), diffSection(1, 3)]), { budget: 60_000 });
    expect(fitted.steps).toEqual(['trim-context', 'collapse', 'drop', 'split']);
    const n = fitted.bodies.length;
    expect(n).toBeGreaterThanOrEqual(3);
    fitted.bodies.forEach((b, i) => {
      expect(parseMarker(b)).toEqual({ id: 'prod-east', part: i + 1 });
      expect(b).toContain(`**registry-plan report, part ${i + 1}/${n}**`);
      expect(b.length).toBeLessThanOrEqual(60_000);
    });
    expect(fitted.bodies[0]).toContain(HEADLINE);
    // Every summary line arrives once, in order.
    const lines = fitted.bodies.flatMap((b) => b.split('\n').filter((l) => l.startsWith('- registry ')));
    expect(lines).toEqual(report([essential('Semantic summary', 150_000)]).sections[0]!.body.split('\n'));
  });

  it('cuts at maxParts with a note', () => {
    const fitted = fitComment(report([essential('Semantic summary', 500_000)]), { budget: 60_000, maxParts: 3 });
    expect(fitted.bodies).toHaveLength(3);
    expect(fitted.steps).toContain('truncate');
    expect(fitted.bodies[2]).toContain('The report is longer than 3 comments; the rest is in the job summary.');
  });

  it("never exceeds the budget nor GitHub's limit (property)", () => {
    const section = fc.record({
      title: fc.string({ maxLength: 40 }),
      body: fc.oneof(
        fc.string({ maxLength: 3000 }),
        fc.integer({ min: 0, max: 200 }).map((ctx) => diffBody('p.conf', ctx, 3))
      ),
      collapsible: fc.boolean(),
      priority: fc.integer({ min: 0, max: 9 })
    });
    fc.assert(
      fc.property(fc.array(section, { maxLength: 60 }), fc.integer({ min: 2_000, max: 70_000 }), (sections, budget) => {
        const fitted = fitComment({ marker: 'm', headline: '# head', sections }, { budget });
        expect(fitted.bodies.length).toBeGreaterThanOrEqual(1);
        for (const b of fitted.bodies) {
          expect(b.length).toBeLessThanOrEqual(Math.min(budget, GITHUB_COMMENT_LIMIT));
          expect(parseMarker(b)?.id).toBe('m');
        }
        expect(fitted.bodies[0]).toContain('# head');
      }),
      { numRuns: 60 }
    );
  });
});

describe('chunkBlock and paginate', () => {
  it('closes and reopens a code fence cut across pieces', () => {
    const block = ['```diff', ...Array.from({ length: 200 }, (_, i) => `+line ${i}`), '```'].join('\n');
    const pieces = chunkBlock(block, 500);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(500);
      expect(p.startsWith('```diff')).toBe(true);
      expect(p.trimEnd().endsWith('```')).toBe(true);
    }
  });

  it('closes and reopens <details> cut across pieces', () => {
    const block = [
      '<details><summary>big</summary>',
      '',
      ...Array.from({ length: 100 }, (_, i) => `row ${i}`),
      '',
      '</details>'
    ].join('\n');
    const pieces = chunkBlock(block, 300);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect((p.match(/<details>/g) ?? []).length).toBe((p.match(/<\/details>/g) ?? []).length);
    }
    expect(pieces[1]).toContain('<summary>big (continued)</summary>');
  });

  it('hard-cuts a single line longer than a piece without splitting a surrogate pair', () => {
    const line = '😀'.repeat(1000);
    const pieces = chunkBlock(line, 301);
    expect(pieces.join('')).toBe(line);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(301);
      expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
    }
  });

  it('re-paginates rendered bodies under a smaller budget without losing content', () => {
    const { bodies } = paginate('c1', [HEADLINE, 'a'.repeat(20_000), 'b'.repeat(20_000), 'c'.repeat(20_000)], 60_000);
    expect(bodies).toHaveLength(2);
    const smaller = repaginate('c1', bodies, 25_000);
    expect(smaller.length).toBeGreaterThanOrEqual(3);
    expect(smaller.map(stripPartFrame).join('').replace(/\n/g, '')).toBe(
      bodies.map(stripPartFrame).join('').replace(/\n/g, '')
    );
    smaller.forEach((b, i) => expect(parseMarker(b)).toEqual({ id: 'c1', part: i + 1 }));
  });
});
