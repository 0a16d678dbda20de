export const id = 530;
export const ids = [530];
export const modules = {

/***/ 5149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/pull-check-lines.ts
var pull_check_lines = __webpack_require__(2304);
// EXTERNAL MODULE: ./src/pipeline/plan-range.ts + 27 modules
var plan_range = __webpack_require__(2237);
// EXTERNAL MODULE: ./src/config/trusted-config.ts + 1 modules
var trusted_config = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
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

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/publish/octokit-client.ts
/**
 * The one Octokit the publish side uses: @actions/github's client (REST methods + pagination, proxy
 * aware) composed with retry (5xx, network) and throttling (primary and secondary rate limits), as
 * peter-evans/create-pull-request does for its writes.
 */




const actionsLog = { info: (m) => core.info(m), warning: (m) => core.warning(m) };
/**
 * A limiter group that runs jobs at once. The throttling plugin only calls `key(id).schedule(...)` on
 * its groups; Bottleneck itself is not a dependency of this package, so it is not constructed here.
 */
const immediateGroup = {
    key: () => ({
        schedule: (...args) => {
            const fnIndex = typeof args[0] === 'function' ? 0 : 1;
            const fn = args[fnIndex];
            return Promise.resolve(fn(...args.slice(fnIndex + 1)));
        }
    })
};
function apiBaseUrl(explicit) {
    return explicit || process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function createClient(options) {
    const log = options.log ?? actionsLog;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    const describe = (o) => `${o.method} ${o.url}`;
    const throttle = {
        retryAfterBaseValue: options.rateLimitDelayMs ?? 1000,
        onRateLimit: (retryAfter, o, _octokit, retryCount) => {
            if (retryCount < 2 && retryAfter <= maxWait) {
                log.info(`GitHub API rate limit reached for ${describe(o)}; retrying in ${retryAfter} s (attempt ${retryCount + 1} of 2).`);
                return true;
            }
            log.warning(`GitHub API rate limit exhausted for ${describe(o)} (resets in ${retryAfter} s); giving up on this request.`);
            return false;
        },
        onSecondaryRateLimit: (retryAfter, o, _octokit, retryCount) => {
            if (retryCount < 1) {
                log.info(`GitHub secondary rate limit hit for ${describe(o)}; retrying once in ${retryAfter} s.`);
                return true;
            }
            log.warning(`GitHub secondary rate limit hit again for ${describe(o)}; not retrying (too many writes in a short time).`);
            return false;
        },
        ...(options.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {})
    };
    const octokitOptions = {
        baseUrl: apiBaseUrl(options.baseUrl),
        // Not `request: {...}`: that would replace @actions/github's proxy-aware fetch (a shallow merge).
        retry: {
            retryAfterBaseValue: options.retryDelayMs ?? 1000,
            ...(options.retries === undefined ? {} : { retries: options.retries })
        },
        throttle,
        log: { debug: () => { }, info: () => { }, warn: (m) => log.warning(m), error: (m) => log.warning(m) }
    };
    // The plugin option types are not part of OctokitOptions' declared shape; the plugins read them at runtime.
    return (0,github/* getOctokit */.Q)(options.token, octokitOptions, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/report/comment-body.ts
var comment_body = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
;// CONCATENATED MODULE: ./src/publish/publish-mode.ts
/**
 * The `publish` half of fork-safe publishing. The pull_request run (read-only token for forks) uploads
 * the rendered comment as an artifact; a `workflow_run` job in the base repository, which has a write
 * token, posts it without checking out or running anything from the pull request. Whoever controls the
 * fork controls that artifact, so it is treated as hostile input: size-capped before parsing, schema-
 * validated, its markers and mentions neutralized, and the pull request number is taken from the event
 * GitHub wrote, never from the artifact.
 */




/** Ten full parts, JSON-escaped (quotes, newlines and non-ASCII can double a body's size). */
const PUBLISH_ARTIFACT_MAX_BYTES = 2 * comment_body/* DEFAULT_MAX_PARTS */._5 * comment_body/* GITHUB_COMMENT_LIMIT */._4;
const PUBLISH_ARTIFACT_SCHEMA = {
    type: 'object',
    required: ['markerId', 'bodies', 'verdict'],
    additionalProperties: true,
    properties: {
        markerId: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._/-]+$' },
        bodies: {
            type: 'array',
            minItems: 1,
            maxItems: comment_body/* DEFAULT_MAX_PARTS */._5,
            items: { type: 'string', maxLength: comment_body/* GITHUB_COMMENT_LIMIT */._4 }
        },
        verdict: { enum: ['pass', 'fail', 'cannot-evaluate'] },
        headSha: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' },
        updateOnly: { type: 'boolean' }
    }
};
const validateArtifact = new ajv.Ajv({ allErrors: true, strict: true }).compile(PUBLISH_ARTIFACT_SCHEMA);
/**
 * Makes the bodies safe to post under the base repository's identity: each starts with exactly the
 * marker of its part (a body cannot claim, and so overwrite, another tool's or cluster's comment), stray
 * markers inside are removed, and @mentions cannot ping.
 */
function sanitizeArtifactBodies(markerId, bodies) {
    return bodies.map((body, i) => {
        const content = (0,comment_body/* stripPartFrame */.zP)(body)
            .split('<!--')
            .map((part, i) => i > 0 && isMarkerComment(part) ? part.slice(part.indexOf('-->') + 3) : i > 0 ? `<!--${part}` : part)
            .join('')
            .replace(/\r\n/g, '\n');
        const total = bodies.length;
        const header = total > 1 ? `**registry-plan report, part ${i + 1}/${total}**\n\n` : '';
        return `${(0,comment_body/* markerLine */.B_)(markerId, i + 1)}\n${header}${(0,markdown_escape/* neutralizeMentions */.tI)(content)}`;
    });
}
/** Validates the artifact's text. Pure. */
function parsePublishArtifact(text, maxBytes = PUBLISH_ARTIFACT_MAX_BYTES) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes)
        return { ok: false, error: `the report artifact is ${bytes} bytes, over the ${maxBytes}-byte cap` };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        return { ok: false, error: `the report artifact is not JSON: ${e.message}` };
    }
    if (!validateArtifact(data)) {
        const why = (validateArtifact.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        return { ok: false, error: `the report artifact does not match the expected schema: ${why}` };
    }
    const markerId = (0,comment_body/* sanitizeMarkerId */.VO)(data.markerId);
    let bodies = sanitizeArtifactBodies(markerId, data.bodies);
    // Neutralizing mentions and re-framing can push a body that was at the limit over it.
    if (bodies.some((b) => b.length > comment_body/* DEFAULT_COMMENT_BUDGET */.is))
        bodies = (0,comment_body/* repaginate */.HF)(markerId, bodies, comment_body/* DEFAULT_COMMENT_BUDGET */.is);
    return { ok: true, artifact: { ...data, markerId, bodies } };
}
/** Reads and validates the artifact file; the size is checked before anything is read. */
async function readPublishArtifact(path, maxBytes = PUBLISH_ARTIFACT_MAX_BYTES) {
    let size;
    try {
        const s = await (0,promises_.stat)(path);
        if (!s.isFile())
            return { ok: false, error: `the report artifact ${path} is not a regular file` };
        size = s.size;
    }
    catch (e) {
        return { ok: false, error: `cannot read the report artifact ${path}: ${e.message}` };
    }
    if (size > maxBytes)
        return { ok: false, error: `the report artifact is ${size} bytes, over the ${maxBytes}-byte cap` };
    return parsePublishArtifact(await (0,promises_.readFile)(path, 'utf8'), maxBytes);
}
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
/**
 * The pull request a `workflow_run` event is about, from the event GitHub wrote. Only a pull request
 * whose base is this repository counts: GitHub also lists pull requests of other repositories whose
 * head matches (a fork's own PRs).
 */
function pullRequestFromWorkflowRun(payload) {
    const event = obj(payload);
    const run = obj(event?.['workflow_run']);
    const repository = obj(event?.['repository']);
    if (!run || !repository)
        return { ok: false, error: 'the event is not a workflow_run event (no workflow_run or repository)' };
    const fullName = typeof repository['full_name'] === 'string' ? repository['full_name'] : '';
    const [owner, repo] = fullName.split('/');
    if (!owner || !repo)
        return { ok: false, error: 'the workflow_run event names no repository' };
    const headSha = typeof run['head_sha'] === 'string' ? run['head_sha'] : '';
    const prs = Array.isArray(run['pull_requests']) ? run['pull_requests'] : [];
    for (const item of prs) {
        const pr = obj(item);
        const number = pr?.['number'];
        const baseRepo = obj(obj(pr?.['base'])?.['repo']);
        const sameRepo = baseRepo === undefined || baseRepo['id'] === repository['id'];
        if (typeof number === 'number' && Number.isInteger(number) && number > 0 && sameRepo) {
            return { ok: true, target: { owner, repo, pullNumber: number, headSha } };
        }
    }
    return {
        ok: false,
        error: 'the workflow_run event lists no pull request of this repository (GitHub leaves workflow_run.pull_requests empty for pull requests from forks)'
    };
}
/**
 * For fork pull requests, where GitHub leaves `workflow_run.pull_requests` empty: the open pull request
 * of this repository whose head is the run's head repository, branch and commit — all taken from the
 * event, none from the artifact.
 */
async function findPullRequestForRun(client, payload) {
    const direct = pullRequestFromWorkflowRun(payload);
    if (direct.ok)
        return direct;
    const event = obj(payload);
    const run = obj(event?.['workflow_run']);
    const repository = obj(event?.['repository']);
    const [owner, repo] = String(repository?.['full_name'] ?? '').split('/');
    const headSha = String(run?.['head_sha'] ?? '');
    const headBranch = String(run?.['head_branch'] ?? '');
    const headOwner = String(obj(obj(run?.['head_repository'])?.['owner'])?.['login'] ?? '');
    if (!owner || !repo || !headSha || !headBranch || !headOwner)
        return direct;
    try {
        const pulls = await client.paginate(client.rest.pulls.list, {
            owner,
            repo,
            state: 'open',
            head: `${headOwner}:${headBranch}`,
            per_page: 100
        });
        const match = pulls.filter((p) => p.head.sha === headSha);
        if (match.length === 1)
            return { ok: true, target: { owner, repo, pullNumber: match[0].number, headSha } };
        return {
            ok: false,
            error: match.length === 0
                ? `no open pull request in ${owner}/${repo} has head ${headOwner}:${headBranch} at ${headSha} (was it updated or closed since the run?)`
                : `${match.length} open pull requests have head ${headOwner}:${headBranch} at ${headSha}; not guessing which one`
        };
    }
    catch (e) {
        return { ok: false, error: `could not look up the pull request for the run: ${e.message}` };
    }
}
/** The artifact must be about the commit the event is about, so a stale or foreign report is not posted. */
function checkArtifactMatchesRun(artifact, target) {
    if (artifact.headSha && target.headSha && artifact.headSha !== target.headSha) {
        return `the report artifact is for commit ${artifact.headSha}, but the workflow run is for ${target.headSha}`;
    }
    if ((0,comment_body/* parseMarker */.gY)(artifact.bodies[0] ?? '') === undefined)
        return 'the report artifact has no comment body';
    return undefined;
}
/** Whether the text after a `<!--` is a registry-plan marker comment: `\s*registry-plan:`, no `>` before `-->`. */
function isMarkerComment(after) {
    if (!after.trimStart().startsWith('registry-plan:'))
        return false;
    const close = after.indexOf('>');
    return close >= 2 && after.slice(close - 2, close + 1) === '-->';
}

;// CONCATENATED MODULE: ./src/publish/sticky-comment.ts

function asHttpError(e) {
    if (typeof e === 'object' && e !== null && typeof e.status === 'number')
        return e;
    return undefined;
}
function isSecondaryRateLimit(e) {
    return /secondary rate limit/i.test(e.message) || e.response?.headers?.['retry-after'] !== undefined;
}
function isPrimaryRateLimit(e) {
    return e.response?.headers?.['x-ratelimit-remaining'] === '0' || e.status === 429;
}
function isBodyTooLong(e) {
    return e.status === 422 && /too long|maximum is \d+ characters/i.test(JSON.stringify(e.response?.data ?? e.message));
}
/** GitHub returns bodies as stored; line endings can come back normalized. */
function sameBody(a, b) {
    const norm = (s) => s.replace(/\r\n/g, '\n').trimEnd();
    return norm(a) === norm(b);
}
function withMarker(markerId, body, part) {
    const parsed = (0,comment_body/* parseMarker */.gY)(body);
    if (parsed && parsed.id === markerId && parsed.part === part)
        return body;
    const rest = parsed ? body.replace(/^[^\n]*\n?/, '') : body;
    return `${(0,comment_body/* markerLine */.B_)(markerId, part)}\n${rest}`;
}
class PublishError extends Error {
    http;
    action;
    constructor(http, action) {
        super(http.message);
        this.http = http;
        this.action = action;
    }
}
function explain(err, req) {
    const e = err.http;
    const where = `${req.owner}/${req.repo}#${req.issueNumber}`;
    const what = `registry-plan could not ${err.action} the pull request comment on ${where}`;
    const unaffected = 'The verdict is unaffected; the full report is in the job summary.';
    if (e.status === 403 || e.status === 429) {
        if (isSecondaryRateLimit(e)) {
            return {
                status: 'rate-limited',
                message: `${what}: GitHub's secondary rate limit (too many writes in a short time) still applied after a retry (HTTP ${e.status}). The comment will be brought up to date on the next run. ${unaffected}`
            };
        }
        if (isPrimaryRateLimit(e)) {
            const reset = Number(e.response?.headers?.['x-ratelimit-reset']);
            const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
            return {
                status: 'rate-limited',
                message: `${what}: the token's API rate limit is exhausted${when} (HTTP ${e.status}). ${unaffected}`
            };
        }
        return {
            status: 'forbidden',
            message: `${what}: the token may not write pull request comments (HTTP 403: ${e.message}). ` +
                'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only ' +
                'GITHUB_TOKEN: for them, run registry-plan with `mode: analyze` in the pull_request workflow (it uploads ' +
                'the report) and post the comment from a separate `workflow_run` workflow with `mode: publish`, which ' +
                `never checks out the fork's code. ${unaffected}`
        };
    }
    if (e.status === 404) {
        return {
            status: 'not-found',
            message: `${what}: GitHub answered 404 (not found). Either ${where} is not a pull request or issue of this repository, the comment was deleted meanwhile, or the token cannot see the repository. ${unaffected}`
        };
    }
    if (e.status === 422) {
        return isBodyTooLong(e)
            ? {
                status: 'too-long',
                message: `${what}: GitHub rejected the body as too long (HTTP 422, limit ${comment_body/* GITHUB_COMMENT_LIMIT */._4} characters) even after splitting it into smaller parts. ${unaffected}`
            }
            : { status: 'invalid', message: `${what}: GitHub rejected the request (HTTP 422: ${e.message}). ${unaffected}` };
    }
    if (e.status === 500 && e.response === undefined) {
        // @octokit/request reports a failed connection (DNS, refused, reset) as a 500 without a response.
        return {
            status: 'unreachable',
            message: `${what}: the GitHub API could not be reached (${e.message}), also after retries. ${unaffected}`
        };
    }
    if (e.status >= 500) {
        return {
            status: 'server-error',
            message: `${what}: GitHub had a server error (HTTP ${e.status}) that persisted through retries; this is usually transient, re-run the job to update the comment. ${unaffected}`
        };
    }
    return { status: 'error', message: `${what}: HTTP ${e.status}: ${e.message}. ${unaffected}` };
}
async function listOurs(client, req, markerId) {
    const all = await client.paginate(client.rest.issues.listComments, {
        owner: req.owner,
        repo: req.repo,
        issue_number: req.issueNumber,
        per_page: 100
    });
    const ours = [];
    for (const c of all) {
        const marker = (0,comment_body/* parseMarker */.gY)(c.body ?? '');
        if (marker && marker.id === markerId)
            ours.push({ id: c.id, body: c.body ?? '', part: marker.part });
    }
    return ours.sort((a, b) => a.part - b.part || a.id - b.id);
}
async function call(action, fn) {
    try {
        return await fn();
    }
    catch (e) {
        const http = asHttpError(e);
        if (http)
            throw new PublishError(http, action);
        throw e;
    }
}
async function reconcile(client, req, markerId, bodies, result) {
    const existing = await call('list', () => listOurs(client, req, markerId));
    if (req.updateOnly && existing.length === 0) {
        result.skipped = true;
        result.commentIds = [];
        return;
    }
    const byPart = new Map();
    const extra = [];
    for (const c of existing) {
        // Two comments claiming one part (e.g. two runs racing): keep the oldest, remove the other.
        if (byPart.has(c.part) || c.part > bodies.length)
            extra.push(c);
        else
            byPart.set(c.part, c);
    }
    result.commentIds = [];
    for (let i = 0; i < bodies.length; i++) {
        const part = i + 1;
        const body = bodies[i];
        const found = byPart.get(part);
        if (found && sameBody(found.body, body)) {
            result.unchanged++;
            result.commentIds.push(found.id);
        }
        else if (found) {
            await call('update', () => client.rest.issues.updateComment({ owner: req.owner, repo: req.repo, comment_id: found.id, body }));
            result.updated++;
            result.commentIds.push(found.id);
        }
        else {
            const { data } = await call('create', () => client.rest.issues.createComment({ owner: req.owner, repo: req.repo, issue_number: req.issueNumber, body }));
            result.created++;
            result.commentIds.push(data.id);
        }
    }
    for (const c of extra) {
        try {
            await call('delete', () => client.rest.issues.deleteComment({ owner: req.owner, repo: req.repo, comment_id: c.id }));
            result.deleted++;
        }
        catch (e) {
            // Someone removed it first: the outcome we wanted.
            if (e instanceof PublishError && e.http.status === 404)
                continue;
            throw e;
        }
    }
}
/** Creates, updates or deletes our comments so that the PR shows exactly `bodies`. Never throws for HTTP errors. */
async function publishComments(client, request) {
    const markerId = (0,comment_body/* sanitizeMarkerId */.VO)(request.markerId);
    const result = {
        ok: true,
        status: 'published',
        message: '',
        commentIds: [],
        created: 0,
        updated: 0,
        unchanged: 0,
        deleted: 0,
        resplit: false,
        skipped: false
    };
    let bodies = (request.bodies.length > 0 ? request.bodies : ['']).map((b, i) => withMarker(markerId, b, i + 1));
    for (;;) {
        try {
            await reconcile(client, request, markerId, bodies, result);
            return result;
        }
        catch (e) {
            if (!(e instanceof PublishError)) {
                const message = e instanceof Error ? e.message : String(e);
                return {
                    ...result,
                    ok: false,
                    status: 'error',
                    message: `registry-plan could not publish the pull request comment: ${message}. The verdict is unaffected; the full report is in the job summary.`
                };
            }
            if (isBodyTooLong(e.http) && !result.resplit) {
                // GitHub counts differently from us in rare cases (e.g. characters it expands); halve and retry once.
                const longest = Math.max(...bodies.map((b) => b.length));
                bodies = (0,comment_body/* repaginate */.HF)(markerId, bodies, Math.min(30_000, Math.floor(longest / 2)));
                result.resplit = true;
                continue;
            }
            const { status, message } = explain(e, request);
            return { ...result, ok: false, status, message, httpStatus: e.http.status };
        }
    }
}

// EXTERNAL MODULE: ./src/report/comment-artifacts.ts + 1 modules
var comment_artifacts = __webpack_require__(9836);
// EXTERNAL MODULE: ./src/report/formats.ts + 4 modules
var formats = __webpack_require__(1876);
;// CONCATENATED MODULE: ./src/publish/comment-target.ts
const comment_target_obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
function commentTarget(eventName, payload, owner, repo) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const number = comment_target_obj(comment_target_obj(payload)?.['pull_request'])?.['number'];
            if (typeof number === 'number' && Number.isInteger(number) && number > 0)
                return { comment: true, owner, repo, issueNumber: number };
            return { comment: false, reason: `the ${eventName} event carries no pull request number` };
        }
        case 'merge_group':
            return {
                comment: false,
                reason: 'merge queue runs have no pull request to comment on; the verdict still gates the merge'
            };
        case 'push':
            return { comment: false, reason: 'push runs report to the job summary only' };
        case 'workflow_run':
            return { comment: false, reason: 'workflow_run runs comment through `mode: publish`, from the uploaded report' };
        default:
            return { comment: false, reason: `no pull request comment for ${eventName} events` };
    }
}

