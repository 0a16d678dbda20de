export const id = 403;
export const ids = [403];
export const modules = {

/***/ 5403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* reexport */ formats/* FORMATS */.hR),
  PLAN_FORMATS: () => (/* reexport */ formats/* PLAN_FORMATS */.Lr),
  checkPullsNotes: () => (/* reexport */ pull_check_lines/* checkPullsNotes */.kO),
  commentArtifacts: () => (/* reexport */ comment_artifacts/* commentArtifacts */.zT),
  issueAnnotations: () => (/* reexport */ issueAnnotations),
  parseConfigFrom: () => (/* reexport */ trusted_config/* parseConfigFrom */.u),
  planAnnotations: () => (/* reexport */ planAnnotations),
  planRangeChecked: () => (/* reexport */ plan_range/* planRangeChecked */.KM),
  resolveSettings: () => (/* reexport */ resolve/* resolveSettings */.Mo),
  today: () => (/* reexport */ plan_range/* today */.Ec),
  trustedConfig: () => (/* reexport */ trusted_config/* trustedConfig */.a),
  withConfigChange: () => (/* reexport */ plan_range/* withConfigChange */.ny),
  writeJobSummary: () => (/* reexport */ writeJobSummary)
});

// EXTERNAL MODULE: ./src/pipeline/plan-range.ts + 24 modules
var plan_range = __webpack_require__(1422);
// EXTERNAL MODULE: ./src/config/trusted-config.ts + 2 modules
var trusted_config = __webpack_require__(8152);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/report/pull-check-lines.ts
var pull_check_lines = __webpack_require__(2304);
// EXTERNAL MODULE: ./src/report/formats.ts + 3 modules
var formats = __webpack_require__(1386);
// EXTERNAL MODULE: ./src/report/comment-artifacts.ts + 1 modules
var comment_artifacts = __webpack_require__(9836);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/publish/annotations.ts
/**
 * Findings as workflow-command annotations on the manifest lines that cause them. GitHub shows at most
 * 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so we choose which ones
 * show: most severe first, lines the pull request changed before untouched ones, and one closing notice
 * that says how many more are in the job summary.
 */

