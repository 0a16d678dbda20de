export const id = 886;
export const ids = [886];
export const modules = {

/***/ 7886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigFrom: () => (/* reexport */ trusted_config/* parseConfigFrom */.u),
  resolveSettings: () => (/* reexport */ resolve/* resolveSettings */.Mo),
  runDemo: () => (/* reexport */ runDemo),
  runPlan: () => (/* reexport */ runPlan),
  runRender: () => (/* reexport */ runRender),
  trustedConfig: () => (/* reexport */ trusted_config/* trustedConfig */.a)
});

// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
// EXTERNAL MODULE: ./src/config/trusted-config.ts + 2 modules
var trusted_config = __webpack_require__(8152);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/commands/io.ts + 1 modules
var commands_io = __webpack_require__(5807);
// EXTERNAL MODULE: ./src/load/safe-path.ts
var safe_path = __webpack_require__(2959);
// EXTERNAL MODULE: ./src/load/sources.ts + 1 modules
var sources = __webpack_require__(1627);
// EXTERNAL MODULE: ./src/pipeline/evaluate-side.ts + 19 modules
var evaluate_side = __webpack_require__(1006);
// EXTERNAL MODULE: ./src/render/linux/pull-paths.ts
var pull_paths = __webpack_require__(1175);
// EXTERNAL MODULE: ./src/plan/machine-config-plan.ts
var machine_config_plan = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/plan/pool-impact.ts + 4 modules
var pool_impact = __webpack_require__(1378);
;// CONCATENATED MODULE: ./src/plan/pool-overrides.ts



/** Every pull file a pool's nodes read from a MachineConfig of the repository, pool by pool. */
function poolOverrides(side, version) {
    const evaluated = (0,pool_impact/* evaluateMachineConfigs */.U)((0,machine_config_plan/* sideOf */.Jh)(side, side.files), version);
    const files = [];
    for (const { pool, rendered } of evaluated.result.pools) {
        for (const f of rendered.files.values()) {
            if (!(0,machine_config_plan/* fromRepo */.jD)(f) || !(0,pull_paths/* shapesPulls */.F)(f.path))
                continue;
            files.push({
                pool,
                path: f.path,
                ...(f.content !== undefined ? { content: f.content } : { problem: f.problem ?? 'contents unknown' }),
                writer: f.writer.name,
                file: f.loc.file,
                line: f.loc.line
            });
        }
    }
    files.sort((a, b) => (a.pool === b.pool ? (a.path < b.path ? -1 : 1) : a.pool < b.pool ? -1 : 1));
    return { files, findings: evaluated.findings };
}
/** The node file `render` writes for a pool file (its folder is chosen by the caller). */
function asNodeFile(f) {
    return { node: 'linux', path: f.path, content: f.content ?? '', origin: 'generated' };
}

// EXTERNAL MODULE: ./src/policy/verdict.ts
var verdict = __webpack_require__(5187);
// EXTERNAL MODULE: ./src/model/version.ts
var version = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/report/redact-userinfo.ts
var redact_userinfo = __webpack_require__(2641);
// EXTERNAL MODULE: ./src/report/location.ts
var report_location = __webpack_require__(6335);
;// CONCATENATED MODULE: ./src/report/render-output.ts