;// CONCATENATED MODULE: ./src/action/event.ts

const ZERO = /^0+$/;
function targetFromEvent(eventName, 
// Webhook payloads are untyped JSON from the runner; each field read is checked where it is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
payload, owner, repo) {
    const comment = commentTarget(eventName, payload, owner, repo);
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return {
                base: payload.pull_request?.base?.sha,
                head: payload.pull_request?.head?.sha,
                comment,
                description: `pull request #${payload.pull_request?.number ?? payload.number}`
            };
        case 'merge_group':
            return {
                base: payload.merge_group?.base_sha,
                head: payload.merge_group?.head_sha,
                comment,
                description: 'merge group'
            };
        case 'push': {
            const before = payload.before;
            return {
                base: before && !ZERO.test(before) ? before : payload.after ? `${payload.after}~1` : undefined,
                head: payload.after,
                comment,
                description: `push to ${payload.ref ?? 'a branch'}`
            };
        }
        default:
            return { comment, description: `${eventName} event` };
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts

const list = (name) => {
    const v = core.getMultilineInput(name)
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
    return v.length ? v : undefined;
};
const opt = (name) => core.getInput(name) || undefined;
/** Booleans with the action.yml default, so a run without the input (tests, local runs) behaves like GitHub's. */
const flag = (name, fallback) => core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
/** An input that holds a secret: masked in every log line from here on. */
function masked(v) {
    if (v)
        core.setSecret(v);
    return v;
}
function readInputs(env = process.env) {
    const mode = (core.getInput('mode') || 'analyze');
    if (mode !== 'analyze' && mode !== 'publish')
        throw new Error(`input mode must be analyze or publish (got "${mode}")`);
    const reportDir = core.getInput('report-dir') || `${env['RUNNER_TEMP'] ?? '.'}/registry-plan`;
    const layout = core.getInput('comment-layout') || 'per-cluster';
    if (layout !== 'per-cluster' && layout !== 'combined')
        throw new Error(`input comment-layout must be per-cluster or combined (got "${layout}")`);
    return {
        mode,
        overrides: {
            repo: env['GITHUB_WORKSPACE'] ?? process.cwd(),
            paths: list('paths'),
            config: opt('config'),
            openshiftVersion: opt('openshift-version'),
            failOn: opt('fail-on'),
            checkPulls: opt('check-pulls'),
            checkAuthfile: opt('check-authfile'),
            checkParallelism: opt('check-parallelism'),
            checkTimeout: opt('check-timeout'),
            checkBudget: opt('check-budget')
        },
        token: core.getInput('token'),
        comment: flag('comment', true),
        comments: { unchangedClusters: flag('comment-unchanged-clusters', false), layout },
        annotations: flag('annotations', true),
        reportDir,
        base: opt('base'),
        head: opt('head'),
        artifactPath: core.getInput('artifact-path') || `${reportDir}/publish.json`,
        cluster: opt('cluster'),
        checkAuth: masked(opt('check-auth')),
        configFrom: opt('config-from')
    };
}

;// CONCATENATED MODULE: ./src/action/publish-files.ts


/** More report files than this in one download is not something analyze writes; refuse rather than post them all. */
const MAX_PUBLISH_FILES = 50;
const PUBLISH_FILE = /^publish.*\.json$/;
/**
 * The report files a publish job posts: the file it was given, or the publish*.json files in the folder
 * and in its immediate subfolders (actions/download-artifact puts each artifact of a pattern download
 * in its own subfolder unless merge-multiple is set). Sorted, so parts are posted in a stable order.
 */
function findPublishFiles(path) {
    if (!(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory())
        return [path];
    const found = [];
    const scan = (dir, depth) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.isFile() && PUBLISH_FILE.test(entry.name))
                found.push((0,external_node_path_.join)(dir, entry.name));
            else if (entry.isDirectory() && depth === 0)
                scan((0,external_node_path_.join)(dir, entry.name), 1);
        }
    };
    scan(path, 0);
    if (found.length > MAX_PUBLISH_FILES)
        throw new Error(`${path} holds ${found.length} publish*.json files, more than the ${MAX_PUBLISH_FILES} a report can have`);
    return found;
}