/** Per-step limits documented in actions/toolkit docs/problem-matchers.md. */
const GITHUB_ANNOTATION_CAPS = { error: 10, warning: 10, notice: 10 };
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Escaping for a workflow command's message (data), as @actions/core does. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escaping for a workflow command's property values, where `:` and `,` are separators. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(a) {
    const props = [];
    if (a.file)
        props.push(`file=${escapeProperty(a.file)}`);
    if (a.file && a.line && a.line > 0)
        props.push(`line=${a.line}`);
    props.push(`title=${escapeProperty(a.title)}`);
    return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
}
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        Number(b.changed === true) - Number(a.changed === true) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.rule.localeCompare(b.rule));
}
/** Chooses and formats the annotations for one step. Pure. */
function planAnnotations(findings, caps = GITHUB_ANNOTATION_CAPS, summaryName = 'the job summary') {
    const active = findings.filter((f) => !f.waived).sort(compareFindings);
    const chosen = [];
    const left = [];
    const taken = { error: 0, warning: 0, notice: 0 };
    for (const f of active) {
        if (taken[f.severity] < caps[f.severity]) {
            taken[f.severity]++;
            chosen.push(f);
        }
        else {
            left.push(f);
        }
    }
    // The "N more" notice needs a notice slot of its own, or GitHub would drop it as the 11th notice.
    if (left.length > 0 && taken.notice >= caps.notice && caps.notice > 0) {
        const lastNotice = chosen.map((f) => f.severity).lastIndexOf('notice');
        left.push(...chosen.splice(lastNotice, 1));
    }
    const annotations = chosen.map((f) => ({
        level: f.severity,
        message: f.message,
        title: `registry-plan: ${f.rule}`,
        ...(f.file ? { file: f.file } : {}),
        ...(f.file && f.line > 0 ? { line: f.line } : {})
    }));
    if (left.length > 0 && caps.notice > 0) {
        const n = left.length;
        annotations.push({
            level: 'notice',
            title: 'registry-plan: more findings',
            message: `${n} more ${n === 1 ? 'finding' : 'findings'} in ${summaryName} (GitHub shows at most ${caps.error} errors, ${caps.warning} warnings and ${caps.notice} notices per step).`
        });
    }
    return { annotations, commands: annotations.map(formatCommand), omitted: left.length };
}
/** Issues the annotations through @actions/core (which applies the same escaping). */
function issueAnnotations(plan, sink = core) {
    for (const a of plan.annotations) {
        const props = { title: a.title };
        if (a.file)
            props.file = a.file;
        if (a.line)
            props.startLine = a.line;
        sink[a.level](a.message, props);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/publish/job-summary.ts
/**
 * The job summary is where the full report goes when the comment cannot hold it, but the runner refuses
 * a step summary over 1 MiB ("supports content up to a size of 1024k") and then shows nothing at all.
 * So the report is cut at a line boundary below the cap, any open code fence or `<details>` is closed,
 * and a note says where the complete report is.
 */

/** Runner limit for one step's summary file, in bytes. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
function closeOpenBlocks(lines) {
    const closers = [];
    for (const line of lines) {
        const trimmed = line.trim();
        const top = closers[closers.length - 1];
        if (top && /^[`~]/.test(top)) {
            if (trimmed.length >= top.length && trimmed === top[0].repeat(trimmed.length))
                closers.pop();
            continue;
        }
        const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (fence)
            closers.push(fence[1]);
        else if (/^<details\b/i.test(trimmed) && !/<\/details>$/i.test(trimmed))
            closers.push('</details>');
        else if (/^<\/details>/i.test(trimmed) && top === '</details>')
            closers.pop();
    }
    return closers.reverse();
}
/** Cuts markdown to at most `capBytes` UTF-8 bytes including the note. Pure. */
function fitSummary(markdown, capBytes = STEP_SUMMARY_LIMIT, fullReportAt = 'the report artifact') {
    const total = byteLength(markdown);
    if (total <= capBytes)
        return { markdown, truncated: false, omittedBytes: 0 };
    const noteFor = (omitted) => `\n\n> The report was cut here: ${omitted} more bytes exceed the ${Math.floor(capBytes / 1024)} KiB job summary limit. The complete report is in ${fullReportAt}.\n`;
    // Reserve room for the note (with a generous digit count) and for closing up to a few open blocks.
    const reserve = byteLength(noteFor(total)) + 256;
    const lines = markdown.split('\n');
    const kept = [];
    let used = 0;
    for (const line of lines) {
        const cost = byteLength(line) + 1;
        if (used + cost > capBytes - reserve)
            break;
        kept.push(line);
        used += cost;
    }
    const closers = closeOpenBlocks(kept);
    const body = kept.join('\n') + (closers.length > 0 ? `\n${closers.join('\n')}` : '');
    const omittedBytes = total - used;
    return { markdown: body + noteFor(omittedBytes), truncated: true, omittedBytes };
}
/**
 * Appends the report to the step summary. Content another part of this step already wrote counts
 * against the cap. Outside Actions (no $GITHUB_STEP_SUMMARY) nothing is written.
 */
async function writeJobSummary(markdown, options = {}) {
    const path = options.path ?? process.env['GITHUB_STEP_SUMMARY'];
    if (!path)
        return { written: false, truncated: false, bytes: 0, reason: 'GITHUB_STEP_SUMMARY is not set' };
    const cap = options.capBytes ?? STEP_SUMMARY_LIMIT;
    const already = await (0,promises_.stat)(path).then((s) => s.size, () => 0);
    const room = cap - already;
    if (room < 1024)
        return { written: false, truncated: true, bytes: 0, reason: 'the step summary is already full' };
    const fitted = fitSummary(markdown.endsWith('\n') ? markdown : `${markdown}\n`, room, options.fullReportAt);
    await (0,promises_.appendFile)(path, fitted.markdown, 'utf8');
    return { written: true, truncated: fitted.truncated, bytes: byteLength(fitted.markdown) };
}

;// CONCATENATED MODULE: ./src/action/engine-modules.ts
/** What the action's analyze mode loads once the event gives it a range (action/main.ts imports this on demand). */










/***/ })

};
