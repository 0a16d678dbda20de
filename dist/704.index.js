export const id = 704;
export const ids = [704];
export const modules = {

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPlanMatchesRun: () => (/* reexport */ checkPlanMatchesRun),
  createClient: () => (/* reexport */ createClient),
  findPullRequestForRun: () => (/* reexport */ findPullRequestForRun),
  maxCommentsFor: () => (/* reexport */ maxCommentsFor),
  mergePlanArtifacts: () => (/* reexport */ mergePlanArtifacts),
  planComments: () => (/* reexport */ planComments),
  publishComments: () => (/* reexport */ publishComments),
  readPlanArtifact: () => (/* reexport */ readPlanArtifact)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
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

// EXTERNAL MODULE: ./src/report/comment-body.ts
var comment_body = __webpack_require__(7840);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(5187);
// EXTERNAL MODULE: ./src/report/comment-artifacts.ts + 1 modules
var comment_artifacts = __webpack_require__(9836);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/publish/plan-artifact.ts + 1 modules
var plan_artifact = __webpack_require__(4409);
;// CONCATENATED MODULE: ./src/publish/publish-mode.ts
/**
 * The `publish` half of fork-safe publishing. The pull_request run (read-only token for forks) uploads
 * its plan JSON as an artifact; a `workflow_run` job in the base repository, which has a write token,
 * builds the comments from it and posts them, without checking out or running anything from the pull
 * request. Whoever controls the fork controls that artifact: it is read as hostile (plan-artifact.ts),
 * the comments are rendered by the same report code as the pull_request run's (no uploaded markdown is
 * posted), their number is held to what one plan needs, and the pull request number is taken from the
 * event GitHub wrote, never from the artifact.
 */








/** Reads and validates one artifact file; its size is checked before anything is read. */
async function readPlanArtifact(path, maxBytes = plan_artifact/* PLAN_ARTIFACT_MAX_BYTES */.yO) {
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
    return (0,plan_artifact/* parsePlanArtifact */.lC)(await (0,promises_.readFile)(path, 'utf8'), maxBytes);
}
/**
 * The plans of one run (a matrix uploads one per cluster) as one report: each cluster once, one failOn,
 * one configuration change; the verdict is recomputed from the parts.
 */
function mergePlanArtifacts(plans) {
    if (plans.length === 0)
        return { ok: false, error: 'no plan to publish' };
    if (plans.length === 1)
        return { ok: true, artifact: plans[0] };
    const first = plans[0].report;
    const clusters = plans.flatMap((p) => p.report.clusters);
    if (clusters.length > plan_artifact/* MAX_PUBLISH_CLUSTERS */.RE)
        return {
            ok: false,
            error: `the plans have ${clusters.length} clusters, more than the ${plan_artifact/* MAX_PUBLISH_CLUSTERS */.RE} a run comments on`
        };
    if (new Set(clusters.map((c) => c.name)).size !== clusters.length)
        return { ok: false, error: 'two of the plans are about the same cluster' };
    if (plans.some((p) => p.report.failOn !== first.failOn))
        return { ok: false, error: 'the plans were made with different failOn settings' };
    if (plans.some((p) => !(0,external_node_util_.isDeepStrictEqual)(p.report.configChange, first.configChange)))
        return { ok: false, error: 'the plans disagree about the configuration change' };
    const report = {
        openshiftVersion: first.openshiftVersion,
        clusters,
        failOn: first.failOn,
        verdict: (0,verdict/* worstVerdict */.zP)(plans.map((p) => p.report.verdict)),
        ...(first.configChange ? { configChange: first.configChange } : {})
    };
    return { ok: true, artifact: { report, implicitCluster: false } };
}
/**
 * The comments a plan needs, rendered as the pull_request run renders them: at most one sticky comment
 * per cluster (one in all for the combined layout), each of at most DEFAULT_MAX_PARTS parts. Nothing in
 * the artifact can raise that number; the check below makes it a property of the code, not of the input.
 */
function planComments(plan, comments) {
    const { report, implicitCluster } = plan;
    // As the analyze run decides it: several clusters, or a matrix job's named cluster, are named.
    const clusterLabel = !implicitCluster || report.clusters[0]?.name !== json/* IMPLICIT_CLUSTER_NAME */.b;
    const artifacts = (0,comment_artifacts/* commentArtifacts */.zT)(report, { clusterLabel, comments });
    const most = comments.layout === 'combined' ? 1 : report.clusters.length;
    if (artifacts.length > most || artifacts.some((a) => a.bodies.length > comment_body/* DEFAULT_MAX_PARTS */._5))
        throw new Error(`internal: ${artifacts.length} comments for a plan of ${report.clusters.length} clusters`);
    return artifacts;
}
/** The most comment bodies one plan can need: the cap planComments holds. */
function maxCommentsFor(report, comments) {
    return (comments.layout === 'combined' ? 1 : report.clusters.length) * comment_body/* DEFAULT_MAX_PARTS */._5;
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
/**
 * The plan must be about the commit the event is about (every cluster's head commit), so a stale or
 * foreign report is not posted.
 */
function checkPlanMatchesRun(report, target) {
    if (!target.headSha)
        return undefined;
    for (const c of report.clusters) {
        if (c.head.commit !== target.headSha)
            return `the report artifact is for commit ${c.head.commit ?? '(none)'}, but the workflow run is for ${target.headSha}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/client-modules.ts
/** The GitHub client and what uses it (action/main.ts imports this on demand: only to comment or publish). */





/***/ })

};
