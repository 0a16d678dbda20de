export const id = 836;
export const ids = [836];
export const modules = {

/***/ 9836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zT: () => (/* binding */ commentArtifacts),
  k4: () => (/* binding */ githubPreview),
  JE: () => (/* binding */ publishFileName)
});

// UNUSED EXPORTS: DEFAULT_COMMENT_OPTIONS

// EXTERNAL MODULE: ./src/report/comment-body.ts
var comment_body = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(5900);
// EXTERNAL MODULE: ./src/report/timeline.ts
var timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/report/fleet.ts



/**
 * Fleets. In a GitOps repository with twenty clusters most pull requests touch one or two of them; a
 * comment per untouched cluster buries the ones that matter. These decide which clusters get a comment
 * and build the optional combined comment (one table for the fleet, detail for the touched clusters).
 */
const VERDICT = { pass: '✅ pass', fail: '❌ fail', 'cannot-evaluate': '⛔ cannot evaluate' };
/** A cluster the pull request leaves as it is: no node change, nothing to report, verdict pass. */
function untouched(c) {
    // An upgrade is never left out: what it does not change is news too.
    return !c.changed && !c.upgrade && c.verdict === 'pass' && c.findings.every((f) => f.waived);
}
/**
 * A cluster whose comment has nothing to say: untouched, and the run has no configuration finding to
 * show (those are every cluster's, so each comment shows them).
 */
function quietCluster(c, report) {
    return untouched(c) && !report.configChange?.findings.length;
}
/** The body that replaces an earlier comment once the pull request no longer touches the cluster. */
function noLongerTouchedHeadline(c, clusterLabel) {
    const name = clusterLabel ? ` — cluster ${(0,markdown_escape/* inlineCode */.ti)(c.name)}` : '';
    return (`### registry-plan${name}: ✅ **pass**\n\n` +
        'This pull request no longer changes the node configuration of this cluster (OpenShift ' +
        `${c.openshiftVersion}): nothing rolls out and there are no findings. An earlier version of the pull request did; ` +
        'this comment was updated so that it does not show a stale plan.\n');
}
function poolsCell(c) {
    const moving = c.pools.filter((p) => p.nodes > 0 && p.disruption !== 'none');
    const names = moving.map((p) => `${(0,markdown_escape/* escapeTableCell */.aL)(p.name)}${p.paused ? ' (paused)' : ''}`);
    if (c.windows.changed && c.windows.nodes > 0)
        names.push('Windows');
    return names.length ? names.join(', ') : '—';
}
/** One row per cluster: cluster, version, highest disruption, pools, estimate, verdict. */
function fleetTable(report) {
    const rows = report.clusters.map((c) => {
        const t = (0,timeline/* rolloutTimeline */.jR)(c);
        const estimate = t.phases.length ? `about ${(0,timeline/* formatMinutes */.dp)(t.totalMinutes)}` : '—';
        const disruption = c.changed ? c.highestDisruption : 'no change';
        const version = c.upgrade ? `${c.upgrade.from} → ${c.upgrade.to}` : c.openshiftVersion;
        return `| ${(0,markdown/* codeCell */.MZ)(c.name)} | ${version} | ${disruption} | ${poolsCell(c)} | ${estimate} | ${VERDICT[c.verdict]} |`;
    });
    return [
        '| cluster | OpenShift | highest disruption | pools that roll | estimate | verdict |',
        '|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
/** The marker of the combined comment; no cluster can have it (cluster names have no `/`). */
const FLEET_MARKER = 'fleet/all';
/**
 * One comment for every cluster of a run: the fleet table, then each cluster the pull request touches
 * (headline in full, its details collapsed and the first to go when the comment is too long).
 */
function fleetComment(report) {
    const touched = report.clusters.filter((c) => !untouched(c));
    const quiet = report.clusters.length - touched.length;
    // The configuration change once, before the clusters (the table's verdicts are each cluster's own).
    const change = report.configChange ? (0,markdown/* configSections */.Bv)(report.configChange, { full: false }) : [];
    const lines = [
        `### registry-plan: ${VERDICT[report.verdict]} across ${report.clusters.length} cluster${report.clusters.length === 1 ? '' : 's'}`,
        '',
        fleetTable(report)
    ];
    if (quiet > 0)
        lines.push('', `${quiet} cluster${quiet === 1 ? ' is' : 's are'} not changed by this pull request.`);
    if (report.configChange)
        lines.push('', (0,markdown/* configLine */.Xv)(report.configChange));
    const headline = lines.join('\n');
    const sections = [...change, ...touched.flatMap(clusterSections)];
    return { marker: FLEET_MARKER, headline: headline + '\n', sections };
}
/** A touched cluster in the combined comment: its headline in full, its details collapsed. */
function clusterSections(c) {
    const r = (0,markdown/* clusterReport */.L2)(c, { full: false, clusterLabel: true });
    return [
        { title: `Cluster ${(0,markdown_escape/* inlineCode */.ti)(c.name)}`, body: r.headline, collapsible: false, priority: 0 },
        ...r.sections.map((s) => ({
            ...s,
            title: `${(0,markdown_escape/* escapeHtml */.ZD)(c.name)}: ${s.title}`,
            collapsible: true,
            priority: s.priority + 1
        }))
    ];
}

;// CONCATENATED MODULE: ./src/report/comment-artifacts.ts



const DEFAULT_COMMENT_OPTIONS = Object.freeze({
    unchangedClusters: false,
    layout: 'per-cluster'
});
/** Where a reader finds what a fitted comment leaves out. */
const ELSEWHERE = 'the job summary and the registry-plan report artifact';
const worse = (a, b) => a === 'cannot-evaluate' || b === 'cannot-evaluate'
    ? 'cannot-evaluate'
    : a === 'fail' || b === 'fail'
        ? 'fail'
        : 'pass';
/**
 * One artifact per comment: per cluster, or one for the fleet. So a report never needs more than one
 * sticky comment per cluster (or one in all), each of at most DEFAULT_MAX_PARTS parts; the publish job
 * holds a rebuilt report to that (publish/publish-mode.ts).
 */
function commentArtifacts(report, ctx) {
    const options = ctx.comments ?? DEFAULT_COMMENT_OPTIONS;
    const change = report.configChange;
    if (options.layout === 'combined') {
        const fitted = (0,comment_body/* fitComment */.pI)(fleetComment(report), { elsewhere: ELSEWHERE });
        const quiet = !options.unchangedClusters && report.clusters.every((c) => quietCluster(c, report));
        return [
            {
                markerId: fitted.markerId,
                bodies: fitted.bodies,
                verdict: report.verdict,
                ...(quiet ? { updateOnly: true } : {})
            }
        ];
    }
    return report.clusters.map((c) => {
        if (!options.unchangedClusters && quietCluster(c, report)) {
            const fitted = (0,comment_body/* fitComment */.pI)({
                marker: c.name,
                headline: noLongerTouchedHeadline(c, ctx.clusterLabel),
                sections: []
            });
            return { markerId: fitted.markerId, bodies: fitted.bodies, verdict: c.verdict, updateOnly: true };
        }
        const fitted = (0,comment_body/* fitComment */.pI)((0,markdown/* clusterComment */.S5)(c, ctx.clusterLabel, change), { elsewhere: ELSEWHERE });
        const verdict = change ? worse(c.verdict, change.verdict) : c.verdict;
        return { markerId: fitted.markerId, bodies: fitted.bodies, verdict };
    });
}
/**
 * The comments as `--format github` prints them: each body exactly as the action posts it, several
 * separated by a marker line. Clusters that would only update an earlier comment are named, not shown.
 */
function githubPreview(artifacts) {
    const posted = artifacts.filter((a) => !a.updateOnly);
    const quiet = artifacts.filter((a) => a.updateOnly).map((a) => a.markerId);
    const parts = posted.flatMap((a) => a.bodies);
    const note = quiet.length
        ? `<!-- registry-plan: no new comment for ${quiet.join(', ')}: the pull request does not change ${quiet.length === 1 ? 'it' : 'them'} (an earlier comment would be updated to say so) -->\n`
        : '';
    if (!parts.length)
        return note || '<!-- registry-plan: no comment -->\n';
    return (parts.map((b) => (b.endsWith('\n') ? b : `${b}\n`)).join('\n<!-- registry-plan: next comment -->\n\n') +
        (note ? `\n${note}` : ''));
}
/**
 * The file the publish job reads: the plan JSON (what `plan --format json` writes), `publish.json`; a
 * matrix job's file carries its cluster's name, so the publisher can download every job's file into
 * one folder.
 */
function publishFileName(report, ctx) {
    const only = report.clusters.length === 1 ? report.clusters[0].name : undefined;
    return ctx.namedCluster && only !== undefined
        ? `publish-${only.replace(/[^A-Za-z0-9._-]/g, '_')}.json`
        : 'publish.json';
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ markerLine),
/* harmony export */   HF: () => (/* binding */ repaginate),
/* harmony export */   VO: () => (/* binding */ sanitizeMarkerId),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   _5: () => (/* binding */ DEFAULT_MAX_PARTS),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   pI: () => (/* binding */ fitComment)
/* harmony export */ });
/* unused harmony exports DEFAULT_COMMENT_BUDGET, trimDiffContext, sectionStat, chunkBlock, paginate, stripPartFrame */
/**
 * Fits a report into GitHub's 65,536-character issue-comment limit. Content degrades in the order a
 * reviewer loses least: diff context is trimmed, then detail sections collapse to a one-line stat, then
 * detail sections are dropped whole (with a note naming them), and only when the essentials still do not
 * fit is the comment split into numbered parts, each carrying its own hidden marker so that the next run
 * can reconcile them (sticky-comment.ts).
 */