/** render.json: the files with their origin, the operators' errors and warnings, every finding. */
function renderJson(settings, side, overrides) {
    const doc = {
        openshiftVersion: (0,version/* formatOcp */.Ow)(settings.openshiftVersion),
        releaseImage: side.releaseImage,
        files: side.files.map((f) => ({ node: f.node, path: f.path, origin: f.origin })),
        // Pull files a pool's nodes read from the repository's own MachineConfigs, written under pools/<pool>/.
        poolFiles: overrides.files.map((f) => ({
            pool: f.pool,
            node: 'linux',
            path: f.path,
            origin: 'machineconfig',
            writer: f.writer,
            file: f.file,
            line: f.line,
            ...(f.problem !== undefined ? { problem: f.problem } : {})
        })),
        errors: side.errors.map((e) => ({ component: e.component, message: e.message, file: e.file, line: e.line })),
        warnings: side.warnings.map((w) => ({ component: w.component, message: w.message, file: w.file, line: w.line })),
        findings: [...side.inputFindings, ...side.findings, ...overrides.findings]
    };
    return JSON.stringify((0,redact_userinfo/* redactUserinfoDeep */.Rm)(doc), null, 2) + '\n';
}
/** What `render` prints: the files written, then what the operators and the rules said. */
function renderSummary(out, side, overrides) {
    const lines = [];
    const gen = side.files.filter((f) => f.origin === 'generated');
    lines.push(`Rendered ${side.files.length} node files into ${out} (${gen.length} generated, ${side.files.length - gen.length} template).`);
    for (const f of side.files)
        lines.push(`  ${f.node.padEnd(7)} ${f.origin.padEnd(9)} ${f.path}`);
    for (const f of overrides.files) {
        const where = `  pool ${f.pool}: MachineConfig ${f.writer} writes ${f.path} (${(0,report_location.at)(f)})`;
        lines.push(f.problem === undefined
            ? `${where}; that pool's nodes read it: pools/${f.pool}/linux${f.path}`
            : `${where}, but its contents cannot be known (${f.problem}); not written`);
    }
    lines.push(`Windows: ${side.windowsNodes} node(s) in the repo; ${side.windows.hostsToml.length} hosts.toml file(s).`);
    for (const e of side.errors)
        lines.push(`REJECTED by ${e.component.toUpperCase()}: ${e.message}  (${(0,report_location.at)(e)}) — nodes keep their current files`);
    for (const w of side.warnings)
        lines.push(`warning (${w.component}): ${w.message}  (${(0,report_location.at)(w)})`);
    for (const f of [...side.findings, ...overrides.findings]) {
        lines.push(`${f.severity}: [${f.rule}] ${f.message}  (${(0,report_location.at)(f)})`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/commands/render.ts










/**
 * Where a node file goes under the output folder, as a `/`-separated relative path: linux/etc/...,
 * windows/C/k/containerd/... Node paths are built from registry names and ConfigMap keys, so a segment
 * may hold anything; the caller checks the result before writing.
 */
function outputPath(f) {
    if (f.node === 'linux')
        return ['linux', ...f.path.replace(/^\/+/, '').split('/')].join('/');
    const parts = f.path.split('\\');
    if (/^[A-Za-z]:$/.test(parts[0]))
        parts[0] = parts[0].slice(0, 1);
    return ['windows', ...parts].join('/');
}
function collectWorkingTree(settings) {
    const files = [];
    for (const p of settings.paths) {
        const abs = (0,external_node_path_.resolve)(settings.repo, p);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new resolve/* UsageError */.eb(`${p}: no such file or folder`);
        files.push(...(0,sources/* listWorkingTree */.sJ)(abs, settings.repo));
    }
    return files;
}
/** The node files: the operators' at the top, each pool's own MachineConfig pull files under pools/<pool>/. */
function plannedFiles(side, overrides) {
    return [
        ...side.files.map((file) => ({ rel: outputPath(file), file })),
        // Contents that cannot be known are never written as if they were: the finding says why.
        ...overrides.files
            .filter((f) => f.content !== undefined)
            .map((f) => ({ rel: poolOutputPath(f), file: asNodeFile(f) }))
    ];
}
/** pools/<pool>/linux/etc/...: what the nodes of one pool read instead of (or beside) the file at the top. */
function poolOutputPath(f) {
    return ['pools', f.pool, outputPath(asNodeFile(f))].join('/');
}
/**
 * Writes the node files under `out`; returns the files it refused to write. Every destination is
 * resolved and must lie inside `out`, and no two files may claim the same path or a path under another
 * file, before anything is written.
 */
function writeOutput(out, settings, side, overrides) {
    const planned = new Map();
    const refused = [];
    for (const p of plannedFiles(side, overrides)) {
        const { rel, file } = p;
        const dest = (0,safe_path/* unsafePathReason */.m0)(rel) ? undefined : (0,safe_path/* resolveInside */.LI)(out, rel);
        const clash = [...planned.keys()].some((p) => p === rel || p.startsWith(`${rel}/`) || rel.startsWith(`${p}/`));
        if (!dest || clash)
            refused.push(p);
        else
            planned.set(rel, file);
    }
    // Only what this command owns is replaced; a stale hosts.toml from an earlier run would mislead.
    for (const owned of ['linux', 'windows', 'pools', 'render.json']) {
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(out, owned), { recursive: true, force: true });
    }
    for (const [rel, f] of planned) {
        const dest = (0,safe_path/* resolveInside */.LI)(out, rel);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
        (0,external_node_fs_.writeFileSync)(dest, f.content);
    }
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, 'render.json'), renderJson(settings, side, overrides));
    return refused;
}
function errorsOf(findings) {
    return findings.filter((f) => f.severity === 'error');
}
/**
 * `registry-plan render`: the files the operators would keep on nodes for the given manifests. The
 * settings come from resolveSettings with scope 'paths': one cluster over the given paths.
 */