;// CONCATENATED MODULE: ./src/action/main.ts



















const VERSION = '0.1.0';
/** Outputs are small values; anything large goes through the files in report-dir. */
function setOutputs(report, dir) {
    const all = report.clusters.flatMap((c) => c.findings);
    const order = ['none', 'reload', 'restart', 'drain', 'reboot'];
    const highest = report.clusters
        .map((c) => c.highestDisruption)
        .reduce((m, d) => (order.indexOf(d) > order.indexOf(m) ? d : m), 'none');
    for (const f of formats/* FORMATS */.hR)
        if (f.output)
            core.setOutput(f.output.name, (0,external_node_path_.join)(dir, f.output.file));
    core.setOutput('highest-disruption', highest === 'restart' ? 'reload' : highest);
    core.setOutput('reboot-pools', report.clusters
        .flatMap((c) => c.pools.filter((p) => p.reboot).map((p) => (report.clusters.length > 1 ? `${c.name}/${p.name}` : p.name)))
        .join(','));
    for (const s of ['error', 'warning', 'notice'])
        core.setOutput(`${s}s`, String(all.filter((f) => f.severity === s && !f.waived).length));
    core.setOutput('verdict', report.verdict);
}
async function comment(inputs, owner, repo, pr, artifacts) {
    const client = createClient({ token: inputs.token });
    const results = [];
    for (const a of artifacts) {
        const r = await publishComments(client, {
            owner,
            repo,
            issueNumber: pr,
            markerId: a.markerId,
            bodies: a.bodies,
            updateOnly: a.updateOnly === true
        });
        // The message already says what to do and that the verdict does not depend on it.
        if (!r.ok)
            core.warning(`No PR comment for ${a.markerId}: ${r.message}`);
        results.push(r);
    }
    return results;
}
/**
 * planRangeChecked, with the `check-auth` secret (when given) in a private file for the length of the
 * check: skopeo takes credentials only from a file. The file is removed whatever happens.
 */