/** GitHub rejects issue comments longer than this (HTTP 422). */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Our default budget leaves room for the marker, part header and notes, and for counting differences. */
const DEFAULT_COMMENT_BUDGET = 60_000;
const DEFAULT_MAX_PARTS = 10;
const MARKER_PREFIX = 'registry-plan';
const DEFAULT_ELSEWHERE = 'the job summary';
/** Room kept in each part for its marker line, part header and a truncation note. */
const PART_OVERHEAD = 400;
/** Marker ids live inside an HTML comment: keep a safe alphabet and no `--`. */
function sanitizeMarkerId(id) {
    const safe = id
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+/, '')
        .replace(/-$/, '')
        .slice(0, 100);
    return safe === '' ? 'default' : safe;
}
function markerLine(markerId, part) {
    return `<!-- ${MARKER_PREFIX}:${sanitizeMarkerId(markerId)}:part-${part} -->`;
}
const MARKER_RE = /^<!-- registry-plan:([A-Za-z0-9._/-]+?)(?::part-([1-9][0-9]{0,3}))? -->/;
/** The marker a body starts with; a marker without a part number (an older format) counts as part 1. */
function parseMarker(body) {
    const m = MARKER_RE.exec(body);
    if (!m)
        return undefined;
    return { id: m[1], part: m[2] ? Number(m[2]) : 1 };
}
function partHeader(part, total) {
    return total > 1 ? `**registry-plan report, part ${part}/${total}**\n\n` : '';
}
// ---------------------------------------------------------------------------------------------------
// Diff context trimming
const FENCE_OPEN = /^(\s{0,3})(`{3,}|~{3,})\s*([^\s`]*)/;
function isChange(line) {
    return (line.startsWith('+') && !line.startsWith('+++ ')) || (line.startsWith('-') && !line.startsWith('--- '));
}
function isContext(line) {
    return line.startsWith(' ') || line === '';
}
function trimDiffLines(lines, keep) {
    const near = new Array(lines.length).fill(false);
    lines.forEach((line, i) => {
        if (!isChange(line))
            return;
        for (let j = Math.max(0, i - keep); j <= Math.min(lines.length - 1, i + keep); j++)
            near[j] = true;
    });
    const out = [];
    let skipped = 0;
    const flush = () => {
        if (skipped > 0)
            out.push(` … ${skipped} unchanged line${skipped === 1 ? '' : 's'}`);
        skipped = 0;
    };
    lines.forEach((line, i) => {
        if (isContext(line) && !near[i]) {
            skipped++;
            return;
        }
        flush();
        out.push(line);
    });
    flush();
    return out;
}
/**
 * Keeps at most `keep` unchanged lines around each change inside ```diff fences; longer runs of
 * unchanged lines become one "… N unchanged lines" line. Text outside diff fences is untouched.
 */
function trimDiffContext(markdown, keep) {
    const lines = markdown.split('\n');
    const out = [];
    let i = 0;
    while (i < lines.length) {
        const open = FENCE_OPEN.exec(lines[i]);
        if (!open) {
            out.push(lines[i]);
            i++;
            continue;
        }
        const fence = open[2];
        let end = i + 1;
        while (end < lines.length && !closesFence(lines[end], fence))
            end++;
        const inner = lines.slice(i + 1, end);
        out.push(lines[i]);
        out.push(...(open[3] === 'diff' ? trimDiffLines(inner, keep) : inner));
        if (end < lines.length)
            out.push(lines[end]);
        i = end + 1;
    }
    return out.join('\n');
}
/** "+3 −1" for the diffs in a section, or its line count when it holds no diff. */
function sectionStat(body) {
    let added = 0;
    let removed = 0;
    let inDiff = false;
    for (const line of body.split('\n')) {
        const open = FENCE_OPEN.exec(line);
        if (open) {
            inDiff = !inDiff && open[3] === 'diff';
            continue;
        }
        if (!inDiff)
            continue;
        if (line.startsWith('+') && !line.startsWith('+++ '))
            added++;
        else if (line.startsWith('-') && !line.startsWith('--- '))
            removed++;
    }
    if (added + removed > 0)
        return `+${added} −${removed} lines`;
    const n = body.split('\n').length;
    return `${n} line${n === 1 ? '' : 's'}`;
}
// ---------------------------------------------------------------------------------------------------
// Rendering
function renderFull(section, context) {
    const body = context === null ? section.body : trimDiffContext(section.body, context);
    return section.collapsible
        ? `<details><summary>${section.title}</summary>\n\n${body}\n\n</details>`
        : `#### ${section.title}\n\n${body}`;
}
function renderCollapsed(section, elsewhere) {
    return `**${section.title}** (${sectionStat(section.body)}): shown in ${elsewhere}.`;
}
function omittedNote(titles, elsewhere) {
    if (titles.length === 0)
        return '';
    let list = '';
    for (const t of titles) {
        const next = list === '' ? t : `${list}, ${t}`;
        if (next.length > 1500) {
            list = `${list}, …`;
            break;
        }
        list = next;
    }
    const n = titles.length;
    return `> ${n} ${n === 1 ? 'section' : 'sections'} omitted to fit GitHub's comment size limit (${list}); see ${elsewhere}.`;
}
const SEPARATOR = '\n\n';
// ---------------------------------------------------------------------------------------------------
// Splitting into parts
/**
 * Cuts an oversized block at line boundaries into pieces of at most `size` characters. A cut inside a
 * code fence or a `<details>` closes it and reopens it in the next piece so each part renders alone.
 */
function chunkBlock(block, size) {
    const pieces = [];
    const open = [];
    let current = [];
    let currentLen = 0;
    let fresh = true; // nothing but reopened constructs in `current`
    const closers = () => open
        .map((o) => `\n${o.closer}`)
        .reverse()
        .join('');
    const closersLen = () => open.reduce((n, o) => n + o.closer.length + 1, 0);
    const push = (line) => {
        current.push(line);
        currentLen += line.length + 1;
    };
    const emit = () => {
        pieces.push(current.join('\n') + closers());
        current = [];
        currentLen = 0;
        for (const o of open)
            push(o.opener);
        fresh = true;
    };
    for (const original of block.split('\n')) {
        let line = original;
        for (;;) {
            const room = size - currentLen - closersLen();
            if (line.length + 1 <= room)
                break;
            if (!fresh) {
                emit();
                continue;
            }
            // A single line longer than a piece is cut hard, away from surrogate pairs.
            let cut = Math.max(1, room - 1);
            const code = line.charCodeAt(cut - 1);
            if (code >= 0xd800 && code <= 0xdbff)
                cut--;
            push(line.slice(0, cut));
            line = line.slice(cut);
            emit();
        }
        push(line);
        fresh = false;
        const top = open[open.length - 1];
        const trimmed = line.trim();
        const fence = FENCE_OPEN.exec(line);
        if (top?.kind === 'fence') {
            if (trimmed.length >= top.closer.length && trimmed === top.closer[0].repeat(trimmed.length))
                open.pop();
        }
        else if (fence) {
            open.push({ kind: 'fence', opener: line, closer: fence[2] });
        }
        else if (/^<details\b/i.test(trimmed) && !/<\/details>$/i.test(trimmed)) {
            const summary = summaryOf(line);
            open.push({
                kind: 'details',
                opener: summary !== undefined ? `<details><summary>${summary} (continued)</summary>\n` : '<details>\n',
                closer: '</details>'
            });
        }
        else if (/^<\/details>/i.test(trimmed) && top?.kind === 'details') {
            open.pop();
        }
    }
    if (!fresh || pieces.length === 0)
        pieces.push(current.join('\n') + closers());
    return pieces.filter((p) => p.trim() !== '');
}
/**
 * Packs blocks into parts of at most `budget` characters (marker and header included), in order,
 * never reordering, and numbers them. More than `maxParts` parts are cut with a note.
 */
function paginate(markerId, blocks, budget, maxParts = DEFAULT_MAX_PARTS, elsewhere = DEFAULT_ELSEWHERE) {
    const room = Math.max(1000, budget - PART_OVERHEAD);
    const parts = [[]];
    let used = 0;
    for (const block of blocks.filter((b) => b !== '')) {
        const pieces = block.length > room ? chunkBlock(block, room) : [block];
        for (const piece of pieces) {
            const cost = piece.length + (used > 0 ? SEPARATOR.length : 0);
            if (used > 0 && used + cost > room) {
                parts.push([]);
                used = 0;
            }
            parts[parts.length - 1].push(piece);
            used += piece.length + (used > 0 ? SEPARATOR.length : 0);
        }
    }
    const truncated = parts.length > maxParts;
    const kept = truncated ? parts.slice(0, maxParts) : parts;
    const total = kept.length;
    const bodies = kept.map((contents, i) => {
        const note = truncated && i === total - 1
            ? `${SEPARATOR}> The report is longer than ${maxParts} comments; the rest is in ${elsewhere}.`
            : '';
        return `${markerLine(markerId, i + 1)}\n${partHeader(i + 1, total)}${contents.join(SEPARATOR)}${note}`;
    });
    return { bodies, truncated };
}
/** Removes the marker line and part header that `paginate` added. */
function stripPartFrame(body) {
    const withoutMarker = parseMarker(body) ? body.replace(/^[^\n]*\n?/, '') : body;
    return withoutMarker.replace(/^\*\*registry-plan report, part \d+\/\d+\*\*\n\n/, '');
}
/**
 * Re-splits already rendered bodies under a smaller budget, keeping their order (used when GitHub
 * rejects a body as too long although it was within our count).
 */