function runRender(settings, out, io) {
    if (!out)
        throw new resolve/* UsageError */.eb('render needs --out DIR');
    const cluster = settings.clusters[0];
    const side = (0,evaluate_side/* evaluateSide */.bh)(collectWorkingTree(settings), settings, cluster);
    const overrides = poolOverrides(side, cluster.openshiftVersion);
    const refused = writeOutput(out, settings, side, overrides);
    io.stdout(renderSummary(out, side, overrides));
    // As in plan: a pool file whose contents cannot be known means this render cannot vouch for the pool.
    const bad = [
        ...errorsOf(side.inputFindings),
        ...errorsOf(overrides.findings).filter((f) => verdict/* CANNOT_EVALUATE_RULES */.Wu.has(f.rule))
    ];
    for (const f of side.inputFindings)
        io.stderr(`${(0,report_location.at)(f)}: ${f.severity}: ${f.message}\n`);
    for (const { rel, file } of refused) {
        io.stderr(`error: ${file.node} node file ${(0,safe_path/* quotePath */.WG)(file.path)} would be written to ${(0,safe_path/* quotePath */.WG)(rel)}, outside ${(0,safe_path/* quotePath */.WG)(out)} or over another file; not written\n`);
    }
    if (bad.length || refused.length)
        return commands_io/* EXIT */.d.badInput;
    if (side.errors.length)
        return commands_io/* EXIT */.d.rejected;
    return commands_io/* EXIT */.d.ok;
}

// EXTERNAL MODULE: ./src/pipeline/plan-range.ts + 24 modules
var plan_range = __webpack_require__(1422);
// EXTERNAL MODULE: ./src/report/pull-check-lines.ts
var pull_check_lines = __webpack_require__(2304);
// EXTERNAL MODULE: ./src/report/formats.ts + 3 modules
var formats = __webpack_require__(1386);
;// CONCATENATED MODULE: ./src/commands/plan.ts







/** File names for `--out DIR/` (a folder: trailing slash, or one that exists). */
const OUT_NAMES = {
    markdown: 'report.md',
    json: 'plan.json',
    text: 'plan.txt',
    github: 'comment.md'
};
/**
 * Where `--out` writes: a folder (named with a trailing slash, or already one) gets the format's usual
 * file name; otherwise the path is the file. Missing parent folders are created.
 */