async function planWithPullChecks(settings, refs, checkAuth) {
    let dir;
    let s = settings;
    if (checkAuth && s.checkPulls && !s.checkPulls.authfile) {
        dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'registry-plan-auth-'));
        const authfile = (0,external_node_path_.join)(dir, 'auth.json');
        (0,external_node_fs_.writeFileSync)(authfile, checkAuth, { mode: 0o600 });
        s = { ...s, checkPulls: { ...s.checkPulls, authfile } };
    }
    try {
        return await (0,plan_range/* planRangeChecked */.KM)(s, refs, (0,plan_range/* today */.Ec)(), (line) => core.info(line));
    }
    finally {
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** analyze: plan the range, write every report file, annotate, comment when allowed, gate on the verdict. */
async function analyze(inputs) {
    const { eventName, payload, repo } = github/* context */._;
    const target = targetFromEvent(eventName, payload, repo.owner, repo.repo);
    const base = inputs.base ?? target.base;
    const head = inputs.head ?? target.head;
    if (!base || !head) {
        core.setFailed(`registry-plan needs a base and a head commit: the ${target.description} does not give them; set the base and head inputs.`);
        return;
    }
    // The gate comes from the trusted side: the base commit's configuration (see docs/github-action.md).
    const trusted = (0,trusted_config/* trustedConfig */.a)(inputs.overrides.repo ?? process.cwd(), { base, head }, inputs.overrides.config, (0,trusted_config/* parseConfigFrom */.u)(inputs.configFrom));
    const settings = (0,resolve/* resolveSettings */.Mo)({ ...inputs.overrides, cluster: inputs.cluster }, trusted.readText);
    const report = (0,plan_range/* withGateFindings */.mm)(await planWithPullChecks(settings, { base, head }, inputs.checkAuth), trusted.findings, settings);
    for (const line of (0,pull_check_lines/* checkPullsNotes */.kO)(report))
        core.warning(line);
    const dir = inputs.reportDir;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const ctx = {
        implicitCluster: settings.implicitCluster,
        // A named cluster (matrix job) says which cluster its comment is about, as with several clusters.
        clusterLabel: !settings.implicitCluster || inputs.cluster !== undefined,
        namedCluster: inputs.cluster !== undefined,
        headSha: /^[0-9a-f]{40}$/.test(head) ? head : undefined,
        toolVersion: VERSION,
        comments: inputs.comments
    };
    // Every output format's files: plan.json, report.md, results.sarif, one publish file per comment.
    for (const f of formats/* FORMATS */.hR)
        for (const file of f.files(report, ctx))
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, file.name), file.text);
    const markdown = formats/* PLAN_FORMATS */.Lr.markdown.text(report, ctx);
    const artifacts = (0,comment_artifacts/* commentArtifacts */.zT)(report, ctx);
    const findings = report.clusters.flatMap((c) => c.findings);
    if (inputs.annotations)
        issueAnnotations(planAnnotations(findings));
    setOutputs(report, dir);
    // Commenting comes before the summary so that the summary can say why a comment is missing (a fork's
    // read-only token, a rate limit): the summary is the one place every reader of the check sees.
    const notes = [];
    if (inputs.comment && target.comment.comment) {
        const results = await comment(inputs, repo.owner, repo.repo, target.comment.issueNumber, artifacts);
        core.setOutput('comment-id', results.flatMap((r) => r.commentIds).join(','));
        for (const r of results)
            if (!r.ok)
                notes.push(`> **No pull request comment.** ${r.message}\n`);
    }
    else if (inputs.comment && !target.comment.comment) {
        core.info(`No PR comment for a ${target.description}: ${target.comment.reason}.`);
    }
    await writeJobSummary([...notes, markdown].join('\n'), {
        fullReportAt: `the report artifact (${(0,external_node_path_.join)(dir, 'report.md')})`
    });
    if (report.verdict !== 'pass') {
        core.setFailed(report.verdict === 'cannot-evaluate'
            ? 'registry-plan cannot evaluate this change: some manifests could not be read (see the annotations and the job summary).'
            : `registry-plan verdict: fail (a finding reaches fail-on: ${report.failOn}). See the PR comment or the job summary.`);
    }
}
/**
 * publish: for a workflow_run job that has the base repository's token. It reads only the uploaded
 * report (validated), takes the PR number from the event, and never checks out or runs PR code.
 */