function repaginate(markerId, bodies, budget, maxParts = DEFAULT_MAX_PARTS) {
    return paginate(markerId, bodies.map(stripPartFrame), budget, maxParts).bodies;
}
// ---------------------------------------------------------------------------------------------------
/**
 * The state of one fitting: which sections are collapsed or dropped and how many diff context lines
 * are kept, with a running size so that each collapse or drop is O(1) rather than a re-render.
 */
class CommentFit {
    report;
    elsewhere;
    markerId;
    header;
    context = null;
    steps = [];
    collapsed = new Set();
    dropped = new Set();
    droppedTitles = [];
    // Lengths per section in each form, computed once so that each step is a sum, not a re-render.
    collapsedLen;
    fullLen;
    sectionsTotal = 0;
    constructor(report, elsewhere) {
        this.report = report;
        this.elsewhere = elsewhere;
        this.markerId = sanitizeMarkerId(report.marker);
        this.header = `${markerLine(this.markerId, 1)}\n`;
        this.collapsedLen = report.sections.map((s) => renderCollapsed(s, elsewhere).length);
        this.fullLen = report.sections.map((s) => renderFull(s, null).length);
        this.remeasure();
    }
    len(i) {
        return this.collapsed.has(i) ? this.collapsedLen[i] : this.fullLen[i];
    }
    remeasure() {
        this.sectionsTotal = this.report.sections.reduce((n, _, i) => (this.dropped.has(i) ? n : n + SEPARATOR.length + this.len(i)), 0);
    }
    size() {
        const note = omittedNote(this.droppedTitles, this.elsewhere);
        return (this.header.length +
            this.report.headline.length +
            this.sectionsTotal +
            (note === '' ? 0 : SEPARATOR.length + note.length));
    }
    /** Diffs keep `keep` context lines from now on. */
    trimContext(keep) {
        this.context = keep;
        this.fullLen = this.report.sections.map((s) => renderFull(s, keep).length);
        this.remeasure();
    }
    /** Collapses a section to its one-line stat; false when that would not make it shorter. */
    collapse(i) {
        if (this.collapsedLen[i] >= this.fullLen[i])
            return false;
        this.sectionsTotal += this.collapsedLen[i] - this.fullLen[i];
        this.collapsed.add(i);
        return true;
    }
    drop(i) {
        this.sectionsTotal -= SEPARATOR.length + this.len(i);
        this.dropped.add(i);
        this.droppedTitles.push(this.report.sections[i].title);
    }
    blocks() {
        const out = [this.report.headline];
        this.report.sections.forEach((s, i) => {
            if (this.dropped.has(i))
                return;
            out.push(this.collapsed.has(i) ? renderCollapsed(s, this.elsewhere) : renderFull(s, this.context));
        });
        out.push(omittedNote(this.droppedTitles, this.elsewhere));
        return out.filter((b) => b !== '');
    }
    result(bodies = [this.header + this.blocks().join(SEPARATOR)]) {
        const sections = this.report.sections;
        return {
            markerId: this.markerId,
            bodies,
            steps: this.steps.length === 0 ? ['full'] : [...this.steps],
            contextLines: this.context,
            collapsed: sections.filter((_, i) => this.collapsed.has(i) && !this.dropped.has(i)).map((s) => s.title),
            omitted: [...this.droppedTitles]
        };
    }
}
/** Renders the report into one or more comment bodies within the budget. Pure. */
function fitComment(report, options = {}) {
    const budget = Math.min(options.budget ?? DEFAULT_COMMENT_BUDGET, GITHUB_COMMENT_LIMIT);
    const maxParts = options.maxParts ?? DEFAULT_MAX_PARTS;
    const fit = new CommentFit(report, options.elsewhere ?? DEFAULT_ELSEWHERE);
    if (fit.size() <= budget)
        return fit.result();
    if (report.sections.some((s) => /^\s{0,3}(`{3,}|~{3,})\s*diff\b/m.test(s.body))) {
        fit.steps.push('trim-context');
        for (const keep of [3, 1, 0]) {
            fit.trimContext(keep);
            if (fit.size() <= budget)
                return fit.result();
        }
    }
    // Least important detail sections first; among equals, the later one (reports list what matters first).
    const order = report.sections
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.collapsible)
        .sort((a, b) => b.s.priority - a.s.priority || b.i - a.i)
        .map(({ i }) => i);
    if (order.length > 0) {
        fit.steps.push('collapse');
        for (const i of order)
            if (fit.collapse(i) && fit.size() <= budget)
                return fit.result();
        fit.steps.push('drop');
        for (const i of order) {
            fit.drop(i);
            if (fit.size() <= budget)
                return fit.result();
        }
    }
    fit.steps.push('split');
    const { bodies, truncated } = paginate(fit.markerId, fit.blocks(), budget, maxParts, fit.elsewhere);
    if (truncated)
        fit.steps.push('truncate');
    return fit.result(bodies);
}
/** Whether `line` closes a fence opened with `fence`: up to three spaces, at least as many fence characters. */
function closesFence(line, fence) {
    const body = line.trimEnd();
    const indent = body.length - body.trimStart().length;
    const run = body.trimStart();
    return indent <= 3 && run.length >= fence.length && run === fence[0].repeat(run.length);
}
/** The text of the first `<summary>...</summary>` of a line (case-insensitive tags), found without backtracking. */
function summaryOf(line) {
    const lower = line.toLowerCase();
    const open = lower.indexOf('<summary>');
    if (open < 0)
        return undefined;
    const close = lower.indexOf('</summary>', open + 9);
    return close < 0 ? undefined : line.slice(open + 9, close);
}


/***/ }),

/***/ 9196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ splitDocNotes),
/* harmony export */   g_: () => (/* binding */ shortenReason)
/* harmony export */ });
/* unused harmony export DOC_NOTE_PREFIX */
/**
 * Each fact once, for node-impact reasons. The impact stage explains every pool on its own, so a change
 * that reaches three pools repeats the same reasons three times, and the "Docs differ" notes (where the
 * public documentation and the operator code disagree) with them. For output, pools with the same
 * actions and reasons share one entry, and the notes are pulled out to be shown once.
 */
/** How impact/decide.ts starts a note about the documentation (docNotes). */
const DOC_NOTE_PREFIX = 'Docs differ: ';
/** Pools grouped by identical actions and reasons (first-seen order), and the notes, each once. Pure. */
function splitDocNotes(pools) {
    const notes = [];
    const groups = new Map();
    for (const p of pools) {
        if (!p.reasons.length)
            continue;
        const reasons = [];
        for (const r of p.reasons) {
            if (!r.startsWith(DOC_NOTE_PREFIX))
                reasons.push(r);
            else if (!notes.includes(r.slice(DOC_NOTE_PREFIX.length)))
                notes.push(r.slice(DOC_NOTE_PREFIX.length));
        }
        const key = JSON.stringify([p.actions, reasons]);
        const g = groups.get(key);
        if (g)
            g.pools.push(p);
        else
            groups.set(key, { pools: [p], actions: p.actions, reasons });
    }
    return { pools: [...groups.values()], notes };
}
/**
 * A reason with a long parenthesised list ("not a safe change (a; b; … 630 entries)") keeps its first
 * `keep` items and says how many more there are: the comment and the terminal stay readable when a
 * change touches hundreds of registries; the job summary and the JSON keep every item.
 */
function shortenReason(reason, keep = 3) {
    const open = reason.indexOf('(');
    const close = reason.lastIndexOf(')');
    if (open < 0 || close < open)
        return reason;
    const items = reason.slice(open + 1, close).split('; ');
    if (items.length <= keep + 1)
        return reason;
    const shown = items.slice(0, keep).join('; ');
    return `${reason.slice(0, open + 1)}${shown}; … and ${items.length - keep} more${reason.slice(close)}`;
}


/***/ }),

/***/ 8374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ud: () => (/* binding */ foldFindings),
/* harmony export */   eq: () => (/* binding */ countGroups),
/* harmony export */   lp: () => (/* binding */ alsoAt)
/* harmony export */ });
/* unused harmony export EXPLAINS */
/**
 * Which findings follow from which. `scope: 'file'`: only a finding in the same file as the cause is
 * folded (the image configuration is one object in one file). Keep entries to facts a reviewer would
 * call "the same mistake": the folded findings stay visible, under the cause.
 */
const EXPLAINS = [
    {
        // MCO refuses the whole image configuration, which is what operator-rejects reports, and the
        // allowedRegistries checks judge a list that reaches no node until one of the two lists goes.
        cause: 'allowed-and-blocked',
        effects: [
            'operator-rejects',
            'allowed-registries-missing-required',
            'allowed-registries-missing-mirrors',
            'insecure-not-allowed'
        ],
        scope: 'file'
    },
    {
        // An upgrade that brings the payload's signature policy: the release-signature finding already says
        // that the mirrors of the release scopes are not known to carry signatures, and how to fix it.
        cause: 'upgrade-release-signatures',
        effects: ['signature-mirror-unsigned'],
        scope: 'file'
    }
];
const RANK = { error: 0, warning: 1, notice: 2 };
const CAUSE_RULES = new Set(EXPLAINS.map((e) => e.cause));
const EFFECT_RULES = new Set(EXPLAINS.flatMap((e) => e.effects));
/** Same rule, same subject (or, for rules that name none, the same words), same waiver state. */
function sameFactKey(f) {
    const subject = f.subject ?? `message:${f.message}`;
    return JSON.stringify([f.rule, subject, f.waived ? 'waived' : 'active']);
}
function groupRepeats(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = sameFactKey(f);
        const g = groups.get(key);
        if (g)
            g.push(f);
        else
            groups.set(key, [f]);
    }
    return [...groups.values()].map((all) => {
        let lead = all[0];
        for (const f of all)
            if (RANK[f.severity] < RANK[lead.severity])
                lead = f;
        const repeats = all.filter((f) => f !== lead && !(f.file === lead.file && f.line === lead.line));
        return { lead, repeats, consequences: [], severity: lead.severity };
    });
}
function explains(cause, effect) {
    if (cause.waived || effect.waived)
        return false;
    return EXPLAINS.some((e) => e.cause === cause.rule && e.effects.includes(effect.rule) && (e.scope === 'cluster' || cause.file === effect.file));
}
/** Folds findings for presentation: repeats merged, consequences under their cause. Order is kept. Pure. */
function foldFindings(findings) {
    const groups = groupRepeats(findings);
    const folded = new Set();
    // Only the few findings of a cause rule look for consequences, and only among effect rules: the pairs
    // loop stays linear in the findings (a plan with 20,000 findings folds in milliseconds, not seconds).
    const effects = groups.filter((g) => EFFECT_RULES.has(g.lead.rule));
    for (const cause of groups) {
        if (folded.has(cause) || !CAUSE_RULES.has(cause.lead.rule))
            continue;
        for (const effect of effects) {
            if (effect === cause || folded.has(effect) || effect.consequences.length > 0)
                continue;
            if (!explains(cause.lead, effect.lead))
                continue;
            cause.consequences.push(effect);
            folded.add(effect);
            if (RANK[effect.severity] < RANK[cause.severity])
                cause.severity = effect.severity;
        }
    }
    return groups.filter((g) => !folded.has(g));
}
/** Findings a reviewer reads as separate facts, by severity (waived ones left out). */
function countGroups(groups) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const g of groups)
        if (!g.lead.waived)
            counts[g.severity]++;
    return counts;
}
/** "also at a.yaml:8, b.yaml:3 and 2 more" for a group's repeats, or '' when there are none. */
function alsoAt(g, max = 3) {
    if (g.repeats.length === 0)
        return '';
    const places = g.repeats.map((f) => (f.line ? `${f.file}:${f.line}` : f.file));
    const shown = places.slice(0, max).join(', ');
    const more = places.length > max ? ` and ${places.length - max} more` : '';
    return `also at ${shown}${more}`;
}


/***/ }),

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ shouldGroup),
/* harmony export */   gr: () => (/* binding */ groupRegistryChanges)
/* harmony export */ });
/* unused harmony exports GROUP_THRESHOLD, classifyChange */
/** Lists up to this many registries stay as they are; longer ones are grouped. */
const GROUP_THRESHOLD = 20;
const EXAMPLES = 3;
const hostOf = (ref) => {
    const noScheme = ref.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const slash = noScheme.indexOf('/');
    return slash < 0 ? noScheme : noScheme.slice(0, slash);
};
/**
 * The kind and host of one summary line as diff/semantic.ts words it. Patterns are anchored and have no
 * nested quantifiers (linear time on repository text); a line of another shape is its own kind.
 */
function classifyChange(source, line) {
    let m = /^mirror (\S+) \(([^()]*)\) (added|removed)$/.exec(line);
    if (m)
        return { kind: `mirror ${m[3]} (${m[2]})`, host: hostOf(m[1]) };
    m = /^mirror (\S+): (.*)$/.exec(line);
    if (m)
        return { kind: `mirror: ${m[2]}`, host: hostOf(m[1]) };
    m = /^Windows: mirror host (\S+) (added|removed)/.exec(line);
    if (m)
        return { kind: `Windows: mirror host ${m[2]}`, host: hostOf(m[1]) };
    m = /^Windows: hosts\.toml (added|removed)/.exec(line);
    if (m)
        return { kind: `Windows: hosts.toml ${m[1]}`, host: hostOf(source) };
    m = /^mirrors reordered: /.exec(line);
    if (m)
        return { kind: 'mirrors reordered', host: hostOf(source) };
    return { kind: line, host: hostOf(source) };
}
/** Groups per-registry summary lines by kind of change and host; biggest groups first. Pure. */
function groupRegistryChanges(registries) {
    const groups = new Map();
    const seen = new Set();
    for (const r of registries) {
        for (const line of r.summary) {
            const { kind, host } = classifyChange(r.source, line);
            const key = JSON.stringify([kind, host]);
            let g = groups.get(key);
            if (!g) {
                g = { kind, host, sources: [], examples: [] };
                groups.set(key, g);
            }
            const member = JSON.stringify([key, r.source]);
            if (!seen.has(member)) {
                seen.add(member);
                g.sources.push(r.source);
            }
            if (g.examples.length < EXAMPLES)
                g.examples.push({ source: r.source, line });
        }
    }
    return [...groups.values()].sort((a, b) => b.sources.length - a.sources.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
/** True when the per-registry list is long enough that a reviewer wants it grouped. */
function shouldGroup(registries) {
    return registries.length > GROUP_THRESHOLD;
}


/***/ }),

/***/ 6335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   at: () => (/* binding */ at)
/* harmony export */ });
/** file:line of a finding or operator message ("(no file)" when it has none), for a terminal or a table. */
const at = (f) => f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(no file)';


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports neutralizeMentions, REDACTED */
/* harmony import */ var _redact_userinfo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2641);
/**
 * Text from manifests (names, registries, messages, diffs) ends up in a comment that GitHub renders as
 * Markdown with inline HTML, posted under the workflow's identity. Anything a pull request author wrote
 * must not be able to inject HTML, ping people or teams, or break out of a code span or block.
 */

const ZERO_WIDTH_SPACE = '\u200b';
/**
 * Breaks @user and @org/team mentions so GitHub does not notify anyone. GitHub only links a mention that
 * follows a non-word character, so the zero-width space after `@` is invisible and stops the link.
 * Idempotent: an already broken mention is not followed by a name character.
 */
function neutralizeMentions(text) {
    // A backtick before `@` does not protect it: escaped, it renders as a literal backtick and the mention
    // after it is live. Issue and pull request references (`#12`, `owner/repo#12`, `GH-12`) would link
    // and leave a back-reference in the referenced thread: a zero-width space after `#` or `GH-` stops them.
    return text
        .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_SPACE}`)
        .replace(/(#|\bGH-)(?=[0-9])/gi, `$1${ZERO_WIDTH_SPACE}`);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Markdown punctuation that can start emphasis, links, images, headings, lists, tables or code. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;
/**
 * Plain text for use in running Markdown: HTML is entity-escaped, Markdown punctuation is
 * backslash-escaped, line breaks become spaces (one line stays one line), mentions are broken.
 */
function escapeMarkdown(text) {
    const flat = text.replace(/\r\n?|\n/g, ' ');
    const html = flat.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c);
    return neutralizeMentions(html.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`));
}
/** Text for a Markdown table cell: escaped like running text, so `|` cannot open a new column. */
function escapeTableCell(text) {
    return escapeMarkdown(text);
}
/** Text for inside HTML elements such as `<summary>`, where Markdown is not rendered. */
function escapeHtml(text) {
    return neutralizeMentions(text.replace(/\r\n?|\n/g, ' ').replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c));
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    return longest;
}
/**
 * An inline code span that holds any text: the delimiter is one backtick longer than the longest run
 * inside, padded with spaces when the text starts or ends with a backtick (CommonMark strips one space
 * on each side). Code spans render neither HTML nor mentions.
 */
