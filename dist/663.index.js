export const id = 663;
export const ids = [663];
export const modules = {

/***/ 8663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* unused harmony export findExamples */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2323);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(322);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3468);








/** The example repository ships as two snapshots (before and after a pull request). */
function findExamples() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'examples', 'demo', 'base')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'examples');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir);
    }
    throw new Error('examples/demo not found next to the program');
}
function git(cwd, ...args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@example.com', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' }
    });
    if (r.status !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
}
function snapshot(repo, from, message) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(repo))
        if (name !== '.git')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(repo, name), { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(from, repo, { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--allow-empty', '-m', message);
    return git(repo, 'rev-parse', 'HEAD');
}
/**
 * Builds a throwaway Git repository from examples/demo/{base,head}, renders the head side, then plans
 * the pull request between the two commits, exactly as the action does on a real PR.
 */
function runDemo(args, io) {
    const examples = findExamples();
    const repo = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'registry-plan-demo-'));
    try {
        git(repo, 'init', '-q', '-b', 'main');
        const base = snapshot(repo, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(examples, 'demo', 'base'), 'base: cluster configuration before the PR');
        const head = snapshot(repo, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(examples, 'demo', 'head'), 'head: the pull request');
        const out = args.out ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)('out', 'demo-render');
        io.stdout(`# registry-plan demo\n\nExample repository: ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(examples, 'demo')} (base and head snapshots, committed to ${repo})\n\n`);
        io.stdout(`## 1. registry-plan render (head side) --out ${out}\n\n`);
        const renderStatus = (0,_render_js__WEBPACK_IMPORTED_MODULE_7__/* .runRender */ .mn)((0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSettings */ .Mo)({ repo, paths: ['.'] }), out, io);
        io.stdout(`\n(render exit status ${renderStatus})\n\n## 2. registry-plan plan --base ${base.slice(0, 8)} --head ${head.slice(0, 8)}\n\n`);
        const planStatus = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__.runPlan)((0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSettings */ .Mo)({ repo }), { ...args, command: 'plan', base, head, format: args.format === 'text' ? 'text' : args.format, out: undefined }, io);
        io.stdout(`\n(plan exit status ${planStatus}: ${planStatus === 0 ? 'verdict pass' : planStatus === 4 ? 'verdict fail — the example PR violates rules on purpose' : 'see above'})\n`);
        return 0;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(repo, { recursive: true, force: true });
    }
}


/***/ })

};