function outFile(out, format) {
    const isDir = /[/\\]$/.test(out) || ((0,external_node_fs_.existsSync)(out) && (0,external_node_fs_.statSync)(out).isDirectory());
    const file = isDir ? (0,external_node_path_.join)(out, OUT_NAMES[format]) : out;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    return file;
}
/** `registry-plan plan`: exit 0 pass, 4 fail (or cannot evaluate), 2 bad input. */
async function runPlan(settings, args, io) {
    if (!args.base || !args.head)
        throw new resolve/* UsageError */.eb('plan needs --base REF and --head REF');
    const report = (0,plan_range/* withConfigChange */.ny)(await (0,plan_range/* planRangeChecked */.KM)(settings, { base: args.base, head: args.head }, (0,plan_range/* today */.Ec)(), (line) => io.stderr(`${line}\n`)), args.configChange ?? { findings: [] }, settings.failOn);
    for (const line of (0,pull_check_lines/* checkPullsNotes */.kO)(report))
        io.stderr(`registry-plan: ${line}\n`);
    const text = (0,formats/* formatReport */.CI)(report, args.format, { implicitCluster: settings.implicitCluster });
    if (args.out)
        (0,external_node_fs_.writeFileSync)(outFile(args.out, args.format), text);
    else
        io.stdout(text);
    const unreadable = report.clusters.flatMap((c) => c.findings.filter((f) => f.rule === 'bad-input' && f.severity === 'error'));
    for (const f of unreadable)
        io.stderr(`${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
    if (report.verdict === 'cannot-evaluate')
        return commands_io/* EXIT */.d.badInput;
    return report.verdict === 'pass' ? commands_io/* EXIT */.d.ok : commands_io/* EXIT */.d.verdictFail;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/commands/demo.ts








/** The example repository ships as two snapshots (before and after a pull request). */
function findExamples() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'examples', 'demo', 'base')))
            return (0,external_node_path_.join)(dir, 'examples');
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new Error('examples/demo not found next to the program');
}
function git(cwd, ...args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'demo',
            GIT_AUTHOR_EMAIL: 'demo@example.com',
            GIT_COMMITTER_NAME: 'demo',
            GIT_COMMITTER_EMAIL: 'demo@example.com',
            GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
            GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z'
        }
    });
    if (r.status !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
}
function snapshot(repo, from, message) {
    for (const name of (0,external_node_fs_.readdirSync)(repo))
        if (name !== '.git')
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(repo, name), { recursive: true, force: true });
    (0,external_node_fs_.cpSync)(from, repo, { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--allow-empty', '-m', message);
    return git(repo, 'rev-parse', 'HEAD');
}
/** A throwaway Git repository with the example's base and head snapshots as two commits. */
function exampleRepo(examples, name) {
    const repo = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `registry-plan-${name}-`));
    git(repo, 'init', '-q', '-b', 'main');
    const base = snapshot(repo, (0,external_node_path_.join)(examples, name, 'base'), 'base: cluster configuration before the PR');
    const head = snapshot(repo, (0,external_node_path_.join)(examples, name, 'head'), 'head: the pull request');
    return { repo, base, head };
}
async function planExample(examples, name, args, io, heading) {
    const { repo, base, head } = exampleRepo(examples, name);
    try {
        io.stdout(`\n## ${heading}: registry-plan plan --base ${base.slice(0, 8)} --head ${head.slice(0, 8)}\n\nExample repository: ${(0,external_node_path_.join)(examples, name)}\n\n`);
        const status = await runPlan((0,resolve/* resolveSettings */.Mo)({ repo }), { format: args.format, base, head }, io);
        io.stdout(`\n(plan exit status ${status}: ${status === 0 ? 'verdict pass' : status === 4 ? 'verdict fail — the example PR breaks rules on purpose' : 'cannot evaluate, see above'})\n`);
    }
    finally {
        (0,external_node_fs_.rmSync)(repo, { recursive: true, force: true });
    }
}
/**
 * Renders the head side of examples/demo, then plans its pull request and the fleet example's (two
 * clusters as kustomize overlays), each from a throwaway Git repository, exactly as the action does.
 */
async function runDemo(args, io) {
    const examples = findExamples();
    const { repo } = exampleRepo(examples, 'demo');
    try {
        const out = args.out ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'registry-plan-demo-render');
        io.stdout(`# registry-plan demo\n\n## 1. registry-plan render (head side of ${(0,external_node_path_.join)(examples, 'demo')}) --out ${out}\n\n`);
        const renderStatus = runRender((0,resolve/* resolveSettings */.Mo)({ repo, paths: ['.'], scope: 'paths' }), out, io);
        io.stdout(`\n(render exit status ${renderStatus})\n`);
    }
    finally {
        (0,external_node_fs_.rmSync)(repo, { recursive: true, force: true });
    }
    await planExample(examples, 'demo', args, io, '2. One cluster with Linux and Windows nodes');
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(examples, 'fleet', 'base')))
        await planExample(examples, 'fleet', args, io, '3. A fleet: two clusters as kustomize overlays');
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** What the command line loads once a command runs (cli/index.ts imports this module on demand). */







/***/ })

};