function inlineCode(text) {
    const flat = text.replace(/\r\n?|\n/g, ' ');
    if (flat === '')
        return '` `';
    const fence = '`'.repeat(longestBacktickRun(flat) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '')
        ? ' '
        : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A fenced code block that no line of `text` can close early: the fence outgrows every backtick run. */
function codeBlock(text, language = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${fence}${language}\n${body}${fence}`;
}
const REDACTED = '***';
/**
 * Credentials that can reach rendered node files or manifests: pull-secret auths (JSON or YAML, plain or
 * inside a base64 `.dockerconfigjson`), HTTP Authorization headers, URL user-info passwords, and
 * GitHub / registry tokens. Each rule keeps the key so a reviewer can see *what* was hidden.
 */
const REDACTIONS = [
    // Authorization headers, in TOML, YAML or raw header form. Prose such as "Basic authentication" is
    // left alone: a Basic credential must decode to user:password, a bearer token must look like one.
    {
        pattern: /\b(Basic|Bearer)([ \t]+)([A-Za-z0-9+/=._~-]{8,})/gi,
        replace: (m, scheme, sp, value) => (looksLikeCredential(scheme, value) ? `${scheme}${sp}${REDACTED}` : m)
    },
    {
        pattern: /(Authorization\s*[:=]\s*["']?token[ \t]+)([A-Za-z0-9._~+/=-]{8,})/gi,
        replace: (_m, pre) => `${pre}${REDACTED}`
    },
    // "auth"/"password"/"identitytoken"/"registrytoken" values in dockerconfigjson (JSON).
    {
        pattern: /("(?:auth|password|identitytoken|registrytoken|token)"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi,
        replace: (_m, pre, value, post) => (value === '' ? `${pre}${post}` : `${pre}${REDACTED}${post}`)
    },
    // The same keys in YAML (stringData) form.
    // (The value is taken apart in code: a single pattern for quotes and trailing blanks backtracks
    // polynomially on long runs.)
    {
        pattern: /^([ \t]*(?:auth|password|identitytoken|registrytoken)[ \t]*:[ \t]*)([^\n]*)$/gim,
        replace: (m, pre, rest) => redactYamlValue(m, pre, rest)
    },
    // A whole base64 pull secret under .dockerconfigjson / .dockercfg (Secret data).
    {
        pattern: /(\.docker(?:configjson|cfg)"?\s*:\s*["']?)([A-Za-z0-9+/=]{16,})/g,
        replace: (_m, pre) => `${pre}${REDACTED}`
    },
    // GitHub tokens (classic, fine-grained, app installation, OAuth).
    { pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, replace: () => REDACTED }
];
/** `key: value` with the value redacted, unless it is empty, a comment, or not one plain or quoted scalar. */
function redactYamlValue(whole, pre, rest) {
    let end = rest.length;
    while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '\t' || rest[end - 1] === '\r'))
        end--;
    const v = rest.slice(0, end);
    if (v === '' || v[0] === '#' || v[0] === ' ' || v[0] === '\t')
        return whole;
    const q = v[0] === '"' || v[0] === "'" ? v[0] : '';
    const inner = q ? v.slice(1, -1) : v;
    if ((q && (v.length < 2 || !v.endsWith(q))) || /["']/.test(inner))
        return whole;
    return `${pre}${q}${REDACTED}${q}${rest.slice(end).includes('\r') ? '\r' : ''}`;
}
function looksLikeCredential(scheme, value) {
    if (scheme.toLowerCase() === 'basic') {
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value))
            return false;
        return Buffer.from(value, 'base64').toString('utf8').includes(':');
    }
    return /[0-9]/.test(value) || /[._~+/=-]/.test(value) || value.length >= 20;
}
/** Replaces credentials in text with `***`; idempotent. */
function redactSecrets(text) {
    let out = text;
    for (const r of REDACTIONS) {
        out = out.replace(r.pattern, (...args) => {
            const groups = args
                .slice(0, -2)
                .filter((a) => typeof a === 'string' || a === undefined)
                .map((a) => a ?? '');
            return r.replace(...groups);
        });
    }
    // user:password@host, with or without a scheme (one linear scan, shared with the plan report).
    return (0,_redact_userinfo_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUserinfo */ .PM)(out);
}


/***/ }),

/***/ 5900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S5: () => (/* binding */ clusterComment),
  L2: () => (/* binding */ clusterReport),
  MZ: () => (/* binding */ codeCell),
  Xv: () => (/* binding */ configLine),
  Bv: () => (/* binding */ configSections),
  Xg: () => (/* binding */ planMarkdown)
});

// UNUSED EXPORTS: CAUSE, CLUSTER_SECTIONS, headline

// EXTERNAL MODULE: ./src/report/pull-check-lines.ts
var pull_check_lines = __webpack_require__(2304);
// EXTERNAL MODULE: ./src/model/rule-catalog.ts
var rule_catalog = __webpack_require__(1141);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/fold-findings.ts
var fold_findings = __webpack_require__(8374);
// EXTERNAL MODULE: ./src/report/group-registries.ts
var group_registries = __webpack_require__(257);
// EXTERNAL MODULE: ./src/report/timeline.ts
var report_timeline = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/report/mermaid.ts

/**
 * Mermaid `gantt` text for a rollout timeline. GitHub renders ```mermaid blocks in comments, job
 * summaries and markdown files; the repository names the pools, so every name goes through
 * escapeMermaidText before it reaches the diagram.
 *
 * What Mermaid's gantt lexer (jison, mermaid 12 `gantt.jison`) accepts in a task line: the task text runs
 * up to the first `:` or line break, and is tried only after the keyword rules (`section `, `title `,
 * `click `, `dateFormat `, a leading `%` comment, a leading date, ...); the task data after `:` stops at
 * `#` or `;`. Mermaid decodes `#<code>;` entity codes when it draws the text, which is how a label shows
 * characters the grammar reserves.
 */
/** Characters a label keeps as they are; every other character becomes an entity code. */
const PLAIN = /^[A-Za-z0-9 ._/,()+=-]$/u;
/** Lexer rules that win over task text when a line starts with them (case-insensitive in the grammar). */
const KEYWORD_START = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|acctitle|accdescr|section|click|call|href|vert)/i;
const entity = (ch) => `#${ch.codePointAt(0)};`;
/**
 * Text for a Mermaid gantt task name that shows exactly `text` and cannot end the task, start a comment,
 * directive or keyword, or add a line: characters outside a small plain set (including `:`, `#`, `;`,
 * `%`, quotes, backticks, `<`, `>`, line breaks and every non-ASCII character) become `#<code>;`, and the
 * first character is encoded too when the line would otherwise start with a keyword, a digit or a space.
 * At most `maxChars` characters are kept (then `…`), so a long name cannot swamp the chart.
 */
function escapeMermaidText(text, maxChars = 48) {
    let chars = [...text];
    if (chars.length > maxChars)
        chars = [...chars.slice(0, maxChars - 1), '…'];
    if (chars.length === 0)
        return 'unnamed';
    const out = chars.map((ch) => (PLAIN.test(ch) ? ch : entity(ch)));
    const first = chars[0];
    if (!/^[A-Za-z]$/.test(first) || KEYWORD_START.test(chars.join('')))
        out[0] = entity(first);
    return out.join('');
}
/** Fixed origin for the chart's clock; the axis shows elapsed time from 00:00. */
const ORIGIN_MS = Date.UTC(2000, 0, 1);
/** "2000-01-01 01:03:00" for an offset in seconds (Mermaid parses it in the viewer's zone, as local time). */
function at(seconds) {
    const d = new Date(ORIGIN_MS + Math.round(seconds) * 1000);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
function label(p) {
    const name = escapeMermaidText(p.pool);
    const what = `${(0,report_timeline/* phaseAction */.IE)(p)}, ${(0,report_timeline/* phaseShape */.lk)(p)}`;
    if (p.held)
        return `${name} - paused, held (${what}, ${(0,report_timeline/* formatMinutes */.dp)(p.minutes)} once unpaused)`;
    return `${name} - ${what}, ${(0,report_timeline/* formatMinutes */.dp)(p.minutes)}`;
}
function tag(p) {
    if (p.held)
        return 'milestone, ';
    if (p.action === 'reboot')
        return 'crit, ';
    if (p.action === 'drain')
        return 'active, ';
    return '';
}
function taskLine(p, id) {
    const seconds = p.held ? 0 : Math.max(1, Math.round(p.minutes * 60));
    return `    ${label(p)} :${tag(p)}${id}, ${at(p.start * 60)}, ${seconds}s`;
}
/**
 * The gantt chart, or '' when nothing rolls out. One row per pool (Linux pools in one section, since MCO
 * updates them at the same time), the Windows pass in its own section, a paused pool as a milestone that
 * does not progress, and the total as a closing milestone.
 */
function mermaidGantt(t) {
    if (t.phases.length === 0)
        return '';
    const totalSeconds = Math.round(t.totalMinutes * 60);
    const lines = [
        'gantt',
        `    title Rollout estimate, about ${(0,report_timeline/* formatMinutes */.dp)(t.totalMinutes)}${t.parallel.length > 1 ? ', pools in parallel' : ''}`,
        '    dateFormat YYYY-MM-DD HH:mm:ss',
        `    axisFormat ${totalSeconds >= 86_400 ? 'day %-j %H:%M' : '%H:%M'}`,
        '    todayMarker off'
    ];
    const linux = t.phases.filter((p) => p.os === 'linux');
    const windows = t.phases.filter((p) => p.os === 'windows');
    if (linux.length) {
        lines.push('    section Linux');
        linux.forEach((p, i) => lines.push(taskLine(p, `pool${i + 1}`)));
    }
    if (windows.length) {
        lines.push('    section Windows');
        windows.forEach((p, i) => lines.push(taskLine(p, `win${i + 1}`)));
    }
    lines.push('    section Total');
    lines.push(`    done after about ${(0,report_timeline/* formatMinutes */.dp)(t.totalMinutes)} :milestone, total, ${at(totalSeconds)}, 0s`);
    return lines.join('\n') + '\n';
}
/** The chart as a fenced block for markdown; the diagram never holds a backtick, so three always close it. */
function mermaidBlock(t) {
    const chart = mermaidGantt(t);
    return chart === '' ? '' : '```mermaid\n' + chart + '```\n';
}

// EXTERNAL MODULE: ./src/report/doc-notes.ts
var doc_notes = __webpack_require__(9196);
// EXTERNAL MODULE: ./src/report/location.ts
var report_location = __webpack_require__(6335);
;// CONCATENATED MODULE: ./src/report/markdown.ts









/**
 * The markdown report: the PR comment (one per cluster, fitted into GitHub's limit by comment-body.ts)
 * and the job summary / `--format markdown` (every section, in full). What a busy reviewer needs comes
 * first and is never cut: the verdict, the one thing to fix, how long the rollout takes and which pools
 * go at once. Everything after it is a list of sections (CLUSTER_SECTIONS) that a new check adds to.
 */
const VERDICT = {
    pass: '✅ **pass**',
    fail: '❌ **fail**',
    'cannot-evaluate': '⛔ **cannot evaluate**'
};
const DISRUPTION = {
    none: 'no action',
    reload: 'CRI-O reload',
    restart: 'CRI-O restart',
    drain: 'drain + CRI-O reload',
    reboot: 'drain + reboot'
};
const ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };
const cell = (s) => (0,markdown_escape/* escapeTableCell */.aL)((0,markdown_escape/* redactSecrets */.fp)(s));
/** A code span inside a table cell: GFM splits cells at `|` even inside code spans unless it is escaped. */
const codeCell = (s) => (0,markdown_escape/* inlineCode */.ti)(s).replace(/\|/g, '\\|');
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Where the comment sends a reader for what it leaves out. */
const ELSEWHERE = 'the job summary and the JSON report';
/** A diff longer than this is not put into the comment (the job summary has it). */
const COMMENT_DIFF_LIMIT = 6_000;
/** Workload rows shown in the comment; the rest are in the job summary. */
const COMMENT_WORKLOAD_ROWS = 15;
/** Groups of registry changes shown in the comment. */
const COMMENT_GROUP_ROWS = 30;
/** Examples per group of registry changes. */
const GROUP_EXAMPLES = 3;
const VERDICT_RANK = { pass: 0, fail: 1, 'cannot-evaluate': 2 };
const worse = (a, b) => (VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a);
function poolRow(p) {
    const action = p.paused ? `${DISRUPTION[p.disruption]} (held: pool paused)` : DISRUPTION[p.disruption];
    const est = p.nodes === 0 || p.disruption === 'none'
        ? '—'
        : `${p.estimate.minutes} min (${plural(p.estimate.batches, 'batch', 'batches')})`;
    return `| ${cell(p.name)} | ${p.nodes}${p.nodesFrom === 'assumed' ? ' (assumed)' : ''} | ${p.maxUnavailable} | ${action} | ${p.drain ? 'yes' : 'no'} | ${p.reboot ? 'yes' : 'no'} | ${est} |`;
}
/**
 * The one thing to fix: the first error (or, when warnings fail the check, the first warning), as its
 * rule's one-line summary and place; the finding's own words are in the table below, once.
 */
function fixFirst(c, groups) {
    const active = groups.filter((g) => !g.lead.waived);
    const first = active.find((g) => g.lead.severity === 'error') ??
        (c.verdict !== 'pass' ? active.find((g) => g.lead.severity === 'warning') : undefined);
    if (!first)
        return '';
    const f = first.lead;
    const summary = rule_catalog/* RULES_BY_ID */.kF.get(f.rule)?.summary ?? 'see the finding below';
    const more = first.consequences.length
        ? `; ${plural(first.consequences.length, 'more finding follows', 'more findings follow')} from it`
        : '';
    return `**Fix first:** ${ICON[f.severity]} [${(0,markdown_escape/* inlineCode */.ti)(f.rule)}](${(0,rule_catalog/* ruleDocUrl */.Cg)(f.rule)}) at ${(0,markdown_escape/* escapeMarkdown */.FV)((0,report_location.at)(f))}: ${(0,markdown_escape/* escapeMarkdown */.FV)(summary)}${more}.`;
}
function impactTable(c) {
    const lines = [
        '| pool | nodes | maxUnavailable | action | drain | reboot | estimate |',
        '|---|---|---|---|---|---|---|'
    ];
    for (const p of c.pools)
        lines.push(poolRow(p));
    if (c.windows.nodes > 0 || c.windows.changed) {
        const est = c.windows.changed
            ? `${c.windows.estimate.minutes} min (${plural(c.windows.passes, 'pass', 'passes')}, sequential)`
            : '—';
        lines.push(`| Windows (WMCO) | ${c.windows.nodes} | 1 (sequential) | ${c.windows.changed ? 'hosts.toml replaced node by node' : 'no change'} | no | no | ${est} |`);
    }
    return lines;
}
/**
 * The estimate's constants and per-pool arithmetic, one click away from the chart. The estimate texts
 * are sentences of `; `-separated parts; parts every pool shares (the timing constants) are shown once.
 */
function assumptions(c) {
    const texts = c.pools
        .filter((p) => p.nodes > 0 && p.disruption !== 'none')
        .map((p) => [p.name, p.estimate.assumptions]);
    const parts = texts.map(([, t]) => t.replace(/\.$/, '').split('; '));
    const common = parts.length > 1 ? parts[0].filter((x) => parts.every((ps) => ps.includes(x))) : [];
    const lines = texts.map(([name], i) => `- **${(0,markdown_escape/* escapeMarkdown */.FV)(name)}**: ${(0,markdown_escape/* escapeMarkdown */.FV)(parts[i].filter((x) => !common.includes(x)).join('; '))}.`);
    if (c.windows.changed && c.windows.nodes > 0)
        lines.push(`- **Windows**: ${(0,markdown_escape/* escapeMarkdown */.FV)(c.windows.estimate.assumptions)}`);
    if (!lines.length)
        return '';
    const shared = common.length ? `${(0,markdown_escape/* escapeMarkdown */.FV)(common.join('; '))}.\n\n` : '';
    return `<details><summary>How the estimate is made (minutes per drain, reboot, reload, Windows node)</summary>\n\n${shared}${lines.join('\n')}\n\n</details>`;
}
const tallyOf = (findings) => {
    const counts = (0,fold_findings/* countGroups */.eq)((0,fold_findings/* foldFindings */.Ud)(findings));
    return ['error', 'warning', 'notice'].map((s) => plural(counts[s], s)).join(', ');
};
/** The configuration file's path for headings. */
const configPath = (change) => change.diff?.path ?? change.findings[0]?.file ?? 'the configuration file';
/**
 * One line under a cluster's headline: the pull request also changes the gate's configuration. Its
 * findings are the run's, so they are named here but not added to the cluster's tally.
 */
function configLine(change) {
    const path = (0,markdown_escape/* inlineCode */.ti)(configPath(change));
    if (!change.findings.length)
        return `> The pull request changes the configuration file ${path}; the base's file stays in force, and the change does not loosen the gate.`;
    return `> **The pull request changes the gate's configuration** (${path}): ${VERDICT[change.verdict]} (${tallyOf(change.findings)}). These findings are the run's, for every cluster: listed once and counted once.`;
}
/** Verdict, the one thing to fix, the rollout at a glance: what a reviewer must see even when all else is cut. */
function headline(c, clusterLabel, change) {
    const groups = (0,fold_findings/* foldFindings */.Ud)(c.findings);
    const name = clusterLabel ? ` — cluster ${(0,markdown_escape/* inlineCode */.ti)(c.name)}` : '';
    const verdict = change ? worse(c.verdict, change.verdict) : c.verdict;
    const lines = [`### registry-plan${name}: ${VERDICT[verdict]}`, ''];
    const version = c.upgrade
        ? `OpenShift ${c.upgrade.from} → ${c.upgrade.to} (upgrade)`
        : `OpenShift ${c.openshiftVersion}${c.openshiftVersionFrom ? ` (${(0,markdown_escape/* escapeMarkdown */.FV)(c.openshiftVersionFrom)})` : ''}`;
    lines.push(`${version} · ${c.changed ? 'node configuration changes' : 'no change to node configuration'} · ${tallyOf(c.findings)}`);
    if (c.upgrade)
        lines.push('', `> **This change updates OpenShift ${c.upgrade.from} → ${c.upgrade.to}.** The update itself drains and reboots every pool (the platform's rollout); the pull-configuration changes below ride along on it. What each part would cost alone is under "Upgrade".`);
    if (change)
        lines.push('', configLine(change));
    const fix = fixFirst(c, groups);
    if (fix)
        lines.push('', fix);
    for (const e of c.head.errors.filter((x) => x.component !== 'input'))
        lines.push('', `> **${e.component.toUpperCase()} would reject the head side:** ${(0,markdown_escape/* escapeMarkdown */.FV)(e.message)} (${(0,markdown_escape/* escapeMarkdown */.FV)((0,report_location.at)(e))}). Nodes keep their current files.`);
    if (!c.changed)
        return lines.join('\n') + '\n';
    const timeline = (0,report_timeline/* rolloutTimeline */.jR)(c);
    const sentence = (0,report_timeline/* rolloutSentence */.Vv)(timeline, (n) => (0,markdown_escape/* inlineCode */.ti)(n));
    if (sentence)
        lines.push('', `**${sentence}**`);
    lines.push('', ...impactTable(c));
    const chart = mermaidBlock(timeline);
    if (chart)
        lines.push('', chart.trimEnd());
    const how = assumptions(c);
    if (how)
        lines.push('', how);
    return lines.join('\n') + '\n';
}
const DOC_NOTES_TITLE = 'Where the documentation differs from the operator code';
function groupRow(g) {
    const waived = g.lead.waived
        ? ` _(waived: ${cell(g.lead.waived.reason)}, ${cell(g.lead.waived.owner)}, until ${g.lead.waived.expires})_`
        : '';
    const also = (0,fold_findings/* alsoAt */.lp)(g) ? ` _(${(0,markdown_escape/* escapeMarkdown */.FV)((0,fold_findings/* alsoAt */.lp)(g))})_` : '';
    const because = g.consequences.length
        ? `<br>**Because of the above:** ${g.consequences
            .map((x) => `${codeCell(x.lead.rule)} ${cell(x.lead.message)} (${cell((0,report_location.at)(x.lead))})`)
            .join('<br>')}`
        : '';
    return `| ${ICON[g.severity]} ${g.severity} | [${(0,markdown_escape/* inlineCode */.ti)(g.lead.rule)}](${(0,rule_catalog/* ruleDocUrl */.Cg)(g.lead.rule)}) | ${cell(g.lead.message)}${also}${waived}${because} | ${cell((0,report_location.at)(g.lead))} |`;
}
function findingsTable(groups) {
    return groups.length
        ? ['| severity | rule | finding | where |', '|---|---|---|---|', ...groups.map(groupRow)].join('\n') + '\n'
        : 'No findings.\n';
}
/**
 * The pull request's change to the configuration file: its findings (the run's, for every cluster) and
 * the file base → head. The head's file is not in force (the base's is); the diff shows what it would
 * change.
 */
function configSections(change, ctx) {
    const path = configPath(change);
    const out = [];
    if (change.findings.length)
        out.push({
            title: `Configuration change (${(0,markdown_escape/* inlineCode */.ti)(path)}): for every cluster, counted once`,
            body: findingsTable((0,fold_findings/* foldFindings */.Ud)(change.findings)),
            collapsible: false,
            priority: 0
        });
    const d = change.diff;
    if (d) {
        const diff = (0,markdown_escape/* redactSecrets */.fp)(d.diff);
        const more = d.omittedLines ? `\n\n${plural(d.omittedLines, 'more line')} of the diff not shown.` : '';
        out.push({
            title: `⚙️ ${(0,markdown_escape/* escapeHtml */.ZD)(path)}: the head's configuration, base → head (the base's is in force)`,
            body: ctx.full || diff.length <= COMMENT_DIFF_LIMIT
                ? (0,markdown_escape/* codeBlock */.DV)(diff, 'diff') + more
                : `${sectionStatLine(diff)}: too long for the comment, see ${ELSEWHERE}.`,
            collapsible: true,
            priority: 9
        });
    }
    return out;
}
function sectionStatLine(diff) {
    const lines = diff.split('\n');
    const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
    const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
    return `+${added} −${removed} lines`;
}
const findingsSection = (c) => {
    const groups = (0,fold_findings/* foldFindings */.Ud)(c.findings);
    const active = groups.filter((g) => !g.lead.waived).length;
    const waived = groups.length - active;
    const body = findingsTable(groups);
    return [
        {
            title: `Findings (${active}${waived ? `, ${waived} waived` : ''})`,
            body,
            collapsible: false,
            priority: 0
        }
    ];
};
/** What changes a file in an upgrade, in words. */
const CAUSE = {
    upgrade: 'caused by the upgrade',
    manifests: 'caused by the edited manifests',
    both: 'caused by the upgrade and the edited manifests'
};
const costCells = (cs) => new Map(cs.map((x) => [x.pool, `${DISRUPTION[x.disruption]} (${x.actions.join(', ')})`]));
/** The upgrade: each side's version and source, the platform's reboot, and each half's cost per pool. */
const upgradeSection = (c) => {
    const u = c.upgrade;
    if (!u)
        return [];
    const files = u.files.length
        ? u.files.map((f) => `- ${(0,markdown_escape/* inlineCode */.ti)(f.path)} (${f.change}${f.pools ? `, pools ${(0,markdown_escape/* escapeMarkdown */.FV)(f.pools.join(', '))}` : ''})`)
        : ['- none: the new release writes the same pull configuration for these manifests'];
    const alone = costCells(u.impactAlone);
    const manifests = costCells(u.manifestImpact);
    const pools = [...new Set([...alone.keys(), ...manifests.keys()])];
    const table = pools.length
        ? [
            '',
            "| pool | the upgrade's files alone | the edited manifests alone |",
            '|---|---|---|',
            ...pools.map((p) => `| ${cell(p)} | ${alone.get(p) ?? '—'} | ${manifests.get(p) ?? 'no change'} |`)
        ]
        : [];
    const body = [
        `- base at **${u.from}**: ${(0,markdown_escape/* escapeMarkdown */.FV)(u.fromSource)}`,
        `- head at **${u.to}**: ${(0,markdown_escape/* escapeMarkdown */.FV)(u.toSource)}`,
        '',
        (0,markdown_escape/* escapeMarkdown */.FV)(u.note),
        '',
        `Node files the new release changes by itself (${CAUSE.upgrade}):`,
        '',
        ...files,
        ...table
    ].join('\n');
    return [{ title: `Upgrade ${u.from} → ${u.to}`, body: body + '\n', collapsible: false, priority: 1 }];
};
function registryList(c) {
    return (c.registries
        .map((r) => `- ${(0,markdown_escape/* inlineCode */.ti)(r.source)}\n${r.summary.map((s) => `  - ${(0,markdown_escape/* escapeMarkdown */.FV)(s)}`).join('\n')}`)
        .join('\n') + '\n');
}
function registryGroups(c, full) {
    const all = (0,group_registries/* groupRegistryChanges */.gr)(c.registries);
    // The comment shows the biggest groups; the job summary shows them all (and every registry).
    const groups = full ? all : all.slice(0, COMMENT_GROUP_ROWS);
    const rows = groups.map((g) => {
        const shown = g.sources.slice(0, GROUP_EXAMPLES).map((s) => codeCell(s));
        const more = g.sources.length > GROUP_EXAMPLES ? `, … ${g.sources.length - GROUP_EXAMPLES} more` : '';
        return `| ${cell(g.kind)} | ${codeCell(g.host)} | ${g.sources.length} | ${shown.join(', ')}${more} |`;
    });
    const intro = `${plural(c.registries.length, 'source registry', 'source registries')} change, grouped by kind of change and host${full ? '; every registry is listed below' : `; every registry is listed in ${ELSEWHERE}`}.`;
    const rest = all.length - groups.length;
    const more = rest > 0 ? ['', `${plural(rest, 'more group')} in ${ELSEWHERE}.`] : [];
    return ([intro, '', '| change | host | registries | for example |', '|---|---|---|---|', ...rows, ...more].join('\n') + '\n');
}
const registriesSection = (c, ctx) => {
    if (!c.changed)
        return [];
    if (!c.registries.length)
        return [
            { title: 'What changes, per registry', body: 'No registry changes on nodes.\n', collapsible: false, priority: 1 }
        ];
    if (!(0,group_registries/* shouldGroup */.JE)(c.registries))
        return [{ title: 'What changes, per registry', body: registryList(c), collapsible: false, priority: 1 }];
    const out = [
        { title: 'What changes, per registry', body: registryGroups(c, ctx.full), collapsible: false, priority: 1 }
    ];
    if (ctx.full)
        out.push({
            title: `Every registry (${c.registries.length})`,
            body: registryList(c),
            collapsible: true,
            priority: 4
        });
    return out;
};
const reasonsSection = (c, ctx) => {
    const reason = (r) => (0,markdown_escape/* escapeMarkdown */.FV)(ctx.full ? r : (0,doc_notes/* shortenReason */.g_)(r));
    if (!c.changed)
        return [];
    const { pools, notes } = (0,doc_notes/* splitDocNotes */.Mv)(c.pools);
    const out = [];
    for (const g of pools) {
        const names = g.pools.map((p) => `**${(0,markdown_escape/* escapeMarkdown */.FV)(p.name)}**`).join(', ');
        out.push(`${names} (${(0,markdown_escape/* escapeMarkdown */.FV)(g.actions.join(', '))}):`);
        for (const r of g.reasons)
            out.push(`- ${reason(r)}`);
    }
    if (c.windows.changed) {
        out.push('**Windows**:');
        for (const r of c.windows.reasons)
            out.push(`- ${reason(r)}`);
    }
    const sections = [];
    if (out.length)
        sections.push({ title: 'Why: node impact reasons', body: out.join('\n') + '\n', collapsible: true, priority: 2 });
    if (notes.length)
        sections.push({
            title: DOC_NOTES_TITLE,
            body: notes.map((n) => `- ${(0,markdown_escape/* escapeMarkdown */.FV)(n)}`).join('\n') + '\n',
            collapsible: true,
            priority: 5
        });
    return sections;
};
function workloadRow(w, withCheck) {
    const route = (eps) => eps.map((e) => codeCell(e)).join(' → ') || '—';
    const pullable = w.pullable ? 'yes' : `**no**${w.note ? `: ${cell(w.note)}` : ''}`;
    const who = w.source ? `platform: ${cell(w.source.object)} ${(0,markdown_escape/* inlineCode */.ti)(w.source.field)}` : cell(w.workload);
    const check = withCheck ? ` ${w.check ? (0,pull_check_lines/* checkPhrase */.wS)(w.check, markdown_escape/* inlineCode */.ti, cell) : '—'} |` : '';
    return `| ${codeCell(w.image)} | ${who} (${cell((0,report_location.at)(w))}) | ${w.os}${w.pools ? ` (pool ${cell(w.pools.join(', '))})` : ''} | ${route(w.before)} | ${route(w.after)} | ${pullable} |${check}`;
}
/** What --check-pulls found beyond the changed routes: a count line, and unchanged routes not served. */
function pullCheckTail(c) {
    const count = (0,pull_check_lines/* checkCountLine */.QZ)(c);
    const unclean = (0,pull_check_lines/* uncleanUnchanged */.Y7)(c).map((w) => `- ${(0,markdown_escape/* inlineCode */.ti)(w.image)} (${cell(w.workload)}, ${cell((0,report_location.at)(w))}): ${(0,pull_check_lines/* checkPhrase */.wS)(w.check, markdown_escape/* inlineCode */.ti, cell)}`);
    return [
        ...(count ? ['', (0,markdown_escape/* escapeMarkdown */.FV)(count)] : []),
        ...(unclean.length ? ['', 'Unchanged routes whose image is not served:', ...unclean] : [])
    ];
}
const workloadsSection = (c, ctx) => {
    if (!c.changed)
        return [];
    const title = 'Workload image pulls';
    if (!c.workloads.length)
        return [
            {
                title,
                body: [
                    `No workload image pulls differently (${c.workloadsUnchanged} image reference(s) checked).`,
                    ...pullCheckTail(c)
                ].join('\n') + '\n',
                collapsible: false,
                priority: 3
            }
        ];
    // Unpullable images first: they are what breaks.
    const sorted = [...c.workloads].sort((a, b) => Number(a.pullable) - Number(b.pullable));
    const shown = ctx.full ? sorted : sorted.slice(0, COMMENT_WORKLOAD_ROWS);
    const rest = sorted.length - shown.length;
    const withCheck = c.workloads.some((w) => w.check);
    const body = [
        `${c.workloads.length} workload image reference(s) pull differently; ${c.workloadsUnchanged} unchanged.`,
        '',
        `| image | workload | nodes | before | after | pullable |${withCheck ? ' registries say |' : ''}`,
        `|---|---|---|---|---|---|${withCheck ? '---|' : ''}`,
        ...shown.map((w) => workloadRow(w, withCheck)),
        ...(rest > 0 ? ['', `${rest} more in ${ELSEWHERE}.`] : []),
        ...pullCheckTail(c)
    ].join('\n');
    return [{ title, body: body + '\n', collapsible: c.workloads.length > 20, priority: 3 }];
};
const fileDiffSections = (c, ctx) => {
    if (!c.changed)
        return [];
    // Without Windows nodes the hosts.toml files reach no node; they stay in the JSON, not in the comment.
    const files = c.files.filter((x) => x.change !== 'unchanged' && (x.node === 'linux' || c.windows.nodes > 0));
    return files.map((f) => {
        const diff = (0,markdown_escape/* redactSecrets */.fp)(f.diff);
        const lines = diff.split('\n');
        const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
        const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
        const body = ctx.full || diff.length <= COMMENT_DIFF_LIMIT
            ? (0,markdown_escape/* codeBlock */.DV)(diff, 'diff')
            : `+${added} −${removed} lines: too long for the comment, see ${ELSEWHERE}.`;
        return {
            title: `${f.node === 'linux' ? '🐧' : '🪟'} ${(0,markdown_escape/* escapeHtml */.ZD)(f.title ?? `${f.path} (${f.change})`)}${f.cause ? ` — ${CAUSE[f.cause]}` : ''}`,
            body,
            collapsible: true,
            priority: 10
        };
    });
};
/** Every section after the headline, in reading order. */
const CLUSTER_SECTIONS = [
    findingsSection,
    upgradeSection,
    registriesSection,
    reasonsSection,
    workloadsSection,
    fileDiffSections
];
/** The structure of one cluster's report: headline plus sections. */
function clusterReport(c, ctx) {
    const change = ctx.configSections && ctx.configChange ? configSections(ctx.configChange, ctx) : [];
    return {
        marker: c.name,
        headline: headline(c, ctx.clusterLabel, ctx.configChange),
        sections: [...change, ...CLUSTER_SECTIONS.flatMap((build) => build(c, ctx))]
    };
}
/**
 * The PR comment's structure for one cluster (fitted into GitHub's limit by fitComment). Each cluster's
 * comment is a place the verdict appears, so each shows the configuration change too.
 */
function clusterComment(c, clusterLabel, change) {
    return clusterReport(c, { full: false, clusterLabel, configChange: change, configSections: true });
}
function renderSection(s) {
    return s.collapsible
        ? `<details><summary>${s.title}</summary>\n\n${s.body}\n</details>\n`
        : `#### ${s.title}\n\n${s.body}`;
}
/** Full markdown (job summary, `--format markdown`): every section, details collapsed. */
function planMarkdown(report, implicitCluster) {
    const out = [];
    if (!implicitCluster) {
        out.push(`## registry-plan: ${VERDICT[report.verdict]} across ${plural(report.clusters.length, 'cluster')}`, '');
    }
    // The configuration change once per report: under the fleet's heading, or the one cluster's headline.
    const change = report.configChange;
    const changeSections = change ? configSections(change, { full: true }).map(renderSection) : [];
    if (!implicitCluster)
        out.push(...changeSections);
    // Each documentation note once per report, however many clusters it applies to.
    const notes = [];
    for (const c of report.clusters) {
        const cr = clusterReport(c, { full: true, clusterLabel: !implicitCluster, configChange: change });
        out.push(cr.headline);
        if (implicitCluster)
            out.push(...changeSections.splice(0));
        for (const s of cr.sections) {
            if (s.title !== DOC_NOTES_TITLE)
                out.push(renderSection(s));
            else
                for (const line of s.body.split('\n'))
                    if (line && !notes.includes(line))
                        notes.push(line);
        }
    }
    if (notes.length)
        out.push(renderSection({ title: DOC_NOTES_TITLE, body: notes.join('\n') + '\n', collapsible: true, priority: 5 }));
    return out.join('\n');
}


/***/ }),

