export const id = 490;
export const ids = [490];
export const modules = {

/***/ 9490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/action/context.ts

function runContext(env = process.env) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let payload = {};
    const path = env['GITHUB_EVENT_PATH'];
    if (path) {
        if ((0,external_node_fs_.existsSync)(path))
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        else
            process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist\n`);
    }
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        payload,
        get repo() {
            const full = env['GITHUB_REPOSITORY'];
            if (full) {
                const [owner = '', repo = ''] = full.split('/');
                return { owner, repo };
            }
            if (payload['repository'])
                return { owner: payload['repository'].owner?.login, repo: payload['repository'].name };
            throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
        }
    };
}

;// CONCATENATED MODULE: ./src/publish/comment-target.ts
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
function commentTarget(eventName, payload, owner, repo) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const number = obj(obj(payload)?.['pull_request'])?.['number'];
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

// EXTERNAL MODULE: ./src/publish/limits.ts
var limits = __webpack_require__(623);
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
            fromVersion: opt('from-version'),
            toVersion: opt('to-version'),
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
        maxClusters: maxClusters(core.getInput('max-clusters')),
        cluster: opt('cluster'),
        checkAuth: masked(opt('check-auth')),
        configFrom: opt('config-from')
    };
}
/** `max-clusters`: a whole number from 1 to MAX_PUBLISH_CLUSTERS; empty is that bound. */
function maxClusters(raw) {
    if (raw === '')
        return limits/* MAX_PUBLISH_CLUSTERS */.R;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > limits/* MAX_PUBLISH_CLUSTERS */.R) {
        throw new Error(`input max-clusters must be a whole number from 1 to ${limits/* MAX_PUBLISH_CLUSTERS */.R} (got "${raw}")`);
    }
    return n;
}

// EXTERNAL MODULE: ./src/publish/plan-artifact.ts + 1 modules
var plan_artifact = __webpack_require__(4409);
;// CONCATENATED MODULE: ./src/action/publish-files.ts



/**
 * More plan files than a run has clusters (a matrix job writes one plan of one cluster) is not something
 * analyze writes; refuse rather than read them all.
 */
const MAX_PUBLISH_FILES = plan_artifact/* MAX_PUBLISH_CLUSTERS */.RE;
const PUBLISH_FILE = /^publish.*\.json$/;
/**
 * The plan files a publish job reads: the file it was given, or the publish*.json files in the folder
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









// The engine and the GitHub client load when a mode needs them, not before the action's first line of
// output: the client (Octokit) only when a comment is posted.
const engine = () => Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(836), __webpack_require__.e(506), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 5403));
const client = () => Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(836), __webpack_require__.e(704)]).then(__webpack_require__.bind(__webpack_require__, 6704));
const VERSION = '0.1.0';
/** Outputs are small values; anything large goes through the files in report-dir. */
function setOutputs(report, dir, FORMATS) {
    const all = (0,types/* reportFindings */.L)(report);
    const order = ['none', 'reload', 'restart', 'drain', 'reboot'];
    const highest = report.clusters
        .map((c) => c.highestDisruption)
        .reduce((m, d) => (order.indexOf(d) > order.indexOf(m) ? d : m), 'none');
    for (const f of FORMATS)
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
    const { createClient, publishComments } = await client();
    const github = createClient({ token: inputs.token });
    const results = [];
    for (const a of artifacts) {
        const r = await publishComments(github, {
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
    const { planRangeChecked, today } = await engine();
    let dir;
    let s = settings;
    if (checkAuth && s.checkPulls && !s.checkPulls.authfile) {
        dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'registry-plan-auth-'));
        const authfile = (0,external_node_path_.join)(dir, 'auth.json');
        (0,external_node_fs_.writeFileSync)(authfile, checkAuth, { mode: 0o600 });
        s = { ...s, checkPulls: { ...s.checkPulls, authfile } };
    }
    try {
        return await planRangeChecked(s, refs, today(), (line) => core.info(line));
    }
    finally {
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The plan of the range, with the gate's configuration read from the trusted side (the base commit). */
async function planTrusted(e, inputs, refs) {
    // The gate comes from the trusted side: the base commit's configuration (see docs/github-action.md).
    const trusted = e.trustedConfig(inputs.overrides.repo ?? process.cwd(), refs, inputs.overrides.config, e.parseConfigFrom(inputs.configFrom));
    const settings = e.resolveSettings({ ...inputs.overrides, cluster: inputs.cluster }, trusted.readText, trusted.readHeadText);
    const planned = await planWithPullChecks(settings, refs, inputs.checkAuth);
    return { report: e.withConfigChange(planned, trusted, settings.failOn), settings };
}
/** Every output format's files (plan.json, report.md, results.sarif, the publish files), annotations, outputs. */
function writeReports(e, inputs, report, ctx) {
    const dir = inputs.reportDir;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const f of e.FORMATS)
        for (const file of f.files(report, ctx))
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, file.name), file.text);
    if (inputs.annotations)
        e.issueAnnotations(e.planAnnotations((0,types/* reportFindings */.L)(report)));
    setOutputs(report, dir, e.FORMATS);
}
/**
 * The sticky comments, when the event has a pull request to comment on. Returns the notes the job summary
 * shows when a comment could not be written (a fork's read-only token, a rate limit).
 */
async function commentOnTarget(inputs, target, artifacts) {
    if (!inputs.comment)
        return [];
    if (!target.comment.comment) {
        core.info(`No PR comment for a ${target.description}: ${target.comment.reason}.`);
        return [];
    }
    const { repo } = runContext();
    const results = await comment(inputs, repo.owner, repo.repo, target.comment.issueNumber, artifacts);
    core.setOutput('comment-id', results.flatMap((r) => r.commentIds).join(','));
    return results.filter((r) => !r.ok).map((r) => `> **No pull request comment.** ${r.message}\n`);
}
/** analyze: plan the range, write every report file, annotate, comment when allowed, gate on the verdict. */
async function analyze(inputs) {
    const { eventName, payload, repo } = runContext();
    const target = targetFromEvent(eventName, payload, repo.owner, repo.repo);
    const base = inputs.base ?? target.base;
    const head = inputs.head ?? target.head;
    if (!base || !head) {
        core.setFailed(`registry-plan needs a base and a head commit: the ${target.description} does not give them; set the base and head inputs.`);
        return;
    }
    const e = await engine();
    const { report, settings } = await planTrusted(e, inputs, { base, head });
    for (const line of e.checkPullsNotes(report))
        core.warning(line);
    const ctx = {
        implicitCluster: settings.implicitCluster,
        // A named cluster (matrix job) says which cluster its comment is about, as with several clusters.
        clusterLabel: !settings.implicitCluster || inputs.cluster !== undefined,
        namedCluster: inputs.cluster !== undefined,
        toolVersion: VERSION,
        comments: inputs.comments
    };
    writeReports(e, inputs, report, ctx);
    // Commenting comes before the summary so that the summary can say why a comment is missing: the
    // summary is the one place every reader of the check sees.
    const notes = await commentOnTarget(inputs, target, e.commentArtifacts(report, ctx));
    await e.writeJobSummary([...notes, e.PLAN_FORMATS.markdown.text(report, ctx)].join('\n'), {
        fullReportAt: `the report artifact (${(0,external_node_path_.join)(inputs.reportDir, 'report.md')})`
    });
    if (report.verdict !== 'pass') {
        core.setFailed(report.verdict === 'cannot-evaluate'
            ? 'registry-plan cannot evaluate this change: some manifests could not be read (see the annotations and the job summary).'
            : `registry-plan verdict: fail (a finding reaches fail-on: ${report.failOn}). See the PR comment or the job summary.`);
    }
}
/**
 * publish: for a workflow_run job that has the base repository's token. It reads only the uploaded plan
 * JSON (validated and rebuilt: publish/plan-artifact.ts), renders the comments from it with the same
 * code as analyze, takes the PR number from the event, and never checks out or runs PR code.
 */
async function publish(inputs) {
    const { payload, repo } = runContext();
    const { createClient, checkPlanMatchesRun, findPullRequestForRun, maxCommentsFor, mergePlanArtifacts, planComments, readPlanArtifact } = await client();
    const plans = [];
    for (const p of findPublishFiles(inputs.artifactPath)) {
        const read = await readPlanArtifact(p);
        if (!read.ok) {
            core.setFailed(`publish: ${read.error}`);
            return;
        }
        plans.push(read.artifact);
    }
    if (!plans.length) {
        core.setFailed(`publish: no publish*.json report in ${inputs.artifactPath}`);
        return;
    }
    const plan = mergePlanArtifacts(plans);
    if (!plan.ok) {
        core.setFailed(`publish: ${plan.error}`);
        return;
    }
    const clusters = plan.artifact.report.clusters.length;
    if (clusters > inputs.maxClusters) {
        core.setFailed(`publish: the plan has ${clusters} clusters, more than max-clusters (${inputs.maxClusters}); nothing was posted`);
        return;
    }
    const target = await findPullRequestForRun(createClient({ token: inputs.token }), payload);
    if (!target.ok) {
        core.setFailed(`publish: ${target.error}`);
        return;
    }
    const mismatch = checkPlanMatchesRun(plan.artifact.report, target.target);
    if (mismatch) {
        core.setFailed(`publish: ${mismatch}`);
        return;
    }
    const comments = planComments(plan.artifact, inputs.comments);
    core.info(`publish: ${comments.length} comment(s) for ${plan.artifact.report.clusters.length} cluster(s), at most ${maxCommentsFor(plan.artifact.report, inputs.comments)} bodies`);
    const results = await comment(inputs, repo.owner, repo.repo, target.target.pullNumber, comments);
    core.setOutput('comment-id', results.flatMap((r) => r.commentIds).join(','));
    // The verdict the plan's findings make (checked when it was read); the analyze run's check is the gate.
    core.setOutput('verdict', plan.artifact.report.verdict);
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


/***/ }),

/***/ 623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ MAX_PUBLISH_CLUSTERS)
/* harmony export */ });
/**
 * How much one publish run may post: a small module, so the action's inputs can name the bound
 * without loading the plan validator at start-up.
 */
const MAX_PUBLISH_CLUSTERS = 50;


/***/ }),

/***/ 4409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RE: () => (/* reexport */ limits/* MAX_PUBLISH_CLUSTERS */.R),
  yO: () => (/* binding */ PLAN_ARTIFACT_MAX_BYTES),
  lC: () => (/* binding */ parsePlanArtifact)
});

// UNUSED EXPORTS: MAX_LIST_ITEMS

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/generated/plan-validator.js
// Generated by scripts/compile-schemas.mjs from schema/plan.schema.json; do not edit.
/* eslint-disable */


const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const plan_validator = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/registry-plan/registry-plan/schema/plan.schema.json","title":"registry-plan plan --format json (plan.json)","description":"The contract of plan.json (docs/contract.md). Without `clusters` in the configuration the report is one cluster object; with them, {openshiftVersion, clusters: [{name, ...cluster}], failOn, verdict}. Field names and values listed here are the contract; more fields are welcome.","type":"object","oneOf":[{"type":"object","allOf":[{"$ref":"#/definitions/cluster"},{"$ref":"#/definitions/reportFields"}],"properties":{"clusters":false,"name":{"description":"Only when the action's `cluster` input named the one cluster (its comment marker).","type":"string","minLength":1}}},{"type":"object","allOf":[{"$ref":"#/definitions/reportFields"}],"required":["openshiftVersion","clusters"],"properties":{"openshiftVersion":{"$ref":"#/definitions/ocpVersion"},"clusters":{"type":"array","items":{"type":"object","allOf":[{"$ref":"#/definitions/cluster"}],"required":["name"],"properties":{"name":{"type":"string","minLength":1}}}}}}],"definitions":{"ocpVersion":{"type":"string","pattern":"^[0-9]+\\.[0-9]+$"},"verdict":{"enum":["pass","fail","cannot-evaluate"]},"disruption":{"enum":["none","reload","restart","drain","reboot"]},"severity":{"enum":["error","warning","notice"]},"line":{"type":"integer","minimum":0},"strings":{"type":"array","items":{"type":"string"}},"reportFields":{"type":"object","required":["failOn","verdict"],"properties":{"failOn":{"enum":["error","warning","never"]},"verdict":{"$ref":"#/definitions/verdict"},"checkPulls":{"description":"--check-pulls: the run's totals.","type":"object","required":["mode","references","clientRuns","cached","elapsedMs","budgetExhausted","unreachable","notChecked"],"properties":{"mode":{"enum":["changed","all"]},"references":{"type":"integer","minimum":0},"clientRuns":{"type":"integer","minimum":0},"cached":{"type":"integer","minimum":0},"elapsedMs":{"type":"number","minimum":0},"budgetExhausted":{"type":"boolean"},"unreachable":{"type":"array","items":{"type":"object","required":["host","detail","references"],"properties":{"host":{"type":"string"},"detail":{"type":"string"},"references":{"type":"integer","minimum":0}}}},"notChecked":{"type":"array","items":{"type":"string"}}}},"configChange":{"description":"The pull request changes the configuration file. The base's file is the gate in force; `findings` (config-loosened) are the run's, counted once (not repeated in any cluster's findings), and `verdict` is theirs alone (the report's verdict includes it). `diff` is the file base → head, redacted and capped.","type":"object","required":["findings","verdict"],"properties":{"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"verdict":{"$ref":"#/definitions/verdict"},"diff":{"type":"object","required":["path","diff"],"properties":{"path":{"type":"string","minLength":1},"diff":{"type":"string"},"omittedLines":{"type":"integer","minimum":1}}}}}}},"side":{"type":"object","required":["ref","errors"],"properties":{"ref":{"type":"string"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"errors":{"type":"array","items":{"type":"object","required":["component","message","file","line"],"properties":{"component":{"enum":["mco","wmco","input"]},"message":{"type":"string"},"file":{"type":"string"},"line":{"$ref":"#/definitions/line"}}}}}},"origin":{"enum":["generated","template","machineconfig","absent"]},"file":{"type":"object","required":["node","path","change","diff"],"properties":{"node":{"enum":["linux","windows"]},"path":{"type":"string","minLength":1},"change":{"enum":["added","removed","modified","unchanged"]},"diff":{"type":"string"},"origin":{"type":"object","required":["before","after"],"properties":{"before":{"$ref":"#/definitions/origin"},"after":{"$ref":"#/definitions/origin"}}},"pools":{"description":"Written by MachineConfigs: the pools whose nodes get this change.","type":"array","items":{"type":"string"}},"writer":{"description":"The MachineConfig whose contents are in effect on each side.","type":"object","properties":{"before":{"type":"string"},"after":{"type":"string"}}},"cause":{"description":"In an upgrade: what changes the file: the new release by itself (upgrade), the edited manifests (manifests), or both.","enum":["upgrade","manifests","both"]}}},"registry":{"type":"object","required":["source","summary"],"properties":{"source":{"type":"string"},"summary":{"$ref":"#/definitions/strings"}}},"pool":{"type":"object","required":["name","os","nodes","maxUnavailable","paused","actions","drain","reboot","reasons","estimate"],"properties":{"name":{"type":"string"},"os":{"const":"linux"},"nodes":{"type":"integer","minimum":0},"nodesFrom":{"enum":["machinesets","config","assumed"]},"maxUnavailable":{"type":"integer","minimum":0},"paused":{"type":"boolean"},"actions":{"$ref":"#/definitions/strings"},"drain":{"type":"boolean"},"reboot":{"type":"boolean"},"disruption":{"$ref":"#/definitions/disruption"},"reasons":{"$ref":"#/definitions/strings"},"estimate":{"type":"object","required":["batches","minutes","assumptions"],"properties":{"batches":{"type":"integer","minimum":0},"minutes":{"type":"number","minimum":0},"held":{"type":"boolean"},"assumptions":{"type":"string"}}}}},"windows":{"type":"object","required":["nodes","changed","disruption","estimate"],"properties":{"nodes":{"type":"integer","minimum":0},"changed":{"type":"boolean"},"disruption":{"const":"none"},"passes":{"type":"integer","minimum":0},"estimate":{"type":"object","required":["minutes","assumptions"],"properties":{"minutes":{"type":"number","minimum":0},"assumptions":{"type":"string"}}},"reasons":{"$ref":"#/definitions/strings"}}},"workload":{"type":"object","required":["image","file","line","before","after","pullable"],"properties":{"image":{"type":"string"},"file":{"type":"string"},"line":{"$ref":"#/definitions/line"},"workload":{"type":"string"},"os":{"enum":["linux","windows"]},"before":{"$ref":"#/definitions/strings"},"after":{"$ref":"#/definitions/strings"},"pullableBefore":{"type":"boolean"},"pullable":{"type":"boolean"},"note":{"type":"string"},"check":{"$ref":"#/definitions/pullCheck"},"kind":{"enum":["platform"],"description":"Set for the platform's own images (release image, CatalogSource/ClusterCatalog, UpdateService graph data, PinnedImageSet); absent for workload images."},"source":{"type":"object","required":["object","field"],"properties":{"object":{"type":"string","description":"kind/name of the object the reference comes from"},"field":{"type":"string","description":"the field path, e.g. spec.image"}},"description":"For platform images: where the reference comes from."}}},"finding":{"type":"object","required":["rule","severity","message","file","line"],"properties":{"rule":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"severity":{"$ref":"#/definitions/severity"},"message":{"type":"string","minLength":1},"file":{"type":"string"},"line":{"$ref":"#/definitions/line"},"object":{"type":"string"},"waived":{"type":"object","required":["reason","owner","expires"],"properties":{"reason":{"type":"string"},"owner":{"type":"string"},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}}},"cluster":{"type":"object","required":["openshiftVersion","changed","base","head","files","registries","pools","windows","workloads","findings","highestDisruption","verdict"],"properties":{"openshiftVersion":{"$ref":"#/definitions/ocpVersion"},"changed":{"type":"boolean"},"base":{"$ref":"#/definitions/side"},"head":{"$ref":"#/definitions/side"},"files":{"type":"array","items":{"$ref":"#/definitions/file"}},"registries":{"type":"array","items":{"$ref":"#/definitions/registry"}},"pools":{"type":"array","items":{"$ref":"#/definitions/pool"}},"windows":{"$ref":"#/definitions/windows"},"workloads":{"type":"array","items":{"$ref":"#/definitions/workload"}},"workloadsUnchanged":{"type":"integer","minimum":0},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"highestDisruption":{"$ref":"#/definitions/disruption"},"verdict":{"$ref":"#/definitions/verdict"},"checkedUnchanged":{"description":"--check-pulls=all: references whose route did not change, each with its check.","type":"array","items":{"$ref":"#/definitions/workload"}},"openshiftVersionFrom":{"type":"string","description":"Where the planned version came from: the openshift-version override (command line or action input, which wins over every cluster's own), a configuration key, or the default."},"upgrade":{"$ref":"#/definitions/upgrade"}}},"pullCheck":{"description":"--check-pulls: what the registries answered for this reference on the head side (docs/check-pulls.md).","type":"object","required":["result","tried","by"],"properties":{"result":{"enum":["served","missing","unreachable","denied","not-checked"]},"from":{"type":"string"},"tried":{"type":"array","items":{"type":"string"}},"by":{"enum":["digest","tag"]},"detail":{"type":"string"},"fromMirror":{"type":"boolean"},"sourceAllowed":{"type":"boolean"},"attempts":{"type":"array","items":{"type":"object","required":["endpoint","outcome"],"properties":{"endpoint":{"type":"string"},"outcome":{"enum":["served","missing","denied","unreachable"]},"detail":{"type":"string"}}}}}},"poolCost":{"type":"object","required":["pool","disruption","actions"],"additionalProperties":false,"properties":{"pool":{"type":"string","minLength":1},"disruption":{"$ref":"#/definitions/disruption"},"actions":{"$ref":"#/definitions/strings"}}},"upgrade":{"description":"Set when the base and head are planned at different OpenShift versions (docs/release-gating.md): the base at `from`, the head at `to`, and the base manifests at `to` as well, to tell the release's own changes from the edited manifests'.","type":"object","additionalProperties":false,"required":["from","to","fromSource","toSource","files","impactAlone","manifestImpact","note"],"properties":{"from":{"$ref":"#/definitions/ocpVersion"},"to":{"$ref":"#/definitions/ocpVersion"},"fromSource":{"type":"string","description":"Where the base's version came from (from-version, a ClusterVersion field with file and line, the configuration)."},"toSource":{"type":"string","description":"Where the head's version came from."},"files":{"description":"Node files the new release writes differently from the same (base) manifests.","type":"array","items":{"$ref":"#/definitions/file"}},"impactAlone":{"description":"Per pool: what the release's own pull-configuration changes would cost without the upgrade's own reboot.","type":"array","items":{"$ref":"#/definitions/poolCost"}},"manifestImpact":{"description":"Per pool: what the edited manifests cost at the new version; empty when no manifest changes a node file.","type":"array","items":{"$ref":"#/definitions/poolCost"}},"note":{"type":"string"}}}}};
const schema13 = {"type":"string","pattern":"^[0-9]+\\.[0-9]+$"};
const schema12 = {"type":"object","required":["openshiftVersion","changed","base","head","files","registries","pools","windows","workloads","findings","highestDisruption","verdict"],"properties":{"openshiftVersion":{"$ref":"#/definitions/ocpVersion"},"changed":{"type":"boolean"},"base":{"$ref":"#/definitions/side"},"head":{"$ref":"#/definitions/side"},"files":{"type":"array","items":{"$ref":"#/definitions/file"}},"registries":{"type":"array","items":{"$ref":"#/definitions/registry"}},"pools":{"type":"array","items":{"$ref":"#/definitions/pool"}},"windows":{"$ref":"#/definitions/windows"},"workloads":{"type":"array","items":{"$ref":"#/definitions/workload"}},"workloadsUnchanged":{"type":"integer","minimum":0},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"highestDisruption":{"$ref":"#/definitions/disruption"},"verdict":{"$ref":"#/definitions/verdict"},"checkedUnchanged":{"description":"--check-pulls=all: references whose route did not change, each with its check.","type":"array","items":{"$ref":"#/definitions/workload"}},"openshiftVersionFrom":{"type":"string","description":"Where the planned version came from: the openshift-version override (command line or action input, which wins over every cluster's own), a configuration key, or the default."},"upgrade":{"$ref":"#/definitions/upgrade"}}};
const schema23 = {"enum":["none","reload","restart","drain","reboot"]};
const schema36 = {"enum":["pass","fail","cannot-evaluate"]};
const pattern0 = new RegExp("^[0-9]+\\.[0-9]+$", "u");
const schema14 = {"type":"object","required":["ref","errors"],"properties":{"ref":{"type":"string"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"errors":{"type":"array","items":{"type":"object","required":["component","message","file","line"],"properties":{"component":{"enum":["mco","wmco","input"]},"message":{"type":"string"},"file":{"type":"string"},"line":{"$ref":"#/definitions/line"}}}}}};
const schema15 = {"type":"integer","minimum":0};
const pattern1 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.ref === undefined) && (missing0 = "ref")) || ((data.errors === undefined) && (missing0 = "errors"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.ref !== undefined){
const _errs1 = errors;
if(typeof data.ref !== "string"){
validate12.errors = [{instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commit !== undefined){
let data1 = data.commit;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
validate12.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errors !== undefined){
let data2 = data.errors;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((data3.component === undefined) && (missing1 = "component")) || ((data3.message === undefined) && (missing1 = "message"))) || ((data3.file === undefined) && (missing1 = "file"))) || ((data3.line === undefined) && (missing1 = "line"))){
validate12.errors = [{instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.component !== undefined){
let data4 = data3.component;
const _errs9 = errors;
if(!(((data4 === "mco") || (data4 === "wmco")) || (data4 === "input"))){
validate12.errors = [{instancePath:instancePath+"/errors/" + i0+"/component",schemaPath:"#/properties/errors/items/properties/component/enum",keyword:"enum",params:{allowedValues: schema14.properties.errors.items.properties.component.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.message !== undefined){
const _errs10 = errors;
if(typeof data3.message !== "string"){
validate12.errors = [{instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.file !== undefined){
const _errs12 = errors;
if(typeof data3.file !== "string"){
validate12.errors = [{instancePath:instancePath+"/errors/" + i0+"/file",schemaPath:"#/properties/errors/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.line !== undefined){
let data7 = data3.line;
const _errs14 = errors;
const _errs15 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate12.errors = [{instancePath:instancePath+"/errors/" + i0+"/line",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate12.errors = [{instancePath:instancePath+"/errors/" + i0+"/line",schemaPath:"#/definitions/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/errors/" + i0,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","required":["node","path","change","diff"],"properties":{"node":{"enum":["linux","windows"]},"path":{"type":"string","minLength":1},"change":{"enum":["added","removed","modified","unchanged"]},"diff":{"type":"string"},"origin":{"type":"object","required":["before","after"],"properties":{"before":{"$ref":"#/definitions/origin"},"after":{"$ref":"#/definitions/origin"}}},"pools":{"description":"Written by MachineConfigs: the pools whose nodes get this change.","type":"array","items":{"type":"string"}},"writer":{"description":"The MachineConfig whose contents are in effect on each side.","type":"object","properties":{"before":{"type":"string"},"after":{"type":"string"}}},"cause":{"description":"In an upgrade: what changes the file: the new release by itself (upgrade), the edited manifests (manifests), or both.","enum":["upgrade","manifests","both"]}}};
const schema17 = {"enum":["generated","template","machineconfig","absent"]};
const func2 = ucs2length["default"] ?? ucs2length;

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.node === undefined) && (missing0 = "node")) || ((data.path === undefined) && (missing0 = "path"))) || ((data.change === undefined) && (missing0 = "change"))) || ((data.diff === undefined) && (missing0 = "diff"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.node !== undefined){
let data0 = data.node;
const _errs1 = errors;
if(!((data0 === "linux") || (data0 === "windows"))){
validate15.errors = [{instancePath:instancePath+"/node",schemaPath:"#/properties/node/enum",keyword:"enum",params:{allowedValues: schema16.properties.node.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data1 = data.path;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate15.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.change !== undefined){
let data2 = data.change;
const _errs4 = errors;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "modified")) || (data2 === "unchanged"))){
validate15.errors = [{instancePath:instancePath+"/change",schemaPath:"#/properties/change/enum",keyword:"enum",params:{allowedValues: schema16.properties.change.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diff !== undefined){
const _errs5 = errors;
if(typeof data.diff !== "string"){
validate15.errors = [{instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.origin !== undefined){
let data4 = data.origin;
const _errs7 = errors;
if(errors === _errs7){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.before === undefined) && (missing1 = "before")) || ((data4.after === undefined) && (missing1 = "after"))){
validate15.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.before !== undefined){
let data5 = data4.before;
const _errs9 = errors;
if(!((((data5 === "generated") || (data5 === "template")) || (data5 === "machineconfig")) || (data5 === "absent"))){
validate15.errors = [{instancePath:instancePath+"/origin/before",schemaPath:"#/definitions/origin/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data4.after !== undefined){
let data6 = data4.after;
const _errs11 = errors;
if(!((((data6 === "generated") || (data6 === "template")) || (data6 === "machineconfig")) || (data6 === "absent"))){
validate15.errors = [{instancePath:instancePath+"/origin/after",schemaPath:"#/definitions/origin/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pools !== undefined){
let data7 = data.pools;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data7)){
var valid4 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(typeof data7[i0] !== "string"){
validate15.errors = [{instancePath:instancePath+"/pools/" + i0,schemaPath:"#/properties/pools/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/pools",schemaPath:"#/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.writer !== undefined){
let data9 = data.writer;
const _errs17 = errors;
if(errors === _errs17){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.before !== undefined){
const _errs19 = errors;
if(typeof data9.before !== "string"){
validate15.errors = [{instancePath:instancePath+"/writer/before",schemaPath:"#/properties/writer/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.after !== undefined){
const _errs21 = errors;
if(typeof data9.after !== "string"){
validate15.errors = [{instancePath:instancePath+"/writer/after",schemaPath:"#/properties/writer/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/writer",schemaPath:"#/properties/writer/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cause !== undefined){
let data12 = data.cause;
const _errs23 = errors;
if(!(((data12 === "upgrade") || (data12 === "manifests")) || (data12 === "both"))){
validate15.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/enum",keyword:"enum",params:{allowedValues: schema16.properties.cause.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","required":["source","summary"],"properties":{"source":{"type":"string"},"summary":{"$ref":"#/definitions/strings"}}};
const schema20 = {"type":"array","items":{"type":"string"}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.source === undefined) && (missing0 = "source")) || ((data.summary === undefined) && (missing0 = "summary"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.source !== undefined){
const _errs1 = errors;
if(typeof data.source !== "string"){
validate17.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data1 = data.summary;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate17.errors = [{instancePath:instancePath+"/summary/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","required":["name","os","nodes","maxUnavailable","paused","actions","drain","reboot","reasons","estimate"],"properties":{"name":{"type":"string"},"os":{"const":"linux"},"nodes":{"type":"integer","minimum":0},"nodesFrom":{"enum":["machinesets","config","assumed"]},"maxUnavailable":{"type":"integer","minimum":0},"paused":{"type":"boolean"},"actions":{"$ref":"#/definitions/strings"},"drain":{"type":"boolean"},"reboot":{"type":"boolean"},"disruption":{"$ref":"#/definitions/disruption"},"reasons":{"$ref":"#/definitions/strings"},"estimate":{"type":"object","required":["batches","minutes","assumptions"],"properties":{"batches":{"type":"integer","minimum":0},"minutes":{"type":"number","minimum":0},"held":{"type":"boolean"},"assumptions":{"type":"string"}}}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.name === undefined) && (missing0 = "name")) || ((data.os === undefined) && (missing0 = "os"))) || ((data.nodes === undefined) && (missing0 = "nodes"))) || ((data.maxUnavailable === undefined) && (missing0 = "maxUnavailable"))) || ((data.paused === undefined) && (missing0 = "paused"))) || ((data.actions === undefined) && (missing0 = "actions"))) || ((data.drain === undefined) && (missing0 = "drain"))) || ((data.reboot === undefined) && (missing0 = "reboot"))) || ((data.reasons === undefined) && (missing0 = "reasons"))) || ((data.estimate === undefined) && (missing0 = "estimate"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
const _errs1 = errors;
if(typeof data.name !== "string"){
validate19.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.os !== undefined){
const _errs3 = errors;
if("linux" !== data.os){
validate19.errors = [{instancePath:instancePath+"/os",schemaPath:"#/properties/os/const",keyword:"const",params:{allowedValue: "linux"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nodes !== undefined){
let data2 = data.nodes;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate19.errors = [{instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate19.errors = [{instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nodesFrom !== undefined){
let data3 = data.nodesFrom;
const _errs6 = errors;
if(!(((data3 === "machinesets") || (data3 === "config")) || (data3 === "assumed"))){
validate19.errors = [{instancePath:instancePath+"/nodesFrom",schemaPath:"#/properties/nodesFrom/enum",keyword:"enum",params:{allowedValues: schema21.properties.nodesFrom.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxUnavailable !== undefined){
let data4 = data.maxUnavailable;
const _errs7 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate19.errors = [{instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate19.errors = [{instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paused !== undefined){
const _errs9 = errors;
if(typeof data.paused !== "boolean"){
validate19.errors = [{instancePath:instancePath+"/paused",schemaPath:"#/properties/paused/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.actions !== undefined){
let data6 = data.actions;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data6)){
var valid2 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data6[i0] !== "string"){
validate19.errors = [{instancePath:instancePath+"/actions/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
if(!valid2){
break;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/actions",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.drain !== undefined){
const _errs16 = errors;
if(typeof data.drain !== "boolean"){
validate19.errors = [{instancePath:instancePath+"/drain",schemaPath:"#/properties/drain/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reboot !== undefined){
const _errs18 = errors;
if(typeof data.reboot !== "boolean"){
validate19.errors = [{instancePath:instancePath+"/reboot",schemaPath:"#/properties/reboot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disruption !== undefined){
let data10 = data.disruption;
const _errs20 = errors;
if(!(((((data10 === "none") || (data10 === "reload")) || (data10 === "restart")) || (data10 === "drain")) || (data10 === "reboot"))){
validate19.errors = [{instancePath:instancePath+"/disruption",schemaPath:"#/definitions/disruption/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasons !== undefined){
let data11 = data.reasons;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data11)){
var valid5 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
const _errs25 = errors;
if(typeof data11[i1] !== "string"){
validate19.errors = [{instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs25 === errors;
if(!valid5){
break;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/reasons",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.estimate !== undefined){
let data13 = data.estimate;
const _errs27 = errors;
if(errors === _errs27){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if((((data13.batches === undefined) && (missing1 = "batches")) || ((data13.minutes === undefined) && (missing1 = "minutes"))) || ((data13.assumptions === undefined) && (missing1 = "assumptions"))){
validate19.errors = [{instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data13.batches !== undefined){
let data14 = data13.batches;
const _errs29 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate19.errors = [{instancePath:instancePath+"/estimate/batches",schemaPath:"#/properties/estimate/properties/batches/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate19.errors = [{instancePath:instancePath+"/estimate/batches",schemaPath:"#/properties/estimate/properties/batches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data13.minutes !== undefined){
let data15 = data13.minutes;
const _errs31 = errors;
if(errors === _errs31){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate19.errors = [{instancePath:instancePath+"/estimate/minutes",schemaPath:"#/properties/estimate/properties/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/estimate/minutes",schemaPath:"#/properties/estimate/properties/minutes/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data13.held !== undefined){
const _errs33 = errors;
if(typeof data13.held !== "boolean"){
validate19.errors = [{instancePath:instancePath+"/estimate/held",schemaPath:"#/properties/estimate/properties/held/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data13.assumptions !== undefined){
const _errs35 = errors;
if(typeof data13.assumptions !== "string"){
validate19.errors = [{instancePath:instancePath+"/estimate/assumptions",schemaPath:"#/properties/estimate/properties/assumptions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","required":["nodes","changed","disruption","estimate"],"properties":{"nodes":{"type":"integer","minimum":0},"changed":{"type":"boolean"},"disruption":{"const":"none"},"passes":{"type":"integer","minimum":0},"estimate":{"type":"object","required":["minutes","assumptions"],"properties":{"minutes":{"type":"number","minimum":0},"assumptions":{"type":"string"}}},"reasons":{"$ref":"#/definitions/strings"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.nodes === undefined) && (missing0 = "nodes")) || ((data.changed === undefined) && (missing0 = "changed"))) || ((data.disruption === undefined) && (missing0 = "disruption"))) || ((data.estimate === undefined) && (missing0 = "estimate"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.nodes !== undefined){
let data0 = data.nodes;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate21.errors = [{instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate21.errors = [{instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changed !== undefined){
const _errs3 = errors;
if(typeof data.changed !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/changed",schemaPath:"#/properties/changed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disruption !== undefined){
const _errs5 = errors;
if("none" !== data.disruption){
validate21.errors = [{instancePath:instancePath+"/disruption",schemaPath:"#/properties/disruption/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.passes !== undefined){
let data3 = data.passes;
const _errs6 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate21.errors = [{instancePath:instancePath+"/passes",schemaPath:"#/properties/passes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate21.errors = [{instancePath:instancePath+"/passes",schemaPath:"#/properties/passes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.estimate !== undefined){
let data4 = data.estimate;
const _errs8 = errors;
if(errors === _errs8){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.minutes === undefined) && (missing1 = "minutes")) || ((data4.assumptions === undefined) && (missing1 = "assumptions"))){
validate21.errors = [{instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.minutes !== undefined){
let data5 = data4.minutes;
const _errs10 = errors;
if(errors === _errs10){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate21.errors = [{instancePath:instancePath+"/estimate/minutes",schemaPath:"#/properties/estimate/properties/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/estimate/minutes",schemaPath:"#/properties/estimate/properties/minutes/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data4.assumptions !== undefined){
const _errs12 = errors;
if(typeof data4.assumptions !== "string"){
validate21.errors = [{instancePath:instancePath+"/estimate/assumptions",schemaPath:"#/properties/estimate/properties/assumptions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasons !== undefined){
let data7 = data.reasons;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
var valid3 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(typeof data7[i0] !== "string"){
validate21.errors = [{instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/reasons",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","required":["image","file","line","before","after","pullable"],"properties":{"image":{"type":"string"},"file":{"type":"string"},"line":{"$ref":"#/definitions/line"},"workload":{"type":"string"},"os":{"enum":["linux","windows"]},"before":{"$ref":"#/definitions/strings"},"after":{"$ref":"#/definitions/strings"},"pullableBefore":{"type":"boolean"},"pullable":{"type":"boolean"},"note":{"type":"string"},"check":{"$ref":"#/definitions/pullCheck"},"kind":{"enum":["platform"],"description":"Set for the platform's own images (release image, CatalogSource/ClusterCatalog, UpdateService graph data, PinnedImageSet); absent for workload images."},"source":{"type":"object","required":["object","field"],"properties":{"object":{"type":"string","description":"kind/name of the object the reference comes from"},"field":{"type":"string","description":"the field path, e.g. spec.image"}},"description":"For platform images: where the reference comes from."}}};
const schema31 = {"description":"--check-pulls: what the registries answered for this reference on the head side (docs/check-pulls.md).","type":"object","required":["result","tried","by"],"properties":{"result":{"enum":["served","missing","unreachable","denied","not-checked"]},"from":{"type":"string"},"tried":{"type":"array","items":{"type":"string"}},"by":{"enum":["digest","tag"]},"detail":{"type":"string"},"fromMirror":{"type":"boolean"},"sourceAllowed":{"type":"boolean"},"attempts":{"type":"array","items":{"type":"object","required":["endpoint","outcome"],"properties":{"endpoint":{"type":"string"},"outcome":{"enum":["served","missing","denied","unreachable"]},"detail":{"type":"string"}}}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.image === undefined) && (missing0 = "image")) || ((data.file === undefined) && (missing0 = "file"))) || ((data.line === undefined) && (missing0 = "line"))) || ((data.before === undefined) && (missing0 = "before"))) || ((data.after === undefined) && (missing0 = "after"))) || ((data.pullable === undefined) && (missing0 = "pullable"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.image !== undefined){
const _errs1 = errors;
if(typeof data.image !== "string"){
validate23.errors = [{instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
const _errs3 = errors;
if(typeof data.file !== "string"){
validate23.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data2 = data.line;
const _errs5 = errors;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate23.errors = [{instancePath:instancePath+"/line",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/line",schemaPath:"#/definitions/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workload !== undefined){
const _errs8 = errors;
if(typeof data.workload !== "string"){
validate23.errors = [{instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.os !== undefined){
let data4 = data.os;
const _errs10 = errors;
if(!((data4 === "linux") || (data4 === "windows"))){
validate23.errors = [{instancePath:instancePath+"/os",schemaPath:"#/properties/os/enum",keyword:"enum",params:{allowedValues: schema27.properties.os.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.before !== undefined){
let data5 = data.before;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data5[i0] !== "string"){
validate23.errors = [{instancePath:instancePath+"/before/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/before",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.after !== undefined){
let data7 = data.after;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid5 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs19 = errors;
if(typeof data7[i1] !== "string"){
validate23.errors = [{instancePath:instancePath+"/after/" + i1,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
if(!valid5){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/after",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pullableBefore !== undefined){
const _errs21 = errors;
if(typeof data.pullableBefore !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/pullableBefore",schemaPath:"#/properties/pullableBefore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pullable !== undefined){
const _errs23 = errors;
if(typeof data.pullable !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/pullable",schemaPath:"#/properties/pullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.note !== undefined){
const _errs25 = errors;
if(typeof data.note !== "string"){
validate23.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.check !== undefined){
let data12 = data.check;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if((((data12.result === undefined) && (missing1 = "result")) || ((data12.tried === undefined) && (missing1 = "tried"))) || ((data12.by === undefined) && (missing1 = "by"))){
validate23.errors = [{instancePath:instancePath+"/check",schemaPath:"#/definitions/pullCheck/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data12.result !== undefined){
let data13 = data12.result;
const _errs30 = errors;
if(!(((((data13 === "served") || (data13 === "missing")) || (data13 === "unreachable")) || (data13 === "denied")) || (data13 === "not-checked"))){
validate23.errors = [{instancePath:instancePath+"/check/result",schemaPath:"#/definitions/pullCheck/properties/result/enum",keyword:"enum",params:{allowedValues: schema31.properties.result.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.from !== undefined){
const _errs31 = errors;
if(typeof data12.from !== "string"){
validate23.errors = [{instancePath:instancePath+"/check/from",schemaPath:"#/definitions/pullCheck/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs31 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.tried !== undefined){
let data15 = data12.tried;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid8 = true;
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
const _errs35 = errors;
if(typeof data15[i2] !== "string"){
validate23.errors = [{instancePath:instancePath+"/check/tried/" + i2,schemaPath:"#/definitions/pullCheck/properties/tried/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs35 === errors;
if(!valid8){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/check/tried",schemaPath:"#/definitions/pullCheck/properties/tried/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs33 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.by !== undefined){
let data17 = data12.by;
const _errs37 = errors;
if(!((data17 === "digest") || (data17 === "tag"))){
validate23.errors = [{instancePath:instancePath+"/check/by",schemaPath:"#/definitions/pullCheck/properties/by/enum",keyword:"enum",params:{allowedValues: schema31.properties.by.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.detail !== undefined){
const _errs38 = errors;
if(typeof data12.detail !== "string"){
validate23.errors = [{instancePath:instancePath+"/check/detail",schemaPath:"#/definitions/pullCheck/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.fromMirror !== undefined){
const _errs40 = errors;
if(typeof data12.fromMirror !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/check/fromMirror",schemaPath:"#/definitions/pullCheck/properties/fromMirror/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid7 = _errs40 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.sourceAllowed !== undefined){
const _errs42 = errors;
if(typeof data12.sourceAllowed !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/check/sourceAllowed",schemaPath:"#/definitions/pullCheck/properties/sourceAllowed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid7 = _errs42 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data12.attempts !== undefined){
let data21 = data12.attempts;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data21)){
var valid9 = true;
const len3 = data21.length;
for(let i3=0; i3<len3; i3++){
let data22 = data21[i3];
const _errs46 = errors;
if(errors === _errs46){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing2;
if(((data22.endpoint === undefined) && (missing2 = "endpoint")) || ((data22.outcome === undefined) && (missing2 = "outcome"))){
validate23.errors = [{instancePath:instancePath+"/check/attempts/" + i3,schemaPath:"#/definitions/pullCheck/properties/attempts/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data22.endpoint !== undefined){
const _errs48 = errors;
if(typeof data22.endpoint !== "string"){
validate23.errors = [{instancePath:instancePath+"/check/attempts/" + i3+"/endpoint",schemaPath:"#/definitions/pullCheck/properties/attempts/items/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data22.outcome !== undefined){
let data24 = data22.outcome;
const _errs50 = errors;
if(!((((data24 === "served") || (data24 === "missing")) || (data24 === "denied")) || (data24 === "unreachable"))){
validate23.errors = [{instancePath:instancePath+"/check/attempts/" + i3+"/outcome",schemaPath:"#/definitions/pullCheck/properties/attempts/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema31.properties.attempts.items.properties.outcome.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data22.detail !== undefined){
const _errs51 = errors;
if(typeof data22.detail !== "string"){
validate23.errors = [{instancePath:instancePath+"/check/attempts/" + i3+"/detail",schemaPath:"#/definitions/pullCheck/properties/attempts/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/check/attempts/" + i3,schemaPath:"#/definitions/pullCheck/properties/attempts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs46 === errors;
if(!valid9){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/check/attempts",schemaPath:"#/definitions/pullCheck/properties/attempts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid7 = _errs44 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/check",schemaPath:"#/definitions/pullCheck/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
const _errs53 = errors;
if(!(data.kind === "platform")){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema27.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data27 = data.source;
const _errs54 = errors;
if(errors === _errs54){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing3;
if(((data27.object === undefined) && (missing3 = "object")) || ((data27.field === undefined) && (missing3 = "field"))){
validate23.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data27.object !== undefined){
const _errs56 = errors;
if(typeof data27.object !== "string"){
validate23.errors = [{instancePath:instancePath+"/source/object",schemaPath:"#/properties/source/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs56 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.field !== undefined){
const _errs58 = errors;
if(typeof data27.field !== "string"){
validate23.errors = [{instancePath:instancePath+"/source/field",schemaPath:"#/properties/source/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs58 === errors;
}
else {
var valid11 = true;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","required":["rule","severity","message","file","line"],"properties":{"rule":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"severity":{"$ref":"#/definitions/severity"},"message":{"type":"string","minLength":1},"file":{"type":"string"},"line":{"$ref":"#/definitions/line"},"object":{"type":"string"},"waived":{"type":"object","required":["reason","owner","expires"],"properties":{"reason":{"type":"string"},"owner":{"type":"string"},"expires":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}}};
const schema33 = {"enum":["error","warning","notice"]};
const pattern2 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.rule === undefined) && (missing0 = "rule")) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.file === undefined) && (missing0 = "file"))) || ((data.line === undefined) && (missing0 = "line"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.rule !== undefined){
let data0 = data.rule;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
validate25.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data1 = data.severity;
const _errs3 = errors;
if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "notice"))){
validate25.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data2 = data.message;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate25.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
const _errs7 = errors;
if(typeof data.file !== "string"){
validate25.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data4 = data.line;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate25.errors = [{instancePath:instancePath+"/line",schemaPath:"#/definitions/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate25.errors = [{instancePath:instancePath+"/line",schemaPath:"#/definitions/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.object !== undefined){
const _errs12 = errors;
if(typeof data.object !== "string"){
validate25.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.waived !== undefined){
let data6 = data.waived;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((((data6.reason === undefined) && (missing1 = "reason")) || ((data6.owner === undefined) && (missing1 = "owner"))) || ((data6.expires === undefined) && (missing1 = "expires"))){
validate25.errors = [{instancePath:instancePath+"/waived",schemaPath:"#/properties/waived/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data6.reason !== undefined){
const _errs16 = errors;
if(typeof data6.reason !== "string"){
validate25.errors = [{instancePath:instancePath+"/waived/reason",schemaPath:"#/properties/waived/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.owner !== undefined){
const _errs18 = errors;
if(typeof data6.owner !== "string"){
validate25.errors = [{instancePath:instancePath+"/waived/owner",schemaPath:"#/properties/waived/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.expires !== undefined){
let data9 = data6.expires;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
validate25.errors = [{instancePath:instancePath+"/waived/expires",schemaPath:"#/properties/waived/properties/expires/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/waived/expires",schemaPath:"#/properties/waived/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/waived",schemaPath:"#/properties/waived/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

const schema37 = {"description":"Set when the base and head are planned at different OpenShift versions (docs/release-gating.md): the base at `from`, the head at `to`, and the base manifests at `to` as well, to tell the release's own changes from the edited manifests'.","type":"object","additionalProperties":false,"required":["from","to","fromSource","toSource","files","impactAlone","manifestImpact","note"],"properties":{"from":{"$ref":"#/definitions/ocpVersion"},"to":{"$ref":"#/definitions/ocpVersion"},"fromSource":{"type":"string","description":"Where the base's version came from (from-version, a ClusterVersion field with file and line, the configuration)."},"toSource":{"type":"string","description":"Where the head's version came from."},"files":{"description":"Node files the new release writes differently from the same (base) manifests.","type":"array","items":{"$ref":"#/definitions/file"}},"impactAlone":{"description":"Per pool: what the release's own pull-configuration changes would cost without the upgrade's own reboot.","type":"array","items":{"$ref":"#/definitions/poolCost"}},"manifestImpact":{"description":"Per pool: what the edited manifests cost at the new version; empty when no manifest changes a node file.","type":"array","items":{"$ref":"#/definitions/poolCost"}},"note":{"type":"string"}}};
const schema40 = {"type":"object","required":["pool","disruption","actions"],"additionalProperties":false,"properties":{"pool":{"type":"string","minLength":1},"disruption":{"$ref":"#/definitions/disruption"},"actions":{"$ref":"#/definitions/strings"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.pool === undefined) && (missing0 = "pool")) || ((data.disruption === undefined) && (missing0 = "disruption"))) || ((data.actions === undefined) && (missing0 = "actions"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "pool") || (key0 === "disruption")) || (key0 === "actions"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.pool !== undefined){
let data0 = data.pool;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate30.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disruption !== undefined){
let data1 = data.disruption;
const _errs4 = errors;
if(!(((((data1 === "none") || (data1 === "reload")) || (data1 === "restart")) || (data1 === "drain")) || (data1 === "reboot"))){
validate30.errors = [{instancePath:instancePath+"/disruption",schemaPath:"#/definitions/disruption/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.actions !== undefined){
let data2 = data.actions;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(typeof data2[i0] !== "string"){
validate30.errors = [{instancePath:instancePath+"/actions/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/actions",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.from === undefined) && (missing0 = "from")) || ((data.to === undefined) && (missing0 = "to"))) || ((data.fromSource === undefined) && (missing0 = "fromSource"))) || ((data.toSource === undefined) && (missing0 = "toSource"))) || ((data.files === undefined) && (missing0 = "files"))) || ((data.impactAlone === undefined) && (missing0 = "impactAlone"))) || ((data.manifestImpact === undefined) && (missing0 = "manifestImpact"))) || ((data.note === undefined) && (missing0 = "note"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "from") || (key0 === "to")) || (key0 === "fromSource")) || (key0 === "toSource")) || (key0 === "files")) || (key0 === "impactAlone")) || (key0 === "manifestImpact")) || (key0 === "note"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.from !== undefined){
let data0 = data.from;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate28.errors = [{instancePath:instancePath+"/from",schemaPath:"#/definitions/ocpVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/from",schemaPath:"#/definitions/ocpVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
let data1 = data.to;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate28.errors = [{instancePath:instancePath+"/to",schemaPath:"#/definitions/ocpVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/to",schemaPath:"#/definitions/ocpVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fromSource !== undefined){
const _errs8 = errors;
if(typeof data.fromSource !== "string"){
validate28.errors = [{instancePath:instancePath+"/fromSource",schemaPath:"#/properties/fromSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toSource !== undefined){
const _errs10 = errors;
if(typeof data.toSource !== "string"){
validate28.errors = [{instancePath:instancePath+"/toSource",schemaPath:"#/properties/toSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.files !== undefined){
let data4 = data.files;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(!(validate15(data4[i0], {instancePath:instancePath+"/files/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.impactAlone !== undefined){
let data6 = data.impactAlone;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid4 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(!(validate30(data6[i1], {instancePath:instancePath+"/impactAlone/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/impactAlone",schemaPath:"#/properties/impactAlone/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manifestImpact !== undefined){
let data8 = data.manifestImpact;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data8)){
var valid5 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
const _errs20 = errors;
if(!(validate30(data8[i2], {instancePath:instancePath+"/manifestImpact/" + i2,parentData:data8,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid5 = _errs20 === errors;
if(!valid5){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/manifestImpact",schemaPath:"#/properties/manifestImpact/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.note !== undefined){
const _errs21 = errors;
if(typeof data.note !== "string"){
validate28.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.openshiftVersion === undefined) && (missing0 = "openshiftVersion")) || ((data.changed === undefined) && (missing0 = "changed"))) || ((data.base === undefined) && (missing0 = "base"))) || ((data.head === undefined) && (missing0 = "head"))) || ((data.files === undefined) && (missing0 = "files"))) || ((data.registries === undefined) && (missing0 = "registries"))) || ((data.pools === undefined) && (missing0 = "pools"))) || ((data.windows === undefined) && (missing0 = "windows"))) || ((data.workloads === undefined) && (missing0 = "workloads"))) || ((data.findings === undefined) && (missing0 = "findings"))) || ((data.highestDisruption === undefined) && (missing0 = "highestDisruption"))) || ((data.verdict === undefined) && (missing0 = "verdict"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.openshiftVersion !== undefined){
let data0 = data.openshiftVersion;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate11.errors = [{instancePath:instancePath+"/openshiftVersion",schemaPath:"#/definitions/ocpVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/openshiftVersion",schemaPath:"#/definitions/ocpVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.changed !== undefined){
const _errs4 = errors;
if(typeof data.changed !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/changed",schemaPath:"#/properties/changed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base !== undefined){
const _errs6 = errors;
if(!(validate12(data.base, {instancePath:instancePath+"/base",parentData:data,parentDataProperty:"base",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.head !== undefined){
const _errs7 = errors;
if(!(validate12(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.files !== undefined){
let data4 = data.files;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate15(data4[i0], {instancePath:instancePath+"/files/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.registries !== undefined){
let data6 = data.registries;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs13 = errors;
if(!(validate17(data6[i1], {instancePath:instancePath+"/registries/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/registries",schemaPath:"#/properties/registries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pools !== undefined){
let data8 = data.pools;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data8)){
var valid4 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
const _errs16 = errors;
if(!(validate19(data8[i2], {instancePath:instancePath+"/pools/" + i2,parentData:data8,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var valid4 = _errs16 === errors;
if(!valid4){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/pools",schemaPath:"#/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.windows !== undefined){
const _errs17 = errors;
if(!(validate21(data.windows, {instancePath:instancePath+"/windows",parentData:data,parentDataProperty:"windows",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workloads !== undefined){
let data11 = data.workloads;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data11)){
var valid5 = true;
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
const _errs20 = errors;
if(!(validate23(data11[i3], {instancePath:instancePath+"/workloads/" + i3,parentData:data11,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid5 = _errs20 === errors;
if(!valid5){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/workloads",schemaPath:"#/properties/workloads/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workloadsUnchanged !== undefined){
let data13 = data.workloadsUnchanged;
const _errs21 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate11.errors = [{instancePath:instancePath+"/workloadsUnchanged",schemaPath:"#/properties/workloadsUnchanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate11.errors = [{instancePath:instancePath+"/workloadsUnchanged",schemaPath:"#/properties/workloadsUnchanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data14 = data.findings;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data14)){
var valid6 = true;
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
const _errs25 = errors;
if(!(validate25(data14[i4], {instancePath:instancePath+"/findings/" + i4,parentData:data14,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid6 = _errs25 === errors;
if(!valid6){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.highestDisruption !== undefined){
let data16 = data.highestDisruption;
const _errs26 = errors;
if(!(((((data16 === "none") || (data16 === "reload")) || (data16 === "restart")) || (data16 === "drain")) || (data16 === "reboot"))){
validate11.errors = [{instancePath:instancePath+"/highestDisruption",schemaPath:"#/definitions/disruption/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data17 = data.verdict;
const _errs28 = errors;
if(!(((data17 === "pass") || (data17 === "fail")) || (data17 === "cannot-evaluate"))){
validate11.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/definitions/verdict/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checkedUnchanged !== undefined){
let data18 = data.checkedUnchanged;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data18)){
var valid9 = true;
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
const _errs32 = errors;
if(!(validate23(data18[i5], {instancePath:instancePath+"/checkedUnchanged/" + i5,parentData:data18,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid9 = _errs32 === errors;
if(!valid9){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/checkedUnchanged",schemaPath:"#/properties/checkedUnchanged/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.openshiftVersionFrom !== undefined){
const _errs33 = errors;
if(typeof data.openshiftVersionFrom !== "string"){
validate11.errors = [{instancePath:instancePath+"/openshiftVersionFrom",schemaPath:"#/properties/openshiftVersionFrom/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.upgrade !== undefined){
const _errs35 = errors;
if(!(validate28(data.upgrade, {instancePath:instancePath+"/upgrade",parentData:data,parentDataProperty:"upgrade",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"object","required":["failOn","verdict"],"properties":{"failOn":{"enum":["error","warning","never"]},"verdict":{"$ref":"#/definitions/verdict"},"checkPulls":{"description":"--check-pulls: the run's totals.","type":"object","required":["mode","references","clientRuns","cached","elapsedMs","budgetExhausted","unreachable","notChecked"],"properties":{"mode":{"enum":["changed","all"]},"references":{"type":"integer","minimum":0},"clientRuns":{"type":"integer","minimum":0},"cached":{"type":"integer","minimum":0},"elapsedMs":{"type":"number","minimum":0},"budgetExhausted":{"type":"boolean"},"unreachable":{"type":"array","items":{"type":"object","required":["host","detail","references"],"properties":{"host":{"type":"string"},"detail":{"type":"string"},"references":{"type":"integer","minimum":0}}}},"notChecked":{"type":"array","items":{"type":"string"}}}},"configChange":{"description":"The pull request changes the configuration file. The base's file is the gate in force; `findings` (config-loosened) are the run's, counted once (not repeated in any cluster's findings), and `verdict` is theirs alone (the report's verdict includes it). `diff` is the file base → head, redacted and capped.","type":"object","required":["findings","verdict"],"properties":{"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"verdict":{"$ref":"#/definitions/verdict"},"diff":{"type":"object","required":["path","diff"],"properties":{"path":{"type":"string","minLength":1},"diff":{"type":"string"},"omittedLines":{"type":"integer","minimum":1}}}}}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.failOn === undefined) && (missing0 = "failOn")) || ((data.verdict === undefined) && (missing0 = "verdict"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.failOn !== undefined){
let data0 = data.failOn;
const _errs1 = errors;
if(!(((data0 === "error") || (data0 === "warning")) || (data0 === "never"))){
validate35.errors = [{instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema43.properties.failOn.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data1 = data.verdict;
const _errs2 = errors;
if(!(((data1 === "pass") || (data1 === "fail")) || (data1 === "cannot-evaluate"))){
validate35.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/definitions/verdict/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checkPulls !== undefined){
let data2 = data.checkPulls;
const _errs4 = errors;
if(errors === _errs4){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((((data2.mode === undefined) && (missing1 = "mode")) || ((data2.references === undefined) && (missing1 = "references"))) || ((data2.clientRuns === undefined) && (missing1 = "clientRuns"))) || ((data2.cached === undefined) && (missing1 = "cached"))) || ((data2.elapsedMs === undefined) && (missing1 = "elapsedMs"))) || ((data2.budgetExhausted === undefined) && (missing1 = "budgetExhausted"))) || ((data2.unreachable === undefined) && (missing1 = "unreachable"))) || ((data2.notChecked === undefined) && (missing1 = "notChecked"))){
validate35.errors = [{instancePath:instancePath+"/checkPulls",schemaPath:"#/properties/checkPulls/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.mode !== undefined){
let data3 = data2.mode;
const _errs6 = errors;
if(!((data3 === "changed") || (data3 === "all"))){
validate35.errors = [{instancePath:instancePath+"/checkPulls/mode",schemaPath:"#/properties/checkPulls/properties/mode/enum",keyword:"enum",params:{allowedValues: schema43.properties.checkPulls.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.references !== undefined){
let data4 = data2.references;
const _errs7 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate35.errors = [{instancePath:instancePath+"/checkPulls/references",schemaPath:"#/properties/checkPulls/properties/references/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate35.errors = [{instancePath:instancePath+"/checkPulls/references",schemaPath:"#/properties/checkPulls/properties/references/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.clientRuns !== undefined){
let data5 = data2.clientRuns;
const _errs9 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate35.errors = [{instancePath:instancePath+"/checkPulls/clientRuns",schemaPath:"#/properties/checkPulls/properties/clientRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate35.errors = [{instancePath:instancePath+"/checkPulls/clientRuns",schemaPath:"#/properties/checkPulls/properties/clientRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.cached !== undefined){
let data6 = data2.cached;
const _errs11 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate35.errors = [{instancePath:instancePath+"/checkPulls/cached",schemaPath:"#/properties/checkPulls/properties/cached/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate35.errors = [{instancePath:instancePath+"/checkPulls/cached",schemaPath:"#/properties/checkPulls/properties/cached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.elapsedMs !== undefined){
let data7 = data2.elapsedMs;
const _errs13 = errors;
if(errors === _errs13){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate35.errors = [{instancePath:instancePath+"/checkPulls/elapsedMs",schemaPath:"#/properties/checkPulls/properties/elapsedMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/checkPulls/elapsedMs",schemaPath:"#/properties/checkPulls/properties/elapsedMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.budgetExhausted !== undefined){
const _errs15 = errors;
if(typeof data2.budgetExhausted !== "boolean"){
validate35.errors = [{instancePath:instancePath+"/checkPulls/budgetExhausted",schemaPath:"#/properties/checkPulls/properties/budgetExhausted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.unreachable !== undefined){
let data9 = data2.unreachable;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data9)){
var valid3 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs19 = errors;
if(errors === _errs19){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((((data10.host === undefined) && (missing2 = "host")) || ((data10.detail === undefined) && (missing2 = "detail"))) || ((data10.references === undefined) && (missing2 = "references"))){
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable/" + i0,schemaPath:"#/properties/checkPulls/properties/unreachable/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data10.host !== undefined){
const _errs21 = errors;
if(typeof data10.host !== "string"){
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable/" + i0+"/host",schemaPath:"#/properties/checkPulls/properties/unreachable/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.detail !== undefined){
const _errs23 = errors;
if(typeof data10.detail !== "string"){
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable/" + i0+"/detail",schemaPath:"#/properties/checkPulls/properties/unreachable/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.references !== undefined){
let data13 = data10.references;
const _errs25 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable/" + i0+"/references",schemaPath:"#/properties/checkPulls/properties/unreachable/items/properties/references/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable/" + i0+"/references",schemaPath:"#/properties/checkPulls/properties/unreachable/items/properties/references/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable/" + i0,schemaPath:"#/properties/checkPulls/properties/unreachable/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/checkPulls/unreachable",schemaPath:"#/properties/checkPulls/properties/unreachable/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.notChecked !== undefined){
let data14 = data2.notChecked;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data14)){
var valid5 = true;
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
const _errs29 = errors;
if(typeof data14[i1] !== "string"){
validate35.errors = [{instancePath:instancePath+"/checkPulls/notChecked/" + i1,schemaPath:"#/properties/checkPulls/properties/notChecked/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs29 === errors;
if(!valid5){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/checkPulls/notChecked",schemaPath:"#/properties/checkPulls/properties/notChecked/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/checkPulls",schemaPath:"#/properties/checkPulls/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.configChange !== undefined){
let data16 = data.configChange;
const _errs31 = errors;
if(errors === _errs31){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing3;
if(((data16.findings === undefined) && (missing3 = "findings")) || ((data16.verdict === undefined) && (missing3 = "verdict"))){
validate35.errors = [{instancePath:instancePath+"/configChange",schemaPath:"#/properties/configChange/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data16.findings !== undefined){
let data17 = data16.findings;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data17)){
var valid7 = true;
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
const _errs35 = errors;
if(!(validate25(data17[i2], {instancePath:instancePath+"/configChange/findings/" + i2,parentData:data17,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid7 = _errs35 === errors;
if(!valid7){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/configChange/findings",schemaPath:"#/properties/configChange/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.verdict !== undefined){
let data19 = data16.verdict;
const _errs36 = errors;
if(!(((data19 === "pass") || (data19 === "fail")) || (data19 === "cannot-evaluate"))){
validate35.errors = [{instancePath:instancePath+"/configChange/verdict",schemaPath:"#/definitions/verdict/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs36 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.diff !== undefined){
let data20 = data16.diff;
const _errs38 = errors;
if(errors === _errs38){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing4;
if(((data20.path === undefined) && (missing4 = "path")) || ((data20.diff === undefined) && (missing4 = "diff"))){
validate35.errors = [{instancePath:instancePath+"/configChange/diff",schemaPath:"#/properties/configChange/properties/diff/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data20.path !== undefined){
let data21 = data20.path;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data21 === "string"){
if(func2(data21) < 1){
validate35.errors = [{instancePath:instancePath+"/configChange/diff/path",schemaPath:"#/properties/configChange/properties/diff/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/configChange/diff/path",schemaPath:"#/properties/configChange/properties/diff/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs40 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data20.diff !== undefined){
const _errs42 = errors;
if(typeof data20.diff !== "string"){
validate35.errors = [{instancePath:instancePath+"/configChange/diff/diff",schemaPath:"#/properties/configChange/properties/diff/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs42 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data20.omittedLines !== undefined){
let data23 = data20.omittedLines;
const _errs44 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate35.errors = [{instancePath:instancePath+"/configChange/diff/omittedLines",schemaPath:"#/properties/configChange/properties/diff/properties/omittedLines/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs44){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
validate35.errors = [{instancePath:instancePath+"/configChange/diff/omittedLines",schemaPath:"#/properties/configChange/properties/diff/properties/omittedLines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid9 = _errs44 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/configChange/diff",schemaPath:"#/properties/configChange/properties/diff/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/configChange",schemaPath:"#/properties/configChange/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/registry-plan/registry-plan/schema/plan.schema.json" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
const _errs4 = errors;
if(!(validate11(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(valid1){
const _errs5 = errors;
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clusters !== undefined){
var valid2 = false;
const err0 = {instancePath:instancePath+"/clusters",schemaPath:"#/oneOf/0/properties/clusters/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid2 = true;
}
if(valid2){
if(data.name !== undefined){
let data1 = data.name;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/0/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs8 = errors;
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
if(errors === _errs8){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.openshiftVersion === undefined) && (missing0 = "openshiftVersion")) || ((data.clusters === undefined) && (missing0 = "clusters"))){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.openshiftVersion !== undefined){
let data2 = data.openshiftVersion;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err5 = {instancePath:instancePath+"/openshiftVersion",schemaPath:"#/definitions/ocpVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/openshiftVersion",schemaPath:"#/definitions/ocpVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.clusters !== undefined){
let data3 = data.clusters;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data3)){
var valid6 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs16 = errors;
if(!(validate11(data4, {instancePath:instancePath+"/clusters/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
if(errors === _errs16){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.name === undefined) && (missing1 = "name")){
const err7 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/oneOf/1/properties/clusters/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data4.name !== undefined){
let data5 = data4.name;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err8 = {instancePath:instancePath+"/clusters/" + i0+"/name",schemaPath:"#/oneOf/1/properties/clusters/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/clusters/" + i0+"/name",schemaPath:"#/oneOf/1/properties/clusters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/oneOf/1/properties/clusters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid6 = _errs16 === errors;
if(!valid6){
break;
}
}
}
else {
const err11 = {instancePath:instancePath+"/clusters",schemaPath:"#/oneOf/1/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err13 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate10.errors = vErrors;
return errors === 0;
}

// EXTERNAL MODULE: ./src/model/rule-catalog.ts
var rule_catalog = __webpack_require__(1141);
// EXTERNAL MODULE: ./src/plan/build-cluster-plan.ts + 4 modules
var build_cluster_plan = __webpack_require__(4637);
// EXTERNAL MODULE: ./src/plan/machine-config-plan.ts
var machine_config_plan = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/policy/verdict.ts
var policy_verdict = __webpack_require__(5187);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/publish/limits.ts
var limits = __webpack_require__(623);
;// CONCATENATED MODULE: ./src/publish/plan-artifact.ts
/**
 * The publish job's input: the plan JSON the analyze run uploaded (what `plan --format json` writes).
 * Whoever controls the fork controls every byte of it, so it is read as hostile: size-capped before
 * parsing, validated against schema/plan.schema.json (precompiled: src/generated/plan-validator.js),
 * then rebuilt field by field into a PlanReport, which must print back to exactly the document given
 * (an unknown or extra field, or a derived field that does not follow from the rest, is refused), and
 * whose verdicts must follow from its findings and failOn. The comments are then rendered from that
 * report by the same code the pull_request run uses: no uploaded markdown reaches GitHub.
 */








/** A plan document larger than this is refused before it is parsed. */
const PLAN_ARTIFACT_MAX_BYTES = 16 * 1024 * 1024;
/** More clusters than this in one run is not a plan anyone reviews in comments; refuse. */

/** Items per list (findings, files, workloads, …): a longer list is refused, not rendered. */
const MAX_LIST_ITEMS = 20_000;
/** Node counts, batches and minutes above these are not plans of real clusters. */
const MAX_COUNT = 1_000_000;
const MAX_MINUTES = 10_000_000;
/** Cluster names, as the configuration schema allows them (they are comment markers). */
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
class Refused extends Error {
}
const asObj = (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Refused(`${at} must be an object`);
    return v;
};
const list = (v, at) => {
    if (!Array.isArray(v))
        throw new Refused(`${at} must be an array`);
    if (v.length > MAX_LIST_ITEMS)
        throw new Refused(`${at} has ${v.length} items, over the ${MAX_LIST_ITEMS} cap`);
    return v;
};
const plan_artifact_text = (v, at) => {
    if (typeof v !== 'string')
        throw new Refused(`${at} must be a string`);
    return v;
};
const strings = (v, at) => list(v, at).map((s, i) => plan_artifact_text(s, `${at}/${i}`));
const count = (v, at, max = MAX_COUNT) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max)
        throw new Refused(`${at} is out of range`);
    return v;
};
const flag = (v, at) => {
    if (typeof v !== 'boolean')
        throw new Refused(`${at} must be true or false`);
    return v;
};
function oneOf(v, values, at) {
    if (!values.includes(v))
        throw new Refused(`${at} must be one of ${values.join(', ')}`);
    return v;
}
/** Copies the optional keys that are present (the document omits unset ones). */
function optional(o, key, read, at) {
    return o[key] === undefined ? {} : { [key]: read(o[key], `${at}/${key}`) };
}
const VERDICTS = ['pass', 'fail', 'cannot-evaluate'];
const DISRUPTIONS = ['none', 'reload', 'restart', 'drain', 'reboot'];
function finding(v, at) {
    const o = asObj(v, at);
    // The rule names a link target in the report: only the catalog's rules exist.
    const rule = plan_artifact_text(o['rule'], `${at}/rule`);
    if (!rule_catalog/* RULES_BY_ID */.kF.has(rule))
        throw new Refused(`${at}/rule "${rule.slice(0, 60)}" is not a registry-plan rule`);
    const waived = o['waived'] === undefined
        ? {}
        : (() => {
            const w = asObj(o['waived'], `${at}/waived`);
            const expires = plan_artifact_text(w['expires'], `${at}/waived/expires`);
            if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(expires))
                throw new Refused(`${at}/waived/expires is not a date`);
            return {
                waived: {
                    reason: plan_artifact_text(w['reason'], `${at}/waived/reason`),
                    owner: plan_artifact_text(w['owner'], `${at}/waived/owner`),
                    expires
                }
            };
        })();
    return {
        rule,
        severity: oneOf(o['severity'], ['error', 'warning', 'notice'], `${at}/severity`),
        message: plan_artifact_text(o['message'], `${at}/message`),
        file: plan_artifact_text(o['file'], `${at}/file`),
        line: count(o['line'], `${at}/line`, Number.MAX_SAFE_INTEGER),
        ...optional(o, 'object', plan_artifact_text, at),
        ...optional(o, 'subject', plan_artifact_text, at),
        ...waived
    };
}
const findings = (v, at) => list(v, at).map((f, i) => finding(f, `${at}/${i}`));
function side(v, at) {
    const o = asObj(v, at);
    const errors = list(o['errors'], `${at}/errors`).map((e, i) => {
        const x = asObj(e, `${at}/errors/${i}`);
        return {
            component: oneOf(x['component'], ['mco', 'wmco', 'input'], `${at}/errors/${i}/component`),
            message: plan_artifact_text(x['message'], `${at}/errors/${i}/message`),
            file: plan_artifact_text(x['file'], `${at}/errors/${i}/file`),
            line: count(x['line'], `${at}/errors/${i}/line`, Number.MAX_SAFE_INTEGER)
        };
    });
    return { ref: plan_artifact_text(o['ref'], `${at}/ref`), ...optional(o, 'commit', plan_artifact_text, at), errors };
}
function file(v, at) {
    const o = asObj(v, at);
    const origins = ['generated', 'template', 'machineconfig', 'absent'];
    const origin = asObj(o['origin'], `${at}/origin`);
    const f = {
        node: oneOf(o['node'], ['linux', 'windows'], `${at}/node`),
        path: plan_artifact_text(o['path'], `${at}/path`),
        change: oneOf(o['change'], ['added', 'removed', 'modified', 'unchanged'], `${at}/change`),
        diff: plan_artifact_text(o['diff'], `${at}/diff`),
        origin: {
            before: oneOf(origin['before'], origins, `${at}/origin/before`),
            after: oneOf(origin['after'], origins, `${at}/origin/after`)
        }
    };
    const cause = optional(o, 'cause', (c, a) => oneOf(c, CAUSES, a), at);
    if (o['pools'] === undefined)
        return { ...f, ...cause };
    const pools = strings(o['pools'], `${at}/pools`);
    const w = o['writer'] === undefined ? undefined : asObj(o['writer'], `${at}/writer`);
    const writer = w && { ...optional(w, 'before', plan_artifact_text, `${at}/writer`), ...optional(w, 'after', plan_artifact_text, `${at}/writer`) };
    // The title is not in the document; it is made from the path, change and pools as the engine makes it.
    return { ...f, pools, writer, title: (0,machine_config_plan/* machineConfigFileTitle */.iq)(f.path, f.change, pools), ...cause };
}
const CAUSES = ['upgrade', 'manifests', 'both'];
function poolCosts(v, at) {
    return list(v, at).map((x, i) => {
        const o = asObj(x, `${at}/${i}`);
        return {
            pool: plan_artifact_text(o['pool'], `${at}/${i}/pool`),
            disruption: oneOf(o['disruption'], DISRUPTIONS, `${at}/${i}/disruption`),
            actions: strings(o['actions'], `${at}/${i}/actions`)
        };
    });
}
/** The upgrade split (versions, sources, the release's own files, each half's cost per pool). */
function upgrade(v, at) {
    const o = asObj(v, at);
    return {
        from: plan_artifact_text(o['from'], `${at}/from`),
        to: plan_artifact_text(o['to'], `${at}/to`),
        fromSource: plan_artifact_text(o['fromSource'], `${at}/fromSource`),
        toSource: plan_artifact_text(o['toSource'], `${at}/toSource`),
        files: list(o['files'], `${at}/files`).map((x, i) => {
            const f = asObj(x, `${at}/files/${i}`);
            return {
                node: oneOf(f['node'], ['linux', 'windows'], `${at}/files/${i}/node`),
                path: plan_artifact_text(f['path'], `${at}/files/${i}/path`),
                change: oneOf(f['change'], ['added', 'removed', 'modified', 'unchanged'], `${at}/files/${i}/change`),
                diff: plan_artifact_text(f['diff'], `${at}/files/${i}/diff`),
                ...optional(f, 'pools', strings, `${at}/files/${i}`)
            };
        }),
        impactAlone: poolCosts(o['impactAlone'], `${at}/impactAlone`),
        manifestImpact: poolCosts(o['manifestImpact'], `${at}/manifestImpact`),
        note: plan_artifact_text(o['note'], `${at}/note`)
    };
}
function pool(v, at) {
    const o = asObj(v, at);
    const e = asObj(o['estimate'], `${at}/estimate`);
    return {
        name: plan_artifact_text(o['name'], `${at}/name`),
        os: oneOf(o['os'], ['linux'], `${at}/os`),
        nodes: count(o['nodes'], `${at}/nodes`),
        nodesFrom: oneOf(o['nodesFrom'], ['machinesets', 'config', 'assumed'], `${at}/nodesFrom`),
        maxUnavailable: count(o['maxUnavailable'], `${at}/maxUnavailable`),
        paused: flag(o['paused'], `${at}/paused`),
        actions: strings(o['actions'], `${at}/actions`),
        drain: flag(o['drain'], `${at}/drain`),
        reboot: flag(o['reboot'], `${at}/reboot`),
        disruption: oneOf(o['disruption'], DISRUPTIONS, `${at}/disruption`),
        reasons: strings(o['reasons'], `${at}/reasons`),
        estimate: {
            batches: count(e['batches'], `${at}/estimate/batches`),
            minutes: count(e['minutes'], `${at}/estimate/minutes`, MAX_MINUTES),
            held: flag(e['held'], `${at}/estimate/held`),
            assumptions: plan_artifact_text(e['assumptions'], `${at}/estimate/assumptions`)
        },
        // Not in the document; no report shows them.
        file: '',
        line: 0
    };
}
function windows(v, at) {
    const o = asObj(v, at);
    const e = asObj(o['estimate'], `${at}/estimate`);
    return {
        nodes: count(o['nodes'], `${at}/nodes`),
        changed: flag(o['changed'], `${at}/changed`),
        disruption: oneOf(o['disruption'], ['none'], `${at}/disruption`),
        passes: count(o['passes'], `${at}/passes`),
        estimate: {
            minutes: count(e['minutes'], `${at}/estimate/minutes`, MAX_MINUTES),
            assumptions: plan_artifact_text(e['assumptions'], `${at}/estimate/assumptions`)
        },
        reasons: strings(o['reasons'], `${at}/reasons`)
    };
}
function pullCheck(v, at) {
    const o = asObj(v, at);
    const attempts = o['attempts'] === undefined
        ? {}
        : {
            attempts: list(o['attempts'], `${at}/attempts`).map((a, i) => {
                const x = asObj(a, `${at}/attempts/${i}`);
                return {
                    endpoint: plan_artifact_text(x['endpoint'], `${at}/attempts/${i}/endpoint`),
                    outcome: oneOf(x['outcome'], ['served', 'missing', 'denied', 'unreachable'], `${at}/attempts/${i}/outcome`),
                    ...optional(x, 'detail', plan_artifact_text, `${at}/attempts/${i}`)
                };
            })
        };
    return {
        result: oneOf(o['result'], ['served', 'missing', 'unreachable', 'denied', 'not-checked'], `${at}/result`),
        ...optional(o, 'from', plan_artifact_text, at),
        tried: strings(o['tried'], `${at}/tried`),
        by: oneOf(o['by'], ['digest', 'tag'], `${at}/by`),
        ...optional(o, 'detail', plan_artifact_text, at),
        ...attempts,
        ...optional(o, 'fromMirror', flag, at),
        ...optional(o, 'sourceAllowed', flag, at)
    };
}
function workload(v, at) {
    const o = asObj(v, at);
    const source = o['source'] === undefined
        ? {}
        : (() => {
            const s = asObj(o['source'], `${at}/source`);
            return {
                source: { object: plan_artifact_text(s['object'], `${at}/source/object`), field: plan_artifact_text(s['field'], `${at}/source/field`) }
            };
        })();
    return {
        image: plan_artifact_text(o['image'], `${at}/image`),
        file: plan_artifact_text(o['file'], `${at}/file`),
        line: count(o['line'], `${at}/line`, Number.MAX_SAFE_INTEGER),
        workload: plan_artifact_text(o['workload'], `${at}/workload`),
        os: oneOf(o['os'], ['linux', 'windows'], `${at}/os`),
        before: strings(o['before'], `${at}/before`),
        after: strings(o['after'], `${at}/after`),
        pullableBefore: flag(o['pullableBefore'], `${at}/pullableBefore`),
        pullable: flag(o['pullable'], `${at}/pullable`),
        ...optional(o, 'note', plan_artifact_text, at),
        ...(o['kind'] === undefined ? {} : { kind: oneOf(o['kind'], ['platform'], `${at}/kind`) }),
        ...source,
        ...optional(o, 'pools', strings, at),
        ...optional(o, 'check', pullCheck, at)
    };
}
const workloads = (v, at) => list(v, at).map((w, i) => workload(w, `${at}/${i}`));
/** One cluster; its verdict is recomputed from its findings (the document's is compared afterwards). */
function cluster(o, name, failOn, at) {
    const cf = findings(o['findings'], `${at}/findings`);
    const pools = list(o['pools'], `${at}/pools`).map((p, i) => pool(p, `${at}/pools/${i}`));
    return {
        name,
        changed: flag(o['changed'], `${at}/changed`),
        openshiftVersion: plan_artifact_text(o['openshiftVersion'], `${at}/openshiftVersion`),
        ...optional(o, 'openshiftVersionFrom', plan_artifact_text, at),
        ...optional(o, 'upgrade', upgrade, at),
        base: side(o['base'], `${at}/base`),
        head: side(o['head'], `${at}/head`),
        files: list(o['files'], `${at}/files`).map((f, i) => file(f, `${at}/files/${i}`)),
        registries: list(o['registries'], `${at}/registries`).map((r, i) => {
            const x = asObj(r, `${at}/registries/${i}`);
            return {
                source: plan_artifact_text(x['source'], `${at}/registries/${i}/source`),
                summary: strings(x['summary'], `${at}/registries/${i}/summary`)
            };
        }),
        pools,
        windows: windows(o['windows'], `${at}/windows`),
        workloads: workloads(o['workloads'], `${at}/workloads`),
        workloadsUnchanged: count(o['workloadsUnchanged'], `${at}/workloadsUnchanged`),
        ...optional(o, 'checkedUnchanged', workloads, at),
        findings: cf,
        highestDisruption: highestOf(pools, oneOf(o['highestDisruption'], DISRUPTIONS, `${at}/highestDisruption`), at),
        verdict: (0,policy_verdict/* verdictOf */.Vj)(cf, failOn)
    };
}
/** The highest disruption a cluster claims must be its pools' (as build-cluster-plan.ts computes it). */
function highestOf(pools, claimed, at) {
    const actual = (0,build_cluster_plan/* highest */.BR)(pools.filter((p) => p.nodes > 0 || p.disruption !== 'none').map((p) => p.disruption));
    if (claimed !== actual)
        throw new Refused(`${at}/highestDisruption says ${claimed}, but its pools make it ${actual}`);
    return actual;
}
function clusterName(v, at) {
    const name = plan_artifact_text(v, at);
    if (!CLUSTER_NAME.test(name))
        throw new Refused(`${at} is not a cluster name (letters, digits, ".", "_", "-")`);
    return name;
}
function configChange(v, failOn, at) {
    const o = asObj(v, at);
    const cf = findings(o['findings'], `${at}/findings`);
    const claimed = oneOf(o['verdict'], VERDICTS, `${at}/verdict`);
    const verdict = (0,policy_verdict/* verdictOf */.Vj)(cf, failOn);
    if (claimed !== verdict)
        throw new Refused(`${at}/verdict says ${claimed}, but its findings make it ${verdict}`);
    const diff = o['diff'] === undefined
        ? {}
        : (() => {
            const d = asObj(o['diff'], `${at}/diff`);
            return {
                diff: {
                    path: plan_artifact_text(d['path'], `${at}/diff/path`),
                    diff: plan_artifact_text(d['diff'], `${at}/diff/diff`),
                    ...optional(d, 'omittedLines', (x, a) => count(x, a), `${at}/diff`)
                }
            };
        })();
    return { findings: cf, verdict, ...diff };
}
/** The rebuilt report, with every verdict checked against the findings and failOn it is made of. */
function rebuild(doc) {
    const failOn = oneOf(doc['failOn'], ['error', 'warning', 'never'], '/failOn');
    const implicitCluster = doc['clusters'] === undefined;
    const raw = implicitCluster
        ? [{ o: doc, name: doc['name'] === undefined ? json/* IMPLICIT_CLUSTER_NAME */.b : clusterName(doc['name'], '/name'), at: '' }]
        : list(doc['clusters'], '/clusters').map((c, i) => {
            const o = asObj(c, `/clusters/${i}`);
            return { o, name: clusterName(o['name'], `/clusters/${i}/name`), at: `/clusters/${i}` };
        });
    if (raw.length > limits/* MAX_PUBLISH_CLUSTERS */.R)
        throw new Refused(`the plan has ${raw.length} clusters, more than the ${limits/* MAX_PUBLISH_CLUSTERS */.R} a run comments on`);
    if (new Set(raw.map((r) => r.name)).size !== raw.length)
        throw new Refused('two clusters of the plan have the same name');
    const clusters = raw.map((r) => cluster(r.o, r.name, failOn, r.at));
    if (!implicitCluster) {
        doc['clusters'].forEach((c, i) => {
            const claimed = oneOf(c['verdict'], VERDICTS, `/clusters/${i}/verdict`);
            if (claimed !== clusters[i].verdict)
                throw new Refused(`/clusters/${i}/verdict says ${claimed}, but its findings make it ${clusters[i].verdict}`);
        });
    }
    const change = doc['configChange'] === undefined ? undefined : configChange(doc['configChange'], failOn, '/configChange');
    const verdict = (0,policy_verdict/* worstVerdict */.zP)([...clusters.map((c) => c.verdict), ...(change ? [change.verdict] : [])]);
    const claimed = oneOf(doc['verdict'], VERDICTS, '/verdict');
    if (claimed !== verdict)
        throw new Refused(`/verdict says ${claimed}, but the findings and failOn ${failOn} make it ${verdict}`);
    const report = {
        openshiftVersion: implicitCluster
            ? clusters[0].openshiftVersion
            : plan_artifact_text(doc['openshiftVersion'], '/openshiftVersion'),
        clusters,
        verdict,
        failOn,
        ...(doc['checkPulls'] === undefined ? {} : { checkPulls: checkPullsSummary(doc['checkPulls']) }),
        ...(change ? { configChange: change } : {})
    };
    return { report, implicitCluster };
}
function checkPullsSummary(v) {
    const o = asObj(v, '/checkPulls');
    return {
        mode: oneOf(o['mode'], ['changed', 'all'], '/checkPulls/mode'),
        references: count(o['references'], '/checkPulls/references'),
        clientRuns: count(o['clientRuns'], '/checkPulls/clientRuns'),
        cached: count(o['cached'], '/checkPulls/cached'),
        elapsedMs: count(o['elapsedMs'], '/checkPulls/elapsedMs', Number.MAX_SAFE_INTEGER),
        budgetExhausted: flag(o['budgetExhausted'], '/checkPulls/budgetExhausted'),
        unreachable: list(o['unreachable'], '/checkPulls/unreachable').map((u, i) => {
            const x = asObj(u, `/checkPulls/unreachable/${i}`);
            return {
                host: plan_artifact_text(x['host'], `/checkPulls/unreachable/${i}/host`),
                detail: plan_artifact_text(x['detail'], `/checkPulls/unreachable/${i}/detail`),
                references: count(x['references'], `/checkPulls/unreachable/${i}/references`)
            };
        }),
        notChecked: strings(o['notChecked'], '/checkPulls/notChecked')
    };
}
/**
 * The first place where two JSON values differ, as a JSON pointer (for the refusal message). Walks
 * both documents once; used only after isDeepStrictEqual said they differ.
 */
function firstDifference(a, b, at = '') {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return at || '/';
    if (Array.isArray(a) !== Array.isArray(b))
        return at || '/';
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
        const x = a[k];
        const y = b[k];
        if (!(0,external_node_util_.isDeepStrictEqual)(x, y))
            return firstDifference(x, y, `${at}/${k}`);
    }
    return at || '/';
}
/** Validates and rebuilds the artifact's text. Pure. */
function parsePlanArtifact(text, maxBytes = PLAN_ARTIFACT_MAX_BYTES) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes)
        return { ok: false, error: `the report artifact is ${bytes} bytes, over the ${maxBytes}-byte cap` };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        return { ok: false, error: `the report artifact is not JSON: ${e.message.slice(0, 200)}` };
    }
    if (!plan_validator(data)) {
        const e = plan_validator.errors?.[0];
        const why = e ? `${e.instancePath || '/'} ${e.message ?? ''}` : 'invalid';
        return {
            ok: false,
            error: `the report artifact is not a registry-plan plan (schema/plan.schema.json): ${why.slice(0, 300)}`
        };
    }
    try {
        const artifact = rebuild(asObj(data, '/'));
        // The rebuilt report must print back to the document: nothing unknown, nothing extra, and the derived
        // fields (the rollout phases) follow from the rest.
        const again = JSON.parse(JSON.stringify((0,json/* planJson */.i)(artifact.report, artifact.implicitCluster)));
        if (!(0,external_node_util_.isDeepStrictEqual)(again, data)) {
            const at = firstDifference(again, data);
            return {
                ok: false,
                error: `the report artifact is not a plan registry-plan writes: ${at.slice(0, 200)} is unknown, extra or inconsistent`
            };
        }
        return { ok: true, artifact };
    }
    catch (e) {
        if (e instanceof Refused)
            return { ok: false, error: `the report artifact is refused: ${e.message.slice(0, 300)}` };
        throw e;
    }
}


/***/ })

};