async function publish(inputs) {
    const { payload, repo } = github/* context */._;
    const paths = findPublishFiles(inputs.artifactPath);
    const artifacts = [];
    for (const p of paths) {
        const read = await readPublishArtifact(p);
        if (!read.ok) {
            core.setFailed(`publish: ${read.error}`);
            return;
        }
        artifacts.push(read.artifact);
    }
    if (!artifacts.length) {
        core.setFailed(`publish: no publish*.json report in ${inputs.artifactPath}`);
        return;
    }
    const client = createClient({ token: inputs.token });
    const target = await findPullRequestForRun(client, payload);
    if (!target.ok) {
        core.setFailed(`publish: ${target.error}`);
        return;
    }
    for (const a of artifacts) {
        const mismatch = checkArtifactMatchesRun(a, target.target);
        if (mismatch) {
            core.setFailed(`publish: ${mismatch}`);
            return;
        }
    }
    const results = await comment(inputs, repo.owner, repo.repo, target.target.pullNumber, artifacts);
    core.setOutput('comment-id', results.flatMap((r) => r.commentIds).join(','));
    const verdicts = artifacts.map((a) => a.verdict);
    core.setOutput('verdict', verdicts.includes('cannot-evaluate') ? 'cannot-evaluate' : verdicts.includes('fail') ? 'fail' : 'pass');
}
async function runAction() {
    try {
        const inputs = readInputs();
        if (inputs.mode === 'publish')
            await publish(inputs);
        else
            await analyze(inputs);
    }
    catch (e) {
        core.setFailed(`registry-plan: ${e.message}`);
    }
}


/***/ })

};