/***/ 2304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ checkCountLine),
/* harmony export */   Y7: () => (/* binding */ uncleanUnchanged),
/* harmony export */   kO: () => (/* binding */ checkPullsNotes),
/* harmony export */   wS: () => (/* binding */ checkPhrase)
/* harmony export */ });
/** "served by m/app (mirror)", "missing (asked m1/app, m2/app)", "unreachable: m/app: connection refused" */
function checkPhrase(c, code = (s) => s, text = (s) => s) {
    const by = c.by === 'tag' ? ' (tag checked)' : '';
    switch (c.result) {
        case 'served':
            return `served by ${code(c.from ?? '?')}${c.fromMirror === false ? ' (the source, not a mirror)' : ''}${by}`;
        case 'missing':
            return `missing (asked ${c.tried.map(code).join(', ') || 'nothing'})${by}`;
        default:
            return `${c.result}${c.detail ? `: ${text(c.detail)}` : ''}${by}`;
    }
}
const checked = (c) => [...c.workloads, ...(c.checkedUnchanged ?? [])].filter((w) => !!w.check);
/** "Pulls checked: 12 references, 10 served, 1 missing, 1 unreachable." or undefined without a check. */
function checkCountLine(c) {
    const all = checked(c);
    if (!all.length)
        return undefined;
    const order = ['served', 'missing', 'denied', 'unreachable', 'not-checked'];
    const counts = order
        .map((r) => [r, all.filter((w) => w.check.result === r).length])
        .filter(([, n]) => n > 0)
        .map(([r, n]) => `${n} ${r}`);
    return `Pulls checked against the registries (head side): ${all.length} reference(s), ${counts.join(', ')}.`;
}
/** Checked references whose route did not change but whose answer is not "served by a mirror or as routed". */
function uncleanUnchanged(c) {
    return (c.checkedUnchanged ?? []).filter((w) => !!w.check && w.check.result !== 'served');
}
/** What the pull check could not do, for stderr and the action log: a missing client is never a silent skip. */
function checkPullsNotes(report) {
    const cp = report.checkPulls;
    if (!cp)
        return [];
    return [
        ...cp.notChecked,
        ...cp.unreachable.map((u) => `check-pulls: ${u.host} was unreachable from this runner (${u.detail}); ${u.references} reference(s) unverified`)
    ];
}


/***/ })

};
