export const id = 645;
export const ids = [645];
export const modules = {

/***/ 290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ linePatch)
/* harmony export */ });
/* unused harmony export MAX_MINIMAL_EDITS */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

/**
 * Edits (lines removed plus lines added) up to which the unified diff is the minimal one. jsdiff's
 * Myers diff costs O((N+M)·D) time and more in bookkeeping: a rewritten registries.conf of ten thousand
 * entries took a minute, twenty thousand several. Past this many edits the changed region is shown as
 * a whole (every line between the common head and tail removed, then added): still an exact diff, just
 * not the shortest, and computed in linear time.
 */
const MAX_MINIMAL_EDITS = 1000;
/** A unified diff of two texts, as jsdiff's createTwoFilesPatch writes it, in bounded time. */
function linePatch(before, after, context) {
    // jsdiff's Myers search starts by following the common head of both texts, so the lines before the
    // first difference (minus the context shown) change nothing in its answer: they are cut off first and
    // the hunks shifted back. A rendered registries.conf with one entry added is mostly common head, and
    // jsdiff splits and compares every line it is given.
    const cut = startLineOfDiff(before.text, after.text, context);
    const hunks = (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .structuredPatch */ .YB)(before.name, after.name, before.text.slice(cut.at), after.text.slice(cut.at), '', '', {
        context,
        maxEditLength: MAX_MINIMAL_EDITS
    })?.hunks;
    if (!hunks)
        return wholeRegionPatch(before, after, context);
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)({
        oldFileName: before.name,
        newFileName: after.name,
        oldHeader: before.header,
        newHeader: after.header,
        hunks: hunks.map((h) => ({ ...h, oldStart: h.oldStart + cut.lines, newStart: h.newStart + cut.lines }))
    });
}
/**
 * Where both texts may be cut before diffing: the start of the line `context` lines above the first line
 * that differs (whole lines only, each ending in a line feed), and how many lines lie before it.
 */
function startLineOfDiff(a, b, context) {
    // The common prefix by halving (string comparison runs at memory speed; a loop over characters would
    // not), then back to the start of the line it ends in.
    let same = 0;
    let step = Math.min(a.length, b.length);
    while (step > 0) {
        if (same + step <= Math.min(a.length, b.length) && a.slice(same, same + step) === b.slice(same, same + step))
            same += step;
        else
            step >>= 1;
    }
    // After the last line feed both texts share (lastIndexOf would clamp a negative start to 0).
    const at = same > 0 ? a.lastIndexOf('\n', same - 1) + 1 : 0;
    let lines = 0;
    for (let nl = a.indexOf('\n'); nl >= 0 && nl < at; nl = a.indexOf('\n', nl + 1))
        lines++;
    // Keep `context` common lines in front of the change.
    let start = at;
    for (let k = 0; k < context && start > 0; k++)
        start = start >= 2 ? a.lastIndexOf('\n', start - 2) + 1 : 0;
    const kept = Math.min(context, lines);
    return { at: start, lines: lines - kept };
}
/** Lines with their line feeds, as jsdiff splits them. */
const linesOf = (text) => (text === '' ? [] : text.split(/(?<=\n)/));
function wholeRegionPatch(before, after, context) {
    const a = linesOf(before.text);
    const b = linesOf(after.text);
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const lead = Math.min(context, head);
    const trail = Math.min(context, tail);
    const lines = [
        ...a.slice(head - lead, head).map((l) => ' ' + l),
        ...a.slice(head, a.length - tail).map((l) => '-' + l),
        ...b.slice(head, b.length - tail).map((l) => '+' + l),
        ...a.slice(a.length - tail, a.length - tail + trail).map((l) => ' ' + l)
    ];
    const hunk = {
        oldStart: head - lead + 1,
        oldLines: lead + (a.length - tail - head) + trail,
        newStart: head - lead + 1,
        newLines: lead + (b.length - tail - head) + trail,
        // As jsdiff writes them: without their line feed, and a marker after a last line that has none.
        lines: lines.flatMap((l) => (l.endsWith('\n') ? [l.slice(0, -1)] : [l, '\\ No newline at end of file']))
    };
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .formatPatch */ .Gu)({
        oldFileName: before.name,
        newFileName: after.name,
        oldHeader: before.header,
        newHeader: after.header,
        hunks: [hunk]
    });
}


/***/ }),

/***/ 4:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ calculatePostConfigChangeNodeDisruptionAction),
/* harmony export */   D2: () => (/* binding */ formatNdpActions),
/* harmony export */   Pt: () => (/* binding */ isDrainRequiredForNodeDisruptionActions),
/* harmony export */   a2: () => (/* binding */ describeNdpAction),
/* harmony export */   cw: () => (/* binding */ defaultClusterPolicies),
/* harmony export */   j5: () => (/* binding */ mergeClusterPolicies),
/* harmony export */   qY: () => (/* binding */ validateNodeDisruptionPolicy),
/* harmony export */   z8: () => (/* binding */ UNIT_NAME)
/* harmony export */ });
/* unused harmony exports isSubdirectory, findClosestFilePolicyPathMatch, calculatePostConfigChangeNodeDisruptionActionFromMCDiffs, NDP_REBOOT_FIELDS, SSH_FIELDS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2621);
/* harmony import */ var _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8812);



const reloadCrio = { type: 'Reload', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .CRIO_SERVICE */ .mc };
const none = { type: 'None' };
/**
 * `pkg/apihelpers` `defaultClusterPolicies` as shipped by the given release. The list grew over time:
 * 4.16 also had the internal-registry pull secret; credential-provider and IRI entries arrive in 4.22
 * (absent from release-4.19 … release-4.21 apihelpers.go; docs/openshift-versions.md).
 */
function defaultClusterPolicies(version) {
    const files = [{ path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .KUBELET_AUTH_FILE */ .tF, actions: [none] }];
    if ((0,_model_version_js__WEBPACK_IMPORTED_MODULE_2__/* .compareOcp */ .WP)(version, '4.16') === 0)
        files.push({ path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .INTERNAL_REGISTRY_PULL_SECRET */ .pi, actions: [none] });
    files.push({ path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .GPG_NO_REBOOT */ .Ht, actions: [reloadCrio] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_JSON */ .kA, actions: [reloadCrio] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRIES_CONF */ .NS, actions: [{ type: 'Special' }] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGSTORE_REGISTRIES_DIR */ .n_, actions: [reloadCrio] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .CRIO_POLICIES_DIR */ .h3, actions: [reloadCrio] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .NMSTATE_OPENSHIFT_DIR */ .mj, actions: [none] }, {
        path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_CA_BUNDLE */ .Ab,
        actions: [
            { type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .UPDATE_CA_TRUST_SERVICE */ .GK },
            { type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .CRIO_SERVICE */ .mc }
        ]
    });
    const units = [];
    if ((0,_model_version_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)(version, '4.22')) {
        files.push({ path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .KUBERNETES_CREDENTIAL_PROVIDERS_DIR */ .Mu, actions: [{ type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .KUBELET_SERVICE */ .RQ }] }, {
            path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .KUBELET_CRIO_IMAGE_CRED_PROVIDER_CONF */ .lu,
            actions: [{ type: 'DaemonReload' }, { type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .KUBELET_SERVICE */ .RQ }]
        }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_REGISTRY_CONFIG */ .WQ, actions: [{ type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_REGISTRY_SERVICE */ .dG }] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_LOAD_IMAGE_SCRIPT */ .aB, actions: [{ type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_REGISTRY_SERVICE */ .dG }] }, { path: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_ROOT_CA */ .RT, actions: [{ type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .UPDATE_CA_TRUST_SERVICE */ .GK }] });
        units.push({
            name: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_REGISTRY_SERVICE */ .dG,
            actions: [{ type: 'DaemonReload' }, { type: 'Restart', serviceName: _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .IRI_REGISTRY_SERVICE */ .dG }]
        });
    }
    return { files, units, sshkey: [none] };
}
/**
 * `MergeClusterPolicies`: a user entry whose path (unit name) equals a default one replaces it in place,
 * others are appended; a non-empty user sshkey list replaces the default.
 */
function mergeClusterPolicies(defaults, user) {
    const files = [...defaults.files];
    const units = [...defaults.units];
    let sshkey = defaults.sshkey;
    for (const f of user?.files ?? []) {
        const i = defaults.files.findIndex((d) => d.path === f.path);
        if (i >= 0)
            files[i] = f;
        else
            files.push(f);
    }
    for (const u of user?.units ?? []) {
        const i = defaults.units.findIndex((d) => d.name === u.name);
        if (i >= 0)
            units[i] = u;
        else
            units.push(u);
    }
    if (user?.sshkey && user.sshkey.length > 0)
        sshkey = user.sshkey;
    return { files, units, sshkey };
}
/** Go filepath.Clean for slash paths. */
function clean(p) {
    const n = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p === '' ? '.' : p);
    return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}
/** MCO `IsSubdirectory`: target lies below dir (dir itself does not count). */
function isSubdirectory(dir, target) {
    return clean(target).startsWith(clean(dir) + '/');
}
/** `FindClosestFilePolicyPathMatch`: exact path or a parent directory; the longest policy path wins. */
function findClosestFilePolicyPathMatch(diffPath, policies) {
    let best = { found: false, actions: [] };
    let len = 0;
    for (const p of policies) {
        if ((diffPath === p.path || isSubdirectory(p.path, diffPath)) && p.path.length > len) {
            len = p.path.length;
            best = { found: true, path: p.path, actions: p.actions };
        }
    }
    return best;
}
const hasAny = (actions, ...types) => actions.some((a) => types.includes(a.type));
/**
 * `calculatePostConfigChangeNodeDisruptionActionFromMCDiffs`: files in diff order, then units, then the
 * sshkey policy; an unmatched file or unit is an immediate Reboot; any Reboot collapses the list to
 * [Reboot]; None is dropped next to real actions and an all-None list collapses to [None].
 */
function calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(diffSSH, diffFiles, diffUnits, policies) {
    const actions = [];
    const matches = [];
    const reboot = () => ({ actions: [{ type: 'Reboot' }], matches });
    for (const f of diffFiles) {
        const m = findClosestFilePolicyPathMatch(f, policies.files);
        if (!m.found) {
            matches.push({ kind: 'file', name: f, actions: [{ type: 'Reboot' }] });
            return reboot();
        }
        matches.push({ kind: 'file', name: f, policy: m.path, actions: m.actions });
        actions.push(...m.actions);
    }
    for (const u of diffUnits) {
        const p = policies.units.find((x) => x.name === u);
        if (!p) {
            matches.push({ kind: 'unit', name: u, actions: [{ type: 'Reboot' }] });
            return reboot();
        }
        matches.push({ kind: 'unit', name: u, policy: p.name, actions: p.actions });
        actions.push(...p.actions);
    }
    if (diffSSH) {
        matches.push({ kind: 'sshkey', name: 'sshkey', policy: 'sshkey', actions: policies.sshkey });
        actions.push(...policies.sshkey);
    }
    if (hasAny(actions, 'Reboot'))
        return reboot();
    if (hasAny(actions, 'None')) {
        if (hasAny(actions, 'Drain', 'Reload', 'Restart', 'DaemonReload', 'Special')) {
            return { actions: actions.filter((a) => a.type !== 'None'), matches };
        }
        return { actions: [{ type: 'None' }], matches };
    }
    return { actions, matches };
}
/** Non-file MachineConfig fields that force a reboot on the NDP path (units are matched by name instead). */
const NDP_REBOOT_FIELDS = new Set([
    'osImageURL',
    'kernelArguments',
    'kargs',
    'fips',
    'kernelType',
    'extensions',
    'force'
]);
const SSH_FIELDS = new Set(['sshkeys', 'sshKeys', 'passwd']);
const UNIT_NAME = /^[a-zA-Z0-9:._\\-]+\.(service|socket|device|mount|automount|swap|target|path|timer|snapshot|slice|scope)$/;
/**
 * `calculatePostConfigChangeNodeDisruptionAction` over a list of changed things: node paths (start with
 * "/"), systemd unit names, and MachineConfig fields (osImageURL, kernelArguments, sshkeys, ...).
 */
function calculatePostConfigChangeNodeDisruptionAction(changed, policies) {
    const forced = changed.filter((c) => NDP_REBOOT_FIELDS.has(c));
    if (forced.length > 0) {
        return {
            actions: [{ type: 'Reboot' }],
            matches: forced.map((f) => ({ kind: 'file', name: f, actions: [{ type: 'Reboot' }] }))
        };
    }
    const files = changed.filter((c) => c.startsWith('/'));
    const ssh = changed.some((c) => SSH_FIELDS.has(c));
    const units = changed.filter((c) => !c.startsWith('/') && !SSH_FIELDS.has(c));
    if (files.length === 0 && units.length === 0 && !ssh)
        return { actions: [{ type: 'None' }], matches: [] };
    return calculatePostConfigChangeNodeDisruptionActionFromMCDiffs(ssh, files, units, policies);
}
/**
 * `isDrainRequiredForNodeDisruptionActions`: Reboot or Drain drain; Special asks the registries.conf
 * safety check unless the image-registry-override-drain ConfigMap says to skip it; anything else does not.
 */
function isDrainRequiredForNodeDisruptionActions(actions, special) {
    if (hasAny(actions, 'Reboot'))
        return { drain: true, reason: 'a Reboot action always drains first' };
    if (hasAny(actions, 'Drain'))
        return { drain: true, reason: 'the policy lists a Drain action' };
    if (hasAny(actions, 'Special')) {
        if (special.overrideDrain) {
            return {
                drain: false,
                reason: 'ConfigMap openshift-machine-config-operator/image-registry-override-drain exists, so the registries.conf drain check is skipped (no drain, even for unsafe changes)'
            };
        }
        const s = special.safe();
        return { drain: !s.safe, reason: s.why };
    }
    return { drain: false, reason: 'no action in the list needs a drain' };
}
/** What the daemon runs for an action, as the report shows it. */
function describeNdpAction(a) {
    switch (a.type) {
        case 'Reboot':
            return 'reboot';
        case 'Drain':
            return 'drain';
        case 'Reload':
            return `reload ${a.serviceName ?? '(no service)'}`;
        case 'Restart':
            return `restart ${a.serviceName ?? '(no service)'}`;
        case 'DaemonReload':
            return 'daemon-reload';
        case 'None':
            return 'none';
        case 'Special':
            // performPostConfigChangeNodeDisruptionAction runs `systemctl reload crio` for Special.
            return `reload ${_model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .CRIO_SERVICE */ .mc}`;
    }
}
const formatNdpActions = (actions) => actions.length === 0
    ? '(no actions)'
    : actions.map((a) => (a.type === 'Special' ? 'Special' : describeNdpAction(a))).join(', ');
// ---- API validation of the user's spec.nodeDisruptionPolicy (openshift/api operator/v1) ----
const SPEC_ACTION_TYPES = ['Reboot', 'Drain', 'Reload', 'Restart', 'DaemonReload', 'None'];
const MAX_ENTRIES = 50;
const MAX_ACTIONS = 10;
const MAX_SERVICE_NAME = 255;
function serviceNameProblem(name) {
    if (name.length > MAX_SERVICE_NAME)
        return `is longer than ${MAX_SERVICE_NAME} characters`;
    if (!UNIT_NAME.test(name)) {
        return ('must be ${NAME}${SERVICETYPE}: NAME of letters, digits, ":", "-", "_", ".", "\\" and SERVICETYPE one of ' +
            '.service, .socket, .device, .mount, .automount, .swap, .target, .path, .timer, .snapshot, .slice, .scope');
    }
    return undefined;
}
function actionProblems(actions) {
    const out = [];
    if (actions.length > MAX_ACTIONS)
        out.push(`has ${actions.length} actions; at most ${MAX_ACTIONS} are allowed`);
    if (actions.some((a) => a.type === 'Reboot') && actions.length > 1) {
        out.push('Reboot action can only be specified standalone, as it will override any other actions');
    }
    if (actions.some((a) => a.type === 'None') && actions.length > 1) {
        out.push('None action can only be specified standalone, as it will override any other actions');
    }
    actions.forEach((a, i) => {
        if (!SPEC_ACTION_TYPES.includes(a.type)) {
            out.push(`actions[${i}].type ${JSON.stringify(a.type)} is not allowed: supported values are ${SPEC_ACTION_TYPES.join(', ')}` +
                (a.type === 'Special' ? " (Special is reserved for the operator's own registries.conf default)" : ''));
            return;
        }
        const needsService = a.type === 'Reload' || a.type === 'Restart';
        const field = a.type.toLowerCase();
        if (needsService && (a.serviceName === undefined || a.serviceName === '')) {
            out.push(`actions[${i}]: ${field}.serviceName is required when type is ${a.type}`);
        }
        else if (!needsService && a.serviceName !== undefined) {
            out.push(`actions[${i}]: a service name is only allowed for Reload and Restart, not ${a.type}`);
        }
        else if (needsService) {
            const p = serviceNameProblem(a.serviceName);
            if (p)
                out.push(`actions[${i}]: ${field}.serviceName ${JSON.stringify(a.serviceName)} ${p}`);
        }
    });
    return out;
}
/**
 * Checks the user's policy against the API's limits, which the API server enforces at admission: a
 * violating MachineConfiguration never reaches the cluster, so the team should see it in review.
 */
function validateNodeDisruptionPolicy(policy, loc) {
    const findings = [];
    const add = (at, message) => {
        const l = at ?? loc;
        findings.push({
            rule: 'ndp-invalid',
            severity: 'error',
            message: `MachineConfiguration cluster spec.nodeDisruptionPolicy: ${message}`,
            file: l.file,
            line: l.line,
            object: 'MachineConfiguration/cluster'
        });
    };
    if (policy.files.length > MAX_ENTRIES)
        add(loc, `files has ${policy.files.length} entries; at most ${MAX_ENTRIES} are allowed`);
    if (policy.units.length > MAX_ENTRIES)
        add(loc, `units has ${policy.units.length} entries; at most ${MAX_ENTRIES} are allowed`);
    const seenPaths = new Set();
    policy.files.forEach((f, i) => {
        const where = `files[${i}] (${f.path})`;
        if (seenPaths.has(f.path))
            add(f.loc, `${where}: duplicate path; each path may appear once`);
        seenPaths.add(f.path);
        for (const p of actionProblems(f.actions))
            add(f.loc, `${where}: ${p}`);
    });
    const seenUnits = new Set();
    policy.units.forEach((u, i) => {
        const where = `units[${i}] (${u.name})`;
        if (seenUnits.has(u.name))
            add(u.loc, `${where}: duplicate unit name; each name may appear once`);
        seenUnits.add(u.name);
        const p = serviceNameProblem(u.name);
        if (p)
            add(u.loc, `${where}: name ${p}`);
        for (const q of actionProblems(u.actions))
            add(u.loc, `${where}: ${q}`);
    });
    for (const p of actionProblems(policy.sshkey ?? []))
        add(loc, `sshkey: ${p}`);
    return findings;
}


/***/ }),

/***/ 8187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ MaxUnavailableError),
/* harmony export */   PF: () => (/* binding */ estimateWindowsRollout),
/* harmony export */   Yd: () => (/* binding */ estimateRollout),
/* harmony export */   ft: () => (/* binding */ DEFAULT_TIMING),
/* harmony export */   hN: () => (/* binding */ windowsPasses),
/* harmony export */   ts: () => (/* binding */ maxUnavailable)
/* harmony export */ });
const DEFAULT_TIMING = Object.freeze({
    drainMinutes: 5,
    rebootMinutes: 8,
    crioReloadSeconds: 15,
    windowsNodeSeconds: 15
});
class MaxUnavailableError extends Error {
}
/**
 * node_controller.go `maxUnavailable`: default 1; `intstr.GetScaledValueFromIntOrPercent(v, nodes,
 * roundUp=false)`, so percentages round down; 0 becomes 1; ints are not capped by the node count; the
 * arbiter pool always gets 1. A string that is not "<int>%" fails the pool sync, reported as an error.
 */
function maxUnavailable(value, nodes, poolName) {
    if (poolName === 'arbiter')
        return 1;
    let n;
    if (value === undefined || value === null) {
        n = 1;
    }
    else if (typeof value === 'number') {
        if (!Number.isInteger(value))
            throw new MaxUnavailableError(`maxUnavailable ${value} is not an integer`);
        n = value;
    }
    else {
        const m = /^([+-]?\d+)%$/.exec(value);
        if (!m) {
            throw new MaxUnavailableError(`invalid value for IntOrString: invalid type: string is not a percentage (maxUnavailable ${JSON.stringify(value)})`);
        }
        n = Math.floor((Number(m[1]) * nodes) / 100);
    }
    if (n === 0)
        n = 1;
    if (n < 0)
        throw new MaxUnavailableError(`maxUnavailable ${JSON.stringify(value)} is negative: the pool would never update`);
    return n;
}
const round1 = (x) => Math.round(x * 10) / 10;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function perNode(disruption, t) {
    const crio = t.crioReloadSeconds / 60;
    switch (disruption) {
        case 'none':
            return { minutes: 0, what: 'no node action (files are written in place), counted as 0 minutes per node' };
        case 'reload':
            return { minutes: crio, what: `a CRI-O reload of ${t.crioReloadSeconds} s per node` };
        case 'restart':
            return {
                minutes: crio,
                what: `a service restart counted like a CRI-O reload, ${t.crioReloadSeconds} s per node`
            };
        case 'drain':
            return {
                minutes: t.drainMinutes + crio,
                what: `a drain of ${t.drainMinutes} min plus a CRI-O reload of ${t.crioReloadSeconds} s per node`
            };
        case 'reboot':
            return {
                minutes: t.drainMinutes + t.rebootMinutes,
                what: `a drain of ${t.drainMinutes} min plus a reboot of ${t.rebootMinutes} min per node`
            };
    }
}
/**
 * batches = ceil(nodes / maxUnavailable), each batch taking one node's time: nodes in a batch update in
 * parallel and the controller starts the next batch when capacity frees up.
 */
function estimateRollout(input) {
    const t = { ...DEFAULT_TIMING, ...input.timing };
    const nodes = Math.max(0, Math.floor(input.nodes));
    const mu = Math.max(1, Math.floor(input.maxUnavailable));
    const batches = nodes === 0 ? 0 : Math.ceil(nodes / mu);
    const p = perNode(input.disruption, t);
    const minutes = round1(batches * p.minutes);
    const parts = [
        `Estimate: ${plural(nodes, 'node')}, ${mu} at a time (maxUnavailable), so ${plural(batches, 'batch', 'batches')}`,
        `each batch takes ${p.what}`,
        `timing constants: drainMinutes=${t.drainMinutes}, rebootMinutes=${t.rebootMinutes}, crioReloadSeconds=${t.crioReloadSeconds}`,
        'pools roll out in parallel with each other; PodDisruptionBudgets, slow drains and image pulls add time'
    ];
    if (input.paused) {
        parts.unshift('The pool is paused: the change is held until it is unpaused, and the times below start then');
    }
    return {
        batches,
        minutes,
        perNodeMinutes: round1(p.minutes),
        held: input.paused,
        assumptions: parts.join('; ') + '.'
    };
}
/** WMCO reconciles once per changed object key; the pull secret is its own key. */
function windowsPasses(changedMirrorSetObjects, pullSecretChanged) {
    return Math.max(0, Math.floor(changedMirrorSetObjects)) + (pullSecretChanged ? 1 : 0);
}
/** T ≈ passes × N × t_node: WMCO updates Windows nodes strictly one after another, with no drain or reboot. */
function estimateWindowsRollout(input) {
    const t = { ...DEFAULT_TIMING, ...input.timing };
    const nodes = Math.max(0, Math.floor(input.nodes));
    const passes = Math.max(0, Math.floor(input.passes));
    const seconds = passes * nodes * t.windowsNodeSeconds;
    const assumptions = `Estimate: ${plural(passes, 'WMCO pass', 'WMCO passes')} (one per changed IDMS/ITMS object, plus one if the pull secret changed) × ` +
        `${plural(nodes, 'Windows node')} × ${t.windowsNodeSeconds} s per node (windowsNodeSeconds), sequential, node by node; ` +
        'no cordon, drain, reboot or containerd restart; an unreachable node adds about 10 minutes and fails the pass.';
    return { passes, minutes: round1(seconds / 60), seconds, disruption: 'none', assumptions };
}


/***/ }),

/***/ 1129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h5: () => (/* binding */ MAX_DECODED_FILE_BYTES),
  ui: () => (/* binding */ decodeIgnitionFileContents),
  tC: () => (/* binding */ ignitionVersionProblem),
  pR: () => (/* binding */ parseIgnition)
});

// UNUSED EXPORTS: maxIgnition3Minor

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/model/version.ts
var model_version = __webpack_require__(2621);
;// CONCATENATED MODULE: ./src/model/ignition/data-url.ts
const TSPECIALS = new Set('()<>@,;:\\"/[]?=');
/** RFC 2045 token characters: ASCII, no control, no space, no tspecial. */
function isToken(c) {
    const code = c.charCodeAt(0);
    return code > 0x20 && code < 0x7f && !TSPECIALS.has(c);
}
/** A table per character class: a rendered registries.conf is megabytes, scanned one character at a time. */
const charTable = (accepts) => Uint8Array.from({ length: 128 }, (_, code) => (accepts(code) ? 1 : 0));
const URL_UNWISE = ' <>#"{}|\\^[]`';
/** RFC 2396 uric as the lexer accepts it ('%' allowed, validated by the unescape step). */
const URL_CHARS = charTable((code) => code > 0x1f && code < 0x7f && !URL_UNWISE.includes(String.fromCharCode(code)));
const isUrlChar = (code) => code < 128 && URL_CHARS[code] === 1;
/** What a base64 data URL may hold before the shape check: the alphabet, padding and newlines. */
const BASE64_CHARS = charTable((code) => /[A-Za-z0-9+/=\n]/.test(String.fromCharCode(code)));
const HEX = charTable((code) => /[0-9a-fA-F]/.test(String.fromCharCode(code)));
const isHex = (code) => code < 128 && HEX[code] === 1;
/** `Unescape`: %XX sequences must be two hex digits; anything non-ASCII is refused. */
function data_url_unescape(s) {
    // Never longer than the text: every character is one byte or three characters make one.
    const out = Buffer.alloc(s.length);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        if (code > 0x7f)
            return 'rfc2396: non-ASCII char detected';
        if (code !== 0x25) {
            out[n++] = code;
            continue;
        }
        if (s.length - (i + 1) < 2)
            return 'rfc2396: unexpected end of unescape sequence';
        if (!isHex(s.charCodeAt(i + 1)) || !isHex(s.charCodeAt(i + 2))) {
            return `rfc2396: invalid char 0x25 in unescape sequence`;
        }
        out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
        i += 2;
    }
    return out.subarray(0, n);
}
/**
 * Go `base64.StdEncoding.DecodeString`: padding required, newlines ignored, nothing after the padding.
 * Node's decoder is lenient, so the shape is checked first.
 */
function decodeStdBase64(s) {
    const body = s.replace(/[\r\n]/g, '');
    const m = /^[A-Za-z0-9+/]*(={0,2})$/.exec(body);
    if (!m || body.length % 4 !== 0 || (m[1].length > 0 && body.length === m[1].length)) {
        return 'illegal base64 data';
    }
    return Buffer.from(body, 'base64');
}
/** Parses the header (`type/subtype;attr=value;base64`) up to the comma; returns the data offset. */
function parseHeader(s) {
    const comma = s.indexOf(',', 5);
    if (comma === -1)
        return { error: 'missing comma before data' };
    const header = s.slice(5, comma);
    if (header === '')
        return { end: comma + 1, base64: false, mediaType: 'text/plain' };
    const parts = header.split(';');
    const [type, ...params] = parts;
    let mediaType = 'text/plain';
    if (type !== '') {
        const slash = type.indexOf('/');
        if (slash <= 0 || slash === type.length - 1)
            return { error: 'invalid media type' };
        if (![...type.slice(0, slash)].every(isToken) || ![...type.slice(slash + 1)].every(isToken)) {
            return { error: 'invalid character for media type' };
        }
        mediaType = type;
    }
    let base64 = false;
    for (let i = 0; i < params.length; i++) {
        const p = params[i];
        const eq = p.indexOf('=');
        if (eq === -1) {
            // A bare attribute is only allowed as the last one, and only "base64".
            if (i !== params.length - 1)
                return { error: 'unterminated parameter sequence' };
            if (p !== 'base64')
                return { error: `expected base64, got ${p}` };
            base64 = true;
            continue;
        }
        const attr = p.slice(0, eq);
        const value = p.slice(eq + 1);
        if (attr === '' || ![...attr].every(isToken))
            return { error: 'invalid character for parameter attribute' };
        const quoted = value.startsWith('"') && value.endsWith('"') && value.length >= 2;
        if (!quoted && (value === '' || ![...value].every(isToken))) {
            return { error: 'invalid character for parameter value' };
        }
    }
    return { end: comma + 1, base64, mediaType };
}
/** `dataurl.DecodeString`. Quoted parameter values containing "," or ";" are not supported (never seen in MCs). */
function decodeDataUrl(s) {
    if (!s.startsWith('data:'))
        return { error: 'missing data prefix' };
    const h = parseHeader(s);
    if ('error' in h)
        return h;
    const raw = s.slice(h.end);
    if (h.base64) {
        for (let i = 0; i < raw.length; i++) {
            const code = raw.charCodeAt(i);
            if (code >= 128 || BASE64_CHARS[code] !== 1)
                return { error: 'invalid data character' };
        }
        const d = decodeStdBase64(raw);
        return typeof d === 'string' ? { error: d } : { data: d, base64: true, mediaType: h.mediaType };
    }
    for (let i = 0; i < raw.length; i++) {
        if (!isUrlChar(raw.charCodeAt(i)))
            return { error: 'invalid data character' };
    }
    const d = data_url_unescape(raw);
    return typeof d === 'string' ? { error: d } : { data: d, base64: false, mediaType: h.mediaType };
}

;// CONCATENATED MODULE: ./src/model/ignition/ignition.ts



/** Highest Ignition spec 3 minor the release parses (`IgnParseWrapper`: v3_2 ≤4.12, v3_4 4.13–4.18, v3_5 4.19+). */
function maxIgnition3Minor(version) {
    if ((0,model_version/* atLeast */.jZ)(version, '4.19'))
        return 5;
    if ((0,model_version/* atLeast */.jZ)(version, '4.13'))
        return 4;
    return 2;
}
/** The newest release's limits: parse with these, then check the planned release with ignitionVersionProblem. */
const NEWEST = { major: 4, minor: 99 };
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function supportedList(version) {
    const out = [];
    for (let m = maxIgnition3Minor(version); m >= 0; m--)
        out.push(`3.${m}`);
    return [...out, '2.2'].join(',');
}
/**
 * Why this release's MCO refuses the spec version (`IgnParseWrapper`), or undefined. Kept apart from
 * parsing so a model read once serves every release a cluster may be planned at.
 */
function ignitionVersionProblem(ignitionVersion, version) {
    if (ignitionVersion === '')
        return undefined;
    const m = SEMVER.exec(ignitionVersion);
    const [major, minor] = [Number(m[1]), Number(m[2])];
    if (major === 3 && minor > maxIgnition3Minor(version)) {
        return `parsing Ignition config failed: unknown version. Supported spec versions: ${supportedList(version)}`;
    }
    return undefined;
}
/** Reads `spec.config`. Problems are the operator's refusals; the caller turns them into findings. */
function parseIgnition(config, version = NEWEST) {
    const out = { version: '', files: [], units: [], irreconcilable: [], passwd: '', problems: [] };
    if (config === undefined || config === null)
        return out;
    const fail = (at, message) => {
        out.problems.push({ at, message });
        return out;
    };
    if (!isObj(config))
        return fail([], 'spec.config must be an Ignition config object');
    const ign = config['ignition'];
    const v = isObj(ign) && typeof ign['version'] === 'string' ? ign['version'] : '';
    const m = SEMVER.exec(v);
    if (!m) {
        return fail(['ignition', 'version'], `parsing Ignition config failed: invalid version. Supported spec versions: ${supportedList(version)}`);
    }
    out.version = v;
    const [major, minor, patch, pre] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]];
    const spec3 = major === 3 && patch === 0 && !pre && minor <= maxIgnition3Minor(version);
    const spec2 = major === 2 && patch === 0 && !pre && minor <= 2;
    if (!spec3 && !spec2) {
        return fail(['ignition', 'version'], `parsing Ignition config failed: unknown version. Supported spec versions: ${supportedList(version)}`);
    }
    readStorage(config, spec3, out);
    readUnits(config, out);
    if (isObj(config['passwd']))
        out.passwd = JSON.stringify(config['passwd']);
    return out;
}
function readStorage(config, spec3, out) {
    const storage = config['storage'];
    if (storage === undefined || storage === null)
        return;
    if (!isObj(storage)) {
        out.problems.push({ at: ['storage'], message: 'storage must be a mapping' });
        return;
    }
    for (const section of ['directories', 'links', 'disks', 'filesystems', 'raid']) {
        const list = storage[section];
        if (Array.isArray(list) && list.length > 0)
            out.irreconcilable.push(section);
    }
    const files = storage['files'];
    if (files === undefined || files === null)
        return;
    if (!Array.isArray(files)) {
        out.problems.push({ at: ['storage', 'files'], message: 'storage.files must be a list' });
        return;
    }
    const seen = new Map();
    files.forEach((f, i) => {
        const at = ['storage', 'files', i];
        const file = readFile(f, at, spec3, out);
        if (!file)
            return;
        const prev = seen.get(file.path);
        if (prev !== undefined) {
            if (spec3) {
                out.problems.push({ at, message: `invalid ignition V3 config found: duplicate entry for path ${file.path}` });
                return;
            }
            // removeIgnDuplicateFilesUnitsUsers: in spec 2 the last entry for a path wins.
            out.files[prev] = file;
            return;
        }
        seen.set(file.path, out.files.length);
        out.files.push(file);
    });
}
function readFile(f, at, spec3, out) {
    const problem = (sub, message) => {
        out.problems.push({ at: [...at, ...sub], message });
        return undefined;
    };
    if (!isObj(f))
        return problem([], 'a storage.files entry must be a mapping');
    const path = f['path'];
    if (typeof path !== 'string' || !path.startsWith('/'))
        return problem(['path'], 'path must be an absolute path');
    if (!spec3 && f['filesystem'] !== 'root') {
        return problem(['filesystem'], 'spec 2 files must name filesystem "root" (the only one MCO writes)');
    }
    const contents = f['contents'];
    if (contents !== undefined && contents !== null && !isObj(contents)) {
        return problem(['contents'], 'contents must be a mapping');
    }
    const c = isObj(contents) ? contents : {};
    const source = c['source'];
    const compression = c['compression'];
    if (source !== undefined && source !== null && typeof source !== 'string') {
        return problem(['contents', 'source'], 'contents.source must be a string');
    }
    if (compression !== undefined && compression !== null && typeof compression !== 'string') {
        return problem(['contents', 'compression'], 'contents.compression must be a string');
    }
    if (typeof compression === 'string' && compression !== '' && compression !== 'gzip') {
        return problem(['contents', 'compression'], `invalid ignition config found: compression type "${compression}" is invalid`);
    }
    if (typeof source === 'string' && source !== '') {
        const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(source)?.[1]?.toLowerCase();
        if (scheme === 'data') {
            const d = decodeDataUrl(source);
            if ('error' in d)
                return problem(['contents', 'source'], `invalid ignition config found: data URL: ${d.error}`);
        }
        else if (!scheme || !['http', 'https', 'tftp', 'gs', 's3', 'arn'].includes(scheme)) {
            return problem(['contents', 'source'], 'invalid ignition config found: config source URL has an invalid scheme');
        }
    }
    const mode = f['mode'];
    if (mode !== undefined && mode !== null && (typeof mode !== 'number' || !Number.isInteger(mode) || mode < 0)) {
        return problem(['mode'], 'mode must be an integer (decimal, e.g. 420 for 0644)');
    }
    if (typeof mode === 'number' && mode > 0o777) {
        return problem(['mode'], `invalid mode ${'0' + mode.toString(8)} for ${path}, cannot exceed 0777`);
    }
    const overwrite = f['overwrite'];
    const append = spec3 ? Array.isArray(f['append']) && f['append'].length > 0 : f['append'] === true;
    return {
        path,
        at,
        ...(typeof source === 'string' ? { source } : {}),
        ...(typeof compression === 'string' ? { compression } : {}),
        ...(typeof mode === 'number' ? { mode } : {}),
        ...(typeof overwrite === 'boolean' ? { overwrite } : {}),
        append,
        extra: JSON.stringify([f['user'] ?? null, f['group'] ?? null, c['verification'] ?? null])
    };
}
function readUnits(config, out) {
    const systemd = config['systemd'];
    const units = isObj(systemd) ? systemd['units'] : undefined;
    if (!Array.isArray(units))
        return;
    units.forEach((u, i) => {
        if (!isObj(u) || typeof u['name'] !== 'string') {
            out.problems.push({ at: ['systemd', 'units', i], message: 'a systemd unit needs a name' });
            return;
        }
        out.units.push({ name: u['name'], at: ['systemd', 'units', i], body: JSON.stringify(u) });
    });
}
/** Per-file cap on decompressed bytes: a gzip bomb stops here instead of filling memory. */
const MAX_DECODED_FILE_BYTES = 4 * 1024 * 1024;
/** `DecodeIgnitionFileContents`: data URL, then gzip when compression says so. nil source = empty file. */
function decodeIgnitionFileContents(source, compression, maxBytes = MAX_DECODED_FILE_BYTES) {
    if (source === undefined)
        return { bytes: Buffer.alloc(0) };
    if (/^(https?|tftp|s3|gs|arn):/i.test(source)) {
        return {
            error: `contents come from a remote source (${source.split(':')[0]}), which is never fetched`,
            remote: true
        };
    }
    const d = decodeDataUrl(source);
    if ('error' in d)
        return { error: `could not decode file content string: ${d.error}` };
    if (compression === undefined || compression === '') {
        if (d.data.length > maxBytes)
            return { error: `contents exceed ${maxBytes} bytes` };
        return { bytes: d.data };
    }
    if (compression !== 'gzip')
        return { error: `unsupported compression type "${compression}"` };
    try {
        return { bytes: (0,external_node_zlib_.gunzipSync)(d.data, { maxOutputLength: maxBytes }) };
    }
    catch (e) {
        const err = e;
        if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
            return { error: `gzip contents expand beyond ${maxBytes} bytes (refused as a decompression bomb)` };
        }
        return { error: `failed decompressing: ${err.message}` };
    }
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qt: () => (/* binding */ readLabelSelector),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   fY: () => (/* binding */ selectorProblem),
/* harmony export */   xh: () => (/* binding */ isEmptySelector)
/* harmony export */ });
const isEmptySelector = (s) => Object.keys(s.matchLabels).length === 0 && s.matchExpressions.length === 0;
/** Why a selector cannot be converted (`LabelSelectorAsSelector` errors), or undefined. */
function selectorProblem(s) {
    for (const e of s.matchExpressions) {
        if (e.operator === 'In' || e.operator === 'NotIn') {
            if (e.values.length === 0)
                return `matchExpressions key ${e.key}: values must be non-empty for ${e.operator}`;
        }
        else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
            if (e.values.length > 0)
                return `matchExpressions key ${e.key}: values must be empty for ${e.operator}`;
        }
        else {
            return `matchExpressions key ${e.key}: "${e.operator}" is not a valid label selector operator`;
        }
    }
    return undefined;
}
function selectorMatches(s, labels) {
    if (!s || selectorProblem(s) !== undefined)
        return false;
    for (const [k, v] of Object.entries(s.matchLabels))
        if (labels[k] !== v)
            return false;
    for (const e of s.matchExpressions) {
        const has = Object.prototype.hasOwnProperty.call(labels, e.key);
        switch (e.operator) {
            case 'In':
                if (!has || !e.values.includes(labels[e.key]))
                    return false;
                break;
            case 'NotIn':
                if (has && e.values.includes(labels[e.key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
        }
    }
    return true;
}
/** Reads a selector from manifest data; undefined when absent, a string when malformed. */
function readLabelSelector(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'object' || Array.isArray(v))
        return 'a label selector must be a mapping';
    const o = v;
    const matchLabels = {};
    if (o['matchLabels'] !== undefined && o['matchLabels'] !== null) {
        if (typeof o['matchLabels'] !== 'object' || Array.isArray(o['matchLabels']))
            return 'matchLabels must be a mapping';
        for (const [k, val] of Object.entries(o['matchLabels'])) {
            if (typeof val !== 'string')
                return `matchLabels.${k} must be a string`;
            matchLabels[k] = val;
        }
    }
    const matchExpressions = [];
    if (o['matchExpressions'] !== undefined && o['matchExpressions'] !== null) {
        if (!Array.isArray(o['matchExpressions']))
            return 'matchExpressions must be a list';
        for (const e of o['matchExpressions']) {
            if (!e || typeof e !== 'object')
                return 'each matchExpressions entry must be a mapping';
            const r = e;
            if (typeof r['key'] !== 'string' || typeof r['operator'] !== 'string') {
                return 'each matchExpressions entry needs a key and an operator';
            }
            const values = r['values'] ?? [];
            if (!Array.isArray(values) || values.some((x) => typeof x !== 'string')) {
                return `matchExpressions key ${r['key']}: values must be a list of strings`;
            }
            matchExpressions.push({ key: r['key'], operator: r['operator'], values: values });
        }
    }
    return { matchLabels, matchExpressions };
}


/***/ }),

/***/ 4566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _p: () => (/* binding */ readContainerRuntimeConfig),
/* harmony export */   eg: () => (/* binding */ ROLE_LABEL),
/* harmony export */   k1: () => (/* binding */ readMachineConfig),
/* harmony export */   zy: () => (/* binding */ quantityBytes)
/* harmony export */ });
/* harmony import */ var _ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1129);
/* harmony import */ var _label_selector_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(953);


/** The label every pool selects MachineConfigs by, and that MergeMachineConfigs orders on. */
const ROLE_LABEL = 'machineconfiguration.openshift.io/role';
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const at = (doc, path) => ({ file: doc.file, line: doc.lineOf(path) });
function finding(doc, path, rule, message) {
    return {
        rule,
        severity: 'error',
        message: `${doc.kind}/${doc.name || '(unnamed)'}: ${message}`,
        file: doc.file,
        line: doc.lineOf(path),
        object: `${doc.kind}/${doc.name || '(unnamed)'}`
    };
}
function stringLabels(v) {
    if (!isObj(v))
        return {};
    return Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === 'string'));
}
/**
 * A `machineconfiguration.openshift.io` MachineConfig from the repo. Ignition problems become
 * `machineconfig-invalid` findings (the render controller's ValidateMachineConfig refuses the object,
 * and with it every rendered config of the pools that select it).
 */
function readMachineConfig(doc) {
    const spec = isObj(doc.obj['spec']) ? doc.obj['spec'] : {};
    const ign = (0,_ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIgnition */ .pR)(spec['config']);
    const problems = ign.problems.map((p) => finding(doc, ['spec', 'config', ...p.at], 'machineconfig-invalid', `the Machine Config Operator refuses this MachineConfig: ${p.message}`));
    const fields = {};
    for (const f of [
        'osImageURL',
        'kernelArguments',
        'extensions',
        'fips',
        'kernelType',
        'baseOSExtensionsContainerImage'
    ]) {
        const v = spec[f];
        if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== '' && v !== false) {
            fields[f] = JSON.stringify(v);
        }
    }
    const kt = spec['kernelType'];
    if (typeof kt === 'string' && !['', 'default', 'realtime', '64k-pages'].includes(kt)) {
        problems.push(finding(doc, ['spec', 'kernelType'], 'machineconfig-invalid', `kernelType=${kt} is invalid`));
    }
    return {
        name: doc.name,
        loc: at(doc, []),
        labels: stringLabels(isObj(doc.obj['metadata']) ? doc.obj['metadata']['labels'] : undefined),
        origin: 'repo',
        ignitionVersion: ign.version,
        files: ign.files,
        units: ign.units,
        passwd: ign.passwd,
        fields,
        irreconcilable: ign.irreconcilable,
        problems,
        locOf: (p) => at(doc, ['spec', 'config', ...p])
    };
}
const LOG_LEVELS = ['error', 'fatal', 'panic', 'warn', 'info', 'debug', 'trace'];
const RENDERED_CRC_FIELDS = ['logLevel', 'pidsLimit', 'logSizeMax', 'overlaySize', 'defaultRuntime'];
/**
 * A ContainerRuntimeConfig. `validateUserContainerRuntimeConfig` failures are findings: the controller
 * sets a Failure condition and writes no MachineConfig, so the pools keep what they had.
 */
function readContainerRuntimeConfig(doc, findings) {
    const spec = isObj(doc.obj['spec']) ? doc.obj['spec'] : {};
    const out = {
        name: doc.name,
        loc: at(doc, []),
        otherFields: [],
        fieldLocs: {},
        invalid: false
    };
    const sel = (0,_label_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .readLabelSelector */ .Qt)(spec['machineConfigPoolSelector']);
    if (typeof sel === 'string') {
        findings.push(finding(doc, ['spec', 'machineConfigPoolSelector'], 'api-rejected', sel));
    }
    else if (sel) {
        const p = (0,_label_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorProblem */ .fY)(sel);
        if (p)
            findings.push(finding(doc, ['spec', 'machineConfigPoolSelector'], 'containerruntimeconfig-invalid', `invalid label selector: ${p}`));
        else
            out.poolSelector = sel;
    }
    const c = spec['containerRuntimeConfig'];
    if (!isObj(c))
        return out;
    const bad = (field, message) => {
        out.invalid = true;
        findings.push(finding(doc, ['spec', 'containerRuntimeConfig', field], 'containerruntimeconfig-invalid', `the Machine Config Operator refuses this ContainerRuntimeConfig: ${message}`));
    };
    for (const [k, v] of Object.entries(c)) {
        out.fieldLocs[k] = at(doc, ['spec', 'containerRuntimeConfig', k]);
        if (!RENDERED_CRC_FIELDS.includes(k)) {
            out.otherFields.push(k);
            continue;
        }
        if (k === 'pidsLimit') {
            if (typeof v !== 'number' || !Number.isInteger(v))
                bad(k, `pidsLimit must be an integer, found ${JSON.stringify(v)}`);
            else if (v !== 0 && v < 20)
                bad(k, `invalid PidsLimit ${v}`);
            else
                out.pidsLimit = v;
        }
        else if (k === 'logLevel') {
            if (typeof v !== 'string' || (v !== '' && !LOG_LEVELS.includes(v))) {
                bad(k, `invalid LogLevel ${JSON.stringify(v)}, must be one of error, fatal, panic, warn, info, debug, or trace`);
            }
            else if (v !== '')
                out.logLevel = v;
        }
        else if (k === 'defaultRuntime') {
            if (v !== '' && v !== 'runc' && v !== 'crun')
                bad(k, `invalid DefaultRuntime ${JSON.stringify(v)}, must be one of crun, runc`);
            else if (v !== '')
                out.defaultRuntime = v;
        }
        else {
            const q = typeof v === 'number' ? String(v) : v;
            const bytes = typeof q === 'string' ? quantityBytes(q) : undefined;
            if (bytes === undefined)
                bad(k, `${k} must be a quantity such as "10G" or "1Gi", found ${JSON.stringify(v)}`);
            else if (k === 'logSizeMax' && bytes > 0 && bytes <= 8192)
                bad(k, `invalid LogSizeMax "${q}", cannot be less than 8kB`);
            else if (k === 'overlaySize' && bytes < 0)
                bad(k, `invalid overlaySize "${q}", cannot be less than 0`);
            else if (k === 'logSizeMax')
                out.logSizeMax = q;
            else
                out.overlaySize = q;
        }
    }
    return out;
}
const SUFFIX = {
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60
};
/** resource.Quantity `Value()` (rounded up to whole bytes), or undefined when the text is not a quantity. */
function quantityBytes(q) {
    const m = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?)$/.exec(q);
    if (!m)
        return undefined;
    const n = Number(m[2]) * (m[3] ? 10 ** Number(m[3].slice(1)) : SUFFIX[m[4] ?? '']);
    return (m[1] === '-' ? -1 : 1) * Math.ceil(n);
}


/***/ }),

/***/ 8812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ USER_CA_BUNDLE),
/* harmony export */   Ay: () => (/* binding */ REGISTRIES_CONF_D),
/* harmony export */   CX: () => (/* binding */ CONTAINERD_REGISTRIES_DIR),
/* harmony export */   GK: () => (/* binding */ UPDATE_CA_TRUST_SERVICE),
/* harmony export */   Ht: () => (/* binding */ GPG_NO_REBOOT),
/* harmony export */   I_: () => (/* binding */ DOCKER_CERTS_D),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Mu: () => (/* binding */ KUBERNETES_CREDENTIAL_PROVIDERS_DIR),
/* harmony export */   NS: () => (/* binding */ REGISTRIES_CONF),
/* harmony export */   QH: () => (/* binding */ SEARCH_REGISTRIES_DROPIN),
/* harmony export */   RQ: () => (/* binding */ KUBELET_SERVICE),
/* harmony export */   RT: () => (/* binding */ IRI_ROOT_CA),
/* harmony export */   Sc: () => (/* binding */ WINDOWS_CA_BUNDLE),
/* harmony export */   UG: () => (/* binding */ KUBELET_CA),
/* harmony export */   WQ: () => (/* binding */ IRI_REGISTRY_CONFIG),
/* harmony export */   aB: () => (/* binding */ IRI_LOAD_IMAGE_SCRIPT),
/* harmony export */   dG: () => (/* binding */ IRI_REGISTRY_SERVICE),
/* harmony export */   h3: () => (/* binding */ CRIO_POLICIES_DIR),
/* harmony export */   kA: () => (/* binding */ POLICY_JSON),
/* harmony export */   lu: () => (/* binding */ KUBELET_CRIO_IMAGE_CRED_PROVIDER_CONF),
/* harmony export */   mc: () => (/* binding */ CRIO_SERVICE),
/* harmony export */   mj: () => (/* binding */ NMSTATE_OPENSHIFT_DIR),
/* harmony export */   n6: () => (/* binding */ SIGSTORE_REGISTRIES_YAML),
/* harmony export */   n_: () => (/* binding */ SIGSTORE_REGISTRIES_DIR),
/* harmony export */   pi: () => (/* binding */ INTERNAL_REGISTRY_PULL_SECRET),
/* harmony export */   tF: () => (/* binding */ KUBELET_AUTH_FILE)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5086);
/**
 * Node paths and unit names: the files the renderers write, and those the Machine Config Daemon's
 * disruption logic names explicitly (MCO pkg/daemon/constants). Kept in one place because the renderers,
 * the diff, the NDP defaults, the legacy file lists and the report all have to agree on them byte for byte.
 */

const REGISTRIES_CONF = '/etc/containers/registries.conf';
const POLICY_JSON = '/etc/containers/policy.json';
const SEARCH_REGISTRIES_DROPIN = '/etc/containers/registries.conf.d/01-image-searchRegistries.conf';
const REGISTRIES_CONF_D = '/etc/containers/registries.conf.d';
const SIGSTORE_REGISTRIES_DIR = '/etc/containers/registries.d';
const CRIO_POLICIES_DIR = '/etc/crio/policies';
/** MCO's one file in registries.d (generateSigstoreRegistriesdConfig). */
const SIGSTORE_REGISTRIES_YAML = `${SIGSTORE_REGISTRIES_DIR}/sigstore-registries.yaml`;
const GPG_NO_REBOOT = '/etc/machine-config-daemon/no-reboot/containers-gpg.pub';
const KUBELET_AUTH_FILE = '/var/lib/kubelet/config.json';
const KUBELET_CA = '/etc/kubernetes/kubelet-ca.crt';
const NMSTATE_OPENSHIFT_DIR = '/etc/nmstate/openshift';
const USER_CA_BUNDLE = '/etc/pki/ca-trust/source/anchors/openshift-config-user-ca-bundle.crt';
const INTERNAL_REGISTRY_PULL_SECRET = '/etc/mco/internal-registry-pull-secret.json';
const KUBERNETES_CREDENTIAL_PROVIDERS_DIR = '/etc/kubernetes/credential-providers';
const KUBELET_CRIO_IMAGE_CRED_PROVIDER_CONF = '/etc/systemd/system/kubelet.service.d/40-kubelet-crio-image-credential-provider.conf';
const IRI_REGISTRY_CONFIG = '/etc/iri-registry';
const IRI_LOAD_IMAGE_SCRIPT = '/usr/local/bin/load-registry-image.sh';
const IRI_ROOT_CA = '/etc/pki/ca-trust/source/anchors/iri-root-ca.crt';
const IRI_REGISTRY_SERVICE = 'iri-registry.service';
const UPDATE_CA_TRUST_SERVICE = 'coreos-update-ca-trust.service';
const CRIO_SERVICE = 'crio.service';
const KUBELET_SERVICE = 'kubelet.service';
/** additionalTrustedCA lands here through the MCD certificate writer, never through a MachineConfig. */
const DOCKER_CERTS_D = '/etc/docker/certs.d';
/** WMCO writes one `<registry>\\hosts.toml` per source registry below this folder on Windows nodes. */
const CONTAINERD_REGISTRIES_DIR = 'C:\\k\\containerd\\registries';
/** WMCO's trusted CA bundle on Windows nodes (additionalTrustedCA part first; render/windows/ca-bundle.ts). */
const WINDOWS_CA_BUNDLE = 'C:\\k\\ca-bundle.crt';
const isUnder = (dir, path) => path.startsWith((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimTrailingSlashes */ .iV)(dir) + '/');


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ MIRROR_PATTERN),
/* harmony export */   f: () => (/* binding */ MIRROR_SOURCE_PATTERN)
/* harmony export */ });
/**
 * The openshift/api patterns for mirror sources and mirrors (config/v1 types_image_digest_mirrorset.go),
 * which MCO's sourceRegex/mirrorRegex repeat: `*.host` wildcards, or host[:port] and lowercase
 * repository path components. No scheme, tag or digest.
 *
 * The path component there is `[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*`; `[-]*` may be empty, which makes
 * a backtracking engine explode on a long alphanumeric run (a 40-character source held a job for
 * minutes). `-+` accepts exactly the same strings (an empty separator just joins two alphanumeric runs),
 * so it is used instead. These are the only definitions: render/linux/scopes.ts re-exports them.
 */
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `${LABEL}(?:(?:\\.${LABEL})+)?(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH = `(?:/${PATH_COMPONENT})*`;
const WILDCARD = `\\*(?:\\.${LABEL})+`;
const MIRROR_SOURCE_PATTERN = new RegExp(`^${WILDCARD}$|^${HOST}${PATH}$`);
const MIRROR_PATTERN = new RegExp(`^${HOST}${PATH}$`);


/***/ }),

/***/ 4789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ registryScope),
/* harmony export */   MT: () => (/* binding */ parseToml),
/* harmony export */   TR: () => (/* binding */ parseRegistriesConf),
/* harmony export */   W1: () => (/* binding */ registriesEqual),
/* harmony export */   uu: () => (/* binding */ rememberEncoded),
/* harmony export */   v2: () => (/* binding */ encodedConf),
/* harmony export */   vI: () => (/* binding */ RegistriesConfParseError)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _bounded_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3131);


let lastToml;
/**
 * smol-toml's parse, remembered for the last text: loading a node's registries.conf reads the same text
 * twice (its TOML types checked, then decoded), and with thousands of mirrored sources it is megabytes.
 * The value is shared: callers only read it. A parse error is thrown again, unchanged.
 */
function parseToml(text) {
    if (lastToml?.text !== text) {
        try {
            lastToml = { text, ok: true, value: (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) };
        }
        catch (error) {
            lastToml = { text, ok: false, error };
        }
    }
    if (!lastToml.ok)
        throw lastToml.error;
    return lastToml.value;
}
class RegistriesConfParseError extends Error {
}
const str = (v) => (typeof v === 'string' ? v : '');
const bool = (v) => v === true;
/**
 * Decodes registries.conf text the way BurntSushi/toml fills the Go struct: missing keys are zero
 * values, so an empty or absent file decodes to an empty config (drain.go relies on that).
 */
// One side's registries.conf is read by the pull routes, the drain check and the per-registry summary:
// decode each distinct text once. The decoded value is frozen (every level), so no reader can change
// what another sees; a handful of entries covers both sides of the cluster being planned.
const decoded = new _bounded_map_js__WEBPACK_IMPORTED_MODULE_1__/* .BoundedMap */ .E(8);
function parseRegistriesConf(text) {
    const key = text ?? '';
    const hit = encodedHere.get(key) ??
        decoded.getOr(key, () => {
            try {
                return deepFreeze(decodeRegistriesConf(text));
            }
            catch (e) {
                if (!(e instanceof RegistriesConfParseError))
                    throw e;
                return e;
            }
        });
    if (hit instanceof RegistriesConfParseError)
        throw hit;
    return hit;
}
// The registries.conf texts this process encoded itself (one per side and version of a cluster), with the
// value they decode to: with ten thousand mirrored sources the TOML parse of our own output is the largest
// part of loading it, and it can only give back what was encoded. Kept only when the text holds no
// escape (so no question of how a parser reads one) and the value has exactly the encoder's fields.
const encodedHere = new _bounded_map_js__WEBPACK_IMPORTED_MODULE_1__/* .BoundedMap */ .E(8);
/**
 * Records that `text` is the TOML encoding of `conf` (`encodeRegistriesConf`): parsing it later returns
 * `conf` without reading the TOML. The caller gives `conf` up: it is frozen here, at every level, as a
 * decoded value is. test/render/linux/registries-encoded.test.ts holds it equal to what decoding gives.
 */
function rememberEncoded(text, conf) {
    if (encodedHere.has(text) || !VERBATIM.test(text) || !hasEncodedShape(conf))
        return;
    for (const r of conf.registries) {
        for (const m of r.mirrors)
            Object.freeze(m);
        Object.freeze(r.mirrors);
        Object.freeze(r);
    }
    Object.freeze(conf.registries);
    Object.freeze(conf.unqualifiedSearchRegistries);
    encodedHere.set(text, Object.freeze(conf));
}
/** The value a text given to `rememberEncoded` decodes to, while it is remembered. */
const encodedConf = (text) => encodedHere.get(text);
// Printable ASCII and line feeds, no backslash: the encoder escaped nothing (every escape starts with a
// backslash), so every string in the text is the conf's own, and TOML reads it back unchanged.
const VERBATIM = /^[\x20-\x5b\x5d-\x7e\n]*$/;
const isStr = (s) => typeof s === 'string';
const isBool = (b) => typeof b === 'boolean';
/** Only the fields the encoder writes, each of its type: decoding the text gives nothing else. */
function hasEncodedShape(conf) {
    const keys = (o, n) => {
        let count = 0;
        for (const _ in o)
            count++;
        return count === n;
    };
    return (keys(conf, 3) &&
        Array.isArray(conf.unqualifiedSearchRegistries) &&
        conf.unqualifiedSearchRegistries.every(isStr) &&
        isStr(conf.shortNameMode) &&
        conf.registries.every((r) => keys(r, 6) &&
            isStr(r.prefix) &&
            isStr(r.location) &&
            isBool(r.insecure) &&
            isBool(r.blocked) &&
            isBool(r.mirrorByDigestOnly) &&
            r.mirrors.every((m) => keys(m, 3) && isStr(m.location) && isBool(m.insecure) && isStr(m.pullFromMirror))));
}
function deepFreeze(v) {
    if (v && typeof v === 'object' && !Object.isFrozen(v)) {
        for (const child of Object.values(v))
            deepFreeze(child);
        Object.freeze(v);
    }
    return v;
}
function decodeRegistriesConf(text) {
    const empty = { unqualifiedSearchRegistries: [], shortNameMode: '', registries: [] };
    if (text === undefined || text.trim() === '')
        return empty;
    let doc;
    try {
        doc = parseToml(text);
    }
    catch (e) {
        throw new RegistriesConfParseError(`registries.conf is not valid TOML: ${e.message}`);
    }
    const regs = Array.isArray(doc['registry']) ? doc['registry'] : [];
    return {
        unqualifiedSearchRegistries: Array.isArray(doc['unqualified-search-registries'])
            ? doc['unqualified-search-registries'].map(str)
            : [],
        shortNameMode: str(doc['short-name-mode']),
        registries: regs.map((r) => ({
            prefix: str(r['prefix']),
            location: str(r['location']),
            insecure: bool(r['insecure']),
            blocked: bool(r['blocked']),
            mirrorByDigestOnly: bool(r['mirror-by-digest-only']),
            mirrors: (Array.isArray(r['mirror']) ? r['mirror'] : []).map((m) => ({
                location: str(m['location']),
                insecure: bool(m['insecure']),
                pullFromMirror: str(m['pull-from-mirror'])
            }))
        }))
    };
}
/** Go reflect.DeepEqual over the decoded sysregistriesv2.Registry (mirrors in order). */
function registriesEqual(a, b) {
    return (a.prefix === b.prefix &&
        a.location === b.location &&
        a.insecure === b.insecure &&
        a.blocked === b.blocked &&
        a.mirrorByDigestOnly === b.mirrorByDigestOnly &&
        a.mirrors.length === b.mirrors.length &&
        a.mirrors.every((m, i) => {
            const n = b.mirrors[i];
            return m.location === n.location && m.insecure === n.insecure && m.pullFromMirror === n.pullFromMirror;
        }));
}
/** The key drain.go and c/image use for an entry: prefix when set, else location. */
function registryScope(r) {
    return r.prefix !== '' ? r.prefix : r.location;
}


/***/ }),

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   NT: () => (/* binding */ RULES_DOC_URL),
/* harmony export */   kF: () => (/* binding */ RULES_BY_ID)
/* harmony export */ });
/* unused harmony exports RULE_CATALOG, ruleDocPath */
const rule = (id, family, severity, summary, extra = {}) => ({
    id,
    family,
    severity,
    summary,
    overridable: true,
    waivable: true,
    ...extra
});
const CANNOT_EVALUATE = 'when input cannot be read, the run cannot vouch for the change; fix the file instead';
const WAIVER_HYGIENE = 'it reports the waivers themselves; renew or remove the waiver instead';
const RULE_CATALOG = [
    // Documented platform behaviour: image.config.openshift.io/cluster registrySources.
    rule('allowed-and-blocked', 'registry-sources', 'error', 'allowedRegistries and blockedRegistries are both set: MCO rejects the image configuration'),
    rule('allowed-registries-missing-required', 'registry-sources', 'error', 'allowedRegistries leaves out registry.redhat.io, quay.io, the release payload or the internal registry'),
    rule('allowed-registries-missing-mirrors', 'registry-sources', 'warning', 'disconnected cluster: allowedRegistries leaves out mirror registries the nodes must pull from'),
    rule('blocked-required-registry', 'registry-sources', 'error', 'blockedRegistries blocks registry.redhat.io or quay.io, which platform images come from'),
    rule('blocked-payload-registry', 'registry-sources', 'error', 'blockedRegistries covers the release payload repository', {
        graded: 'error when MCO drops the entry (no usable mirror); warning when it is kept because a mirror of the payload stays reachable'
    }),
    rule('trusted-ca-invalid', 'registry-sources', 'error', 'an additionalTrustedCA value that is not a PEM certificate, does not parse, has expired, or is not a CA', {
        graded: 'error when the value holds no certificate, does not parse or has expired; warning for a certificate that is not a CA or not yet valid'
    }),
    rule('insecure-not-allowed', 'registry-sources', 'error', 'an insecure registry is not in allowedRegistries, so nodes refuse its images anyway'),
    // containerRuntimeSearchRegistries.
    rule('search-registries-public', 'search-registries', 'warning', 'containerRuntimeSearchRegistries names a public registry: short names resolve there, with credentials sent along'),
    rule('search-registries-mixed-credentials', 'search-registries', 'warning', 'containerRuntimeSearchRegistries names several public registries that need different credentials'),
    rule('search-registries-reboot', 'search-registries', 'warning', 'changing containerRuntimeSearchRegistries drains and reboots every node'),
    // Mirror sets.
    rule('icsp-deprecated', 'mirror-sets', 'warning', 'ImageContentSourcePolicy is deprecated; migrate it with oc adm migrate icsp'),
    rule('icsp-digest-source', 'mirror-sets', 'error', 'an ImageContentSourcePolicy source names an image (@sha256 or tag), not a repository'),
    rule('icsp-idms-conflict', 'mirror-sets', 'warning', 'an ImageContentSourcePolicy and an ImageDigestMirrorSet configure the same source differently', {
        graded: 'error when the ImageDigestMirrorSet entry is NeverContactSource (MCO rejects the combination); warning otherwise'
    }),
    rule('never-contact-single-mirror', 'mirror-sets', 'warning', 'NeverContactSource with a single mirror: no fallback when that mirror is down'),
    rule('mirror-equals-source', 'mirror-sets', 'warning', 'a mirror equals its source'),
    rule('duplicate-mirror', 'mirror-sets', 'notice', 'the same mirror is listed twice for one source'),
    rule('mirror-order-surprising', 'mirror-sets', 'warning', 'mirror lists of several objects merge into an order none of them wrote', {
        graded: "warning when an object's own order is not kept; notice when unrelated lists are merged alphabetically"
    }),
    rule('itms-where-idms-would-do', 'mirror-sets', 'notice', 'an ImageTagMirrorSet where an ImageDigestMirrorSet would do', {
        graded: 'warning when the images under the source are only ever pulled by digest (the release payload, or every workload in the repository); notice otherwise'
    }),
    // Image signature policies (ClusterImagePolicy, ImagePolicy, the payload's own policy on 4.21+).
    rule('signature-mirror-unsigned', 'signature-policies', 'error', 'a scope that requires signatures is pulled through mirrors not known to carry them', {
        graded: "error for the release scopes of the payload's policy and for NeverContactSource entries; warning otherwise"
    }),
    rule('signature-scope-unused', 'signature-policies', 'warning', 'a signature policy scope that nothing in the repository pulls from'),
    rule('signature-key-invalid', 'signature-policies', 'error', 'a signature policy key or certificate that does not parse'),
    rule('signature-scope-conflict', 'signature-policies', 'warning', 'an ImagePolicy scope that a ClusterImagePolicy overrides, so MCO ignores it'),
    rule('operator-rejects', 'operator', 'error', 'the Machine Config Operator or WMCO would reject the head configuration'),
    // Plan.
    rule('workload-unpullable', 'plan', 'error', 'a workload image can no longer be pulled after the change'),
    rule('platform-image-unmirrored', 'plan', 'error', 'a platform image (release, catalog, update service, pinned image) resolved through a mirror before and no longer does'),
    rule('pool-invalid', 'plan', 'error', 'a MachineConfigPool value the rollout cannot use'),
    rule('ndp-invalid', 'plan', 'error', 'the node disruption policy violates the API limits'),
    // MachineConfigs and ContainerRuntimeConfigs of the repository (docs/node-files.md).
    rule('machineconfig-invalid', 'machine-configs', 'error', 'MCO refuses a MachineConfig: the pools selecting it stop rendering'),
    rule('machineconfig-file-unreadable', 'machine-configs', 'error', 'a MachineConfig file the daemon cannot write (remote source, bad gzip, too large): the update stops'),
    rule('machineconfig-overrides-generated', 'machine-configs', 'error', 'a repository MachineConfig replaces a file MCO generates: the image configuration no longer reaches those nodes'),
    rule('machineconfig-overridden', 'machine-configs', 'warning', 'a generated MachineConfig replaces a file the repository writes: that content never reaches the nodes'),
    rule('machineconfig-irreconcilable', 'machine-configs', 'error', 'append or storage sections MCO refuses on running nodes: the pool stops updating'),
    rule('machineconfig-certs-d', 'machine-configs', 'warning', "a MachineConfig file under /etc/docker/certs.d, which the daemon's certificate writer removes"),
    rule('registries-conf-unloadable', 'machine-configs', 'error', 'registries.conf with its drop-ins cannot be loaded: every pull on the pool fails'),
    rule('containerruntimeconfig-invalid', 'machine-configs', 'error', 'MCO refuses a ContainerRuntimeConfig: the pools keep the previous one'),
    rule('containerruntimeconfig-no-pool', 'machine-configs', 'warning', 'a ContainerRuntimeConfig selects no pool: nothing is rendered'),
    rule('containerruntimeconfig-order-unknown', 'machine-configs', 'warning', 'several ContainerRuntimeConfigs select one pool: which wins depends on creation order'),
    // Pull checks (--check-pulls; src/policy/rules/pull-checks.ts).
    rule('image-not-mirrored', 'plan', 'error', 'no mirror holds an image reference the nodes will ask for (--check-pulls)', {
        graded: 'error when the node cannot contact the source (NeverContactSource, a blocked source, or policy.disconnected); warning otherwise'
    }),
    rule('pull-check-incomplete', 'plan', 'warning', 'the pull check could not ask every endpoint: unreachable, access denied, budget, or no client (--check-pulls)', { graded: 'error when skopeo is not installed (nothing was checked); warning otherwise' }),
    // Windows (src/policy/rules/windows.ts; windows-instances-malformed from src/render/windows/inventory.ts).
    rule('pull-secret-in-repo', 'windows', 'error', 'the cluster pull secret is committed to the repository'),
    rule('windows-mirror-naming', 'windows', 'warning', 'Windows nodes request a different path from the mirror than Linux nodes do'),
    rule('windows-registry-wide-mirror', 'windows', 'notice', 'on Windows a repository-scoped mirror applies to the whole registry', {
        graded: 'warning when Windows workloads pull other images from that registry; notice otherwise'
    }),
    rule('windows-never-contact-registry-wide', 'windows', 'warning', 'on Windows NeverContactSource cuts off the whole registry'),
    rule('windows-unsupported-source', 'windows', 'warning', 'a wildcard or port source that Windows nodes never use'),
    rule('windows-duplicate-host-table', 'windows', 'error', 'two mirrors collapse into one hosts.toml table and containerd rejects the file'),
    rule('windows-policy-order-dependent', 'windows', 'warning', 'the Windows mirror policy of a registry depends on the order of entries'),
    rule('windows-ignored-setting', 'windows', 'notice', 'a setting that Windows nodes ignore'),
    rule('windows-nodes-with-mirror-sets', 'windows', 'warning', 'Windows nodes and the mirror sets they need are added in the same change; the documented order is mirror sets first'),
    rule('windows-disconnected-pause', 'windows', 'error', 'Windows nodes cannot pull the pause image under NeverContactSource', {
        graded: 'error when nothing mirrors the pause image; warning when the mirror exists but a Windows tag pull never reaches it'
    }),
    rule('windows-docker-hub-source', 'windows', 'warning', 'Windows nodes fall back to docker.io, which does not serve the registry API, for Docker Hub images the mirrors lack'),
    rule('windows-mirror-order', 'windows', 'notice', 'Windows nodes try the mirrors in alphabetical order, not the listed order'),
    rule('windows-instances-malformed', 'windows', 'error', 'a windows-instances ConfigMap entry WMCO cannot use', {
        graded: 'per entry, as WMCO treats it'
    }),
    // Upgrades: what a version bump does by itself (docs/release-gating.md).
    rule('upgrade-version-unknown', 'upgrade', 'error', 'the pull request changes the update target, but its OpenShift version cannot be read or is not modelled', { overridable: false, waivable: false, fixed: CANNOT_EVALUATE }),
    rule('upgrade-downgrade', 'upgrade', 'error', 'the head asks for an older OpenShift minor version than the base'),
    rule('upgrade-release-signatures', 'upgrade', 'error', 'the new release requires sigstore signatures for release images the cluster pulls through mirrors', { graded: 'error when a mirror entry of the release scopes is NeverContactSource; warning otherwise' }),
    rule('upgrade-manifest-refused', 'upgrade', 'error', 'a manifest the pull request does not touch is refused or no longer served by the new version'),
    rule('upgrade-target-unreachable', 'upgrade', 'error', "the ClusterVersion's desiredUpdate.image cannot be pulled with the head's node configuration"),
    // Input.
    rule('bad-input', 'input', 'error', 'a file that cannot be read or parsed', {
        overridable: false,
        waivable: false,
        fixed: CANNOT_EVALUATE
    }),
    rule('api-rejected', 'input', 'error', 'the API server would refuse this object'),
    rule('kind-not-served', 'input', 'error', 'the planned OpenShift version does not serve this kind under this apiVersion; the object never reaches a node'),
    rule('kind-misspelled', 'input', 'error', 'a kind in an OpenShift API group that is a near miss of a kind the tool reads (ImageDigestMirrorSett)'),
    rule('duplicate-object', 'input', 'error', 'the same object is declared twice'),
    rule('config-loosened', 'input', 'error', 'the pull request changes the configuration so that the gate lets more through'),
    rule('trusted-ca-key', 'input', 'warning', 'an additionalTrustedCA ConfigMap key that is not hostname[..port]: its CA is trusted for no registry'),
    // The team's policy file.
    rule('mirror-host-not-allowed', 'team', 'error', 'policy.allowedMirrorHosts: a mirror on a host the team did not allow'),
    rule('forbidden-host', 'team', 'error', 'policy.forbiddenHosts: a registry the team forbids'),
    rule('never-contact-source-required', 'team', 'error', 'policy.requireNeverContactSource: a source the nodes may still contact'),
    rule('insecure-registry-forbidden', 'team', 'error', 'policy.noInsecureRegistries: an insecure registry'),
    rule('itms-forbidden', 'team', 'error', 'policy.noITMS: an ImageTagMirrorSet'),
    rule('icsp-forbidden', 'team', 'error', 'policy.noICSP: an ImageContentSourcePolicy'),
    rule('disruption-reboot', 'team', 'error', 'policy.disruption.noReboot: the change reboots nodes'),
    rule('disruption-drain', 'team', 'error', 'policy.disruption.noDrain: the change drains nodes'),
    rule('rollout-too-long', 'team', 'error', 'policy.disruption.maxRolloutMinutes: a pool takes longer to roll out than allowed'),
    rule('too-many-reboots', 'team', 'error', 'policy.disruption.maxRebootedNodes: more nodes reboot than allowed'),
    // Waivers.
    rule('waiver-expired', 'waivers', 'error', 'a waiver is past its expiry date', {
        waivable: false,
        fixed: WAIVER_HYGIENE
    }),
    rule('annotation-waiver-invalid', 'waivers', 'error', 'a registry-plan.io/waive annotation that cannot be read', {
        waivable: false,
        fixed: WAIVER_HYGIENE
    }),
    rule('annotation-waiver-forbidden', 'waivers', 'error', 'a registry-plan.io/waive annotation while policy.allowAnnotationWaivers is false', {
        waivable: false,
        fixed: WAIVER_HYGIENE
    })
];
const RULES_BY_ID = new Map(RULE_CATALOG.map((r) => [r.id, r]));
/** Where a rule is documented, relative to the repository root of registry-plan. */
const ruleDocPath = (id) => `docs/rules.md#rule-${id}`;
/** Where the rules are published; PR comments and SARIF need absolute links (relative ones resolve against the PR page). */
const RULES_DOC_URL = 'https://github.com/registry-plan/registry-plan/blob/main/docs/rules.md';
const ruleDocUrl = (id) => `${RULES_DOC_URL}#rule-${id}`;


/***/ }),

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f2: () => (/* binding */ withoutFragment),
/* harmony export */   iV: () => (/* binding */ trimTrailingSlashes),
/* harmony export */   td: () => (/* binding */ pathNamesTagOrDigest)
/* harmony export */ });
/**
 * String helpers for repository text that regular expressions would make super-linear: `/\/+$/` is
 * quadratic on a long run of slashes followed by anything else, because the engine retries the run
 * from every position in it.
 */
/** `s` without trailing `/` characters, in one backward pass. */
function trimTrailingSlashes(s) {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x2f)
        end--;
    return end === s.length ? s : s.slice(0, end);
}
/** `s` up to its first `#` (a URI without its fragment). */
function withoutFragment(s) {
    const i = s.indexOf('#');
    return i < 0 ? s : s.slice(0, i);
}
/**
 * Whether a repository path (the part after the host) ends in a tag or a digest: its last component
 * holds ':' or '@', or (for digests) any '@' at all. A scan, not a pattern: the text is the repository's.
 */
function pathNamesTagOrDigest(path) {
    const last = path.slice(path.lastIndexOf('/') + 1);
    return path.includes('@') || last.includes(':');
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ wmcoForOpenShift),
/* harmony export */   Ow: () => (/* binding */ formatOcp),
/* harmony export */   QI: () => (/* binding */ parseWmcoVersion),
/* harmony export */   WP: () => (/* binding */ compareOcp),
/* harmony export */   Yg: () => (/* binding */ DEFAULT_OPENSHIFT_VERSION),
/* harmony export */   ad: () => (/* binding */ parseOcpVersion),
/* harmony export */   jZ: () => (/* binding */ atLeast)
/* harmony export */ });
/**
 * The default for --openshift-version: the newest GA release (openshift-versions.ts NEWEST_GA_VERSION;
 * a test keeps the two equal, this module cannot import the table without a cycle).
 */
const DEFAULT_OPENSHIFT_VERSION = '4.22';
function parseOcpVersion(text) {
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(String(text).trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]) };
}
/** -1, 0 or 1 as a is older, equal or newer than "X.Y". */
function compareOcp(a, b) {
    const v = parseOcpVersion(b);
    if (a.major !== v.major)
        return a.major < v.major ? -1 : 1;
    if (a.minor !== v.minor)
        return a.minor < v.minor ? -1 : 1;
    return 0;
}
const atLeast = (a, b) => compareOcp(a, b) >= 0;
function formatOcp(v) {
    return `${v.major}.${v.minor}`;
}
function parseWmcoVersion(text) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(String(text).trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}
/**
 * WMCO ships one minor per OpenShift minor (10.x for 4.x). Without --wmco-version, releases before
 * 4.16 have no mirror support on Windows; from 4.16 the current z-streams write the current format
 * (undefined: the current format).
 */
function wmcoForOpenShift(v) {
    return v.major === 4 && v.minor < 16 ? { major: 10, minor: v.minor, patch: 0 } : undefined;
}


/***/ }),

/***/ 4637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q6: () => (/* binding */ buildClusterPlan),
  BR: () => (/* binding */ highest)
});

// UNUSED EXPORTS: changedMirrorSetObjects, mirrorSetChanges

// EXTERNAL MODULE: ./src/diff/line-patch.ts
var line_patch = __webpack_require__(290);
;// CONCATENATED MODULE: ./src/diff/file-diff.ts

/**
 * Pairs the node files of two sides by node and path and diffs each. A file that is the template on
 * one side and generated on the other is "modified" when its bytes differ: on the node it is one file.
 */
function diffNodeFiles(before, after, context = 3) {
    const key = (f) => `${f.node}\0${f.path}`;
    const b = new Map(before.map((f) => [key(f), f]));
    const a = new Map(after.map((f) => [key(f), f]));
    const keys = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    return keys.map((k) => {
        const old = b.get(k);
        const neu = a.get(k);
        const ref = (neu ?? old);
        const change = !old
            ? 'added'
            : !neu
                ? 'removed'
                : old.content === neu.content
                    ? 'unchanged'
                    : 'modified';
        const diff = change === 'unchanged'
            ? ''
            : (0,line_patch/* linePatch */.V)({ name: `a${toPosixish(ref.path)}`, text: old?.content ?? '', header: old ? old.origin : 'absent' }, { name: `b${toPosixish(ref.path)}`, text: neu?.content ?? '', header: neu ? neu.origin : 'absent' }, context);
        return { node: ref.node, path: ref.path, change, diff, before: old, after: neu };
    });
}
function toPosixish(p) {
    return p.startsWith('/') ? p : '/' + p.replace(/\\/g, '/');
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/model/node-paths.ts
var node_paths = __webpack_require__(8812);
// EXTERNAL MODULE: ./src/model/registries-conf.ts
var registries_conf = __webpack_require__(4789);
// EXTERNAL MODULE: ./src/render/windows/ca-bundle.ts
var ca_bundle = __webpack_require__(2389);
;// CONCATENATED MODULE: ./src/diff/signature-summary.ts
/**
 * The plain-words lines for signature-policy changes: which scopes now require (or no longer
 * require) signatures, cluster-wide in policy.json or for one namespace in /etc/crio/policies, and on
 * which pools. Read from the rendered files, so the payload's own policy shows like any other.
 */

const CRIO_POLICY = /^\/etc\/crio\/policies\/([^/]+)\.json$/;
/** scope → a fingerprint of its sigstoreSigned requirements ("" = none). */
function signedScopes(content) {
    const out = new Map();
    if (content === undefined)
        return out;
    try {
        const p = JSON.parse(content);
        for (const [scope, reqs] of Object.entries(p.transports?.docker ?? {})) {
            const signed = reqs.filter((r) => r.type === 'sigstoreSigned');
            if (signed.length)
                out.set(scope, JSON.stringify(signed));
        }
    }
    catch {
        // An unreadable file has no scopes; the file diff still shows it.
    }
    return out;
}
function files(list) {
    const m = new Map();
    for (const f of list) {
        if (f.node !== 'linux')
            continue;
        if (f.path === node_paths/* POLICY_JSON */.kA)
            m.set('', f.content);
        const ns = CRIO_POLICY.exec(f.path)?.[1];
        if (ns !== undefined)
            m.set(ns, f.content);
    }
    return m;
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Lines keyed by scope, e.g. "signature policy for quay.io/x now required on pools master, worker". */
function signaturePolicyChanges(before, after, pools) {
    const where = pools.length ? ` on pools ${[...pools].sort(cmp).join(', ')}` : '';
    const b = files(before);
    const a = files(after);
    const out = [];
    for (const key of [...new Set([...b.keys(), ...a.keys()])].sort(cmp)) {
        const o = signedScopes(b.get(key));
        const n = signedScopes(a.get(key));
        const scope = key === '' ? '' : ` for namespace ${key}`;
        for (const s of [...new Set([...o.keys(), ...n.keys()])].sort(cmp)) {
            // A namespace file repeats the cluster scopes; report those once, from policy.json.
            if (key !== '' && (signedScopes(a.get('')).has(s) || signedScopes(b.get('')).has(s)))
                continue;
            const was = o.get(s);
            const now = n.get(s);
            if (was === now)
                continue;
            const line = was === undefined
                ? `signature policy for ${s} now required${scope}${where}`
                : now === undefined
                    ? `signature policy for ${s} no longer required${scope}${where}`
                    : `signature policy for ${s} changed (keys or identity)${scope}${where}`;
            out.push({ source: s, line });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/diff/semantic.ts





// The two patterns spell out DOCKER_CERTS_D and CONTAINERD_REGISTRIES_DIR (model/node-paths.ts).
const CERTS_D = /^\/etc\/docker\/certs\.d\/([^/]+)\/ca\.crt$/;
const HOSTS_TOML = /^C:\\k\\containerd\\registries\\(.+)\\hosts\.toml$/;
const byPath = (files, path) => files.find((f) => f.path === path);
const semantic_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function mirrorLabel(m, reg) {
    const mode = m.pullFromMirror || (reg.mirrorByDigestOnly ? 'digest-only' : 'all');
    return `${m.location} (${mode}${m.insecure ? ', insecure' : ''})`;
}
function linuxEntries(before, after, add) {
    const b = new Map((0,registries_conf/* parseRegistriesConf */.TR)(byPath(before, node_paths/* REGISTRIES_CONF */.NS)?.content).registries.map((r) => [(0,registries_conf/* registryScope */.Ey)(r), r]));
    const a = new Map((0,registries_conf/* parseRegistriesConf */.TR)(byPath(after, node_paths/* REGISTRIES_CONF */.NS)?.content).registries.map((r) => [(0,registries_conf/* registryScope */.Ey)(r), r]));
    for (const scope of [...new Set([...b.keys(), ...a.keys()])].sort(semantic_cmp)) {
        const o = b.get(scope);
        const n = a.get(scope);
        if (!o && n) {
            for (const m of n.mirrors)
                add(scope, `mirror ${mirrorLabel(m, n)} added`);
            if (n.blocked)
                add(scope, n.mirrors.length ? 'source is never contacted (only its mirrors are)' : 'blocked: pulls are refused');
            if (n.insecure)
                add(scope, 'insecure: TLS verification off, plain HTTP allowed');
            continue;
        }
        if (o && !n) {
            for (const m of o.mirrors)
                add(scope, `mirror ${mirrorLabel(m, o)} removed`);
            if (o.blocked)
                add(scope, o.mirrors.length ? 'source is contacted again' : 'no longer blocked');
            if (o.insecure)
                add(scope, 'no longer insecure');
            continue;
        }
        // Most entries are the same on both sides, and an equal pair has nothing to say.
        if (!o || !n || (0,registries_conf/* registriesEqual */.W1)(o, n))
            continue;
        mirrorChanges(scope, o, n, add);
        if (o.blocked !== n.blocked) {
            add(scope, n.blocked
                ? n.mirrors.length
                    ? 'source is no longer contacted (NeverContactSource or blocked): pulls go only to its mirrors'
                    : 'now blocked: pulls are refused'
                : o.mirrors.length
                    ? 'source is contacted again after its mirrors'
                    : 'no longer blocked');
        }
        if (o.insecure !== n.insecure)
            add(scope, n.insecure ? 'now insecure: TLS verification off, plain HTTP allowed' : 'no longer insecure');
        if (o.mirrorByDigestOnly !== n.mirrorByDigestOnly)
            add(scope, `mirror-by-digest-only ${o.mirrorByDigestOnly} → ${n.mirrorByDigestOnly}`);
    }
}
// The registry-level mirror-by-digest-only flag has its own summary line; mirrors compare by their own mode.
const modeOf = (m, _reg) => m.pullFromMirror || 'all';
const mirrorKey = (m, reg) => `${m.location}\0${modeOf(m, reg)}`;
/**
 * Mirror changes of one registry entry. An ImageDigestMirrorSet and an ImageTagMirrorSet may give the
 * same mirror location twice (digest-only and tag-only, oc-mirror's standard output), so mirrors are
 * told apart by location and pull-from-mirror: adding the ITMS entry reads "tag-only entry added beside
 * the digest-only one", not as a mode flip or a reorder.
 */
function mirrorChanges(scope, o, n, add) {
    const oKeys = o.mirrors.map((m) => mirrorKey(m, o));
    const nKeys = n.mirrors.map((m) => mirrorKey(m, n));
    const oLocs = new Set(o.mirrors.map((m) => m.location));
    const nLocs = new Set(n.mirrors.map((m) => m.location));
    const flipped = new Set();
    // One entry per location on both sides, with a different mode: a real pull-from-mirror change.
    for (const loc of oLocs) {
        const before = o.mirrors.filter((m) => m.location === loc);
        const after = n.mirrors.filter((m) => m.location === loc);
        if (before.length === 1 && after.length === 1 && modeOf(before[0], o) !== modeOf(after[0], n)) {
            add(scope, `mirror ${loc}: pull-from-mirror ${modeOf(before[0], o)} → ${modeOf(after[0], n)}`);
            flipped.add(loc);
        }
    }
    n.mirrors.forEach((m, i) => {
        if (flipped.has(m.location) || oKeys.includes(nKeys[i]))
            return;
        const kept = o.mirrors.filter((x) => x.location === m.location && nKeys.includes(mirrorKey(x, o)));
        add(scope, kept.length
            ? `mirror ${mirrorLabel(m, n)} added beside its ${kept.map((x) => modeOf(x, o)).join(', ')} entry (that entry unchanged)`
            : `mirror ${mirrorLabel(m, n)} added`);
    });
    o.mirrors.forEach((m, i) => {
        if (flipped.has(m.location) || nKeys.includes(oKeys[i]))
            return;
        const kept = nLocs.has(m.location) && n.mirrors.some((x) => x.location === m.location && oKeys.includes(mirrorKey(x, n)));
        add(scope, `mirror ${mirrorLabel(m, o)} removed${kept ? ' (its other entry stays)' : ''}`);
    });
    n.mirrors.forEach((m, i) => {
        const j = oKeys.indexOf(nKeys[i]);
        if (j >= 0 && o.mirrors[j].insecure !== m.insecure)
            add(scope, `mirror ${m.location}: ${m.insecure ? 'now insecure' : 'no longer insecure'}`);
    });
    const twice = (loc) => o.mirrors.filter((m) => m.location === loc).length > 1 || n.mirrors.filter((m) => m.location === loc).length > 1;
    const label = (k) => {
        const [loc, mode] = k.split('\0');
        return twice(loc) ? `${loc} (${mode})` : loc;
    };
    const oc = oKeys.filter((k) => nKeys.includes(k));
    const nc = nKeys.filter((k) => oKeys.includes(k));
    if (oc.join('\n') !== nc.join('\n'))
        add(scope, `mirrors reordered: ${oc.map(label).join(', ')} → ${nc.map(label).join(', ')}`);
}
function policyScopes(file) {
    const scopes = new Map();
    if (!file)
        return { def: 'insecureAcceptAnything', scopes };
    try {
        const p = JSON.parse(file.content);
        for (const [scope, reqs] of Object.entries(p.transports?.docker ?? {}))
            scopes.set(scope, reqs.map((r) => r.type).join('+'));
        return { def: (p.default ?? []).map((r) => r.type).join('+'), scopes };
    }
    catch {
        return { def: 'unreadable', scopes };
    }
}
function policy(before, after, add) {
    const o = policyScopes(byPath(before, node_paths/* POLICY_JSON */.kA));
    const n = policyScopes(byPath(after, node_paths/* POLICY_JSON */.kA));
    const word = (t) => t === undefined ? 'default policy' : t === 'reject' ? 'rejected' : t === 'insecureAcceptAnything' ? 'allowed' : t;
    if (o.def !== n.def)
        add('(all registries)', `policy.json default: ${word(o.def)} → ${word(n.def)}`);
    for (const scope of [...new Set([...o.scopes.keys(), ...n.scopes.keys()])].sort(semantic_cmp)) {
        const ot = o.scopes.get(scope);
        const nt = n.scopes.get(scope);
        // Signature requirements are worded by signaturePolicyChanges; only the rest is said here.
        const plain = (t) => t
            ?.split('+')
            .filter((x) => x !== 'sigstoreSigned')
            .join('+') || undefined;
        if (plain(ot) !== plain(nt))
            add(scope, `policy.json: ${word(plain(ot))} → ${word(plain(nt))}`);
    }
}
function searchRegistries(before, after, add) {
    const list = (files) => {
        const drop = byPath(files, node_paths/* SEARCH_REGISTRIES_DROPIN */.QH);
        return drop ? (0,registries_conf/* parseRegistriesConf */.TR)(drop.content).unqualifiedSearchRegistries : [];
    };
    const o = list(before);
    const n = list(after);
    for (const r of n)
        if (!o.includes(r))
            add(r, 'added to the unqualified-search registries (short names may now resolve here)');
    for (const r of o)
        if (!n.includes(r))
            add(r, 'removed from the unqualified-search registries');
    const oc = o.filter((x) => n.includes(x));
    const nc = n.filter((x) => o.includes(x));
    if (oc.join() !== nc.join())
        add('(search registries)', `search order ${oc.join(', ')} → ${nc.join(', ')}`);
}
function certs(before, after, add) {
    const map = (files) => new Map(files.flatMap((f) => (CERTS_D.test(f.path) ? [[CERTS_D.exec(f.path)[1], f.content]] : [])));
    const o = map(before);
    const n = map(after);
    for (const [h, c] of n)
        if (!o.has(h))
            add(h, 'trusted CA added (certs.d)');
        else if (o.get(h) !== c)
            add(h, 'trusted CA changed (certs.d)');
    for (const h of o.keys())
        if (!n.has(h))
            add(h, 'trusted CA removed (certs.d)');
}
function hostsView(content) {
    try {
        const t = (0,dist/* parse */.qg)(content);
        const hosts = Object.keys(t.host ?? {});
        return {
            server: t.server ?? '',
            hosts,
            caps: new Map(hosts.map((h) => [h, (t.host[h].capabilities ?? []).join(',')]))
        };
    }
    catch {
        return { server: '(invalid TOML: containerd ignores this file)', hosts: [], caps: new Map() };
    }
}
/** Hosts whose part of the Windows trust bundle (C:\k\ca-bundle.crt) changes. */
function windowsCaBundle(before, after, add) {
    const o = (0,ca_bundle/* caBundleHosts */.kf)(byPath(before, node_paths/* WINDOWS_CA_BUNDLE */.Sc)?.content ?? '');
    const n = (0,ca_bundle/* caBundleHosts */.kf)(byPath(after, node_paths/* WINDOWS_CA_BUNDLE */.Sc)?.content ?? '');
    const next = "at each Windows node's next WMCO configuration";
    for (const h of [...new Set([...o.keys(), ...n.keys()])].sort(semantic_cmp)) {
        if (!o.has(h))
            add(h, `Windows: trusted CA added to C:\\k\\ca-bundle.crt (${next})`);
        else if (!n.has(h))
            add(h, `Windows: trusted CA removed from C:\\k\\ca-bundle.crt (${next})`);
        else if (o.get(h) !== n.get(h))
            add(h, `Windows: trusted CA changed in C:\\k\\ca-bundle.crt (${next})`);
    }
}
function windows(before, after, add) {
    const map = (files) => new Map(files.flatMap((f) => HOSTS_TOML.test(f.path) ? [[HOSTS_TOML.exec(f.path)[1], f.content]] : []));
    const o = map(before);
    const n = map(after);
    for (const reg of [...new Set([...o.keys(), ...n.keys()])].sort(semantic_cmp)) {
        const ov = o.has(reg) ? hostsView(o.get(reg)) : undefined;
        const nv = n.has(reg) ? hostsView(n.get(reg)) : undefined;
        if (!ov && nv)
            add(reg, `Windows: hosts.toml added (${nv.hosts.length} mirror host(s), fallback ${nv.server || 'none'})`);
        else if (ov && !nv)
            add(reg, 'Windows: hosts.toml removed (containerd pulls from the registry itself)');
        else if (ov && nv) {
            for (const h of nv.hosts)
                if (!ov.hosts.includes(h))
                    add(reg, `Windows: mirror host ${h} added [${nv.caps.get(h)}]`);
            for (const h of ov.hosts)
                if (!nv.hosts.includes(h))
                    add(reg, `Windows: mirror host ${h} removed`);
            for (const h of nv.hosts)
                if (ov.caps.has(h) && ov.caps.get(h) !== nv.caps.get(h))
                    add(reg, `Windows: ${h} capabilities [${ov.caps.get(h)}] → [${nv.caps.get(h)}]`);
            if (ov.server !== nv.server)
                add(reg, `Windows: fallback server ${ov.server} → ${nv.server}`);
        }
    }
}
/**
 * Summaries from the rendered node files of both sides. Because the files are already in the operators'
 * canonical order, the summary does not move when oc-mirror rewrites and reorders whole objects.
 */
function summarizeRegistries(before, after, opts = { windows: true }) {
    const out = new Map();
    const add = (src, line) => {
        if (!out.has(src))
            out.set(src, []);
        out.get(src).push(line);
    };
    linuxEntries(before, after, add);
    policy(before, after, add);
    for (const c of signaturePolicyChanges(before, after, opts.pools ?? []))
        add(c.source, c.line);
    searchRegistries(before, after, add);
    certs(before, after, add);
    // Without Windows nodes the hosts.toml files are rendered but reach no node: no summary lines.
    if (opts.windows) {
        windows(before, after, add);
        windowsCaBundle(before, after, add);
    }
    return [...out.keys()].sort(semantic_cmp).map((source) => ({ source, summary: out.get(source) }));
}

// EXTERNAL MODULE: ./src/impact/ndp.ts
var impact_ndp = __webpack_require__(4);
// EXTERNAL MODULE: ./src/impact/rollout.ts
var rollout = __webpack_require__(8187);
// EXTERNAL MODULE: ./src/model/version.ts
var model_version = __webpack_require__(2621);
;// CONCATENATED MODULE: ./src/plan/pools.ts
/** Pools that exist in every cluster even when the repo does not declare them. */
const DEFAULT_POOLS = ['master', 'worker'];
/** Used only when neither MachineSets nor the configuration give a count; printed as "assumed". */
const ASSUMED_NODES = { master: 3, worker: 3, arbiter: 1 };
function defaultPool(name) {
    return {
        name,
        loc: { file: '', line: 0 },
        paused: false,
        builtIn: true,
        machineConfigRoles: [name],
        nodeRole: name,
        labels: {}
    };
}
/**
 * The pools of one cluster with their node counts. Control-plane machines are usually not in
 * MachineSets, so a count from the configuration wins over an empty MachineSet sum.
 */
function resolvePools(model, cluster) {
    const declared = model.pools.length ? model.pools : [];
    const pools = [...declared];
    for (const name of DEFAULT_POOLS)
        if (!pools.some((p) => p.name === name))
            pools.push(defaultPool(name));
    return pools.map((pool) => {
        const role = pool.nodeRole ?? pool.name;
        const sets = model.machineSets.filter((m) => !m.windows && (m.role ?? 'worker') === role);
        const fromSets = sets.reduce((n, m) => n + m.replicas, 0);
        const configured = cluster.pools[pool.name]?.nodes;
        const [nodes, nodesFrom] = configured !== undefined
            ? [configured, 'config']
            : sets.length
                ? [fromSets, 'machinesets']
                : [ASSUMED_NODES[pool.name] ?? 0, 'assumed'];
        const builtIn = pool.builtIn || ['master', 'worker', 'arbiter'].includes(pool.name);
        return { pool, nodes, nodesFrom, receivesRegistriesConfig: builtIn || pool.machineConfigRoles.includes('worker') };
    });
}

// EXTERNAL MODULE: ./src/plan/machine-config-plan.ts
var machine_config_plan = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/plan/workloads.ts
var workloads = __webpack_require__(6405);
;// CONCATENATED MODULE: ./src/plan/build-cluster-plan.ts









const ORDER = ['none', 'reload', 'restart', 'drain', 'reboot'];
const highest = (ds) => ds.reduce((m, d) => (ORDER.indexOf(d) > ORDER.indexOf(m) ? d : m), 'none');
/** Mirrors a platform image's route had before and has no more (Linux routes list mirrors, then the source). */
function lostMirrors(w) {
    const mirrorsBefore = w.before.slice(0, -1);
    const mirrorsAfter = w.after.slice(0, -1);
    return mirrorsBefore.length > 0 && mirrorsAfter.length === 0 ? mirrorsBefore.join(', ') : undefined;
}
/** What the nodes end up with: an operator that rejects the head keeps the nodes on the base files. */
function effective(base, head, node) {
    const pick = (s) => (s ? s.files.filter((f) => f.node === node) : []);
    const component = node === 'linux' ? 'mco' : 'wmco';
    const rejected = head.errors.some((e) => e.component === component);
    return { before: pick(base), after: rejected ? pick(base) : pick(head), rejected };
}
const mirrorSetKey = (s) => `${s.kind}/${s.name}`;
const mirrorSetBody = (s) => JSON.stringify(s.entries.map((e) => [e.source, e.mirrors, e.mirrorSourcePolicy]));
/** ITMS objects created; IDMS/ITMS/ICSP objects removed or changed (the kinds of change OCPBUGS-60994 describes). */
function mirrorSetChanges(base, head) {
    const map = (m) => new Map([...(m?.idms ?? []), ...(m?.itms ?? []), ...(m?.icsp ?? [])].map((s) => [mirrorSetKey(s), mirrorSetBody(s)]));
    const b = map(base);
    const h = map(head);
    let itmsCreated = false;
    let deletedOrModified = false;
    for (const k of h.keys())
        if (!b.has(k) && k.startsWith('ImageTagMirrorSet/'))
            itmsCreated = true;
    for (const [k, body] of b)
        if (!h.has(k) || h.get(k) !== body)
            deletedOrModified = true;
    return { itmsCreated, deletedOrModified };
}
/** IDMS/ITMS objects added, removed or changed: each is one WMCO reconcile pass over every Windows node. */
function changedMirrorSetObjects(base, head) {
    const map = (m) => new Map([...(m?.idms ?? []), ...(m?.itms ?? [])].map((s) => [mirrorSetKey(s), mirrorSetBody(s)]));
    const b = map(base);
    const h = map(head);
    let n = 0;
    for (const k of new Set([...b.keys(), ...h.keys()]))
        if (b.get(k) !== h.get(k))
            n++;
    return n;
}
function sideSummary(ref, commit, side) {
    return {
        ref,
        ...(commit ? { commit } : {}),
        errors: side
            ? [
                ...side.errors,
                ...side.inputFindings
                    .filter((f) => f.severity === 'error')
                    .map((f) => ({ component: 'input', message: f.message, file: f.file, line: f.line }))
            ]
            : []
    };
}
/** What an operator refuses never reaches the nodes: one finding per error of the head side. */
function operatorRejections(head) {
    return head.errors.map((e) => ({
        rule: 'operator-rejects',
        severity: 'error',
        message: `${e.component === 'mco' ? 'The Machine Config Operator' : 'The Windows Machine Config Operator'} would reject this configuration: "${e.message}". Nodes keep their current files: the change never rolls out, and the cluster reports it only in the ${e.component === 'mco' ? 'machine-config-controller' : 'WMCO'} logs.`,
        file: e.file,
        line: e.line
    }));
}
/** A pool whose effective files do not change. */
const NO_CHANGE = { actions: ['none'], drain: false, reboot: false, disruption: 'none', reasons: [] };
/** One pool's row: the decision that applies to it, its maxUnavailable and its rollout estimate. */
function poolPlan({ pool, nodes, nodesFrom, receivesRegistriesConfig }, decision, cluster, findings) {
    let mu = 1;
    try {
        mu = (0,rollout/* maxUnavailable */.ts)(pool.maxUnavailable, nodes, pool.name);
    }
    catch (e) {
        if (!(e instanceof rollout/* MaxUnavailableError */.HZ))
            throw e;
        findings.push({
            rule: 'pool-invalid',
            severity: 'error',
            message: `MachineConfigPool ${pool.name}: ${e.message}`,
            file: pool.maxUnavailableLoc?.file ?? pool.loc.file,
            line: pool.maxUnavailableLoc?.line ?? pool.loc.line
        });
    }
    const reasons = [...decision.reasons];
    if (!receivesRegistriesConfig)
        reasons.push(`pool ${pool.name} does not select the worker machine configs, so MCO writes no registries configuration for it`);
    if (nodesFrom === 'assumed')
        reasons.push(`node count ${nodes} is assumed: no MachineSet for this pool in the repo; set pools.${pool.name}.nodes in the configuration`);
    const est = (0,rollout/* estimateRollout */.Yd)({
        nodes,
        maxUnavailable: mu,
        disruption: decision.disruption,
        paused: pool.paused,
        timing: cluster.timing
    });
    return {
        name: pool.name,
        os: 'linux',
        nodes,
        nodesFrom,
        maxUnavailable: mu,
        paused: pool.paused,
        actions: decision.actions,
        drain: decision.drain,
        reboot: decision.reboot,
        disruption: decision.disruption,
        reasons,
        estimate: { batches: est.batches, minutes: est.minutes, held: est.held, assumptions: est.assumptions },
        file: pool.loc.file,
        line: pool.loc.line
    };
}
/** WMCO's sequential pass over Windows nodes; hosts.toml files only reach nodes where Windows nodes exist. */
function windowsPlan(base, head, fileDiffs, cluster) {
    const windowsDiffs = fileDiffs.filter((d) => d.node === 'windows' && d.change !== 'unchanged');
    const changed = head.windowsNodes > 0 && windowsDiffs.length > 0;
    // The CA bundle is written at each node's next configuration, not by a pass over the nodes (ca-bundle.ts).
    const hostsChanged = changed && windowsDiffs.some((d) => d.path !== node_paths/* WINDOWS_CA_BUNDLE */.Sc);
    const caBundleChanged = changed && windowsDiffs.some((d) => d.path === node_paths/* WINDOWS_CA_BUNDLE */.Sc);
    const pullSecretChanged = JSON.stringify(base?.model.pullSecret?.values ?? null) !== JSON.stringify(head.model.pullSecret?.values ?? null);
    const passes = hostsChanged
        ? Math.max(1, (0,rollout/* windowsPasses */.hN)(changedMirrorSetObjects(base?.model, head.model), pullSecretChanged))
        : 0;
    const est = (0,rollout/* estimateWindowsRollout */.PF)({ nodes: head.windowsNodes, passes, timing: cluster.timing });
    return {
        nodes: head.windowsNodes,
        changed,
        disruption: 'none',
        passes,
        estimate: { minutes: est.minutes, assumptions: est.assumptions },
        reasons: [
            ...(hostsChanged
                ? [
                    `WMCO replaces C:\\k\\containerd\\registries on each Windows node, one node at a time; containerd reads hosts.toml per pull, so nothing restarts`
                ]
                : []),
            ...(caBundleChanged
                ? [
                    'C:\\k\\ca-bundle.crt (the additionalTrustedCA part) changes, but WMCO writes it only when it configures a node ' +
                        '(a new Windows node, a WMCO upgrade, a reconfiguration) or when the proxy trusted-ca ConfigMap changes ' +
                        '(nodeconfig.go SyncTrustedCABundle; nothing watches the image configuration): existing Windows nodes keep ' +
                        'the old bundle until then; WICD then imports it into the LocalMachine ROOT store, without a restart'
                ]
                : [])
        ]
    };
}
/** Workload images whose pull route changes, and a finding for each one that stops being pullable. */
function workloadsPlan(base, head, before, after, poolRoutes, findings) {
    // Same inputs on both sides (a cluster the PR does not touch): no route can differ.
    const wl = base === head
        ? { changed: [], unchanged: head.model.workloads.length }
        : (0,workloads/* planWorkloads */.WQ)(head.model.workloads, before, after);
    // Pools whose MachineConfigs change what a node reads (drop-ins, their own registries.conf or policy.json)
    // route Linux pulls differently: their workloads are simulated with the pool's own files.
    wl.changed.push(...poolRoutes);
    for (const w of wl.changed) {
        const lost = w.kind === 'platform' && w.pullable ? lostMirrors(w) : undefined;
        if (lost) {
            findings.push({
                rule: 'platform-image-unmirrored',
                severity: 'error',
                message: `${w.source.object} ${w.source.field} ${w.image} resolved through ${lost} before this change and now goes to the ` +
                    `source registry only (${w.after.join(' → ')}). In a disconnected cluster that is an outage: ` +
                    'upgrades, operator catalogs or pinned images stop pulling. Keep a mirror entry covering it.',
                file: w.file,
                line: w.line,
                object: w.source.object
            });
        }
        if (!w.pullable && (w.pullableBefore || !base)) {
            findings.push({
                rule: 'workload-unpullable',
                severity: 'error',
                message: `${w.workload} uses ${w.image}, which ${w.os} nodes${w.pools ? ` of pool ${w.pools.join(', ')}` : ''} can no longer pull after this change${w.note ? `: ${w.note}` : ''}`,
                file: w.file,
                line: w.line,
                object: w.workload
            });
        }
    }
    return wl;
}
/** Everything but policy: files, semantic summary, impact per pool, Windows pass, workload pulls. */
function buildClusterPlan(input) {
    const { cluster, base, head } = input;
    const version = cluster.openshiftVersion;
    const findings = operatorRejections(head);
    const linux = effective(base, head, 'linux');
    const win = effective(base, head, 'windows');
    const fileDiffs = [...diffNodeFiles(linux.before, linux.after), ...diffNodeFiles(win.before, win.after)];
    const before = [...linux.before, ...win.before];
    const after = [...linux.after, ...win.after];
    const ndp = head.model.machineConfiguration?.nodeDisruptionPolicy;
    if (ndp && head.model.machineConfiguration)
        findings.push(...(0,impact_ndp/* validateNodeDisruptionPolicy */.qY)(ndp, head.model.machineConfiguration.loc));
    // Each pool's effective files come from every MachineConfig it selects (the generated ones and the
    // repository's own), so each pool gets its own decision (docs/node-files.md).
    const mc = (0,machine_config_plan/* planMachineConfigs */.gU)({
        version,
        ...(base ? { base } : {}),
        head,
        linuxBefore: linux.before,
        linuxAfter: linux.after,
        ...(ndp ? { userPolicy: ndp } : {}),
        overrideDrainConfigMap: head.model.overrideDrainConfigMap !== undefined,
        mirrorSetChanges: mirrorSetChanges(base?.model, head.model)
    });
    findings.push(...mc.findings);
    const pools = resolvePools(head.model, cluster).map((p) => poolPlan(p, mc.impacts.get(p.pool.name)?.decision ?? NO_CHANGE, cluster, findings));
    const windows = windowsPlan(base, head, fileDiffs, cluster);
    const poolRoutes = (0,workloads/* poolWorkloads */.Nn)(head.model.workloads, linux, mc.pullFiles, pools);
    const wl = workloadsPlan(base, head, before, after, poolRoutes, findings);
    const changed = fileDiffs.some((d) => d.change !== 'unchanged') ||
        mc.files.length > 0 ||
        [...mc.impacts.values()].some((i) => i.diff.files.length > 0 || i.diff.other.length > 0) ||
        findings.length > 0;
    return {
        name: cluster.name,
        changed,
        openshiftVersion: (0,model_version/* formatOcp */.Ow)(version),
        ...(cluster.openshiftVersionFrom ? { openshiftVersionFrom: cluster.openshiftVersionFrom } : {}),
        base: sideSummary(input.baseRef, input.baseCommit, base),
        head: sideSummary(input.headRef, input.headCommit, head),
        files: [
            ...fileDiffs.map((d) => ({
                node: d.node,
                path: d.path,
                change: d.change,
                diff: d.diff,
                origin: { before: d.before?.origin ?? 'absent', after: d.after?.origin ?? 'absent' }
            })),
            ...mc.files
        ],
        registries: summarizeRegistries(before, after, {
            windows: head.windowsNodes > 0 || (base?.windowsNodes ?? 0) > 0,
            pools: pools.map((p) => p.name)
        }),
        pools,
        windows,
        workloads: wl.changed,
        workloadsUnchanged: wl.unchanged,
        findings: [...head.inputFindings, ...head.findings, ...findings],
        highestDisruption: highest(pools.filter((p) => p.nodes > 0 || p.disruption !== 'none').map((p) => p.disruption))
    };
}


/***/ }),

/***/ 2977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ pullFilesOf),
/* harmony export */   Vg: () => (/* binding */ diffPools),
/* harmony export */   XZ: () => (/* binding */ writerName)
/* harmony export */ });
/* harmony import */ var _render_linux_merge_machine_configs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8999);
/* harmony import */ var _render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9684);


const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
function diffFiles(before, after) {
    const out = [];
    const old = before?.files ?? new Map();
    for (const [path, f] of old)
        if (!after.files.has(path))
            out.push({ path, change: 'removed', before: f });
    for (const [path, f] of after.files) {
        const o = old.get(path);
        if (!o)
            out.push({ path, change: 'added', after: f });
        else if (!(0,_render_linux_merge_machine_configs_js__WEBPACK_IMPORTED_MODULE_0__/* .sameEntry */ .dI)(o.entry, f.entry))
            out.push({ path, change: 'modified', before: o, after: f });
    }
    return out.sort(byPath);
}
function diffOther(before, after) {
    const out = [];
    const units = new Set([...(before?.units.keys() ?? []), ...after.units.keys()]);
    for (const u of [...units].sort())
        if (before?.units.get(u)?.body !== after.units.get(u)?.body)
            out.push(u);
    if ((before?.passwd ?? '') !== after.passwd)
        out.push('sshkeys');
    const fields = new Set([...Object.keys(before?.fields ?? {}), ...Object.keys(after.fields)]);
    for (const f of [...fields].sort())
        if (before?.fields[f] !== after.fields[f])
            out.push(f);
    return out;
}
/** Per pool of the head side: what its nodes see change. A pool new in the head is diffed against nothing. */
function diffPools(base, head) {
    return head.pools.map(({ pool, rendered }) => {
        const before = base?.pools.find((p) => p.pool === pool)?.rendered;
        const held = rendered.refused.length > 0 || rendered.irreconcilable.length > 0;
        if (held)
            return { pool, files: [], other: [], held };
        return { pool, files: diffFiles(before, rendered), other: diffOther(before, rendered), held };
    });
}
/** What containers/image reads on a node of this pool: registries.conf, its drop-ins, policy.json. */
function pullFilesOf(rendered) {
    const problems = [];
    const text = (f) => {
        if (!f)
            return undefined;
        if (f.content === undefined)
            problems.push(`${f.path}: ${f.problem ?? 'contents unknown'}`);
        return f.content;
    };
    const mainFile = rendered.files.get(_render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRIES_CONF */ .NS);
    const main = text(mainFile);
    const dropIns = [];
    for (const f of rendered.files.values()) {
        if (!(0,_render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_1__/* .isRegistriesDropIn */ .sX)(f.path))
            continue;
        const t = text(f);
        if (t !== undefined)
            dropIns.push({ path: f.path, text: t });
    }
    const policy = text(rendered.files.get('/etc/containers/policy.json'));
    return {
        ...(main !== undefined ? { main: { path: _render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRIES_CONF */ .NS, text: main } } : {}),
        dropIns,
        ...(policy !== undefined ? { policy } : {}),
        problems
    };
}
/** The MachineConfig that last wrote a path, for reasons and findings. */
const writerName = (f) => f?.writer.name ?? '(none)';


/***/ }),

/***/ 7933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ sideOf),
/* harmony export */   gU: () => (/* binding */ planMachineConfigs),
/* harmony export */   iq: () => (/* binding */ machineConfigFileTitle),
/* harmony export */   jD: () => (/* binding */ fromRepo)
/* harmony export */ });
/* harmony import */ var _diff_line_patch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(290);
/* harmony import */ var _model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8812);
/* harmony import */ var _render_linux_pool_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3680);
/* harmony import */ var _machine_config_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2977);
/* harmony import */ var _pool_impact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1378);





function sideOf(side, files) {
    const model = side.model;
    const ca = model.image?.additionalTrustedCA ? model.openshiftConfigMaps[model.image.additionalTrustedCA] : undefined;
    return {
        pools: (0,_render_linux_pool_files_js__WEBPACK_IMPORTED_MODULE_0__/* .poolSpecs */ .X9)(model.pools),
        registriesFiles: files
            .filter((f) => f.origin === 'generated' && !(0,_model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnder */ .Jo)(_model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_CERTS_D */ .I_, f.path))
            .map((f) => ({ path: f.path, content: f.content })),
        machineConfigs: model.machineConfigs,
        containerRuntimeConfigs: model.containerRuntimeConfigs,
        trustedCAKeys: ca ? [...Object.keys(ca.data), ...Object.keys(ca.binaryData)] : []
    };
}
const fromRepo = (f) => !!f && (f.writer.origin === 'repo' || f.writer.origin === 'generated-containerruntime');
const textOf = (f) => f === undefined ? '' : (f.content ?? `(contents cannot be decoded: ${f.problem ?? 'unknown'})\n`);
/** Characters safe in a section title whatever renders it; the diff body shows the exact path. */
const safeTitle = (s) => s.replace(/[^A-Za-z0-9._/:+-]/g, '_');
function planFile(c, pools) {
    const before = textOf(c.before);
    const after = textOf(c.after);
    const writerOf = (f) => f
        ? `${f.writer.origin === 'repo' ? 'MachineConfig' : f.writer.origin === 'template' ? 'template' : 'generated'} ${f.writer.name}`
        : undefined;
    const diff = before === after
        ? `(same contents; the Ignition entry changed: mode, encoding, compression or ownership)\n`
        : (0,_diff_line_patch_js__WEBPACK_IMPORTED_MODULE_4__/* .linePatch */ .V)({ name: `a${c.path}`, text: before, header: writerOf(c.before) ?? 'absent' }, { name: `b${c.path}`, text: after, header: writerOf(c.after) ?? 'absent' }, 3);
    return {
        node: 'linux',
        path: c.path,
        change: c.change,
        diff,
        origin: { before: c.before ? 'machineconfig' : 'absent', after: c.after ? 'machineconfig' : 'absent' },
        pools,
        writer: {
            ...(c.before ? { before: c.before.writer.name } : {}),
            ...(c.after ? { after: c.after.writer.name } : {})
        },
        title: machineConfigFileTitle(c.path, c.change, pools)
    };
}
/** The display title of a file MachineConfigs write: its path, change and pools, in a safe alphabet. */
function machineConfigFileTitle(path, change, pools) {
    return `${safeTitle(path)} (${change}; pool${pools.length > 1 ? 's' : ''} ${pools.map(safeTitle).join(', ')})`;
}
/** Pull files of a pool as NodeFiles, for the same route simulation the cluster-level files get. */
function pullNodeFiles(rendered) {
    if (!rendered)
        return [];
    const p = (0,_machine_config_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .pullFilesOf */ .Gc)(rendered);
    const out = [];
    if (p.main)
        out.push({ node: 'linux', path: p.main.path, content: p.main.text, origin: 'generated' });
    for (const d of p.dropIns)
        out.push({ node: 'linux', path: d.path, content: d.text, origin: 'generated' });
    if (p.policy !== undefined)
        out.push({ node: 'linux', path: '/etc/containers/policy.json', content: p.policy, origin: 'generated' });
    return out;
}
function planMachineConfigs(input) {
    const baseSide = input.base ? sideOf(input.base, input.linuxBefore) : undefined;
    const headSide = sideOf(input.head, input.linuxAfter);
    const base = baseSide ? (0,_pool_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateMachineConfigs */ .U)(baseSide, input.version) : undefined;
    const head = (0,_pool_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateMachineConfigs */ .U)(headSide, input.version, baseSide);
    const certChanges = [];
    const linuxKey = (fs) => new Map(fs.filter((f) => (0,_model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnder */ .Jo)(_model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_CERTS_D */ .I_, f.path)).map((f) => [f.path, f.content]));
    const cb = linuxKey(input.linuxBefore);
    const ca = linuxKey(input.linuxAfter);
    for (const path of [...new Set([...cb.keys(), ...ca.keys()])].sort()) {
        const change = !cb.has(path)
            ? 'added'
            : !ca.has(path)
                ? 'removed'
                : cb.get(path) !== ca.get(path)
                    ? 'modified'
                    : undefined;
        if (change)
            certChanges.push({ path, change, certWriter: true });
    }
    const impacts = (0,_pool_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .decidePoolImpacts */ .m)(base, head, {
        version: input.version,
        ...(input.userPolicy ? { userPolicy: input.userPolicy } : {}),
        overrideDrainConfigMap: input.overrideDrainConfigMap,
        certChanges,
        ...(input.mirrorSetChanges ? { mirrorSetChanges: input.mirrorSetChanges } : {})
    });
    const groups = new Map();
    for (const [pool, impact] of impacts) {
        for (const c of impact.diff.files) {
            if (!fromRepo(c.before) && !fromRepo(c.after))
                continue;
            const key = JSON.stringify([
                c.path,
                c.change,
                textOf(c.before),
                textOf(c.after),
                c.before?.writer.name,
                c.after?.writer.name
            ]);
            const g = groups.get(key);
            if (g)
                g.pools.push(pool);
            else
                groups.set(key, { change: c, pools: [pool] });
        }
    }
    const pullFiles = new Map();
    for (const { pool, rendered } of head.result.pools) {
        const before = base?.result.pools.find((p) => p.pool === pool)?.rendered;
        const held = impacts.get(pool)?.diff.held;
        pullFiles.set(pool, {
            before: pullNodeFiles(before),
            after: pullNodeFiles(held ? before : rendered)
        });
    }
    return {
        impacts,
        findings: head.findings,
        files: [...groups.values()].map((g) => planFile(g.change, g.pools)),
        pullFiles
    };
}


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ decidePoolImpacts),
  U: () => (/* binding */ evaluateMachineConfigs)
});

// EXTERNAL MODULE: ./src/model/version.ts
var model_version = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/model/registries-conf.ts
var registries_conf = __webpack_require__(4789);
;// CONCATENATED MODULE: ./src/impact/drain-safety.ts

const DIGEST_ONLY = 'digest-only';
const q = (s) => `"${s}"`;
const list = (xs) => `[${xs.map(q).join(', ')}]`;
const pfm = (m) => (m.pullFromMirror === '' ? 'unset' : m.pullFromMirror);
/** Go map semantics: a later entry with the same scope overwrites an earlier one. */
function byScope(regs) {
    const m = new Map();
    for (const r of regs)
        m.set((0,registries_conf/* registryScope */.Ey)(r), r);
    return m;
}
const findMirror = (loc, mirrors) => mirrors.find((m) => m.location === loc);
/** The old entry is still there unchanged: the new entry of the same location was added beside it. */
const keptBeside = (old, now) => now.some((m) => m.location === old.location && m.pullFromMirror === old.pullFromMirror);
/** Mirrors are told apart by location and pull-from-mirror (an IDMS and an ITMS entry may share a location). */
const mirrorKey = (m) => `${m.location} (${m.pullFromMirror || 'all'})`;
function allDigestOnlyMirror(reg) {
    if (reg.mirrors.length === 0)
        return reg.mirrorByDigestOnly;
    return reg.mirrors.every((m) => m.pullFromMirror === DIGEST_ONLY);
}
function checkSearchList(oldList, newList, out) {
    if (oldList.length > newList.length) {
        out.unsafe.push(`unqualified-search-registries shrank from ${list(oldList)} to ${list(newList)}`);
        return;
    }
    for (let i = 0; i < oldList.length; i++) {
        if (newList[i] !== oldList[i]) {
            out.unsafe.push(`unqualified-search-registries changed order or content: ${list(oldList)} became ${list(newList)} (only appending is safe)`);
            return;
        }
    }
    if (newList.length > oldList.length) {
        out.safeChanges.push(`unqualified-search-registries: ${list(newList.slice(oldList.length))} appended`);
    }
}
function describeSafeModification(scope, o, n) {
    const parts = [];
    const added = n.mirrors.filter((m) => !findMirror(m.location, o.mirrors)).map((m) => m.location);
    if (added.length > 0)
        parts.push(`mirror${added.length > 1 ? 's' : ''} ${added.join(', ')} added as digest-only`);
    for (const m of n.mirrors) {
        const old = findMirror(m.location, o.mirrors);
        if (old && old.pullFromMirror !== m.pullFromMirror) {
            parts.push(`mirror ${m.location} pull-from-mirror ${pfm(old)} → ${pfm(m)}`);
        }
        if (old && old.insecure !== m.insecure)
            parts.push(`mirror ${m.location} insecure flag changed (not compared)`);
    }
    const oldKeys = o.mirrors.map(mirrorKey);
    const newKeys = n.mirrors.map(mirrorKey);
    const oldOrder = oldKeys.filter((k) => newKeys.includes(k));
    const newOrder = newKeys.filter((k) => oldKeys.includes(k));
    if (oldOrder.join('\n') !== newOrder.join('\n'))
        parts.push('mirrors reordered');
    if (o.mirrorByDigestOnly !== n.mirrorByDigestOnly) {
        parts.push(`mirror-by-digest-only ${o.mirrorByDigestOnly} → ${n.mirrorByDigestOnly}`);
    }
    return `registry ${q(scope)}: ${parts.length > 0 ? parts.join('; ') : 'entry changed'}`;
}
/** 4.13+ rules (linux-mco.md §3.4). */
function checkPullFromMirror(oldMap, newMap, out) {
    for (const [scope, n] of newMap) {
        const o = oldMap.get(scope);
        if (!o) {
            if (!allDigestOnlyMirror(n)) {
                if (n.mirrors.length === 0) {
                    const what = [n.insecure ? 'insecure' : '', n.blocked ? 'blocked' : ''].filter(Boolean).join(' and ');
                    out.unsafe.push(`new registry ${q(scope)}${what ? ` (${what})` : ''} has no mirrors and is not mirror-by-digest-only`);
                }
                else {
                    const bad = n.mirrors.filter((m) => m.pullFromMirror !== DIGEST_ONLY);
                    out.unsafe.push(`new registry ${q(scope)} has ${bad.length > 1 ? 'mirrors that are' : 'a mirror that is'} not digest-only: ` +
                        bad.map((m) => `${m.location} (pull-from-mirror ${pfm(m)})`).join(', '));
                }
            }
            else {
                out.safeChanges.push(`new registry ${q(scope)} with only digest-only mirrors` +
                    (n.blocked ? ' (source blocked: NeverContactSource)' : ''));
            }
            continue;
        }
        if ((0,registries_conf/* registriesEqual */.W1)(o, n))
            continue;
        const before = out.unsafe.length;
        if (o.prefix !== n.prefix)
            out.unsafe.push(`registry ${q(scope)}: prefix changed from ${q(o.prefix)} to ${q(n.prefix)}`);
        if (o.location !== n.location) {
            out.unsafe.push(`registry ${q(scope)}: location changed from ${q(o.location)} to ${q(n.location)}`);
        }
        if (o.blocked !== n.blocked)
            out.unsafe.push(`registry ${q(scope)}: blocked changed from ${o.blocked} to ${n.blocked}`);
        if (o.insecure !== n.insecure) {
            out.unsafe.push(`registry ${q(scope)}: insecure changed from ${o.insecure} to ${n.insecure}`);
        }
        for (const m of o.mirrors) {
            if (!findMirror(m.location, n.mirrors))
                out.unsafe.push(`registry ${q(scope)}: mirror ${m.location} removed`);
        }
        for (const m of n.mirrors) {
            const old = findMirror(m.location, o.mirrors);
            if (old) {
                if (m.pullFromMirror !== old.pullFromMirror && m.pullFromMirror !== DIGEST_ONLY) {
                    out.unsafe.push(keptBeside(old, n.mirrors)
                        ? `registry ${q(scope)}: a ${pfm(m)} entry for mirror ${m.location} was added beside its ${pfm(old)} entry ` +
                            `(an ImageTagMirrorSet next to an ImageDigestMirrorSet; the ${pfm(old)} mirrors are unchanged). The MCD ` +
                            `compares each mirror with the first old entry of the same location, reads pull-from-mirror ${pfm(old)} → ${pfm(m)}, and drains`
                        : `registry ${q(scope)}: mirror ${m.location} pull-from-mirror changed from ${pfm(old)} to ${pfm(m)}`);
                }
            }
            else if (m.pullFromMirror !== DIGEST_ONLY && !n.mirrorByDigestOnly) {
                out.unsafe.push(`registry ${q(scope)}: mirror ${m.location} added with pull-from-mirror ${pfm(m)} (not digest-only)`);
            }
        }
        if (out.unsafe.length === before)
            out.safeChanges.push(describeSafeModification(scope, o, n));
    }
}
/** 4.8–4.12 rules: registry-level `mirror-by-digest-only` decides (drain.go before the IDMS/ITMS rewrite). */
function checkMirrorByDigestOnly(oldMap, newMap, out) {
    for (const [scope, n] of newMap) {
        const o = oldMap.get(scope);
        if (o && !(0,registries_conf/* registriesEqual */.W1)(o, n)) {
            const before = out.unsafe.length;
            if (o.prefix !== n.prefix) {
                out.unsafe.push(`registry ${q(scope)}: prefix changed from ${q(o.prefix)} to ${q(n.prefix)}`);
            }
            if (o.location !== n.location) {
                out.unsafe.push(`registry ${q(scope)}: location changed from ${q(o.location)} to ${q(n.location)}`);
            }
            if (o.blocked !== n.blocked)
                out.unsafe.push(`registry ${q(scope)}: blocked changed from ${o.blocked} to ${n.blocked}`);
            if (o.insecure !== n.insecure) {
                out.unsafe.push(`registry ${q(scope)}: insecure changed from ${o.insecure} to ${n.insecure}`);
            }
            if (o.mirrorByDigestOnly === n.mirrorByDigestOnly) {
                for (const m of o.mirrors) {
                    if (!findMirror(m.location, n.mirrors))
                        out.unsafe.push(`registry ${q(scope)}: mirror ${m.location} removed`);
                }
                for (const m of n.mirrors) {
                    if (!findMirror(m.location, o.mirrors) && !n.mirrorByDigestOnly) {
                        out.unsafe.push(`registry ${q(scope)}: mirror ${m.location} added to a registry without mirror-by-digest-only`);
                    }
                }
            }
            else {
                out.unsafe.push(`registry ${q(scope)}: mirror-by-digest-only changed from ${o.mirrorByDigestOnly} to ${n.mirrorByDigestOnly}`);
            }
            if (out.unsafe.length === before)
                out.safeChanges.push(describeSafeModification(scope, o, n));
        }
        else if (!n.mirrorByDigestOnly) {
            // The 4.8–4.12 code reaches this branch for unchanged registries too, so any entry without
            // mirror-by-digest-only (an insecure or blocked scope, say) makes every registries.conf change drain.
            out.unsafe.push(o
                ? `registry ${q(scope)} is unchanged but not mirror-by-digest-only, which the 4.8–4.12 drain check treats as unsafe`
                : `new registry ${q(scope)} is not mirror-by-digest-only`);
        }
        else if (!o) {
            out.safeChanges.push(`new registry ${q(scope)} with mirror-by-digest-only = true`);
        }
    }
}
/**
 * MCO `isSafeContainerRegistryConfChanges`: may the node skip the drain for this registries.conf change?
 * Texts are the effective node files; `undefined` (no file) decodes to an empty config, as in Go.
 * Throws RegistriesConfParseError when a text is not TOML (the MCD fails the update then).
 */
function isSafeContainerRegistryConfChanges(oldText, newText, variant = 'pull-from-mirror') {
    // Every pool of a cluster usually asks about the same pair of texts (ten thousand entries each).
    const last = lastCheck;
    if (last && last.oldText === oldText && last.newText === newText && last.variant === variant) {
        return { ...last.result, unsafe: [...last.result.unsafe], safeChanges: [...last.result.safeChanges] };
    }
    const result = checkRegistryConfChanges(oldText, newText, variant);
    lastCheck = { oldText, newText, variant, result };
    return { ...result, unsafe: [...result.unsafe], safeChanges: [...result.safeChanges] };
}
let lastCheck;
function checkRegistryConfChanges(oldText, newText, variant) {
    const oldConf = (0,registries_conf/* parseRegistriesConf */.TR)(oldText);
    const newConf = (0,registries_conf/* parseRegistriesConf */.TR)(newText);
    const out = { safe: true, unsafe: [], safeChanges: [] };
    checkSearchList(oldConf.unqualifiedSearchRegistries, newConf.unqualifiedSearchRegistries, out);
    const oldMap = byScope(oldConf.registries);
    const newMap = byScope(newConf.registries);
    for (const scope of oldMap.keys()) {
        if (!newMap.has(scope))
            out.unsafe.push(`registry ${q(scope)} removed`);
    }
    if (variant === 'pull-from-mirror')
        checkPullFromMirror(oldMap, newMap, out);
    else
        checkMirrorByDigestOnly(oldMap, newMap, out);
    out.safe = out.unsafe.length === 0;
    return out;
}

// EXTERNAL MODULE: ./src/impact/ndp.ts
var ndp = __webpack_require__(4);
// EXTERNAL MODULE: ./src/model/node-paths.ts
var node_paths = __webpack_require__(8812);
;// CONCATENATED MODULE: ./src/impact/legacy.ts



/** MachineConfig fields whose change always reboots on the legacy path (units included). */
const LEGACY_REBOOT_FIELDS = new Set([
    'osImageURL',
    'kernelArguments',
    'kargs',
    'fips',
    'units',
    'kernelType',
    'extensions',
    'force'
]);
const SSH_FIELDS = new Set(['sshkeys', 'sshKeys', 'passwd']);
const dirOf = (p) => p.slice(0, p.lastIndexOf('/')) || '/';
/**
 * `calculatePostConfigChangeActionFromMCDiffs` as of the given release: starts at [none]; reload-crio
 * files do not downgrade a chosen restart; any unlisted file returns [reboot] at once.
 */
function calculatePostConfigChangeActionFromMCDiffs(diffFileSet, version) {
    const noneFiles = [node_paths/* KUBELET_CA */.UG, node_paths/* KUBELET_AUTH_FILE */.tF];
    const reloadFiles = [node_paths/* REGISTRIES_CONF */.NS];
    // 4.10 added policy.json and the no-reboot GPG key to the reload list.
    if ((0,model_version/* atLeast */.jZ)(version, '4.10'))
        reloadFiles.push(node_paths/* GPG_NO_REBOOT */.Ht, node_paths/* POLICY_JSON */.kA);
    // The user CA bundle restart and the sigstore registries.d reload belong to the 4.14-era lists.
    const restartFiles = (0,model_version/* atLeast */.jZ)(version, '4.14') ? [node_paths/* USER_CA_BUNDLE */.Ab] : [];
    const reloadDirs = (0,model_version/* atLeast */.jZ)(version, '4.14') ? [node_paths/* SIGSTORE_REGISTRIES_DIR */.n_] : [];
    const noneDirs = [node_paths/* NMSTATE_OPENSHIFT_DIR */.mj];
    let actions = ['none'];
    const matches = [];
    for (const path of diffFileSet) {
        if (noneFiles.includes(path)) {
            matches.push({ name: path, action: 'none', why: 'listed as needing no action' });
        }
        else if (reloadFiles.includes(path) || reloadDirs.includes(dirOf(path))) {
            if (!actions.includes('restart crio'))
                actions = ['reload crio'];
            matches.push({ name: path, action: 'reload crio', why: 'listed as a CRI-O reload file' });
        }
        else if (restartFiles.includes(path)) {
            actions = ['restart crio'];
            matches.push({ name: path, action: 'restart crio', why: 'user CA bundle: update-ca-trust, then restart CRI-O' });
        }
        else if (noneDirs.includes(dirOf(path))) {
            matches.push({ name: path, action: 'none', why: 'in a directory that needs no action' });
        }
        else {
            matches.push({ name: path, action: 'reboot', why: "not in any of the daemon's no-reboot lists" });
            return { actions: ['reboot'], matches };
        }
    }
    return { actions, matches };
}
/** 4.7 `calculatePostConfigChangeActionFromFileDiffs`: only registries.conf reloads CRI-O. */
function calculatePostConfigChangeActionFromFileDiffs47(diffFileSet) {
    let actions = ['none'];
    const matches = [];
    for (const path of diffFileSet) {
        if (path === node_paths/* KUBELET_CA */.UG || path === node_paths/* KUBELET_AUTH_FILE */.tF) {
            matches.push({ name: path, action: 'none', why: 'kubelet CA and pull secret need no action in 4.7' });
        }
        else if (path === node_paths/* REGISTRIES_CONF */.NS) {
            actions = ['reload crio'];
            matches.push({ name: path, action: 'reload crio', why: 'registries.conf reloads CRI-O in 4.7' });
        }
        else {
            matches.push({ name: path, action: 'reboot', why: 'any other file reboots in 4.7' });
            return { actions: ['reboot'], matches };
        }
    }
    return { actions, matches };
}
/**
 * `calculatePostConfigChangeAction` over changed things: node paths (start with "/") and MachineConfig
 * fields (osImageURL, kernelArguments, units, sshkeys, ...). SSH key changes need no action here.
 */
function calculatePostConfigChangeAction(changed, version) {
    const fields = changed.filter((c) => !c.startsWith('/') && !SSH_FIELDS.has(c));
    if (fields.length > 0) {
        return {
            actions: ['reboot'],
            matches: fields.map((f) => ({
                name: f,
                action: 'reboot',
                why: LEGACY_REBOOT_FIELDS.has(f)
                    ? 'OS, kernel, FIPS, unit or extension changes always reboot'
                    : ndp/* UNIT_NAME */.z8.test(f)
                        ? 'systemd unit changes always reboot on this path'
                        : 'unrecognised MachineConfig change, treated as a reboot'
            }))
        };
    }
    const files = changed.filter((c) => c.startsWith('/'));
    return (0,model_version/* compareOcp */.WP)(version, '4.7') === 0
        ? calculatePostConfigChangeActionFromFileDiffs47(files)
        : calculatePostConfigChangeActionFromMCDiffs(files, version);
}
/** The image-registry-override-drain ConfigMap is read by the daemon from 4.14 through 4.19. */
const overrideDrainHonoured = (version) => (0,model_version/* atLeast */.jZ)(version, '4.14') && !(0,model_version/* atLeast */.jZ)(version, '4.20');
/**
 * `isDrainRequired` (4.8+): reboot drains; a CRI-O reload (or, from 4.14, restart) drains only when
 * registries.conf is in the diff and the safety check fails; none does not; anything else drains.
 */
function isDrainRequired(actions, diffFileSet, opts) {
    if (actions.includes('reboot'))
        return { drain: true, reason: 'a reboot always drains first' };
    const crio = actions.includes('reload crio') || ((0,model_version/* atLeast */.jZ)(opts.version, '4.14') && actions.includes('restart crio'));
    if (crio) {
        if (!diffFileSet.includes(node_paths/* REGISTRIES_CONF */.NS)) {
            return { drain: false, reason: 'registries.conf did not change, so no drain check is needed' };
        }
        if (opts.overrideDrain && overrideDrainHonoured(opts.version)) {
            return {
                drain: false,
                reason: 'ConfigMap openshift-machine-config-operator/image-registry-override-drain exists, so the registries.conf drain check is skipped (no drain, even for unsafe changes)'
            };
        }
        const s = opts.safe();
        return { drain: !s.safe, reason: s.why };
    }
    if (actions.includes('none'))
        return { drain: false, reason: 'no action needed' };
    return { drain: true, reason: 'unhandled action list: the daemon drains by default' };
}

;// CONCATENATED MODULE: ./src/impact/decide.ts





/** Which calculation the daemon of this release uses (linux-mco.md §3.1, §3.6). */
function impactPath(version, opts = {}) {
    if (!(0,model_version/* atLeast */.jZ)(version, '4.7'))
        return 'pre-4.7';
    if ((0,model_version/* compareOcp */.WP)(version, '4.7') === 0)
        return '4.7';
    if (opts.firstBoot)
        return 'legacy';
    if ((0,model_version/* atLeast */.jZ)(version, '4.17'))
        return 'ndp';
    if ((0,model_version/* compareOcp */.WP)(version, '4.16') === 0 && opts.techPreview)
        return 'ndp';
    return 'legacy';
}
const drainCheckVariant = (v) => (0,model_version/* atLeast */.jZ)(v, '4.13') ? 'pull-from-mirror' : 'mirror-by-digest-only';
const LEGACY_DISPLAY = {
    none: 'none',
    'reload crio': `reload ${node_paths/* CRIO_SERVICE */.mc}`,
    'restart crio': `restart ${node_paths/* CRIO_SERVICE */.mc}`,
    reboot: 'reboot'
};
function disruptionOf(actions, drain, reboot) {
    if (reboot)
        return 'reboot';
    if (drain)
        return 'drain';
    if (actions.some((a) => a.startsWith('restart ')))
        return 'restart';
    if (actions.some((a) => a.startsWith('reload ') || a === 'daemon-reload'))
        return 'reload';
    return 'none';
}
function uniqueInOrder(xs) {
    return [...new Set(xs)];
}
function certsReason(path, version) {
    const how = (0,model_version/* atLeast */.jZ)(version, '4.14')
        ? "written by the machine-config daemon's certificate writer from the additionalTrustedCA ConfigMap"
        : "copied by the image-registry operator's node-ca DaemonSet (MCO ≤4.13 does not handle it)";
    return `${path}: additionalTrustedCA does not go through a MachineConfig (${how}); no drain, no reboot, no CRI-O action`;
}
/** Wraps the §3.4 check as the daemon uses it, turning its findings (or a parse failure) into a reason. */
function registriesSafety(input) {
    return () => {
        try {
            const c = isSafeContainerRegistryConfChanges(input.oldRegistriesConf, input.newRegistriesConf, drainCheckVariant(input.version));
            if (c.safe) {
                const what = c.safeChanges.length > 0 ? c.safeChanges.join('; ') : 'no registry entry changed';
                return { safe: true, why: `registries.conf drain check: safe change, no drain (${what})` };
            }
            return {
                safe: false,
                why: `registries.conf drain check: not a safe change, the node drains (${c.unsafe.join('; ')})`
            };
        }
        catch (e) {
            return {
                safe: false,
                why: `registries.conf cannot be decoded (${e.message}); the daemon would fail the update, shown as a drain`
            };
        }
    };
}
function docNotes(files, reboot, drain, path, mirrorSets) {
    const notes = [];
    if (path === 'pre-4.7')
        return notes;
    // Only for the changes the documentation talks about: adding digest mirrors is not one of them.
    const documentedKind = !mirrorSets || mirrorSets.itmsCreated || mirrorSets.deletedOrModified;
    if (files.includes(node_paths/* REGISTRIES_CONF */.NS) && !reboot && documentedKind) {
        notes.push('Docs differ: the public documentation (OCPBUGS-60994) says creating an ITMS, or deleting or modifying an IDMS/ITMS/ICSP, drains and reboots nodes; the operator code only reloads CRI-O for registries.conf and drains only when the change is not safe');
    }
    if (files.includes(node_paths/* POLICY_JSON */.kA) && !reboot && path === 'ndp') {
        notes.push(`Docs differ: the documentation says image.config changes cordon the node and restart CRI-O; the operator code runs systemctl reload crio${drain ? '' : ' and does not cordon for this change'}`);
    }
    if (files.includes(node_paths/* SEARCH_REGISTRIES_DROPIN */.QH) && reboot) {
        notes.push('Docs differ: the documentation says image.config changes do not reboot; containerRuntimeSearchRegistries writes /etc/containers/registries.conf.d/01-image-searchRegistries.conf, which no default policy covers, so nodes drain and reboot');
    }
    return notes;
}
/** The disruption one pool's nodes go through for a rendered-config change. Pure. */
function decideNodeImpact(input) {
    const { version } = input;
    const path = impactPath(version, input);
    const reasons = [];
    const byWriter = (f) => f.certWriter ?? node_paths/* isUnder */.Jo(node_paths/* DOCKER_CERTS_D */.I_, f.path);
    const certs = input.changedFiles.filter(byWriter);
    const files = input.changedFiles.filter((f) => !byWriter(f)).map((f) => f.path);
    const other = input.otherChanges ?? [];
    for (const c of certs)
        reasons.push(certsReason(c.path, version));
    if (files.length === 0 && other.length === 0) {
        reasons.push('no MachineConfig file changed: the rendered config stays the same and nodes are not touched');
        return { actions: ['none'], drain: false, reboot: false, disruption: 'none', path, reasons };
    }
    const changeOf = new Map(input.changedFiles.map((f) => [f.path, f.change]));
    const label = (name) => (changeOf.has(name) ? `${name} (${changeOf.get(name)})` : name);
    if (path === 'pre-4.7') {
        reasons.push(`OpenShift ${(0,model_version/* formatOcp */.Ow)(version)} has no post-config actions: every MachineConfig change cordons, drains and reboots (${[...files, ...other].join(', ')})`);
        return { actions: ['reboot'], drain: true, reboot: true, disruption: 'reboot', path, reasons };
    }
    const ctx = { input, version, path, files, other, reasons, label };
    return path === '4.7' || path === 'legacy' ? legacyDecision(ctx) : ndpDecision(ctx);
}
/** 4.7 and 4.8–4.16: the daemon's fixed file lists (calculatePostConfigChangeAction). */
function legacyDecision({ input, version, path, files, other, reasons, label }) {
    if (input.userPolicy &&
        (input.userPolicy.files.length > 0 || input.userPolicy.units.length > 0 || input.userPolicy.sshkey)) {
        reasons.push(`spec.nodeDisruptionPolicy is not used on this path (${input.firstBoot ? 'first boot' : `OpenShift ${(0,model_version/* formatOcp */.Ow)(version)}${(0,model_version/* compareOcp */.WP)(version, '4.16') === 0 ? ' without TechPreview' : ''}`})`);
    }
    const calc = calculatePostConfigChangeAction([...files, ...other], version);
    for (const m of calc.matches)
        reasons.push(`${label(m.name)}: ${m.action} (${m.why})`);
    let drain;
    if (path === '4.7') {
        drain = true;
        reasons.push('OpenShift 4.7 always cordons and drains before applying a MachineConfig change');
    }
    else {
        const d = isDrainRequired(calc.actions, files, {
            version,
            overrideDrain: input.overrideDrainConfigMap,
            safe: registriesSafety(input)
        });
        drain = d.drain;
        reasons.push(d.reason);
        if (calc.actions.includes('restart crio')) {
            reasons.push('the CRI-O restart runs update-ca-trust first');
        }
    }
    if (input.overrideDrainConfigMap && !overrideDrainHonoured(version)) {
        reasons.push(`ConfigMap image-registry-override-drain is present but OpenShift ${(0,model_version/* formatOcp */.Ow)(version)} does not read it (4.14–4.19 only)`);
    }
    const reboot = calc.actions.includes('reboot');
    const actions = calc.actions.map((a) => LEGACY_DISPLAY[a]);
    reasons.push(...docNotes(files, reboot, drain, path, input.mirrorSetChanges));
    return {
        actions,
        drain,
        reboot,
        disruption: disruptionOf(actions, drain, reboot),
        path,
        reasons,
        legacyActions: calc.actions
    };
}
/** A user policy the API server would refuse never reaches the daemon: then only the defaults apply. */
function admittedUserPolicy(input, reasons) {
    const userPolicy = input.userPolicy;
    if (userPolicy) {
        const problems = (0,ndp/* validateNodeDisruptionPolicy */.qY)(userPolicy, { file: '', line: 0 });
        if (problems.length > 0) {
            reasons.push(`spec.nodeDisruptionPolicy would be rejected by the API server (${problems.length} problem${problems.length > 1 ? 's' : ''}, see findings), so only the default policies are used`);
            return undefined;
        }
    }
    return userPolicy;
}
/** Why one changed file, unit or SSH key gets its actions: which policy (the user's or a default) matched. */
function ndpMatchReason(m, userPolicy, label) {
    if (m.policy === undefined) {
        return m.kind === 'file' && m.name.startsWith('/')
            ? `${label(m.name)}: no node-disruption policy covers this path, so the node reboots`
            : `${m.name}: ${m.kind === 'unit' ? 'no node-disruption policy names this unit' : 'OS, kernel, FIPS or extension change'}, so the node reboots`;
    }
    const fromUser = (m.kind === 'file' && (userPolicy?.files ?? []).some((f) => f.path === m.policy && f.actions === m.actions)) ||
        (m.kind === 'unit' && (userPolicy?.units ?? []).some((u) => u.name === m.policy && u.actions === m.actions)) ||
        (m.kind === 'sshkey' && !!userPolicy?.sshkey?.length);
    const whose = fromUser ? 'user policy' : 'default policy';
    const at = m.kind === 'file' && m.policy !== m.name ? ` for ${m.policy}` : '';
    const special = m.actions.some((a) => a.type === 'Special')
        ? ' (systemctl reload crio, drain only if the change is not safe)'
        : '';
    return `${label(m.name)}: ${whose}${at}: ${(0,ndp/* formatNdpActions */.D2)(m.actions)}${special}`;
}
/** 4.17+: the node-disruption policy path (defaults merged with the cluster's own policy). */
function ndpDecision({ input, version, path, files, other, reasons, label }) {
    const userPolicy = admittedUserPolicy(input, reasons);
    const policies = (0,ndp/* mergeClusterPolicies */.j5)((0,ndp/* defaultClusterPolicies */.cw)(version), userPolicy);
    const userFiles = userPolicy?.files ?? [];
    const calc = (0,ndp/* calculatePostConfigChangeNodeDisruptionAction */.A3)([...files, ...other], policies);
    for (const m of calc.matches)
        reasons.push(ndpMatchReason(m, userPolicy, label));
    if (userFiles.some((f) => f.path === node_paths/* REGISTRIES_CONF */.NS) && files.includes(node_paths/* REGISTRIES_CONF */.NS)) {
        reasons.push('the user policy overrides /etc/containers/registries.conf, so the registries.conf drain safety check does not run: the node drains only if that policy lists Drain or Reboot');
    }
    const d = (0,ndp/* isDrainRequiredForNodeDisruptionActions */.Pt)(calc.actions, {
        overrideDrain: input.overrideDrainConfigMap && overrideDrainHonoured(version),
        safe: registriesSafety(input)
    });
    reasons.push(d.reason);
    if (input.overrideDrainConfigMap && !overrideDrainHonoured(version)) {
        reasons.push(`ConfigMap image-registry-override-drain is present but OpenShift ${(0,model_version/* formatOcp */.Ow)(version)} does not read it (4.14–4.19 only)`);
    }
    const reboot = calc.actions.some((a) => a.type === 'Reboot');
    const described = calc.actions.filter((a) => a.type !== 'Drain').map(ndp/* describeNdpAction */.a2);
    for (const a of uniqueInOrder(described)) {
        const n = described.filter((x) => x === a).length;
        if (n > 1)
            reasons.push(`"${a}" runs ${n} times, once per matching policy entry`);
    }
    let actions = uniqueInOrder(described);
    if (actions.length === 0)
        actions = ['none'];
    if (actions.length > 1 && actions.includes('none'))
        actions = actions.filter((a) => a !== 'none');
    reasons.push(...docNotes(files, reboot, d.drain, path, input.mirrorSetChanges));
    return {
        actions,
        drain: d.drain,
        reboot,
        disruption: disruptionOf(actions, d.drain, reboot),
        path,
        reasons,
        ndpActions: calc.actions
    };
}

// EXTERNAL MODULE: ./src/render/linux/pull-paths.ts
var pull_paths = __webpack_require__(1175);
;// CONCATENATED MODULE: ./src/render/linux/machine-config-findings.ts


/** Rule ids of the MachineConfig / ContainerRuntimeConfig half (catalogued in policy/catalog.ts, docs/rules.md). */
const MC_RULES = {
    invalid: 'machineconfig-invalid',
    unwritable: 'machineconfig-file-unreadable',
    overridesGenerated: 'machineconfig-overrides-generated',
    overridden: 'machineconfig-overridden',
    irreconcilable: 'machineconfig-irreconcilable',
    certsD: 'machineconfig-certs-d',
    crcInvalid: 'containerruntimeconfig-invalid',
    crcNoPool: 'containerruntimeconfig-no-pool',
    crcOrder: 'containerruntimeconfig-order-unknown',
    registriesUnloadable: 'registries-conf-unloadable'
};
const DOCKER_CERTS_D = '/etc/docker/certs.d/';
const GENERATED_WHAT = {
    'generated-registries': 'the image configuration (ImageDigestMirrorSet, ImageTagMirrorSet, ImageContentSourcePolicy, image.config.openshift.io/cluster)',
    'generated-containerruntime': 'the ContainerRuntimeConfig'
};
function at(mc, f) {
    if (mc && mc.origin === 'repo') {
        const i = mc.files.findIndex((x) => x.path === f.path);
        const l = i >= 0 ? mc.locOf(mc.files[i].at) : mc.loc;
        return { file: l.file, line: l.line };
    }
    return { file: f.loc.file, line: f.loc.line };
}
/** Contents the daemon cannot write: the pool's update stops at this file. */
function unreadable(f) {
    const writer = f.writer;
    if (!f.problem || writer.origin !== 'repo')
        return [];
    return [
        {
            key: `unreadable\0${writer.name}\0${f.path}`,
            make: () => ({
                rule: MC_RULES.unwritable,
                severity: 'error',
                message: f.remote
                    ? `MachineConfig ${writer.name} ${f.path}: ${f.problem}. The machine-config daemon only writes inline data: URLs, so the update of every node in the pool stops at this file (Degraded), and registry-plan cannot evaluate its effect`
                    : `MachineConfig ${writer.name} ${f.path}: ${f.problem}. The machine-config daemon cannot write this file, so the update of every node in the pool stops at it (Degraded)${(0,pull_paths/* shapesPulls */.F)(f.path) ? '; its effect on image pulls cannot be evaluated' : ''}`,
                ...at(writer, f),
                object: `MachineConfig/${writer.name}`
            })
        }
    ];
}
const isGenerated = (origin) => origin === 'generated-registries' || origin === 'generated-containerruntime';
/** A repository file that sorts after a generated one: the image configuration stops reaching the pool. */
function overridesGenerated(f, result, origins) {
    const writer = f.writer;
    if (writer.origin !== 'repo' || !origins.some(isGenerated))
        return [];
    const gen = f.writers.find((_, i) => isGenerated(origins[i]));
    const what = GENERATED_WHAT[result.configs.get(gen).origin];
    return [
        {
            key: `over\0${writer.name}\0${f.path}`,
            make: () => ({
                rule: MC_RULES.overridesGenerated,
                severity: 'error',
                message: `MachineConfig ${writer.name} writes ${f.path}, and its name sorts after ${gen}, so it replaces the file the Machine Config Operator generates from ${what}: changes to it no longer reach these nodes`,
                ...at(writer, f),
                object: `MachineConfig/${writer.name}`
            })
        }
    ];
}
/** Repository files a generated one replaces: their content never reaches the nodes. */
function shadowed(f, result, origins) {
    const writer = f.writer;
    if (writer.origin === 'repo' || writer.origin === 'template')
        return [];
    return f.writers
        .filter((_, i) => origins[i] === 'repo')
        .map((name) => ({
        key: `shadowed\0${name}\0${f.path}`,
        make: () => ({
            rule: MC_RULES.overridden,
            severity: 'warning',
            message: `MachineConfig ${name} writes ${f.path}, but ${writer.name} (generated by the Machine Config Operator) sorts after it and replaces the file: this content never reaches the nodes`,
            ...at(result.configs.get(name), f),
            object: `MachineConfig/${name}`
        })
    }));
}
/** From 4.14 the certificate writer deletes certs.d directories that are not CA bundle keys. */
function certsD(f, opts) {
    const writer = f.writer;
    if (writer.origin !== 'repo' || !f.path.startsWith(DOCKER_CERTS_D) || !(0,model_version/* atLeast */.jZ)(opts.version, '4.14'))
        return [];
    const dir = f.path.slice(DOCKER_CERTS_D.length).split('/')[0];
    if (opts.trustedCAKeys.includes(dir))
        return [];
    return [
        {
            key: `certs\0${writer.name}\0${f.path}`,
            make: () => ({
                rule: MC_RULES.certsD,
                severity: 'warning',
                message: `MachineConfig ${writer.name} writes ${f.path}; from OpenShift 4.14 the machine-config daemon's certificate writer removes every /etc/docker/certs.d directory that is not a key of the image-registry CA bundles, so this file is deleted after it is written and the node reports drift. Put the certificate in the additionalTrustedCA ConfigMap (key "${dir.replace(/:/g, '..')}") instead`,
                ...at(writer, f),
                object: `MachineConfig/${writer.name}`
            })
        }
    ];
}
/** Everything one pool's merge says: refused configs, irreconcilable sections, then each file's checks. */
function poolFindings(rendered, result, opts) {
    const out = [];
    for (const mc of rendered.refused) {
        for (const p of mc.problems)
            out.push({ key: `invalid\0${p.file}\0${p.line}\0${p.message}`, make: () => p });
    }
    for (const ir of rendered.irreconcilable) {
        const mc = result.configs.get(ir.config);
        out.push({
            key: `irr\0${ir.config}\0${ir.what}`,
            make: () => ({
                rule: MC_RULES.irreconcilable,
                severity: 'error',
                message: `MachineConfig ${ir.config}: ${ir.what}; the Machine Config Operator refuses to apply this to running nodes (only a fresh install or re-provisioned node gets it), so the pool stops updating`,
                file: mc?.loc.file ?? '',
                line: mc?.loc.line ?? 0,
                object: `MachineConfig/${ir.config}`
            })
        });
    }
    for (const f of rendered.files.values()) {
        const origins = f.writers.map((w) => result.configs.get(w)?.origin ?? 'repo');
        out.push(...unreadable(f), ...overridesGenerated(f, result, origins), ...shadowed(f, result, origins), ...certsD(f, opts));
    }
    return out;
}
/**
 * Findings about one cluster's MachineConfigs once every pool is merged: refused configs, files the
 * daemon cannot write, a repo file that shadows a generated one (the image configuration stops reaching
 * those nodes) or is shadowed by one (the repo's file never reaches them), and certs.d files the
 * certificate writer deletes. One finding per object and path, naming every pool concerned.
 */
function machineConfigFindings(result, opts) {
    const out = new Map();
    for (const { pool, rendered } of result.pools) {
        for (const { key, make } of poolFindings(rendered, result, opts)) {
            const prev = out.get(key);
            if (!prev)
                out.set(key, { ...make(), pools: [pool] });
            else if (!prev.pools.includes(pool))
                prev.pools.push(pool);
        }
    }
    return [...out.values()].map(({ pools, ...f }) => pools.length > 0 && f.rule !== MC_RULES.invalid
        ? { ...f, message: `${f.message} (pool${pools.length > 1 ? 's' : ''} ${pools.join(', ')})` }
        : f);
}

// EXTERNAL MODULE: ./src/render/linux/pool-files.ts + 1 modules
var pool_files = __webpack_require__(3680);
// EXTERNAL MODULE: ./src/render/linux/registries-dropins.ts
var registries_dropins = __webpack_require__(9684);
// EXTERNAL MODULE: ./src/plan/machine-config-diff.ts
var machine_config_diff = __webpack_require__(2977);
;// CONCATENATED MODULE: ./src/plan/pool-impact.ts





/**
 * Renders one side. `base` is the other side of a plan: a ContainerRuntimeConfig the controller refuses
 * in the head leaves its earlier MachineConfig in place, so the base object stands in for it.
 */
function evaluateMachineConfigs(side, version, base) {
    const containerRuntimeConfigs = side.containerRuntimeConfigs.flatMap((c) => {
        if (!c.invalid)
            return [c];
        const before = base?.containerRuntimeConfigs.find((b) => b.name === c.name && !b.invalid);
        return before ? [before] : [];
    });
    const result = (0,pool_files/* renderPoolFiles */.wy)({
        version,
        pools: side.pools,
        registriesFiles: side.registriesFiles,
        machineConfigs: side.machineConfigs,
        containerRuntimeConfigs
    });
    return {
        result,
        findings: [
            ...result.findings,
            ...machineConfigFindings(result, { version, trustedCAKeys: side.trustedCAKeys }),
            ...unloadableFindings(result)
        ]
    };
}
/** A pool whose registries.conf plus drop-ins c/image cannot load: every pull on its nodes fails. */
function unloadableFindings(result) {
    const out = new Map();
    for (const { pool, rendered } of result.pools) {
        if (rendered.refused.length > 0 || rendered.irreconcilable.length > 0)
            continue;
        const files = (0,machine_config_diff/* pullFilesOf */.Gc)(rendered);
        const merged = (0,registries_dropins/* mergeRegistriesConfigs */.Dk)(files.main, files.dropIns);
        if (merged.loaded.error === undefined)
            continue;
        const error = merged.loaded.error;
        const culprit = [...rendered.files.values()].find((f) => f.path !== registries_dropins/* REGISTRIES_CONF */.NS && error.includes(f.path)) ??
            rendered.files.get(registries_dropins/* REGISTRIES_CONF */.NS);
        // A generated file that does not load comes from the image configuration, whose own rules name the
        // field; this rule is about files the repository's MachineConfigs write.
        if (!culprit || culprit.writer.origin !== 'repo')
            continue;
        const key = `${culprit.writer.name}\0${error}`;
        const prev = out.get(key);
        if (prev) {
            prev.pools.push(pool);
            continue;
        }
        out.set(key, {
            rule: MC_RULES.registriesUnloadable,
            severity: 'error',
            message: `containers/image cannot load the registries configuration (${error}); every image pull on these nodes fails until it is fixed (file written by MachineConfig ${culprit.writer.name})`,
            file: culprit.loc.file,
            line: culprit.loc.line,
            object: `MachineConfig/${culprit.writer.name}`,
            pools: [pool]
        });
    }
    return [...out.values()].map(({ pools, ...f }) => ({
        ...f,
        message: `${f.message} (pool${pools.length > 1 ? 's' : ''} ${pools.join(', ')})`
    }));
}
/** Reasons naming which MachineConfig wrote each changed path, so a reviewer sees where a reboot comes from. */
function writerReasons(diff) {
    return diff.files
        .filter((f) => (f.after ?? f.before)?.writer.origin === 'repo')
        .map((f) => f.change === 'removed'
        ? `${f.path}: no longer written (was MachineConfig ${(0,machine_config_diff/* writerName */.XZ)(f.before)}); the daemon deletes it`
        : `${f.path}: written by MachineConfig ${(0,machine_config_diff/* writerName */.XZ)(f.after)}${f.after && f.after.writers.length > 1 ? ` (after ${f.after.writers.slice(0, -1).join(', ')})` : ''}`);
}
/**
 * Each head pool's node impact from its effective files: the daemon's file diff between the base and
 * head rendered configs, decided by the node-disruption policy or the legacy path of the release.
 */
function decidePoolImpacts(base, head, opts) {
    const out = new Map();
    for (const diff of (0,machine_config_diff/* diffPools */.Vg)(base?.result, head.result)) {
        const before = base?.result.pools.find((p) => p.pool === diff.pool)?.rendered;
        const after = head.result.pools.find((p) => p.pool === diff.pool).rendered;
        const changedFiles = [
            ...diff.files.map((f) => ({ path: f.path, change: f.change, certWriter: false })),
            ...(opts.certChanges ?? [])
        ];
        const decision = decideNodeImpact({
            version: opts.version,
            changedFiles,
            oldRegistriesConf: before?.files.get(registries_dropins/* REGISTRIES_CONF */.NS)?.content,
            newRegistriesConf: after.files.get(registries_dropins/* REGISTRIES_CONF */.NS)?.content,
            ...(opts.userPolicy ? { userPolicy: opts.userPolicy } : {}),
            overrideDrainConfigMap: opts.overrideDrainConfigMap,
            otherChanges: diff.other,
            ...(opts.mirrorSetChanges ? { mirrorSetChanges: opts.mirrorSetChanges } : {})
        });
        const extra = diff.held
            ? [
                `the head side cannot be rendered for pool ${diff.pool} (see the MachineConfig findings), so its nodes keep their current configuration`
            ]
            : writerReasons(diff);
        out.set(diff.pool, { diff, decision: { ...decision, reasons: [...extra, ...decision.reasons] } });
    }
    return out;
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ reportFindings)
/* harmony export */ });
/** Every finding of the report once: the configuration's, then each cluster's. */
const reportFindings = (r) => [
    ...(r.configChange?.findings ?? []),
    ...r.clusters.flatMap((c) => c.findings)
];


/***/ }),

/***/ 6405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ poolWorkloads),
/* harmony export */   WQ: () => (/* binding */ planWorkloads),
/* harmony export */   wA: () => (/* binding */ linuxRoute)
/* harmony export */ });
/* harmony import */ var _model_node_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8812);
/* harmony import */ var _render_linux_policy_allows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7478);
/* harmony import */ var _render_linux_pull_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(733);
/* harmony import */ var _render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9684);
/* harmony import */ var _render_windows_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7530);





// One registries configuration serves every workload image of a side: load it once, not once per image
// (with hundreds of mirrored sources, per-image TOML parsing dominated `plan` on a monorepo). The node reads
// registries.conf and then its registries.conf.d drop-ins, merged as containers/image merges them.
const loadedConfs = new WeakMap();
function registriesOf(files) {
    let c = loadedConfs.get(files);
    if (!c) {
        const main = files.find((f) => f.path === _model_node_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRIES_CONF */ .NS);
        const dropIns = files.filter((f) => (0,_render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistriesDropIn */ .sX)(f.path)).map((f) => ({ path: f.path, text: f.content }));
        c = (0,_render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeRegistriesConfigs */ .Dk)(main ? { path: main.path, text: main.content } : undefined, dropIns).loaded;
        loadedConfs.set(files, c);
    }
    return c;
}
/** How a Linux node with these files pulls one image: the endpoints it tries, and whether it can. */
function linuxRoute(files, image) {
    const policy = files.find((f) => f.path === _model_node_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_JSON */ .kA);
    const r = (0,_render_linux_pull_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pullEndpointsFrom */ .uQ)(registriesOf(files), image);
    if (r.error)
        return { endpoints: [], pullable: false, note: r.error };
    const usable = r.endpoints.filter((e) => !e.blocked);
    const endpoints = r.endpoints.map((e) => `${e.location}${e.blocked ? ' (blocked)' : ''}${e.insecure ? ' (insecure)' : ''}`);
    if (!usable.length)
        return { endpoints, pullable: false, note: 'every endpoint is blocked' };
    if (policy && !(0,_render_linux_policy_allows_js__WEBPACK_IMPORTED_MODULE_0__/* .policyAllows */ .Jy)(policy.content, image))
        return { endpoints, pullable: false, note: 'rejected by policy.json (not an allowed registry)' };
    return { endpoints, pullable: true };
}
function windowsRoute(files, image) {
    try {
        const r = (0,_render_windows_index_js__WEBPACK_IMPORTED_MODULE_3__/* .windowsPullEndpoints */ .xQ)(files, image);
        if (!r.tomlValid)
            return {
                endpoints: r.endpoints,
                pullable: r.endpoints.length > 0,
                note: `hosts.toml ignored by containerd: ${r.invalidReason}`
            };
        return {
            endpoints: r.endpoints,
            pullable: r.endpoints.length > 0,
            note: r.endpoints.length ? undefined : 'no host can resolve this reference'
        };
    }
    catch (e) {
        return { endpoints: [], pullable: false, note: e.message };
    }
}
/**
 * For each workload image of the head side, the endpoints a node tries before and after the change.
 * Only images whose route or pullability changes are returned; `unchanged` counts the rest.
 */
function planWorkloads(images, before, after) {
    const seen = new Set();
    const changed = [];
    let unchanged = 0;
    const memo = new Map();
    // Identical node files on both sides (an unchanged cluster): each route is computed once.
    const oneSide = before.length === after.length &&
        before.every((f, i) => f.path === after[i].path && f.node === after[i].node && f.content === after[i].content);
    for (const w of images) {
        const key = `${w.image}\0${w.file}\0${w.line}`;
        // The update service's graph builder reads release images through the registry API: no node route.
        if (seen.has(key) || w.platform?.pulledBy === 'registry-client')
            continue;
        seen.add(key);
        const os = w.windows ? 'windows' : 'linux';
        const mk = `${os}\0${w.image}`;
        let routes = memo.get(mk);
        if (!routes) {
            const route = os === 'windows' ? windowsRoute : linuxRoute;
            const afterRoute = route(after, w.image);
            const beforeRoute = oneSide ? afterRoute : route(before, w.image);
            routes = [beforeRoute, afterRoute, sameRoute(beforeRoute, afterRoute)];
            memo.set(mk, routes);
        }
        const [b, a, same] = routes;
        if (same) {
            unchanged++;
            continue;
        }
        changed.push({
            image: w.image,
            file: w.file,
            line: w.line,
            workload: w.workload,
            os,
            before: b.endpoints,
            after: a.endpoints,
            pullableBefore: b.pullable,
            pullable: a.pullable,
            ...((a.note ?? b.note) ? { note: a.note ?? b.note } : {}),
            ...(w.platform
                ? { kind: 'platform', source: { object: w.platform.object, field: w.platform.field } }
                : {})
        });
    }
    return { changed, unchanged };
}
/** A route that pulls, and from the same endpoints before and after. */
function sameRoute(b, a) {
    return b.endpoints.join('\n') === a.endpoints.join('\n') && b.pullable === a.pullable && a.pullable;
}
/** The files that decide a Linux route, by path. */
function routeFiles(files) {
    return files
        .filter((f) => f.path === _model_node_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRIES_CONF */ .NS || f.path === _model_node_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_JSON */ .kA || (0,_render_linux_registries_dropins_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistriesDropIn */ .sX)(f.path))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
// Compared file by file: the texts are megabytes with thousands of mirrored sources, too big to copy into keys.
const sameFiles = (a, b) => a.length === b.length && a.every((f, i) => f.path === b[i].path && f.content === b[i].content);
/** Control-plane pools run the platform, not the repository's workloads. */
const CONTROL_PLANE = ['master', 'arbiter'];
/**
 * Linux workloads on pools whose own pull files differ from the cluster-wide ones (a MachineConfig drop-in,
 * registries.conf or policy.json of their own): the same simulation with the pool's files, tagged with
 * the pools. Pools with identical files share one simulation.
 */
function poolWorkloads(images, cluster, pullFiles, pools) {
    const linuxImages = images.filter((w) => !w.windows);
    if (linuxImages.length === 0)
        return [];
    const clusterBefore = routeFiles(cluster.before);
    const clusterAfter = routeFiles(cluster.after);
    const groups = [];
    for (const { name } of pools) {
        const files = pullFiles.get(name);
        if (!files || CONTROL_PLANE.includes(name))
            continue;
        const routeBefore = routeFiles(files.before);
        const routeAfter = routeFiles(files.after);
        if (sameFiles(routeBefore, clusterBefore) && sameFiles(routeAfter, clusterAfter))
            continue;
        const g = groups.find((x) => sameFiles(x.routeBefore, routeBefore) && sameFiles(x.routeAfter, routeAfter));
        if (g)
            g.pools.push(name);
        else
            groups.push({ ...files, pools: [name], routeBefore, routeAfter });
    }
    return groups.flatMap((g) => planWorkloads(linuxImages, g.before, g.after).changed.map((w) => ({ ...w, pools: g.pools })));
}


/***/ }),

/***/ 5187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   Wu: () => (/* binding */ CANNOT_EVALUATE_RULES),
/* harmony export */   zP: () => (/* binding */ worstVerdict)
/* harmony export */ });
/* unused harmony export reachesFailOn */
const RANK = { notice: 0, warning: 1, error: 2 };
/**
 * Input rules: when one of these fires, the run cannot vouch for the change at all. A MachineConfig file
 * whose contents cannot be known (remote, undecodable, over budget) is one: what the pool ends up with
 * cannot be evaluated.
 */
const CANNOT_EVALUATE_RULES = new Set(['bad-input', 'machineconfig-file-unreadable', 'upgrade-version-unknown']);
function reachesFailOn(f, failOn) {
    if (failOn === 'never' || f.waived)
        return false;
    return RANK[f.severity] >= RANK[failOn];
}
/**
 * pass / fail, or cannot-evaluate when the head side could not be read: a "pass" must never hide an
 * unreadable manifest. cannot-evaluate fails the check like a violation does.
 */
function verdictOf(findings, failOn) {
    if (findings.some((f) => CANNOT_EVALUATE_RULES.has(f.rule) && f.severity === 'error' && !f.waived))
        return 'cannot-evaluate';
    return findings.some((f) => reachesFailOn(f, failOn)) ? 'fail' : 'pass';
}
const worstVerdict = (vs) => vs.includes('cannot-evaluate') ? 'cannot-evaluate' : vs.includes('fail') ? 'fail' : 'pass';


/***/ }),

/***/ 743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RP: () => (/* binding */ certsDFiles),
/* harmony export */   sG: () => (/* binding */ goBase64Decode)
/* harmony export */ });
/* unused harmony export certsDirFor */
/* harmony import */ var _model_node_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8812);

/** Go base64.StdEncoding.DecodeString acceptance: padded standard alphabet; CR and LF are skipped. */
function goBase64Decode(s) {
    const t = s.replace(/[\r\n]/g, '');
    if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t))
        return undefined;
    return Buffer.from(t, 'base64');
}
const certsDirFor = (key) => `${_model_node_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_CERTS_D */ .I_}/${key.replaceAll('..', ':')}`;
/**
 * The MCD certificate writer's files for the additionalTrustedCA ConfigMap: one `ca.crt` per key (a
 * `..` in the key stands for the `:` a ConfigMap key cannot hold), keys in sorted order, `data` values
 * base64-decoded when they decode and taken raw otherwise, `binaryData` decoded.
 */
function certsDFiles(cm) {
    if (!cm)
        return [];
    const contents = new Map();
    for (const [k, v] of Object.entries(cm.data))
        contents.set(k, goBase64Decode(v)?.toString('utf8') ?? v);
    for (const [k, v] of Object.entries(cm.binaryData)) {
        contents.set(k, (goBase64Decode(v) ?? Buffer.from(v, 'utf8')).toString('utf8'));
    }
    return [...contents.keys()]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((k) => ({
        node: 'linux',
        path: `${certsDirFor(k)}/ca.crt`,
        content: contents.get(k),
        origin: 'generated'
    }));
}


/***/ }),

/***/ 8253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Gs: () => (/* binding */ isDigested),
/* harmony export */   Nw: () => (/* binding */ parseNamed),
/* harmony export */   oS: () => (/* binding */ parseNormalizedNamed),
/* harmony export */   v2: () => (/* binding */ referenceString),
/* harmony export */   z$: () => (/* binding */ referenceName)
/* harmony export */ });
/* unused harmony exports ReferenceError, REFERENCE, ANCHORED_NAME */
/* harmony import */ var _model_bounded_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3131);
/**
 * The subset of containers/image `docker/reference` that registries.conf matching depends on: the
 * grammar, docker.io normalisation (ParseNormalizedNamed) and the strict canonical parse (ParseNamed)
 * MCO applies to the release image and c/image applies to rewritten mirror references.
 */

class ReferenceError extends Error {
}
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
// `[-]+` as in current distribution/reference; older `[-]*` accepts the same strings.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;
const DIGEST_LENGTHS = { sha256: 64, sha384: 96, sha512: 128 };
const referenceName = (r) => (r.domain ? `${r.domain}/${r.path}` : r.path);
function referenceString(r) {
    return referenceName(r) + (r.tag !== undefined ? `:${r.tag}` : '') + (r.digest !== undefined ? `@${r.digest}` : '');
}
const isDigested = (r) => r.digest !== undefined;
function validateDigest(d) {
    const i = d.indexOf(':');
    const alg = d.slice(0, i);
    const enc = d.slice(i + 1);
    const len = DIGEST_LENGTHS[alg];
    if (len === undefined)
        throw new ReferenceError('unsupported digest algorithm');
    if (enc.length !== len || !/^[a-f0-9]+$/.test(enc))
        throw new ReferenceError('invalid checksum digest format');
}
/** reference.Parse: the grammar only, no normalisation. */
function parseReference(s) {
    const m = REFERENCE.exec(s);
    if (!m) {
        if (s === '')
            throw new ReferenceError('repository name must have at least one component');
        if (REFERENCE.test(s.toLowerCase()))
            throw new ReferenceError('repository name must be lowercase');
        throw new ReferenceError('invalid reference format');
    }
    const name = m[1];
    if (name.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ReferenceError(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
    }
    const nm = ANCHORED_NAME.exec(name);
    const ref = { domain: nm[1] ?? '', path: nm[2] };
    if (m[2] !== undefined)
        ref.tag = m[2];
    if (m[3] !== undefined) {
        validateDigest(m[3]);
        ref.digest = m[3];
    }
    return ref;
}
function splitDockerDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return ['docker.io', 'library/' + name];
    const maybeDomain = name.slice(0, slash);
    const maybeRemote = name.slice(slash + 1);
    let domain;
    let remote;
    if (maybeDomain === 'localhost')
        return [maybeDomain, maybeRemote];
    if (maybeDomain === 'index.docker.io') {
        domain = 'docker.io';
        remote = maybeRemote;
    }
    else if (/[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) {
        return [maybeDomain, maybeRemote];
    }
    else {
        domain = 'docker.io';
        remote = name;
    }
    if (domain === 'docker.io' && !remote.includes('/'))
        remote = 'library/' + remote;
    return [domain, remote];
}
// Every rule, side, cluster and route asks about the same few thousand references: parse each distinct
// string once per process. Results are frozen so no caller can change what another one sees; the memo is
// bounded so a hostile repository cannot grow it without limit.
const normalizedMemo = new _model_bounded_map_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedMap */ .E(200_000);
/** reference.ParseNormalizedNamed: "busybox" is docker.io/library/busybox. */
function parseNormalizedNamed(s) {
    const hit = normalizedMemo.getOr(s, () => {
        try {
            return Object.freeze(parseNormalizedNamedUncached(s));
        }
        catch (e) {
            if (!(e instanceof ReferenceError))
                throw e;
            return e;
        }
    });
    if (hit instanceof ReferenceError)
        throw hit;
    return hit;
}
function parseNormalizedNamedUncached(s) {
    if (IDENTIFIER.test(s)) {
        throw new ReferenceError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
    }
    const [domain, remainder] = splitDockerDomain(s);
    const colon = remainder.indexOf(':');
    const remoteName = colon > -1 ? remainder.slice(0, colon) : remainder;
    if (remoteName.toLowerCase() !== remoteName) {
        throw new ReferenceError(`invalid reference format: repository name (${remoteName}) must be lowercase`);
    }
    const ref = parseReference(`${domain}/${remainder}`);
    if (!ref.domain)
        throw new ReferenceError(`invalid reference format: ${s}`);
    return ref;
}
/** reference.ParseNamed: only the fully-qualified canonical spelling is accepted. */
function parseNamed(s) {
    const ref = parseNormalizedNamed(s);
    if (referenceString(ref) !== s)
        throw new ReferenceError('repository name must be canonical');
    return ref;
}


/***/ }),

/***/ 4123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ goSharpV),
/* harmony export */   U6: () => (/* binding */ byteCompare),
/* harmony export */   Uw: () => (/* binding */ sortedGo),
/* harmony export */   _1: () => (/* binding */ sortByGoOrder),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   zZ: () => (/* binding */ goQuoteSlice)
/* harmony export */ });
/**
 * The few pieces of Go's fmt output that end up in operator messages. Operator errors are compared
 * byte for byte, so `%q` must quote the way strconv.Quote does, not the way JSON.stringify does.
 */
const SIMPLE_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
    '"': '\\"'
};
/** strconv.Quote for the characters registry scopes can realistically hold (ASCII plus printable Unicode). */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        const simple = SIMPLE_ESCAPES[ch];
        if (simple !== undefined)
            out += simple;
        else if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + cp.toString(16).padStart(2, '0');
        else if ((cp >= 0x80 && cp <= 0x9f) || cp === 0xad || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff)
            out += '\\u' + cp.toString(16).padStart(4, '0');
        else
            out += ch;
    }
    return out + '"';
}
/** `%q` applied to a []string: Go prints `["a" "b"]`. */
function goQuoteSlice(items) {
    return '[' + items.map(goQuote).join(' ') + ']';
}
/** `%#v` of a string is the same quoting as `%q`. */
const goSharpV = goQuote;
const isSurrogate = (c) => c >= 0xd800 && c <= 0xdfff;
/**
 * Go's string order (sort.Strings, `<`): byte-wise over UTF-8. JS `<` compares UTF-16 code units, which
 * orders the same except around surrogates (a character above U+FFFF sorts after U+E000–U+FFFF in UTF-8,
 * before them in UTF-16; a lone surrogate is written as U+FFFD). So the first differing code unit decides
 * when neither it nor the unit before it is a surrogate; otherwise the UTF-8 bytes are compared.
 */
function byteCompare(a, b) {
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i))
        i++;
    const x = i < a.length ? a.charCodeAt(i) : -1;
    const y = i < b.length ? b.charCodeAt(i) : -1;
    if (!isSurrogate(x) && !isSurrogate(y) && !(i > 0 && isSurrogate(a.charCodeAt(i - 1)))) {
        return x === y ? 0 : x < y ? -1 : 1;
    }
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
const HAS_SURROGATE = /[\ud800-\udfff]/;
/**
 * Sorts `items` in place by a string key in Go's order. When no key holds a surrogate, UTF-16 code-unit
 * order is UTF-8 byte order, and the engine's own comparison does it without a loop per pair.
 */
function sortByGoOrder(items, key) {
    if (items.some((it) => HAS_SURROGATE.test(key(it))))
        return items.sort((a, b) => byteCompare(key(a), key(b)));
    return items.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
}
/** A sorted copy of `strings` in Go's order (the default sort compares UTF-16 code units, natively). */
function sortedGo(strings) {
    const out = [...strings];
    return out.some((s) => HAS_SURROGATE.test(s)) ? out.sort(byteCompare) : out.sort();
}


/***/ }),

/***/ 8999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ ContentDecoder),
/* harmony export */   Np: () => (/* binding */ renderPool),
/* harmony export */   VY: () => (/* binding */ selectMachineConfigs),
/* harmony export */   dI: () => (/* binding */ sameEntry)
/* harmony export */ });
/* unused harmony exports mergeOrder, MAX_DECODED_TOTAL_BYTES */
/* harmony import */ var _model_ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1129);
/* harmony import */ var _model_label_selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(953);
/* harmony import */ var _model_machine_configs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4566);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2621);
/* harmony import */ var _go_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4123);





/** `getMachineConfigsForPool`: the pool's selector against each MachineConfig's labels. */
function selectMachineConfigs(selector, configs) {
    return configs.filter((c) => (0,_model_label_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorMatches */ .de)(selector, c.labels));
}
/**
 * `MergeMachineConfigs` ordering. Up to 4.14 every config sorts by name. From 4.15 the configs labelled
 * for the worker role come first (by name), then the rest (by name), so a custom pool's own configs
 * override the worker configs it inherits, whatever their names.
 */
function mergeOrder(configs, version) {
    const byName = (a, b) => (0,_go_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteCompare */ .U6)(a.name, b.name);
    if (!(0,_model_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '4.15'))
        return [...configs].sort(byName);
    const worker = configs.filter((c) => c.labels[_model_machine_configs_js__WEBPACK_IMPORTED_MODULE_1__/* .ROLE_LABEL */ .eg] === 'worker').sort(byName);
    const other = configs.filter((c) => c.labels[_model_machine_configs_js__WEBPACK_IMPORTED_MODULE_1__/* .ROLE_LABEL */ .eg] !== 'worker').sort(byName);
    return [...worker, ...other];
}
/**
 * Ignition's merge of one file entry: fields the child sets replace the parent's. Before 4.20 a child
 * without `compression` kept the parent's (coreos/butane#332); from 4.20 MCO resets it first.
 */
function mergeFile(parent, child, version) {
    const out = { ...parent, path: child.path, at: child.at, append: parent.append || child.append };
    if (child.source !== undefined)
        out.source = child.source;
    if (child.compression !== undefined)
        out.compression = child.compression;
    else if ((0,_model_version_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(version, '4.20'))
        delete out.compression;
    if (child.mode !== undefined)
        out.mode = child.mode;
    if (child.overwrite !== undefined)
        out.overwrite = child.overwrite;
    if (child.extra !== JSON.stringify([null, null, null]))
        out.extra = child.extra;
    return out;
}
/**
 * Decodes file contents once per distinct (source, compression) and stops at a total byte budget, so a
 * repository of many large or compressed files cannot exhaust memory (each pool re-reads the same MachineConfigs).
 */
class ContentDecoder {
    budget;
    // By compression, then by source: a key joining the two would copy a generated file's megabytes of
    // base64 on every look-up (each pool asks for every file).
    cache = new Map();
    used = 0;
    constructor(budget = MAX_DECODED_TOTAL_BYTES) {
        this.budget = budget;
    }
    /**
     * Records the bytes an uncompressed data URL of our own making decodes to, as `decode` would (same
     * budget, same per-file limit: contents over either are left for `decode` to refuse).
     */
    prime(source, bytes) {
        const left = this.budget - this.used;
        if (this.cached(source, undefined) || left <= 0 || bytes.length > Math.min(_model_ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DECODED_FILE_BYTES */ .h5, left))
            return;
        this.used += bytes.length;
        this.remember(source, undefined, { bytes });
    }
    decode(source, compression) {
        const hit = this.cached(source, compression);
        if (hit)
            return hit;
        const left = this.budget - this.used;
        let r = left <= 0
            ? { error: `registry-plan's decoding budget of ${this.budget} bytes for one side is exhausted` }
            : (0,_model_ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeIgnitionFileContents */ .ui)(source, compression, Math.min(_model_ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DECODED_FILE_BYTES */ .h5, left));
        if ('bytes' in r)
            this.used += r.bytes.length;
        else if (left < _model_ignition_ignition_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DECODED_FILE_BYTES */ .h5 && /expand beyond|exceed/.test(r.error)) {
            r = { error: `registry-plan's decoding budget of ${this.budget} bytes for one side is exhausted` };
        }
        this.remember(source, compression, r);
        return r;
    }
    cached(source, compression) {
        return this.cache.get(compression)?.get(source);
    }
    remember(source, compression, r) {
        let bySource = this.cache.get(compression);
        if (!bySource)
            this.cache.set(compression, (bySource = new Map()));
        bySource.set(source, r);
    }
}
/** Decoded bytes one side may hold in total, across every MachineConfig file. */
const MAX_DECODED_TOTAL_BYTES = 64 * 1024 * 1024;
/** The rendered config of a pool from its selected MachineConfigs. Pure. */
function renderPool(selected, version, decoder = new ContentDecoder()) {
    const ordered = mergeOrder(selected, version);
    const files = new Map();
    const units = new Map();
    const kargs = [];
    const extensions = [];
    const fields = {};
    let passwd = '';
    const irreconcilable = [];
    for (const mc of ordered) {
        for (const f of mc.files) {
            const prev = files.get(f.path);
            const entry = prev ? mergeFile(prev.entry, f, version) : { ...f };
            const writer = f.source !== undefined || !prev ? mc : prev.writer;
            files.set(f.path, {
                path: f.path,
                entry,
                writers: [...(prev?.writers ?? []), mc.name],
                writer,
                loc: writer === mc ? mc.locOf(f.at) : prev.loc
            });
            if (f.append)
                irreconcilable.push({ config: mc.name, what: `ignition file ${f.path} includes append` });
        }
        for (const u of mc.units)
            units.set(u.name, { body: u.body, writer: mc.name });
        if (mc.passwd)
            passwd = mc.passwd;
        for (const s of mc.irreconcilable)
            irreconcilable.push({ config: mc.name, what: `ignition ${s} section` });
        if (mc.fields['kernelArguments'])
            kargs.push(...JSON.parse(mc.fields['kernelArguments']));
        if (mc.fields['extensions'])
            extensions.push(...JSON.parse(mc.fields['extensions']));
        for (const k of ['osImageURL', 'baseOSExtensionsContainerImage', 'fips', 'kernelType']) {
            if (mc.fields[k])
                fields[k] = mc.fields[k];
        }
    }
    if (kargs.length)
        fields['kernelArguments'] = JSON.stringify(kargs);
    if (extensions.length)
        fields['extensions'] = JSON.stringify(extensions);
    for (const f of files.values()) {
        // MCO always overwrites; an unset overwrite becomes true in the rendered config.
        if (f.entry.overwrite === undefined)
            f.entry.overwrite = true;
        const c = decoder.decode(f.entry.source, f.entry.compression);
        if ('bytes' in c)
            f.content = c.bytes.toString('utf8');
        else {
            f.problem = c.error;
            if (c.remote)
                f.remote = true;
        }
    }
    return {
        configs: ordered.map((c) => c.name),
        files,
        units,
        fields,
        passwd,
        refused: ordered.filter((c) => c.problems.length > 0),
        irreconcilable
    };
}
/**
 * The daemon's comparison of two file entries (`reflect.DeepEqual` of the whole Ignition file): each field
 * as JSON would write it (unset is null). Equal values are equal without writing them: a generated
 * registries.conf is megabytes of base64 in `source`.
 */
function sameEntry(a, b) {
    // JSON writes two strings alike only when they are equal, and a string never like any other value.
    const same = (x, y) => x === y ||
        (typeof x !== 'string' && typeof y !== 'string' && JSON.stringify(x ?? null) === JSON.stringify(y ?? null));
    return (same(a.source, b.source) &&
        same(a.compression, b.compression) &&
        same(a.mode, b.mode) &&
        same(a.overwrite, b.overwrite) &&
        same(a.append, b.append) &&
        same(a.extra, b.extra));
}


/***/ }),

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ policyAllows)
/* harmony export */ });
/* unused harmony exports dockerReferenceNamespaces, policyRequirementsFor */
/* harmony import */ var _model_bounded_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3131);
/* harmony import */ var _pull_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(733);
/* harmony import */ var _docker_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8253);



/** c/image DockerReferenceNamespaces: repository, parent namespaces, host[:port], then `*.` domains. */
function dockerReferenceNamespaces(ref) {
    const res = [];
    let name = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceName */ .z$)(ref);
    for (;;) {
        res.push(name);
        const slash = name.lastIndexOf('/');
        if (slash === -1)
            break;
        name = name.slice(0, slash);
    }
    const colon = name.indexOf(':');
    if (colon !== -1)
        name = name.slice(0, colon);
    for (;;) {
        const dot = name.indexOf('.');
        if (dot === -1)
            break;
        name = name.slice(dot + 1);
        res.push('*.' + name);
    }
    return res;
}
/** The requirements c/image's PolicyContext picks for a docker-transport image. */
function policyRequirementsFor(policy, imageRef) {
    const p = policy;
    const ref = (0,_pull_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .logicalReference */ .Xp)(imageRef);
    const identity = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .referenceName */ .z$)(ref) + (ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag}`);
    const scopes = p.transports?.['docker'];
    if (scopes) {
        for (const scope of [identity, ...dockerReferenceNamespaces(ref), '']) {
            if (Object.prototype.hasOwnProperty.call(scopes, scope))
                return scopes[scope];
        }
    }
    return p.default;
}
const UNPARSABLE = Symbol('unparsable');
const policies = new _model_bounded_map_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedMap */ .E(8);
/**
 * policy.json parsed once per text: a plan asks about every workload image of every cluster and side
 * against the same few texts (thousands of images on a monorepo), and the value is only read.
 */
function policyText(text) {
    return policies.getOr(text, () => {
        let policy;
        try {
            policy = JSON.parse(text);
        }
        catch {
            policy = UNPARSABLE;
        }
        return { policy, answers: new Map() };
    });
}
/**
 * Whether policy.json lets a pull of `imageRef` through, evaluated on the requested (logical) name,
 * never on the mirror the bytes come from. `reject` refuses; `insecureAcceptAnything` accepts; signature
 * requirements are counted as allowing (the scope is not refused; signatures are not verified here).
 * An unparsable policy or an empty requirement list makes c/image refuse every pull.
 */
function policyAllows(policyJsonText, imageRef) {
    const { policy, answers } = policyText(policyJsonText);
    let allowed = answers.get(imageRef);
    if (allowed === undefined)
        answers.set(imageRef, (allowed = evaluatePolicy(policy, imageRef)));
    return allowed;
}
function evaluatePolicy(policy, imageRef) {
    if (policy === UNPARSABLE)
        return false;
    let reqs;
    try {
        reqs = policyRequirementsFor(policy, imageRef);
    }
    catch {
        return false;
    }
    if (!Array.isArray(reqs) || reqs.length === 0)
        return false;
    return reqs.every((r) => r && r.type !== 'reject');
}


/***/ }),

/***/ 2502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dq: () => (/* binding */ ERR_PARSING_REFERENCE),
/* harmony export */   jb: () => (/* binding */ POLICY_JSON_TEMPLATE),
/* harmony export */   qo: () => (/* binding */ listsConflict)
/* harmony export */ });
/* unused harmony exports goMarshalIndent, updatePolicyJSON */
/* harmony import */ var _docker_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8253);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5203);



// templates/<role>/01-<role>-container-runtime/_base/files/policy.yaml, byte for byte.
const POLICY_JSON_TEMPLATE = `{
    "default": [
        {
            "type": "insecureAcceptAnything"
        }
    ],
    "transports":
        {
            "docker-daemon":
                {
                    "": [{"type":"insecureAcceptAnything"}]
                }
        }
}
`;
const ERR_PARSING_REFERENCE = 'error parsing reference of release image';
/**
 * json.MarshalIndent(v, "", "  "). Map keys are byte-sorted; the only structs involved (Policy and the
 * requirement types) have field orders that happen to be sorted too.
 */
function goMarshalIndent(v, indent = '') {
    const inner = indent + '  ';
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        return '[\n' + v.map((x) => inner + goMarshalIndent(x, inner)).join(',\n') + '\n' + indent + ']';
    }
    if (v !== null && typeof v === 'object') {
        const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (keys.length === 0)
            return '{}';
        return ('{\n' +
            keys
                .map((k) => `${inner}${goJsonString(k)}: ${goMarshalIndent(v[k], inner)}`)
                .join(',\n') +
            '\n' +
            indent +
            '}');
    }
    if (typeof v === 'string')
        return goJsonString(v);
    return JSON.stringify(v);
}
/**
 * Both lists set is refused, except an allowed list that is only the payload's repository (MCO adds it
 * itself beside a blocked list). Shared by the plain and the ClusterImagePolicy-aware policy.json.
 */
function listsConflict(blocked, allowed, releaseImage) {
    if ((allowed?.length ?? 0) === 0 || (blocked?.length ?? 0) === 0)
        return undefined;
    let payloadName;
    if (releaseImage !== '') {
        try {
            payloadName = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .referenceName */ .z$)((0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNamed */ .Nw)(releaseImage));
        }
        catch {
            return { error: ERR_PARSING_REFERENCE, field: 'releaseImage' };
        }
    }
    if (allowed.length === 1 && allowed[0] === payloadName)
        return undefined;
    return {
        error: 'invalid images config: only one of AllowedRegistries or BlockedRegistries may be specified',
        field: 'allowed'
    };
}
/**
 * MCO helpers.go `updatePolicyJSON(template, policyBlocked, allowed, releaseImage)` without
 * ClusterImagePolicies. `undefined` lists are Go nil: with both nil the template bytes are returned
 * untouched, which is why the node file keeps its 4-space template formatting.
 * `releaseImage` "" means the payload is unknown; then the internal payload exception cannot apply.
 */
function updatePolicyJSON(template, blocked, allowed, releaseImage) {
    const conflict = listsConflict(blocked, allowed, releaseImage);
    if (conflict)
        return { error: conflict.error, field: conflict.field };
    if (allowed === undefined && blocked === undefined)
        return { json: template };
    const failure = validateRegistriesConfScopes([], blocked, allowed, [], [], []);
    if (failure) {
        const site = failure.site;
        return { error: failure.message, field: site.list, index: site.index };
    }
    const policy = JSON.parse(template);
    const scopes = {};
    if ((allowed?.length ?? 0) > 0) {
        policy.default = [{ type: 'reject' }];
        for (const reg of allowed)
            scopes[reg] = [{ type: 'insecureAcceptAnything' }];
    }
    if ((blocked?.length ?? 0) > 0) {
        policy.default = [{ type: 'insecureAcceptAnything' }];
        for (const reg of blocked)
            scopes[reg] = [{ type: 'reject' }];
    }
    if (Object.keys(scopes).length > 0) {
        policy.transports.docker = scopes;
        // The atomic transport cannot express scopes with three or more path separators.
        policy.transports.atomic = Object.fromEntries(Object.entries(scopes).filter(([k]) => k.split('/').length - 1 < 3));
    }
    return { json: goMarshalIndent({ default: policy.default, transports: policy.transports }) };
}


/***/ }),

/***/ 3680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X9: () => (/* binding */ poolSpecs),
  wy: () => (/* binding */ renderPoolFiles)
});

// UNUSED EXPORTS: defaultPoolLabels, defaultPoolSelector, writerOrigins

// EXTERNAL MODULE: ./src/model/ignition/ignition.ts + 1 modules
var ignition = __webpack_require__(1129);
// EXTERNAL MODULE: ./src/model/machine-configs.ts
var machine_configs = __webpack_require__(4566);
// EXTERNAL MODULE: ./src/model/label-selector.ts
var label_selector = __webpack_require__(953);
// EXTERNAL MODULE: ./src/render/linux/go-format.ts
var go_format = __webpack_require__(4123);
;// CONCATENATED MODULE: ./src/render/linux/container-runtime-config.ts



/**
 * What the ContainerRuntimeConfig controller writes (`syncContainerRuntimeConfig`,
 * `createCRIODropinFiles`, `updateStorageConfig` in pkg/controller/container-runtime-config): one
 * MachineConfig `99-<pool>-generated-containerruntime[-N]` per selected pool, holding CRI-O drop-ins
 * under /etc/crio/crio.conf.d and, for overlaySize, /etc/containers/storage.conf.
 */
const CRIO_DROPIN = {
    logLevel: '/etc/crio/crio.conf.d/01-ctrcfg-logLevel',
    pidsLimit: '/etc/crio/crio.conf.d/01-ctrcfg-pidsLimit',
    logSizeMax: '/etc/crio/crio.conf.d/01-ctrcfg-logSizeMax',
    defaultRuntime: '/etc/crio/crio.conf.d/01-ctrcfg-defaultRuntime'
};
const STORAGE_CONF = '/etc/containers/storage.conf';
/** BurntSushi/toml encoding of `{Crio: {Runtime: {<key>: value}}}`: nested headers indented by two spaces. */
function crioRuntimeDropIn(key, value) {
    const line = value === undefined ? '' : `    ${key} = ${typeof value === 'number' ? String(value) : (0,go_format/* goQuote */.dg)(value)}\n`;
    return `[crio]\n  [crio.runtime]\n${line}`;
}
/** The files one ContainerRuntimeConfig renders, in the controller's order (storage.conf, then drop-ins). */
function containerRuntimeConfigFiles(crc) {
    const files = [];
    const overlay = crc.overlaySize !== undefined ? (0,machine_configs/* quantityBytes */.zy)(crc.overlaySize) : undefined;
    if (overlay !== undefined && overlay !== 0) {
        files.push({
            path: STORAGE_CONF,
            content: `# storage.conf of the pool template, re-encoded by MCO with [storage.options] size = ${(0,go_format/* goQuote */.dg)(crc.overlaySize)}\n`,
            exact: false
        });
    }
    if (crc.logLevel !== undefined) {
        files.push({ path: CRIO_DROPIN.logLevel, content: crioRuntimeDropIn('log_level', crc.logLevel), exact: true });
    }
    if (crc.pidsLimit !== undefined) {
        // pids_limit is omitempty: 0 writes the headers only.
        const v = crc.pidsLimit === 0 ? undefined : crc.pidsLimit;
        files.push({ path: CRIO_DROPIN.pidsLimit, content: crioRuntimeDropIn('pids_limit', v), exact: true });
    }
    const logSize = crc.logSizeMax !== undefined ? (0,machine_configs/* quantityBytes */.zy)(crc.logSizeMax) : undefined;
    if (logSize !== undefined && logSize !== 0) {
        files.push({ path: CRIO_DROPIN.logSizeMax, content: crioRuntimeDropIn('log_size_max', logSize), exact: true });
    }
    if (crc.defaultRuntime !== undefined) {
        files.push({
            path: CRIO_DROPIN.defaultRuntime,
            content: crioRuntimeDropIn('default_runtime', crc.defaultRuntime),
            exact: true
        });
    }
    return files;
}
/**
 * The generated MachineConfigs per pool. The first ContainerRuntimeConfig of a pool gets the bare name,
 * later ones `-1`, `-2`, ... in creation order, which Git does not record: they are numbered in name
 * order, and a pool selected by more than one gets a finding because which one wins is not knowable.
 */
function renderContainerRuntimeConfigs(crcs, pools) {
    const byPool = new Map();
    const findings = [];
    const sorted = [...crcs].sort((a, b) => (0,go_format/* byteCompare */.U6)(a.name, b.name));
    for (const crc of sorted) {
        if (crc.invalid)
            continue;
        const selected = pools.filter((p) => (0,label_selector/* selectorMatches */.de)(crc.poolSelector, p.labels));
        if (selected.length === 0) {
            findings.push({
                rule: 'containerruntimeconfig-no-pool',
                severity: 'warning',
                message: `ContainerRuntimeConfig/${crc.name} selects no MachineConfigPool (its machineConfigPoolSelector matches no pool's labels), so nothing is rendered; MCO reports "containerRuntimeConfig ${crc.name} does not match any MachineConfigPools"`,
                file: crc.loc.file,
                line: crc.loc.line,
                object: `ContainerRuntimeConfig/${crc.name}`
            });
            continue;
        }
        for (const pool of selected) {
            const list = byPool.get(pool.name) ?? [];
            const name = `99-${pool.name}-generated-containerruntime${list.length === 0 ? '' : `-${list.length}`}`;
            list.push({ name, crc, files: containerRuntimeConfigFiles(crc) });
            byPool.set(pool.name, list);
        }
    }
    for (const [pool, list] of byPool) {
        if (list.length < 2)
            continue;
        const last = list[list.length - 1].crc;
        findings.push({
            rule: 'containerruntimeconfig-order-unknown',
            severity: 'warning',
            message: `pool ${pool} is selected by ${list.length} ContainerRuntimeConfigs (${list.map((r) => r.crc.name).join(', ')}); MCO numbers their MachineConfigs in creation order, which Git does not record, so where they set the same field the one created last wins. The plan assumes name order. Merge them into one`,
            file: last.loc.file,
            line: last.loc.line,
            object: `ContainerRuntimeConfig/${last.name}`
        });
    }
    return { byPool, findings };
}

// EXTERNAL MODULE: ./src/render/linux/merge-machine-configs.ts
var merge_machine_configs = __webpack_require__(8999);
// EXTERNAL MODULE: ./src/render/linux/policy-json.ts
var policy_json = __webpack_require__(2502);
// EXTERNAL MODULE: ./src/render/linux/registries-conf.ts
var registries_conf = __webpack_require__(4233);
;// CONCATENATED MODULE: ./src/render/linux/pool-files.ts






/** The labels MCO puts on the default pools, which ContainerRuntimeConfig selectors usually name. */
function defaultPoolLabels(name) {
    return {
        'machineconfiguration.openshift.io/mco-built-in': '',
        [`pools.operator.machineconfiguration.openshift.io/${name}`]: ''
    };
}
const defaultPoolSelector = (role) => ({
    matchLabels: { [machine_configs/* ROLE_LABEL */.eg]: role },
    matchExpressions: []
});
/**
 * `dataurl.EncodeBytes`, as `NewIgnFileBytes` writes generated contents. Each distinct text is encoded
 * once per render (every built-in pool gets the same registries files), and its bytes are handed to the
 * decoder, which would otherwise decode megabytes of base64 back into what was just encoded.
 */
class GeneratedContents {
    decoder;
    urls = new Map();
    constructor(decoder) {
        this.decoder = decoder;
    }
    encode(text) {
        let url = this.urls.get(text);
        if (url === undefined) {
            const bytes = Buffer.from(text, 'utf8');
            url = `data:text/plain;charset=utf-8;base64,${bytes.toString('base64')}`;
            this.decoder.prime(url, bytes);
            this.urls.set(text, url);
        }
        return url;
    }
}
function generatedConfig(contents, name, role, origin, files, loc) {
    const entries = files.map((f, i) => ({
        path: f.path,
        at: ['storage', 'files', i],
        source: contents.encode(f.content),
        mode: 0o644,
        overwrite: true,
        append: false,
        extra: JSON.stringify([null, null, null])
    }));
    return {
        name,
        loc,
        labels: { [machine_configs/* ROLE_LABEL */.eg]: role },
        origin,
        ignitionVersion: '3.5.0',
        files: entries,
        units: [],
        passwd: '',
        fields: {},
        irreconcilable: [],
        problems: [],
        locOf: () => loc
    };
}
const TEMPLATE_ROLES = ['master', 'worker', 'arbiter'];
/**
 * Names the operator creates and owns (templates, generated kubelet / container-runtime / registries
 * configs, ssh, rendered configs): a repo object with one of them is overwritten on the next sync.
 */
const MCO_OWNED_NAME = /^(?:0[01]-(?:master|worker|arbiter)(?:-container-runtime|-kubelet)?|\d\d-[a-z0-9.-]+-generated-(?:registries|containerruntime|kubelet)(?:-\d+)?|99-(?:master|worker|arbiter)-ssh|rendered-[a-z0-9.-]+)$/;
/** The MachineConfigs of the cluster, generated ones included, and the pools rendered from them. */
function renderPoolFiles(input) {
    const none = { file: '', line: 0 };
    const decoder = new merge_machine_configs/* ContentDecoder */.I_();
    const contents = new GeneratedContents(decoder);
    const configs = [];
    for (const role of TEMPLATE_ROLES) {
        if (role === 'arbiter' && !input.pools.some((p) => p.name === 'arbiter'))
            continue;
        configs.push(generatedConfig(contents, `01-${role}-container-runtime`, role, 'template', [
            { path: '/etc/containers/registries.conf', content: registries_conf/* REGISTRIES_CONF_TEMPLATE */._k },
            { path: '/etc/containers/policy.json', content: policy_json/* POLICY_JSON_TEMPLATE */.jb }
        ], none));
    }
    for (const pool of input.pools) {
        // syncImageConfig writes this MachineConfig for every built-in pool, with no files when nothing is configured.
        if (pool.builtIn) {
            configs.push(generatedConfig(contents, `99-${pool.name}-generated-registries`, pool.name, 'generated-registries', input.registriesFiles, none));
        }
    }
    const crc = renderContainerRuntimeConfigs(input.containerRuntimeConfigs, input.pools);
    for (const [pool, renders] of crc.byPool) {
        for (const r of renders) {
            configs.push(generatedConfig(contents, r.name, pool, 'generated-containerruntime', r.files, r.crc.loc));
        }
    }
    const generatedNames = new Set(configs.map((c) => c.name));
    const owned = (name) => generatedNames.has(name) || MCO_OWNED_NAME.test(name);
    const findings = [...crc.findings];
    for (const mc of input.machineConfigs) {
        if (owned(mc.name)) {
            findings.push({
                rule: 'machineconfig-overrides-generated',
                severity: 'error',
                message: `MachineConfig ${mc.name} has the name of a MachineConfig the Machine Config Operator generates and owns; the operator overwrites it on its next sync, so this content never lasts on nodes. Give it another name`,
                file: mc.loc.file,
                line: mc.loc.line,
                object: `MachineConfig/${mc.name}`
            });
            continue;
        }
        const problem = (0,ignition/* ignitionVersionProblem */.tC)(mc.ignitionVersion, input.version);
        if (problem) {
            const at = mc.locOf(['ignition', 'version']);
            configs.push({
                ...mc,
                problems: [
                    ...mc.problems,
                    {
                        rule: 'machineconfig-invalid',
                        severity: 'error',
                        message: `MachineConfig/${mc.name}: the Machine Config Operator refuses this MachineConfig: ${problem}`,
                        file: at.file,
                        line: at.line,
                        object: `MachineConfig/${mc.name}`
                    }
                ]
            });
            continue;
        }
        configs.push(mc);
    }
    const pools = input.pools.map((p) => ({
        pool: p.name,
        rendered: (0,merge_machine_configs/* renderPool */.Np)((0,merge_machine_configs/* selectMachineConfigs */.VY)(p.machineConfigSelector, configs), input.version, decoder)
    }));
    return { pools, findings, configs: new Map(configs.map((c) => [c.name, c])) };
}
/** Writers of a file in merge order, with where each came from. */
function writerOrigins(f, configs) {
    return f.writers.map((w) => configs.get(w)?.origin ?? 'repo');
}
/** Pool names whose MachineConfigs MCO templates and whose registries config it always generates. */
const BUILT_IN = ['master', 'worker', 'arbiter'];
/**
 * The pools of a cluster as the render controller sees them: the declared ones (their labels and
 * selectors as written, with the labels MCO itself puts on its built-in pools), plus master and worker,
 * which every cluster has whether or not the repo declares them.
 */
function poolSpecs(declared) {
    const specs = declared.map((p) => {
        const builtIn = BUILT_IN.includes(p.name) || 'machineconfiguration.openshift.io/mco-built-in' in p.labels;
        return {
            name: p.name,
            labels: BUILT_IN.includes(p.name) ? { ...defaultPoolLabels(p.name), ...p.labels } : p.labels,
            // A built-in pool written without a selector is a partial manifest: the cluster's object keeps MCO's.
            ...(p.machineConfigSelector
                ? { machineConfigSelector: p.machineConfigSelector }
                : BUILT_IN.includes(p.name)
                    ? { machineConfigSelector: defaultPoolSelector(p.name) }
                    : {}),
            builtIn
        };
    });
    for (const name of ['master', 'worker']) {
        if (!specs.some((s) => s.name === name)) {
            specs.push({
                name,
                labels: defaultPoolLabels(name),
                machineConfigSelector: defaultPoolSelector(name),
                builtIn: true
            });
        }
    }
    return specs;
}


/***/ }),

/***/ 1175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shapesPulls)
/* harmony export */ });
/**
 * Node paths whose contents decide how an image is pulled: where from (registries.conf and its
 * drop-ins), whether it is allowed (policy.json, registries.d, CRI-O's own configuration and policies),
 * which certificates are trusted (certs.d, the system trust anchors) and which credentials are sent
 * (the kubelet's pull secret, credential providers). A MachineConfig file under one of these is part of
 * the image-pull plan; any other file still counts for node impact, but not for the pull simulation.
 */
const PULL_PREFIXES = [
    '/etc/containers/',
    '/etc/crio/',
    '/etc/docker/certs.d/',
    '/etc/pki/ca-trust/source/anchors/',
    '/etc/kubernetes/credential-providers/',
    '/etc/machine-config-daemon/no-reboot/'
];
const PULL_FILES = ['/var/lib/kubelet/config.json', '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem'];
function shapesPulls(path) {
    return PULL_FILES.includes(path) || PULL_PREFIXES.some((p) => path.startsWith(p));
}


/***/ }),

/***/ 733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ loadRegistries),
/* harmony export */   D$: () => (/* binding */ pullSourcesFromReference),
/* harmony export */   J4: () => (/* binding */ findRegistry),
/* harmony export */   Xp: () => (/* binding */ logicalReference),
/* harmony export */   aW: () => (/* binding */ pullEndpoints),
/* harmony export */   uQ: () => (/* binding */ pullEndpointsFrom)
/* harmony export */ });
/* unused harmony exports refMatchingPrefix, isShortName */
/* harmony import */ var _go_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4123);
/* harmony import */ var _docker_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8253);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5086);



/** parseLocation: trailing "/" trimmed, URI schemes refused. */
function parseLocation(input) {
    const trimmed = (0,_model_text_js__WEBPACK_IMPORTED_MODULE_2__/* .trimTrailingSlashes */ .iV)(input);
    if (trimmed.startsWith('http://') || trimmed.startsWith('https://')) {
        throw new Error(`invalid location '${input}': URI schemes are not supported`);
    }
    return trimmed;
}
/**
 * c/image `postProcessRegistries` plus the wildcard check of loadConfigFile. Any error makes the whole
 * file unusable, so every pull on the node fails with it.
 */
function loadRegistries(conf) {
    const regs = [];
    const byKey = new Map();
    try {
        for (const r of conf.registries) {
            const reg = {
                prefix: r.prefix,
                location: parseLocation(r.location),
                insecure: r.insecure,
                blocked: r.blocked,
                mirrorByDigestOnly: r.mirrorByDigestOnly,
                mirrors: []
            };
            if (reg.prefix === '') {
                if (reg.location === '')
                    throw new Error('invalid condition: both location and prefix are unset');
                reg.prefix = reg.location;
            }
            else {
                reg.prefix = parseLocation(reg.prefix);
                if (!reg.prefix.startsWith('*.') && reg.location === '') {
                    throw new Error('invalid condition: location is unset and prefix is not in the format: *.example.com');
                }
            }
            for (const m of r.mirrors) {
                const location = parseLocation(m.location);
                // Nothing changes a loaded mirror: the decoded one is kept when its location needs no trimming.
                const mir = location === m.location ? m : { ...m, location };
                if (mir.location === '')
                    throw new Error('invalid condition: mirror location is unset');
                if (reg.mirrorByDigestOnly && mir.pullFromMirror !== '') {
                    throw new Error(`cannot set mirror usage mirror-by-digest-only for the registry (${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(reg.prefix)}) and pull-from-mirror for per-mirror (${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(mir.location)}) at the same time`);
                }
                if (!['', 'all', 'digest-only', 'tag-only'].includes(mir.pullFromMirror)) {
                    throw new Error(`unsupported pull-from-mirror value ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(mir.pullFromMirror)} for mirror ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(mir.location)}`);
                }
                reg.mirrors.push(mir);
            }
            const key = reg.location === '' ? reg.prefix : reg.location;
            const same = byKey.get(key);
            if (same)
                same.push(reg);
            else
                byKey.set(key, [reg]);
            regs.push(reg);
        }
        for (const reg of regs) {
            for (const other of byKey.get(reg.location === '' ? reg.prefix : reg.location) ?? []) {
                if (reg.insecure !== other.insecure) {
                    throw new Error(`registry '${reg.location}' is defined multiple times with conflicting 'insecure' setting`);
                }
                if (reg.blocked !== other.blocked) {
                    throw new Error(`registry '${reg.location}' is defined multiple times with conflicting 'blocked' setting`);
                }
            }
        }
    }
    catch (e) {
        return { error: e.message };
    }
    // The first entry for a prefix wins; later duplicates are dropped silently.
    const unique = new Map();
    for (const r of regs)
        if (!unique.has(r.prefix))
            unique.set(r.prefix, r);
    const registries = (0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByGoOrder */ ._1)([...unique.values()], (r) => r.prefix);
    for (const r of registries) {
        if (r.prefix.startsWith('*.') && /[/@:]/.test(r.prefix)) {
            return {
                error: `Wildcarded prefix should be in the format: *.example.com. Current prefix ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(r.prefix)} is incorrectly formatted`
            };
        }
    }
    return { registries };
}
function refMatchingSubdomainPrefix(ref, prefix) {
    const suffix = prefix.slice(1);
    let index = ref.indexOf(suffix);
    if (index === -1)
        return -1;
    if (ref.slice(0, index).includes('/'))
        return -1;
    index += suffix.length;
    if (index === ref.length)
        return index;
    return ':/@'.includes(ref[index]) ? index : -1;
}
/** c/image `refMatchingPrefix`: the length of the matched part of `ref`, or -1. */
function refMatchingPrefix(ref, prefix) {
    if (prefix.startsWith('*.'))
        return refMatchingSubdomainPrefix(ref, prefix);
    if (ref.length < prefix.length)
        return -1;
    if (ref.length === prefix.length)
        return ref === prefix ? prefix.length : -1;
    if (!ref.startsWith(prefix))
        return -1;
    // "example.com:5000" matching "example.com" is a known c/image quirk; the node has it, so we do too.
    return ':/@'.includes(ref[prefix.length]) ? prefix.length : -1;
}
const indexCache = new WeakMap();
function registryIndex(registries) {
    let index = indexCache.get(registries);
    if (index)
        return index;
    index = { exact: new Map(), wildcards: [] };
    registries.forEach((reg, at) => {
        if (reg.prefix.startsWith('*.'))
            index.wildcards.push({ reg, at });
        else if (!index.exact.has(reg.prefix))
            index.exact.set(reg.prefix, { reg, at });
    });
    indexCache.set(registries, index);
    return index;
}
/**
 * c/image `FindRegistry`: the longest matching prefix wins, the first in file order among equals. A plain
 * prefix can only match `ref` up to one of its `:`, `/` or `@` or the whole of it, so those cut points are
 * looked up in an index instead of testing every registry (thousands of oc-mirror sources per image).
 */
function findRegistry(registries, ref) {
    const { exact, wildcards } = registryIndex(registries);
    let best;
    const consider = (c) => {
        if (!c || c.reg.prefix.length === 0)
            return;
        const len = c.reg.prefix.length;
        const bestLen = best?.reg.prefix.length ?? 0;
        if (len > bestLen || (len === bestLen && c.at < best.at))
            best = c;
    };
    for (let i = 0; i < ref.length; i++) {
        const c = ref.charCodeAt(i);
        if (c === 0x3a || c === 0x2f || c === 0x40)
            consider(exact.get(ref.slice(0, i))); // ':' '/' '@'
    }
    consider(exact.get(ref));
    for (const w of wildcards)
        if (refMatchingPrefix(ref, w.reg.prefix) !== -1)
            consider(w);
    return best?.reg;
}
function rewriteReference(ref, prefix, location) {
    const refString = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceString */ .v2)(ref);
    const prefixLen = refMatchingPrefix(refString, prefix);
    if (prefixLen === -1)
        throw new Error(`invalid prefix '${prefix}' for reference '${refString}'`);
    if (location === '') {
        if (!prefix.startsWith('*.')) {
            throw new Error(`invalid prefix '${prefix}' for empty location, should be in the format: *.example.com`);
        }
        return ref;
    }
    try {
        return (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNamed */ .Nw)(location + refString.slice(prefixLen));
    }
    catch (e) {
        throw new Error(`rewriting reference: ${e.message}`);
    }
}
/** c/image `Registry.PullSourcesFromReference`: usable mirrors in file order, then the primary. */
function pullSourcesFromReference(reg, ref) {
    const digested = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigested */ .Gs)(ref);
    const endpoints = [];
    if (reg.mirrorByDigestOnly) {
        if (digested)
            endpoints.push(...reg.mirrors);
    }
    else {
        for (const m of reg.mirrors) {
            if (m.pullFromMirror === 'digest-only' && !digested)
                continue;
            if (m.pullFromMirror === 'tag-only' && digested)
                continue;
            endpoints.push(m);
        }
    }
    const mirrorCount = endpoints.length;
    endpoints.push({ location: reg.location, insecure: reg.insecure, pullFromMirror: '' });
    return endpoints.map((ep, i) => ({
        endpoint: { location: ep.location, insecure: ep.insecure, pullFromMirror: ep.pullFromMirror },
        reference: rewriteReference(ref, reg.prefix, ep.location),
        kind: i < mirrorCount ? 'mirror' : 'primary'
    }));
}
/** reference.splitDockerDomain's test for an explicit registry host in the first component. */
function isShortName(imageRef) {
    const slash = imageRef.indexOf('/');
    if (slash === -1)
        return true;
    const first = imageRef.slice(0, slash);
    return !(first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first);
}
/**
 * The logical reference a CRI-O pull works on. A reference with both tag and digest is pulled by digest
 * (the tag is dropped, as CRI-O and podman do); a bare name means `:latest`.
 */
function logicalReference(imageRef) {
    const ref = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNormalizedNamed */ .oS)(imageRef);
    if (ref.digest !== undefined)
        return { domain: ref.domain, path: ref.path, digest: ref.digest };
    if (ref.tag === undefined)
        return { ...ref, tag: 'latest' };
    return ref;
}
/**
 * The endpoints a node's containers/image tries, in order, for `imageRef` under `conf`. Each attempt
 * re-resolves the rewritten name with FindRegistry and fails if that entry is blocked (so mirrors of a
 * blocked source still work), while TLS follows the endpoint's own `insecure` flag.
 */
// Callers ask for many images against one parsed configuration; validate it once per object.
const loadedCache = new WeakMap();
function loadedRegistries(conf) {
    let l = loadedCache.get(conf);
    if (!l)
        loadedCache.set(conf, (l = loadRegistries(conf)));
    return l;
}
function pullEndpoints(conf, imageRef) {
    return pullEndpointsFrom(loadedRegistries(conf), imageRef);
}
/** `pullEndpoints` over an already loaded (and possibly drop-in merged) registry list. */
function pullEndpointsFrom(loaded, imageRef) {
    let ref;
    try {
        ref = logicalReference(imageRef);
    }
    catch (e) {
        return { endpoints: [], error: `invalid image reference ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(imageRef)}: ${e.message}` };
    }
    if (loaded.error !== undefined)
        return { endpoints: [], error: loaded.error };
    const registries = loaded.registries;
    const name = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceName */ .z$)(ref);
    const reg = findRegistry(registries, name);
    let sources;
    if (!reg) {
        sources = [{ endpoint: { location: name, insecure: false, pullFromMirror: '' }, reference: ref, kind: 'primary' }];
    }
    else {
        try {
            sources = pullSourcesFromReference(reg, ref);
        }
        catch (e) {
            return { endpoints: [], error: e.message };
        }
    }
    const result = {
        endpoints: sources.map((s) => {
            const physical = (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceName */ .z$)(s.reference);
            return {
                location: physical,
                reference: (0,_docker_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .referenceString */ .v2)(s.reference),
                insecure: s.endpoint.insecure,
                kind: s.kind,
                blocked: findRegistry(registries, physical)?.blocked ?? false
            };
        })
    };
    if (isShortName(imageRef))
        result.shortName = true;
    return result;
}


/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ encodeRegistriesConf),
/* harmony export */   _k: () => (/* binding */ REGISTRIES_CONF_TEMPLATE),
/* harmony export */   gE: () => (/* binding */ topLevelKeys),
/* harmony export */   r_: () => (/* binding */ decodedTemplate)
/* harmony export */ });
/* unused harmony exports tomlString, tomlArray */
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2621);

/** The raw template MCO decodes; it stays on disk verbatim when no registries file is generated. */
const REGISTRIES_CONF_TEMPLATE = "unqualified-search-registries = ['registry.access.redhat.com', 'docker.io']\n";
/** The template as BurntSushi/toml decodes it into sysregistriesv2.V2RegistriesConf. */
function decodedTemplate() {
    return {
        unqualifiedSearchRegistries: ['registry.access.redhat.com', 'docker.io'],
        shortNameMode: '',
        registries: []
    };
}
const TOML_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\b': '\\b',
    '\t': '\\t',
    '\n': '\\n',
    '\f': '\\f',
    '\r': '\\r'
};
/** Printable ASCII without `"` or `\`: written as it is (registry names, nearly always). */
const PLAIN_TOML = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** BurntSushi/toml basic-string quoting. */
function tomlString(s) {
    if (PLAIN_TOML.test(s))
        return `"${s}"`;
    let out = '"';
    for (const ch of s) {
        const e = TOML_ESCAPES[ch];
        const cp = ch.codePointAt(0);
        if (e !== undefined)
            out += e;
        else if (cp < 0x20 || cp === 0x7f)
            out += '\\u' + cp.toString(16).padStart(4, '0');
        else
            out += ch;
    }
    return out + '"';
}
const tomlArray = (items) => '[' + items.map(tomlString).join(', ') + ']';
/**
 * The top-level scalar keys of V2RegistriesConf in struct order. `credential-helpers` and `aliases` are nil
 * and omitted; `short-name-mode` has no omitempty; `additional-layer-store-auth-helper` exists in the
 * struct only from c/image 5.34 (OCP 4.19).
 */
function topLevelKeys(unqualified, shortNameMode, version) {
    let out = '';
    if (unqualified !== undefined)
        out += `unqualified-search-registries = ${tomlArray(unqualified)}\n`;
    out += `short-name-mode = ${tomlString(shortNameMode)}\n`;
    if ((0,_model_version_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(version, '4.19'))
        out += 'additional-layer-store-auth-helper = ""\n';
    return out;
}
/** `toml.NewEncoder(buf).Encode(V2RegistriesConf)` with the operator's struct tags, byte for byte. */
function encodeRegistriesConf(conf, version) {
    let out = topLevelKeys(conf.unqualifiedSearchRegistries, conf.shortNameMode, version);
    for (const r of conf.registries) {
        out += '\n[[registry]]\n';
        out += `  prefix = ${tomlString(r.prefix)}\n`;
        if (r.location !== '')
            out += `  location = ${tomlString(r.location)}\n`;
        if (r.insecure)
            out += '  insecure = true\n';
        if (r.blocked)
            out += '  blocked = true\n';
        if (r.mirrorByDigestOnly)
            out += '  mirror-by-digest-only = true\n';
        for (const m of r.mirrors) {
            out += '\n  [[registry.mirror]]\n';
            if (m.location !== '')
                out += `    location = ${tomlString(m.location)}\n`;
            if (m.insecure)
                out += '    insecure = true\n';
            if (m.pullFromMirror !== '')
                out += `    pull-from-mirror = ${tomlString(m.pullFromMirror)}\n`;
        }
    }
    return out;
}


/***/ }),

/***/ 9684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ mergeRegistriesConfigs),
/* harmony export */   NS: () => (/* binding */ REGISTRIES_CONF),
/* harmony export */   sX: () => (/* binding */ isRegistriesDropIn)
/* harmony export */ });
/* unused harmony export REGISTRIES_CONF_D */
/* harmony import */ var _model_bounded_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3131);
/* harmony import */ var _model_registries_conf_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4789);
/* harmony import */ var _go_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4123);
/* harmony import */ var _pull_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(733);




/**
 * What containers/image on the node reads: `/etc/containers/registries.conf`, then every `*.conf` file
 * directly in `/etc/containers/registries.conf.d/` in lexical order (`tryUpdatingCache`,
 * `dropInConfigs`, `updateWithConfigurationFrom` in pkg/sysregistriesv2). A drop-in's `[[registry]]`
 * replaces the whole entry with the same prefix; `unqualified-search-registries`, `credential-helpers`,
 * `short-name-mode` and `additional-layer-store-auth-helper` replace the earlier value when the drop-in
 * sets them. Any file that fails to load fails every pull on the node.
 */
const REGISTRIES_CONF = '/etc/containers/registries.conf';
const REGISTRIES_CONF_D = '/etc/containers/registries.conf.d/';
/** A drop-in c/image reads: a `.conf` file directly inside registries.conf.d (no sub-directories). */
function isRegistriesDropIn(path) {
    if (!path.startsWith(REGISTRIES_CONF_D))
        return false;
    const rest = path.slice(REGISTRIES_CONF_D.length);
    return rest !== '' && !rest.includes('/') && rest.endsWith('.conf');
}
const isTable = (v) => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
function typeProblem(doc) {
    const strList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const checks = [
        ['unqualified-search-registries', strList, 'a list of strings'],
        ['credential-helpers', strList, 'a list of strings'],
        ['short-name-mode', (v) => typeof v === 'string', 'a string'],
        ['additional-layer-store-auth-helper', (v) => typeof v === 'string', 'a string'],
        ['aliases', isTable, 'a table']
    ];
    for (const [k, ok, want] of checks)
        if (k in doc && !ok(doc[k]))
            return `${k} must be ${want}`;
    if ('registry' in doc) {
        const regs = doc['registry'];
        if (!Array.isArray(regs) || !regs.every(isTable))
            return 'registry must be an array of tables ([[registry]])';
        for (const r of regs) {
            for (const k of ['prefix', 'location', 'pull-from-mirror']) {
                if (k in r && typeof r[k] !== 'string')
                    return `registry.${k} must be a string`;
            }
            for (const k of ['insecure', 'blocked', 'mirror-by-digest-only']) {
                if (k in r && typeof r[k] !== 'boolean')
                    return `registry.${k} must be true or false`;
            }
            if ('mirror' in r) {
                const ms = r['mirror'];
                if (!Array.isArray(ms) || !ms.every(isTable))
                    return 'registry.mirror must be an array of tables';
                for (const m of ms) {
                    if ('location' in m && typeof m['location'] !== 'string')
                        return 'registry.mirror.location must be a string';
                    if ('pull-from-mirror' in m && typeof m['pull-from-mirror'] !== 'string') {
                        return 'registry.mirror.pull-from-mirror must be a string';
                    }
                    if ('insecure' in m && typeof m['insecure'] !== 'boolean')
                        return 'registry.mirror.insecure must be true or false';
                }
            }
        }
    }
    return shortNameModeProblem(doc['short-name-mode']);
}
function shortNameModeProblem(mode) {
    if (typeof mode === 'string' && !['', 'disabled', 'permissive', 'enforcing'].includes(mode)) {
        return `invalid short name mode ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuote */ .dg)(mode)}`;
    }
    return undefined;
}
/** The sysregistries v1 layout (`[registries.search]` ...), refused in drop-ins and not modelled in the main file. */
const isV1 = (doc) => isTable(doc['registries']);
// A side's rendered registries.conf is loaded for each question asked of it (can its pools load it? which
// endpoints does each workload pull from?): with ten thousand mirrored sources that is megabytes of TOML
// parsed again each time. The result depends only on the text, the path and the role, and is never
// modified, so the last few are kept.
const loadedFiles = new _model_bounded_map_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedMap */ .E(8);
function loadOne(file, dropIn) {
    const byRole = loadedFiles.getOr(file.text, () => new Map());
    const role = `${dropIn ? 'drop-in' : 'main'}\0${file.path}`;
    let loaded = byRole.get(role);
    if (loaded === undefined)
        byRole.set(role, (loaded = loadUncached(file, dropIn)));
    return loaded;
}
function loadUncached(file, dropIn) {
    // Text this process encoded: valid v2 TOML with every key of the right type, the search list always set.
    const ours = (0,_model_registries_conf_js__WEBPACK_IMPORTED_MODULE_1__/* .encodedConf */ .v2)(file.text);
    if (ours) {
        const problem = shortNameModeProblem(ours.shortNameMode);
        return problem ? `${file.path}: ${problem}` : loadedFrom(file, dropIn, ours, true);
    }
    let doc;
    try {
        doc = (0,_model_registries_conf_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(file.text);
    }
    catch (e) {
        return `${file.path}: not valid TOML: ${e.message}`;
    }
    if (isV1(doc)) {
        return dropIn
            ? `loading drop-in registries configuration ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuote */ .dg)(file.path)}: registry must be in v2 format but is in v1`
            : `${file.path}: the sysregistries v1 format is not modelled by registry-plan`;
    }
    const problem = typeProblem(doc);
    if (problem)
        return `${file.path}: ${problem}`;
    return loadedFrom(file, dropIn, (0,_model_registries_conf_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegistriesConf */ .TR)(file.text), 'unqualified-search-registries' in doc);
}
function loadedFrom(file, dropIn, conf, setsSearch) {
    const loaded = (0,_pull_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRegistries */ .A_)(conf);
    if (loaded.error !== undefined) {
        return dropIn ? `loading drop-in registries configuration ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuote */ .dg)(file.path)}: ${loaded.error}` : loaded.error;
    }
    return { conf, setsSearch, registries: loaded.registries };
}
/**
 * The registry list and search list a node's containers/image ends up with. `main` undefined means the
 * file does not exist (c/image then starts from an empty configuration).
 */
function mergeRegistriesConfigs(main, dropIns) {
    const ordered = dropIns.filter((d) => isRegistriesDropIn(d.path)).sort((a, b) => (0,_go_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteCompare */ .U6)(a.path, b.path));
    const fail = (error) => ({
        loaded: { error },
        unqualifiedSearchRegistries: [],
        applied: ordered.map((d) => d.path)
    });
    const base = main ? loadOne(main, false) : undefined;
    if (typeof base === 'string')
        return fail(base);
    if (ordered.length === 0) {
        // loadRegistries gives one entry per prefix, sorted: with no drop-in there is nothing to merge.
        const registries = [...(base?.registries ?? [])];
        return {
            loaded: { registries },
            unqualifiedSearchRegistries: base?.conf.unqualifiedSearchRegistries ?? [],
            applied: []
        };
    }
    const byPrefix = new Map();
    for (const r of base?.registries ?? [])
        byPrefix.set(r.prefix, r);
    let search = base?.conf.unqualifiedSearchRegistries ?? [];
    for (const d of ordered) {
        const one = loadOne(d, true);
        if (typeof one === 'string')
            return fail(one);
        for (const r of one.registries)
            byPrefix.set(r.prefix, r);
        if (one.setsSearch)
            search = one.conf.unqualifiedSearchRegistries;
    }
    const registries = (0,_go_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sortedGo */ .Uw)(byPrefix.keys()).map((p) => byPrefix.get(p));
    return { loaded: { registries }, unqualifiedSearchRegistries: search, applied: ordered.map((d) => d.path) };
}


/***/ }),

/***/ 600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OB: () => (/* binding */ isValidMirror),
/* harmony export */   Sm: () => (/* binding */ scopeIsNestedInsideScope),
/* harmony export */   Ub: () => (/* binding */ isValidSource),
/* harmony export */   ik: () => (/* binding */ isValidRegistriesConfScope)
/* harmony export */ });
/* unused harmony exports GO_SOURCE_REGEX, GO_MIRROR_REGEX */
/* harmony import */ var _model_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1666);
/**
 * Scope predicates shared by every MCO registries code path: runtime-utils ScopeIsNestedInsideScope and
 * IsValidRegistriesConfScope, and the openshift/api source/mirror patterns MCO re-checks for ICSP.
 */

/** runtime-utils `ScopeIsNestedInsideScope(subScope, superScope)`. */
function scopeIsNestedInsideScope(subScope, superScope) {
    if (superScope === subScope)
        return true;
    if (subScope.length > superScope.length && subScope.startsWith(superScope) && subScope[superScope.length] === '/') {
        return true;
    }
    if (superScope.startsWith('*.')) {
        const suffix = superScope.slice(1);
        if (subScope.includes(':')) {
            const host = subScope.split(':')[0];
            return host.endsWith(suffix) && !host.includes('/');
        }
        return subScope.split('/')[0].endsWith(suffix);
    }
    return false;
}
/** runtime-utils `IsValidRegistriesConfScope`: non-empty, and a `*` only as a leading `*.` of a bare domain. */
function isValidRegistriesConfScope(scope) {
    if (scope === '')
        return false;
    if (!scope.includes('*'))
        return true;
    return scope.startsWith('*.') && !/[/@:*]/.test(scope.slice(2));
}
// The openshift/api patterns, as MCO compiles them (helpers.go sourceRegex/mirrorRegex), in their
// linear-time form: see model/patterns.ts.

/** The literal Go patterns, kept for equivalence tests only. */
const GO_SOURCE_REGEX = '^\\*(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+$|^((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?)(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?$';
const GO_MIRROR_REGEX = '^((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))+)?(?::[0-9]+)?)(?:(?:/[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?)+)?$';
const isValidSource = (s) => _model_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .MIRROR_SOURCE_PATTERN */ .f.test(s);
const isValidMirror = (s) => _model_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .MIRROR_PATTERN */ .X.test(s);


/***/ }),

/***/ 5203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ validateRegistriesConfScopes)
/* harmony export */ });
/* unused harmony export CURRENT_DIALECT */
/* harmony import */ var _go_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4123);
/* harmony import */ var _scopes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(600);


const CURRENT_DIALECT = { formatRegex: true };
/** release-4.13 … 4.15 helpers.go: the checks before the format regexes. */
function legacyEntryProblem(value, what) {
    if (value === '')
        return `invalid empty entry for ${what} configuration`;
    if (value.includes('*'))
        return `wildcard entries are not supported with mirror configuration ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(value)}`;
    return undefined;
}
function validateRegistriesConfScopes(insecure, blocked, allowed, icsp, idms, itms, dialect = CURRENT_DIALECT) {
    const lists = [
        ['insecure', insecure],
        ['blocked', blocked],
        ['allowed', allowed]
    ];
    for (const [list, scopes] of lists) {
        const index = (scopes ?? []).findIndex((s) => !(0,_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRegistriesConfScope */ .ik)(s));
        if (index >= 0) {
            return { message: `invalid entry for ${list} registries ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(scopes[index])}`, site: { list, index } };
        }
    }
    const sourcePolicy = new Map();
    const check = (rule, policyIn) => {
        if (dialect.formatRegex && !(0,_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidSource */ .Ub)(rule.source)) {
            return { message: `invalid format for source ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(rule.source)}`, site: { rule, field: 'source' } };
        }
        const sourceProblem = dialect.formatRegex ? undefined : legacyEntryProblem(rule.source, 'source');
        if (sourceProblem)
            return { message: sourceProblem, site: { rule, field: 'source' } };
        const policy = policyIn === '' ? 'AllowContactingSource' : policyIn;
        const seen = sourcePolicy.get(rule.source);
        if (seen === undefined)
            sourcePolicy.set(rule.source, policy);
        else if (seen !== policy) {
            return {
                message: dialect.legacyConflictMessage
                    ? `conflicting mirrorSourcePolicy is set for the same source ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(rule.source)} in imagedigestmirrorsets and/or imagetagmirrorsets`
                    : `conflicting mirrorSourcePolicy is set for the same source ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(rule.source)} in imagedigestmirrorsets, imagetagmirrorsets, or imagecontentsourcepolicies`,
                site: { rule, field: 'policy' }
            };
        }
        for (let i = 0; i < rule.mirrors.length; i++) {
            const mirror = rule.mirrors[i];
            if (dialect.formatRegex && !(0,_scopes_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidMirror */ .OB)(mirror)) {
                return { message: `invalid format for mirror ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(mirror)}`, site: { rule, field: 'mirror', index: i } };
            }
            const mirrorProblem = dialect.formatRegex ? undefined : legacyEntryProblem(mirror, 'mirror');
            if (mirrorProblem)
                return { message: mirrorProblem, site: { rule, field: 'mirror', index: i } };
            if (policy === 'NeverContactSource' && mirror === rule.source) {
                return {
                    message: `cannot set mirrorSourcePolicy: NeverContactSource if the source ${(0,_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(rule.source)} is one of the mirrors`,
                    site: { rule, field: 'mirror', index: i }
                };
            }
        }
        return undefined;
    };
    for (const r of idms) {
        const f = check(r, r.mirrorSourcePolicy);
        if (f)
            return f;
    }
    for (const r of icsp) {
        const f = check(r, '');
        if (f)
            return f;
    }
    for (const r of itms) {
        const f = check(r, r.mirrorSourcePolicy);
        if (f)
            return f;
    }
    return undefined;
}


/***/ }),

/***/ 2389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g2: () => (/* binding */ windowsCaBundle),
/* harmony export */   kf: () => (/* binding */ caBundleHosts)
/* harmony export */ });
/* unused harmony export WINDOWS_CA_BUNDLE_PATH */
/* harmony import */ var _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8812);
/* harmony import */ var _linux_certs_d_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(743);
/* harmony import */ var _wmco_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4223);
/**
 * WMCO's trusted CA bundle on Windows nodes, `C:\k\ca-bundle.crt` (WMCO 10.16+, OpenShift 4.16+):
 * nodeconfig.go `SyncTrustedCABundle` concatenates the ControllerConfig's `imageRegistryBundleUserData`
 * (MCO operator/sync.go: the additionalTrustedCA ConfigMap, `data` keys in sorted order, each value
 * base64-decoded when it decodes, then `binaryData` keys in sorted order), then the cluster-managed
 * `openshift-config-managed/image-registry-ca` bundles, then the proxy's trusted-ca bundle when a
 * cluster-wide proxy is on. Each entry is `# <key, ".." as ":">`, the data, a blank line. WICD then
 * imports the certificates into the LocalMachine ROOT store.
 *
 * Only the first part comes from the repository, so that is what is rendered; the cluster-managed and
 * proxy parts follow it on the node. WMCO writes the file when it configures a node (a new Windows node,
 * a WMCO upgrade, a reconfiguration) and when the proxy trusted-ca ConfigMap changes
 * (configmap_controller.go `reconcileProxyCerts`); nothing watches the image configuration, so a change
 * to additionalTrustedCA alone reaches existing Windows nodes only at their next configuration.
 */



const WINDOWS_CA_BUNDLE_PATH = _model_node_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .WINDOWS_CA_BUNDLE */ .Sc;
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const entry = (key, data) => `# ${key.replaceAll('..', ':')}\n${data}\n\n`;
/** The repository's part of C:\k\ca-bundle.crt, or undefined when WMCO writes none of it. */
function windowsCaBundle(cm, wmcoVersion) {
    if (!cm || (0,_wmco_version_js__WEBPACK_IMPORTED_MODULE_0__/* .wmcoSupport */ .S)(wmcoVersion) === 'none')
        return undefined;
    const parts = [];
    for (const key of Object.keys(cm.data).sort(byteOrder)) {
        const v = cm.data[key];
        parts.push(entry(key, (0,_linux_certs_d_js__WEBPACK_IMPORTED_MODULE_2__/* .goBase64Decode */ .sG)(v)?.toString('utf8') ?? v));
    }
    for (const key of Object.keys(cm.binaryData).sort(byteOrder)) {
        const v = cm.binaryData[key];
        parts.push(entry(key, ((0,_linux_certs_d_js__WEBPACK_IMPORTED_MODULE_2__/* .goBase64Decode */ .sG)(v) ?? Buffer.from(v, 'utf8')).toString('utf8')));
    }
    if (!parts.length)
        return undefined;
    return { node: 'windows', path: WINDOWS_CA_BUNDLE_PATH, content: parts.join(''), origin: 'generated' };
}
/** The hosts (ConfigMap keys, ":" restored) a bundle file names, for summaries. */
function caBundleHosts(content) {
    const out = new Map();
    const sections = content.split(/^# /m).slice(1);
    for (const s of sections) {
        const nl = s.indexOf('\n');
        if (nl > 0)
            out.set(s.slice(0, nl), (out.get(s.slice(0, nl)) ?? '') + s.slice(nl + 1));
    }
    return out;
}


/***/ }),

/***/ 5613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   ko: () => (/* binding */ containerdHostsFor),
/* harmony export */   xQ: () => (/* binding */ windowsPullEndpoints)
/* harmony export */ });
/* unused harmony export windowsHostsTomlFor */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9676);
/**
 * What containerd 1.7 on a Windows node does with a WMCO hosts.toml when it pulls an image
 * (windows-wmco.md §3.7): which hosts it tries, in which order, with which URL. Used to predict Windows
 * pulls; an end-to-end suite checks the prediction against real `ctr`.
 */



const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ENDPOINT = 'registry-1.docker.io';
/** Docker reference normalisation as kubelet/CRI hand references to containerd. */
function parseImageRef(ref) {
    let rest = ref.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    let registry;
    let repository;
    if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        repository = rest.slice(slash + 1);
    }
    else {
        registry = DOCKER_HUB;
        repository = rest;
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
class HostsFileError extends Error {
}
const ALL_CAPS = ['pull', 'resolve', 'push'];
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** containerd `parseHostConfig`: scheme/host/path of one server entry and its capabilities. */
function parseHostConfig(server, config) {
    const url = server.startsWith('http') ? server : `https://${server}`;
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(url);
    if (!m)
        throw new HostsFileError(`unable to parse server ${server}`);
    const authority = m[2];
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    const overridePath = config['override_path'];
    if (overridePath !== undefined && typeof overridePath !== 'boolean')
        throw new HostsFileError('override_path must be a boolean');
    let path = m[3];
    if (path.length > 0) {
        path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
        if (path.length > 1 && path.endsWith('/'))
            path = path.slice(0, -1);
        if (!path.endsWith('/v2') && overridePath !== true)
            path = `${path}/v2`;
    }
    else if (overridePath !== true) {
        path = '/v2';
    }
    const caps = config['capabilities'];
    let capabilities;
    if (caps === undefined) {
        capabilities = new Set(ALL_CAPS);
    }
    else {
        if (!Array.isArray(caps))
            throw new HostsFileError('capabilities must be an array');
        capabilities = new Set();
        for (const c of caps) {
            const name = typeof c === 'string' ? c.toLowerCase() : '';
            if (name !== 'pull' && name !== 'resolve' && name !== 'push')
                throw new HostsFileError(`unknown capability ${String(c)}`);
            capabilities.add(name);
        }
    }
    return { scheme: m[1], host, path, capabilities };
}
/** containerd `parseHostsFile`: `[host."…"]` tables in file order, then the `server` entry. */
function parseHostsFile(content) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(content);
    }
    catch (e) {
        throw new HostsFileError(`failed to decode hosts.toml: ${e.message}`);
    }
    const server = doc['server'];
    if (server !== undefined && typeof server !== 'string')
        throw new HostsFileError('server must be a string');
    const hostTables = doc['host'];
    // getSortedHosts (1.6/1.7) rejects a file without any [host."…"] table, even one with a server line.
    if (!isTable(hostTables))
        throw new HostsFileError('invalid `host` tree');
    const hosts = [];
    // smol-toml keeps tables in insertion (= file) order, which is what getSortedHosts restores in Go.
    for (const [name, cfg] of Object.entries(hostTables)) {
        if (!isTable(cfg))
            throw new HostsFileError(`host ${name} must be a table`);
        hosts.push(parseHostConfig(name, cfg));
    }
    hosts.push(parseHostConfig(server ?? '', doc));
    return hosts;
}
/** `ConfigureHosts` default when no server is configured (or no usable file exists). */
function defaultHost(registry) {
    return {
        scheme: 'https',
        host: registry === DOCKER_HUB ? DOCKER_HUB_ENDPOINT : registry,
        path: '/v2',
        capabilities: new Set(ALL_CAPS)
    };
}
/** Go url.QueryEscape. */
function queryEscape(s) {
    let out = '';
    for (const byte of Buffer.from(s, 'utf8')) {
        const ch = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(ch))
            out += ch;
        else if (ch === ' ')
            out += '+';
        else
            out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** containerd `isProxy`: requests to a host other than the image's registry carry `?ns=<registry>`. */
function isProxy(host, registry) {
    return registry !== host && !(registry === DOCKER_HUB && host === DOCKER_HUB_ENDPOINT);
}
function requestUrl(h, ref, kind, object) {
    let p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join('/', h.path, ref.repository, kind, object);
    if (p.length > 1 && p.endsWith('/'))
        p = p.slice(0, -1);
    const ns = isProxy(h.host, ref.registry) ? `?ns=${queryEscape(ref.registry)}` : '';
    return `${h.scheme}://${h.host}${p}${ns}`;
}
/**
 * The endpoints containerd tries for `imageRef` with `content` as the registry's hosts.toml. Tag pulls
 * only use hosts with pull+resolve; digest pulls every host with pull. The `server` entry is last and
 * has every capability unless the top level sets them.
 */
function containerdHostsFor(content, imageRef) {
    const image = parseImageRef(imageRef);
    let hosts;
    let tomlValid = true;
    let invalidReason;
    if (content === undefined || content.trim() === '') {
        hosts = [defaultHost(image.registry)];
    }
    else {
        try {
            hosts = parseHostsFile(content);
        }
        catch (e) {
            if (!(e instanceof HostsFileError))
                throw e;
            tomlValid = false;
            invalidReason = e.message;
            hosts = [defaultHost(image.registry)];
        }
    }
    const last = hosts[hosts.length - 1];
    if (last.host === '')
        hosts[hosts.length - 1] = defaultHost(image.registry);
    const byDigest = image.digest !== undefined;
    const needed = byDigest ? ['pull'] : ['pull', 'resolve'];
    const usable = hosts.filter((h) => needed.every((c) => h.capabilities.has(c)));
    const object = byDigest ? image.digest : image.tag;
    return {
        endpoints: usable.map((h) => requestUrl(h, image, 'manifests', object)),
        blobFallback: byDigest ? usable.map((h) => requestUrl(h, image, 'blobs', object)) : [],
        tomlValid,
        ...(invalidReason !== undefined ? { invalidReason } : {}),
        byDigest,
        image
    };
}
/**
 * containerd 1.7 on Windows looks up `<host>` for port-less registries and `host_port_` / `hostport`
 * otherwise, never `host:port` (the name WMCO writes) nor wildcard names. NTFS names are case-insensitive.
 */
function windowsHostsTomlFor(files, registry) {
    if (registry.includes(':'))
        return undefined;
    const want = registry.toLowerCase();
    return files.find((f) => f.node === 'windows' && (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .registryOfHostsTomlPath */ .Ns)(f.path)?.toLowerCase() === want);
}
/** The endpoints a Windows node tries for an image, given the hosts.toml files WMCO wrote. */
function windowsPullEndpoints(files, imageRef) {
    const image = parseImageRef(imageRef);
    const file = windowsHostsTomlFor(files, image.registry);
    return { ...containerdHostsFor(file?.content, imageRef), hostsTomlUsed: file ? file.path : null };
}


/***/ }),

/***/ 3205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ extractRegistryOrgPath),
/* harmony export */   KK: () => (/* binding */ extractRegistryHostname),
/* harmony export */   ST: () => (/* binding */ legacyExtractHostname),
/* harmony export */   Yg: () => (/* binding */ extractMirrorURL)
/* harmony export */ });
/**
 * The string surgery WMCO's pkg/registries does on IDMS/ITMS sources and mirrors. Every function mirrors
 * one Go function byte for byte, including its quirks, because the quirks decide which containerd
 * directory and which URL a Windows node ends up with (windows-wmco.md §3.2, §3.6, §3.9).
 */
const PATH_SEPARATOR = '/';
/** Go `validOptionalPort`: "" or ":" followed by digits only. */
function validOptionalPort(port) {
    if (port === '')
        return true;
    if (port[0] !== ':')
        return false;
    return /^[0-9]*$/.test(port.slice(1));
}
/**
 * Go `url.parseHost` accepts a narrow character set (net/url shouldEscape in encodeHost mode); anything
 * else makes url.Parse fail, and WMCO then falls back to splitting on "/".
 */
function validHostChars(host) {
    for (let i = 0; i < host.length; i++) {
        const c = host.charCodeAt(i);
        if (c >= 0x80)
            continue;
        const ch = host[i];
        if (/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(ch))
            continue;
        if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(host.slice(i + 1, i + 3))) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}
/** Go url.Parse(s).Hostname() and .Port(), or undefined when Parse fails or finds no authority. */
function goUrlHostPort(raw) {
    // An authority starts with "//" (checked below): without one there is no host, whatever else is there.
    if (!raw.includes('//'))
        return undefined;
    // net/url rejects ASCII control characters outright.
    if (/[\x00-\x1f\x7f]/.test(raw))
        return undefined;
    let rest = raw;
    const hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.slice(0, hash);
    let scheme = '';
    const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
    if (schemeMatch) {
        scheme = schemeMatch[1];
        rest = rest.slice(scheme.length + 1);
    }
    else if (rest.startsWith(':')) {
        return undefined; // "missing protocol scheme"
    }
    const q = rest.indexOf('?');
    if (q >= 0)
        rest = rest.slice(0, q);
    // Opaque URLs ("registry.local:5000/x" parses as scheme "registry.local") and plain paths carry no host.
    if (!rest.startsWith('/'))
        return undefined;
    if (!(rest.startsWith('//') && (scheme !== '' || !rest.startsWith('///'))))
        return undefined;
    rest = rest.slice(2);
    const slash = rest.indexOf('/');
    const authority = slash >= 0 ? rest.slice(0, slash) : rest;
    const at = authority.lastIndexOf('@');
    const host = at >= 0 ? authority.slice(at + 1) : authority;
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        if (close < 0)
            return undefined;
        if (!validOptionalPort(host.slice(close + 1)))
            return undefined;
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(host.slice(colon)))
            return undefined;
    }
    if (!validHostChars(host))
        return undefined;
    // url.URL.Hostname()/Port(): split at the last colon when what follows is a valid port, strip brackets.
    let hostname = host;
    let port = '';
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && validOptionalPort(host.slice(colon)) && (!host.startsWith('[') || host.lastIndexOf(']') < colon)) {
        hostname = host.slice(0, colon);
        port = host.slice(colon + 1);
    }
    if (hostname.startsWith('[') && hostname.endsWith(']'))
        hostname = hostname.slice(1, -1);
    return { hostname, port };
}
/**
 * `extractRegistryHostname`: host[:port] of a URL with a scheme, else everything before the first "/"
 * (port and wildcard kept).
 */
function extractRegistryHostname(fullImage) {
    const parsed = goUrlHostPort(fullImage);
    if (parsed && parsed.hostname !== '') {
        return parsed.port !== '' ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
    }
    return fullImage.split(PATH_SEPARATOR)[0];
}
/** The pre-April-2025 `extractHostname` (legacy format): text before the first "/", no scheme handling. */
function legacyExtractHostname(fullImage) {
    return fullImage.split(PATH_SEPARATOR)[0];
}
/** Go strings.SplitN(s, sep, 2), which explodes into characters when sep is empty. */
function splitN2(s, sep) {
    if (sep === '') {
        if (s === '')
            return [];
        const first = String.fromCodePoint(s.codePointAt(0));
        return [first, s.slice(first.length)];
    }
    const idx = s.indexOf(sep);
    if (idx < 0)
        return [s];
    return [s.slice(0, idx), s.slice(idx + sep.length)];
}
/** `extractRegistryOrgPath`: what follows the first occurrence of the registry host, minus one leading "/". */
function extractRegistryOrgPath(registry) {
    const hostname = extractRegistryHostname(registry);
    const parts = splitN2(registry, hostname);
    if (parts.length !== 2)
        return '';
    const after = parts[1];
    return after.startsWith(PATH_SEPARATOR) ? after.slice(1) : after;
}
/**
 * `extractMirrorURL`: drop the segments the mirror shares with the source, from the end, up to the first
 * mismatch. containerd re-appends the full source repository path at pull time.
 */
function extractMirrorURL(source, mirror) {
    const sourceParts = source.split(PATH_SEPARATOR);
    const mirrorParts = mirror.split(PATH_SEPARATOR);
    let keep = mirrorParts.length;
    for (let i = 0; i < sourceParts.length && i < mirrorParts.length; i++) {
        if (sourceParts[sourceParts.length - 1 - i] !== mirrorParts[mirrorParts.length - 1 - i])
            break;
        keep--;
    }
    return mirrorParts.slice(0, keep).join(PATH_SEPARATOR);
}


/***/ }),

/***/ 2134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ tableKeyFor),
/* harmony export */   Zi: () => (/* binding */ generateFor),
/* harmony export */   vB: () => (/* binding */ authKeyFor)
/* harmony export */ });
/* unused harmony exports hostUrl, legacyHostUrl, generateConfig, generateLegacyConfig */
/* harmony import */ var _hostname_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3205);
/* harmony import */ var _mirror_sets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1681);
/* harmony import */ var _pull_secret_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1884);
/**
 * `(*mirrorSet).generateConfig`: the exact bytes of one hosts.toml (windows-wmco.md §3.6, legacy §3.9).
 * WMCO writes text by hand rather than through a TOML encoder, so duplicate tables are possible and are
 * reproduced, not repaired.
 */



/** `https://<registry>/v2[/<org path>]`: the URL WMCO writes for a host string in the current format. */
function hostUrl(host) {
    const org = (0,_hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .extractRegistryOrgPath */ .G1)(host);
    return `https://${(0,_hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .extractRegistryHostname */ .KK)(host)}/v2${org !== '' ? `/${org}` : ''}`;
}
/** The table key the legacy format writes: the host string, org path inline, no `/v2`. */
function legacyHostUrl(host) {
    return `https://${host}`;
}
/** The auths key WMCO looks a mirror up by. */
function authKeyFor(host, format) {
    return format === 'legacy' ? (0,_hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyExtractHostname */ .ST)(host) : (0,_hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .extractRegistryHostname */ .KK)(host);
}
function fallbackHost(set) {
    // NeverContactSource keeps a `server` line but points it at the alphabetically first mirror.
    return set.mirrorSourcePolicy === _mirror_sets_js__WEBPACK_IMPORTED_MODULE_0__/* .NEVER_CONTACT_SOURCE */ .E4 ? set.mirrors[0].host : set.source;
}
function token(tokens, host, format, redact) {
    const t = tokens?.get(authKeyFor(host, format));
    if (t === undefined)
        return undefined;
    return redact ? _pull_secret_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF : t;
}
function generateConfig(set, opts) {
    if (set.mirrors.length === 0)
        return '';
    let out = `server = "${hostUrl(fallbackHost(set))}"\n`;
    out += '\noverride_path = true\n';
    for (const m of set.mirrors) {
        const url = hostUrl(m.host);
        out += `\n[host."${url}"]\n`;
        out += m.resolveTags ? '  capabilities = ["pull", "resolve"]\n' : '  capabilities = ["pull"]\n';
        out += '  override_path = true\n';
        const t = token(opts.tokens, m.host, 'current', opts.redact);
        if (t !== undefined) {
            out += `  [host."${url}".header]\n`;
            out += `    authorization = "Basic ${t}"\n`;
        }
    }
    return out;
}
function generateLegacyConfig(set, opts) {
    if (set.mirrors.length === 0)
        return '';
    let out = `server = "${legacyHostUrl(fallbackHost(set))}"\r\n`;
    for (const m of set.mirrors) {
        const url = legacyHostUrl(m.host);
        out += `\r\n[host."${url}"]\r\n`;
        out += m.resolveTags ? '  capabilities = ["pull", "resolve"]\r\n' : '  capabilities = ["pull"]\r\n';
        const t = token(opts.tokens, m.host, 'legacy', opts.redact);
        if (t !== undefined) {
            out += `  [host."${url}".header]\r\n`;
            out += `    authorization = "Basic ${t}"\r\n`;
        }
    }
    return out;
}
function generateFor(format, set, opts) {
    return format === 'legacy' ? generateLegacyConfig(set, opts) : generateConfig(set, opts);
}
/** The `[host."…"]` key a mirror gets, per format; two mirrors with one key make the file invalid TOML. */
function tableKeyFor(format, host) {
    return format === 'legacy' ? legacyHostUrl(host) : hostUrl(host);
}


/***/ }),

/***/ 7530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* reexport safe */ _containerd_js__WEBPACK_IMPORTED_MODULE_2__.Q),
/* harmony export */   kk: () => (/* reexport safe */ _render_js__WEBPACK_IMPORTED_MODULE_0__.kk),
/* harmony export */   oA: () => (/* reexport safe */ _inventory_js__WEBPACK_IMPORTED_MODULE_1__.oA),
/* harmony export */   xQ: () => (/* reexport safe */ _containerd_js__WEBPACK_IMPORTED_MODULE_2__.xQ)
/* harmony export */ });
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9676);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5982);
/* harmony import */ var _containerd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5613);
/* harmony import */ var _mirror_sets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1681);
/* harmony import */ var _hosts_toml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2134);
/* harmony import */ var _wmco_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4223);
/** Windows nodes: the hosts.toml files WMCO writes, how containerd uses them, inventory (the Windows rules are in policy/rules/windows.ts). */










/***/ }),

/***/ 5982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oA: () => (/* binding */ windowsInventory)
/* harmony export */ });
/* unused harmony exports WMCO_NAMESPACE, WINDOWS_INSTANCES_CONFIGMAP, RULE_BYOH_MALFORMED, isWindowsInstancesConfigMap, checkInstance, parseWindowsInstances */
const WMCO_NAMESPACE = 'openshift-windows-machine-config-operator';
const WINDOWS_INSTANCES_CONFIGMAP = 'windows-instances';
const RULE_BYOH_MALFORMED = 'windows-instances-malformed';
function isWindowsInstancesConfigMap(cm) {
    return cm.name === WINDOWS_INSTANCES_CONFIGMAP && cm.namespace === WMCO_NAMESPACE;
}
const OBJECT = `ConfigMap/${WINDOWS_INSTANCES_CONFIGMAP}`;
function finding(severity, message, loc) {
    return { rule: RULE_BYOH_MALFORMED, severity, message, file: loc.file, line: loc.line, object: OBJECT };
}
/** IPv4 dotted quad, or something that can be a DNS name; wiparser resolves it with ResolveIPAddr("ip4"). */
function plausibleAddress(address) {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address))
        return address.split('.').every((o) => Number(o) <= 255);
    return /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/.test(address);
}
/**
 * wiparser `extractUsername`: split on the first "="; the left side must be exactly "username". A bad
 * value makes WMCO reject the whole ConfigMap, so no BYOH instance is (re)configured.
 */
function checkInstance(address, value, loc) {
    const findings = [];
    const eq = value.indexOf('=');
    if (eq < 0 || value.slice(0, eq) !== 'username') {
        findings.push(finding('error', `The value for Windows instance ${address} is not in the form "username=<name>". WMCO fails to parse ` +
            `the ${WINDOWS_INSTANCES_CONFIGMAP} ConfigMap ("unable to get username for ${address}") and configures ` +
            `none of its BYOH instances. Write it as "username=Administrator" (a plain scalar or "|-").`, loc));
        return { findings };
    }
    const username = value.slice(eq + 1);
    if (username.trim() === '') {
        findings.push(finding('error', `The value for Windows instance ${address} has an empty user name: WMCO cannot log in to the instance over SSH, ` +
            'so it never becomes a node. Write "username=<Windows user>".', loc));
    }
    else if (username !== username.trim()) {
        findings.push(finding('warning', `The user name for Windows instance ${address} ends or starts with whitespace (often the newline a "|" block ` +
            `scalar keeps): WMCO uses it verbatim (${JSON.stringify(username)}) and the SSH login fails. Use "|-" or a ` +
            'plain scalar.', loc));
    }
    if (!plausibleAddress(address)) {
        findings.push(finding('error', `The key "${address}" of the ${WINDOWS_INSTANCES_CONFIGMAP} ConfigMap is neither an IPv4 address nor a DNS ` +
            'name: WMCO resolves each key as an IPv4 address and rejects the ConfigMap when that fails. Use the ' +
            "instance's IPv4 address or DNS name.", loc));
    }
    return { username, findings };
}
/** The model's BYOH instance list from a ConfigMap, with the same checks windowsInventory applies. */
function parseWindowsInstances(cm) {
    const instances = [];
    const findings = [];
    for (const [address, value] of Object.entries(cm.data)) {
        const loc = cm.keyLocs[address] ?? cm.loc;
        const checked = checkInstance(address, value, loc);
        findings.push(...checked.findings);
        instances.push({ address, value, loc });
    }
    return { instances, findings };
}
function windowsInventory(model) {
    const machineNodes = model.machineSets.filter((ms) => ms.windows).reduce((n, ms) => n + Math.max(0, ms.replicas), 0);
    const instances = model.windowsInstances?.instances ?? [];
    const findings = [];
    for (const inst of instances)
        findings.push(...checkInstance(inst.address, inst.value, inst.loc).findings);
    const byohNodes = instances.length;
    return { machineNodes, byohNodes, total: machineNodes + byohNodes, findings };
}


/***/ }),

/***/ 1681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ NEVER_CONTACT_SOURCE),
/* harmony export */   WV: () => (/* binding */ tracedEntries),
/* harmony export */   c7: () => (/* binding */ tracedMergedMirrorSets),
/* harmony export */   c8: () => (/* binding */ newMirror),
/* harmony export */   vq: () => (/* binding */ untrace)
/* harmony export */ });
/* unused harmony exports ALLOW_CONTACTING_SOURCE, newMirrorSet, mergeMirrors, sortMirrorSets, mergeMirrorSets, getMergedMirrorSets */
/* harmony import */ var _linux_go_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4123);
/* harmony import */ var _hostname_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3205);


const ALLOW_CONTACTING_SOURCE = 'AllowContactingSource';
const NEVER_CONTACT_SOURCE = 'NeverContactSource';
function hostnameFor(format) {
    return format === 'legacy' ? _hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyExtractHostname */ .ST : _hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .extractRegistryHostname */ .KK;
}
function newMirror(source, mirror, resolveTags, format = 'current') {
    // A mirror equal to its source would truncate to nothing; WMCO keeps the registry host instead.
    const host = source === mirror ? hostnameFor(format)(mirror) : (0,_hostname_js__WEBPACK_IMPORTED_MODULE_1__/* .extractMirrorURL */ .Yg)(source, mirror);
    return { host, resolveTags };
}
function newMirrorSet(entry, resolveTags, format = 'current') {
    return {
        source: hostnameFor(format)(entry.source),
        mirrors: entry.mirrors.map((m) => newMirror(entry.source, m, resolveTags, format)),
        mirrorSourcePolicy: entry.mirrorSourcePolicy ?? ''
    };
}
/** Dedupe by host; a tag-resolving duplicate replaces a digest-only one ("resolving by tag is preferred"). */
function mergeMirrors(existing, incoming) {
    const unique = new Map();
    for (const m of existing)
        unique.set(m.host, m);
    for (const m of incoming) {
        const prior = unique.get(m.host);
        if (prior === undefined || (!prior.resolveTags && m.resolveTags))
            unique.set(m.host, m);
    }
    return [...unique.values()];
}
/** Sorts mirrors by host and sets by source, in place, with Go's byte-wise string order. */
function sortMirrorSets(sets) {
    for (const set of sets)
        (0,_linux_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByGoOrder */ ._1)(set.mirrors, (m) => m.host);
    (0,_linux_go_format_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByGoOrder */ ._1)(sets, (s) => s.source);
}
/**
 * Group by source registry. The first set is kept as is (its duplicate hosts survive, which can yield
 * invalid TOML); later ones are merged. The policy is only ever replaced while it is exactly
 * AllowContactingSource, so an unset ("") policy sticks and blocks a later NeverContactSource.
 */
function mergeMirrorSets(sets) {
    const unique = new Map();
    for (const set of sets) {
        const existing = unique.get(set.source);
        if (existing === undefined) {
            unique.set(set.source, { ...set, mirrors: [...set.mirrors] });
            continue;
        }
        existing.mirrors = mergeMirrors(existing.mirrors, set.mirrors);
        if (existing.mirrorSourcePolicy === ALLOW_CONTACTING_SOURCE)
            existing.mirrorSourcePolicy = set.mirrorSourcePolicy;
    }
    const result = [...unique.values()];
    sortMirrorSets(result);
    return result;
}
/** `getMergedMirrorSets` over plain spec entries: IDMS objects first, then ITMS objects. */
function getMergedMirrorSets(idms, itms, format = 'current') {
    const sets = [];
    for (const obj of idms)
        for (const e of obj)
            sets.push(newMirrorSet(e, false, format));
    for (const obj of itms)
        for (const e of obj)
            sets.push(newMirrorSet(e, true, format));
    return mergeMirrorSets(sets);
}
function tracedEntries(model, format = 'current') {
    const out = [];
    const add = (objs, resolveTags) => {
        objs.forEach((obj, objectIndex) => {
            for (const entry of obj.entries) {
                out.push({
                    kind: obj.kind,
                    objectName: obj.name,
                    objectIndex,
                    entry,
                    resolveTags,
                    registry: hostnameFor(format)(entry.source)
                });
            }
        });
    };
    add(model.idms, false);
    add(model.itms, true);
    return out;
}
/** The merged sets of a model, each mirror traced back to its spec entry. */
function tracedMergedMirrorSets(model, format = 'current') {
    // newMirrorSet with each mirror traced; the entry's registry is already its source host.
    const sets = tracedEntries(model, format).map((t) => ({
        source: t.registry,
        mirrorSourcePolicy: t.entry.mirrorSourcePolicy ?? '',
        mirrors: t.entry.mirrors.map((m, mirrorIndex) => ({
            host: newMirror(t.entry.source, m, t.resolveTags, format).host,
            resolveTags: t.resolveTags,
            origin: t,
            mirrorIndex
        }))
    }));
    return mergeMirrorSets(sets);
}
/** Drops tracing so results compare equal to the operator's own structures. */
function untrace(sets) {
    return sets.map((s) => ({
        source: s.source,
        mirrors: s.mirrors.map((m) => ({ host: m.host, resolveTags: m.resolveTags })),
        mirrorSourcePolicy: s.mirrorSourcePolicy
    }));
}


/***/ }),

/***/ 1884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ isGlobalPullSecret),
/* harmony export */   C_: () => (/* binding */ parseLegacyPullSecret),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   hB: () => (/* binding */ parsePullSecret),
/* harmony export */   vI: () => (/* binding */ DOCKER_CONFIG_JSON_KEY)
/* harmony export */ });
/* unused harmony exports PULL_SECRET_NAMESPACE, PULL_SECRET_NAME, pullSecretFromAuths */
const PULL_SECRET_NAMESPACE = 'openshift-config';
const PULL_SECRET_NAME = 'pull-secret';
const DOCKER_CONFIG_JSON_KEY = '.dockerconfigjson';
const REDACTED = '<redacted>';
function isGlobalPullSecret(s) {
    return s.namespace === PULL_SECRET_NAMESPACE && s.name === PULL_SECRET_NAME;
}
const fail = (reason) => ({
    ok: false,
    message: `error unmarshalling to DockerConfigJSON: ${reason}`
});
/** Go's encoding/json matches struct fields case-insensitively; the last matching key wins. */
function goField(obj, name) {
    let value;
    for (const [k, v] of Object.entries(obj))
        if (k.toLowerCase() === name.toLowerCase())
            value = v;
    return value;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** base64.StdEncoding (padded) or RawStdEncoding (unpadded) as decodeDockerConfigFieldAuth picks them. */
function decodeGoBase64(field) {
    const padded = field.trim().endsWith('=');
    // Go's decoder skips CR and LF anywhere in the input.
    const s = field.replace(/[\r\n]/g, '');
    if (padded) {
        if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
            return undefined;
    }
    else if (s.length % 4 === 1 || !/^[A-Za-z0-9+/]*$/.test(s)) {
        return undefined;
    }
    return Buffer.from(s, 'base64');
}
function parseJson(text) {
    if (text === undefined || text.trim() === '')
        return { ok: false, message: 'unexpected end of JSON input' };
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        // JSON.parse messages quote the input; the input is a secret.
        return { ok: false, message: 'the .dockerconfigjson value is not valid JSON' };
    }
}
/** credentialprovider.DockerConfigJSON, as the current WMCO format decodes it. */
function parsePullSecret(secret) {
    const parsed = parseJson(secret.values[DOCKER_CONFIG_JSON_KEY]);
    if (!parsed.ok)
        return fail(parsed.message);
    if (parsed.value === null)
        return { ok: true, tokens: new Map() };
    if (!isObject(parsed.value))
        return fail('json: cannot unmarshal the .dockerconfigjson value into Go value of type credentialprovider.DockerConfigJSON');
    const auths = goField(parsed.value, 'auths');
    const tokens = new Map();
    if (auths === undefined || auths === null)
        return { ok: true, tokens };
    if (!isObject(auths))
        return fail('json: cannot unmarshal auths into Go struct field DockerConfigJSON.auths of type credentialprovider.DockerConfig');
    for (const [registry, entry] of Object.entries(auths)) {
        let username = '';
        let password = '';
        if (entry !== null) {
            if (!isObject(entry))
                return fail(`json: cannot unmarshal the entry for ${registry} into Go value of type credentialprovider.DockerConfigEntry`);
            for (const field of ['username', 'password', 'email', 'auth']) {
                const v = goField(entry, field);
                if (v !== undefined && v !== null && typeof v !== 'string') {
                    return fail(`json: cannot unmarshal ${field} of the entry for ${registry} into Go struct field of type string`);
                }
            }
            username = goField(entry, 'username') ?? '';
            password = goField(entry, 'password') ?? '';
            const auth = goField(entry, 'auth') ?? '';
            if (auth !== '') {
                const decoded = decodeGoBase64(auth);
                if (decoded === undefined)
                    return fail(`the auth field of the entry for ${registry} is not valid base64`);
                const text = decoded.toString('utf8');
                const colon = text.indexOf(':');
                if (colon < 0)
                    return fail('unable to parse auth field, must be formatted as base64(username:password)');
                username = text.slice(0, colon);
                password = text.slice(colon + 1);
            }
        }
        tokens.set(registry, Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
    }
    return { ok: true, tokens };
}
/** The legacy format's `map[string]map[string]string`: the raw `auth` value, headers only when non-empty. */
function parseLegacyPullSecret(secret) {
    const parsed = parseJson(secret.values[DOCKER_CONFIG_JSON_KEY]);
    if (!parsed.ok)
        return fail(parsed.message);
    const tokens = new Map();
    if (parsed.value === null)
        return { ok: true, tokens };
    if (!isObject(parsed.value))
        return fail('json: cannot unmarshal the .dockerconfigjson value into Go value of type registries.dockerConfigJSON');
    const auths = goField(parsed.value, 'auths');
    if (auths === undefined || auths === null)
        return { ok: true, tokens };
    if (!isObject(auths))
        return fail('json: cannot unmarshal auths into Go struct field dockerConfigJSON.auths of type map[string]map[string]string');
    for (const [registry, entry] of Object.entries(auths)) {
        if (entry === null)
            continue;
        if (!isObject(entry))
            return fail(`json: cannot unmarshal the entry for ${registry} into Go value of type map[string]string`);
        for (const [k, v] of Object.entries(entry)) {
            if (v !== null && typeof v !== 'string')
                return fail(`json: cannot unmarshal ${k} of the entry for ${registry} into Go value of type string`);
        }
        const auth = entry['auth'];
        if (typeof auth === 'string' && auth !== '')
            tokens.set(registry, auth);
    }
    return { ok: true, tokens };
}
/** Builds a SecretObject for a given auths map; used by tests and by callers that know the cluster's secret. */
function pullSecretFromAuths(auths, where = { file: '', line: 0 }) {
    return {
        name: PULL_SECRET_NAME,
        namespace: PULL_SECRET_NAMESPACE,
        loc: where,
        values: { [DOCKER_CONFIG_JSON_KEY]: JSON.stringify({ auths }) },
        keyLocs: {}
    };
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ registryOfHostsTomlPath),
/* harmony export */   TA: () => (/* binding */ hostsTomlPath),
/* harmony export */   kk: () => (/* binding */ renderWindows)
/* harmony export */ });
/* harmony import */ var _model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8812);
/* harmony import */ var _hostname_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3205);
/* harmony import */ var _hosts_toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2134);
/* harmony import */ var _mirror_sets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1681);
/* harmony import */ var _pull_secret_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1884);
/* harmony import */ var _wmco_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4223);
/**
 * `GenerateConfigFiles` over a cluster model: the hosts.toml files WMCO keeps in
 * C:\k\containerd\registries on every Windows node (windows-wmco.md §2, §3).
 */







function hostsTomlPath(sourceRegistry) {
    return `${_model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTAINERD_REGISTRIES_DIR */ .CX}\\${sourceRegistry}\\hosts.toml`;
}
/** The source registry directory of a rendered Windows path, or undefined for other paths. */
function registryOfHostsTomlPath(path) {
    const prefix = `${_model_node_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTAINERD_REGISTRIES_DIR */ .CX}\\`;
    const suffix = '\\hosts.toml';
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return undefined;
    return path.slice(prefix.length, path.length - suffix.length);
}
function firstMirrorSetLoc(model) {
    const obj = model.idms[0] ?? model.itms[0];
    return obj ? { file: obj.loc.file, line: obj.loc.line } : { file: '', line: 0 };
}
function legacyOrgPathWarnings(sets, version) {
    const out = [];
    const seen = new Set();
    for (const set of sets) {
        for (const m of set.mirrors) {
            const registry = (0,_hostname_js__WEBPACK_IMPORTED_MODULE_4__/* .legacyExtractHostname */ .ST)(m.host);
            if (m.host === registry || seen.has(`${set.source} ${m.host}`))
                continue;
            seen.add(`${set.source} ${m.host}`);
            const loc = m.origin.entry.mirrorLocs[m.mirrorIndex] ?? m.origin.entry.loc;
            out.push({
                component: 'wmco',
                message: `WMCO ${version} writes the legacy hosts.toml format: containerd appends /v2 after the org path of ` +
                    `mirror ${m.host} (https://${m.host}/v2/...), so Windows pulls of ${set.source} images through it fail ` +
                    `(OCPBUGS-47696). Upgrade WMCO to 10.16.2, 10.17.1, 10.18.1, 10.19.0 or later, or mirror at the root ` +
                    `of ${registry}.`,
                file: loc.file,
                line: loc.line
            });
        }
    }
    return out;
}
function renderWindows(model, opts) {
    const support = (0,_wmco_version_js__WEBPACK_IMPORTED_MODULE_2__/* .wmcoSupport */ .S)(opts.wmcoVersion);
    const errors = [];
    const warnings = [];
    if (support === 'none') {
        const where = firstMirrorSetLoc(model);
        warnings.push({
            component: 'wmco',
            message: `WMCO ${(0,_wmco_version_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWmco */ .i)(opts.wmcoVersion)} has no image mirror support (added in 10.16 for OpenShift 4.16): ` +
                'Windows nodes ignore ImageDigestMirrorSet and ImageTagMirrorSet and pull from the source registries; ' +
                'no hosts.toml is rendered for Windows.',
            ...where
        });
        return { files: [], hostsToml: [], merged: [], errors, warnings, format: 'none', headerIfPullSecretHas: [] };
    }
    const format = support;
    const traced = (0,_mirror_sets_js__WEBPACK_IMPORTED_MODULE_1__/* .tracedMergedMirrorSets */ .c7)(model, format);
    const merged = (0,_mirror_sets_js__WEBPACK_IMPORTED_MODULE_1__/* .untrace */ .vq)(traced);
    if (format === 'legacy')
        warnings.push(...legacyOrgPathWarnings(traced, (0,_wmco_version_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWmco */ .i)(opts.wmcoVersion)));
    let tokens;
    let headerIfPullSecretHas = [];
    const secret = model.pullSecret && (0,_pull_secret_js__WEBPACK_IMPORTED_MODULE_5__/* .isGlobalPullSecret */ .B4)(model.pullSecret) ? model.pullSecret : undefined;
    if (secret) {
        const parsed = format === 'legacy' ? (0,_pull_secret_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLegacyPullSecret */ .C_)(secret) : (0,_pull_secret_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePullSecret */ .hB)(secret);
        if (!parsed.ok) {
            // WMCO fails the whole reconcile before touching any node: nothing is written.
            const loc = secret.keyLocs[_pull_secret_js__WEBPACK_IMPORTED_MODULE_5__/* .DOCKER_CONFIG_JSON_KEY */ .vI] ?? secret.loc;
            errors.push({ component: 'wmco', message: parsed.message, file: loc.file, line: loc.line });
            return { files: [], hostsToml: [], merged, errors, warnings, format, headerIfPullSecretHas };
        }
        tokens = parsed.tokens;
    }
    else {
        const keys = new Set();
        for (const set of merged)
            for (const m of set.mirrors)
                keys.add((0,_hosts_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .authKeyFor */ .vB)(m.host, format));
        headerIfPullSecretHas = [...keys].sort();
    }
    const files = merged.map((set) => ({
        node: 'windows',
        path: hostsTomlPath(set.source),
        content: (0,_hosts_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .generateFor */ .Zi)(format, set, { tokens, redact: opts.redact }),
        origin: 'generated'
    }));
    return { files, hostsToml: files, merged, errors, warnings, format, headerIfPullSecretHas };
}


/***/ }),

/***/ 4223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ wmcoSupport),
/* harmony export */   i: () => (/* binding */ formatWmco)
/* harmony export */ });
/** Releases cut before the org-path fix (OCPBUGS-47696) was backported. */
const LEGACY_RELEASES = new Set(['10.16.0', '10.16.1', '10.17.0', '10.18.0']);
/** undefined = the newest release, i.e. the current format. */
function wmcoSupport(version) {
    if (version === undefined)
        return 'current';
    // Mirror support arrived with WMCO 10.16 (OCP 4.16); older operators ignore IDMS/ITMS entirely.
    if (version.major < 10 || (version.major === 10 && version.minor <= 15))
        return 'none';
    if (LEGACY_RELEASES.has(formatWmco(version)))
        return 'legacy';
    return 'current';
}
function formatWmco(v) {
    return `${v.major}.${v.minor}.${v.patch}`;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ IMPLICIT_CLUSTER_NAME),
/* harmony export */   i: () => (/* binding */ planJson)
/* harmony export */ });
/* harmony import */ var _timeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1935);

/** The contract's per-cluster fields (shared/spec/README.md), plus extras that are welcome. */
function clusterJson(c, openshiftVersion) {
    return {
        openshiftVersion,
        ...(c.openshiftVersionFrom ? { openshiftVersionFrom: c.openshiftVersionFrom } : {}),
        ...(c.upgrade ? { upgrade: c.upgrade } : {}),
        changed: c.changed,
        base: c.base,
        head: c.head,
        files: c.files.map((f) => ({
            node: f.node,
            path: f.path,
            change: f.change,
            diff: f.diff,
            origin: f.origin,
            ...(f.pools ? { pools: f.pools, writer: f.writer } : {}),
            ...(f.cause ? { cause: f.cause } : {})
        })),
        registries: c.registries,
        pools: c.pools.map((p) => ({
            name: p.name,
            os: p.os,
            nodes: p.nodes,
            nodesFrom: p.nodesFrom,
            maxUnavailable: p.maxUnavailable,
            paused: p.paused,
            actions: p.actions,
            drain: p.drain,
            reboot: p.reboot,
            disruption: p.disruption,
            reasons: p.reasons,
            estimate: p.estimate
        })),
        windows: c.windows,
        // The rollout as phases (pool, start, minutes, batches, …) so other tools can draw the timeline.
        rollout: (0,_timeline_js__WEBPACK_IMPORTED_MODULE_0__/* .rolloutTimeline */ .jR)(c),
        workloads: c.workloads,
        workloadsUnchanged: c.workloadsUnchanged,
        ...(c.checkedUnchanged ? { checkedUnchanged: c.checkedUnchanged } : {}),
        findings: c.findings,
        highestDisruption: c.highestDisruption,
        verdict: c.verdict
    };
}
/** The name of the one cluster when no `clusters` are configured (config/resolve.ts). */
const IMPLICIT_CLUSTER_NAME = 'default';
/** The report-wide fields of both shapes. */
function reportFields(report) {
    return {
        ...(report.checkPulls ? { checkPulls: report.checkPulls } : {}),
        // Once per report: the configuration's findings are the run's, not a cluster's.
        ...(report.configChange ? { configChange: report.configChange } : {}),
        failOn: report.failOn,
        verdict: report.verdict
    };
}
/**
 * Without configured clusters the report is one object; with them, `{clusters: [...], verdict}`. The one
 * object carries `name` only when the action's `cluster` input renamed the implicit cluster (its comment
 * marker).
 */
function planJson(report, implicitCluster) {
    if (implicitCluster && report.clusters.length === 1) {
        const c = report.clusters[0];
        return {
            ...(c.name !== IMPLICIT_CLUSTER_NAME ? { name: c.name } : {}),
            ...clusterJson(c, c.openshiftVersion),
            ...reportFields(report)
        };
    }
    return {
        openshiftVersion: report.openshiftVersion,
        clusters: report.clusters.map((c) => ({ name: c.name, ...clusterJson(c, c.openshiftVersion) })),
        ...reportFields(report)
    };
}


/***/ }),

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ phaseAction),
/* harmony export */   Vv: () => (/* binding */ rolloutSentence),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   jR: () => (/* binding */ rolloutTimeline),
/* harmony export */   lk: () => (/* binding */ phaseShape)
/* harmony export */ });
const round1 = (x) => Math.round(x * 10) / 10;
/** True when a pool's nodes do anything at all for this change. */
function rolls(nodes, disruption) {
    return nodes > 0 && disruption !== 'none';
}
/** The timeline of one cluster's rollout. Pure; empty `phases` when nothing rolls out. */
function rolloutTimeline(c) {
    const phases = [];
    if (c.changed) {
        for (const p of c.pools) {
            if (!rolls(p.nodes, p.disruption))
                continue;
            phases.push({
                pool: p.name,
                os: 'linux',
                start: 0,
                minutes: p.estimate.minutes,
                batches: p.estimate.batches,
                nodes: p.nodes,
                nodesPerBatch: p.maxUnavailable,
                action: p.disruption,
                held: p.paused || p.estimate.held
            });
        }
        if (c.windows.changed && c.windows.nodes > 0 && c.windows.passes > 0) {
            phases.push({
                pool: 'Windows',
                os: 'windows',
                start: 0,
                minutes: c.windows.estimate.minutes,
                batches: c.windows.passes * c.windows.nodes,
                nodes: c.windows.nodes,
                nodesPerBatch: 1,
                action: 'files',
                passes: c.windows.passes,
                held: false
            });
        }
    }
    const running = phases.filter((p) => !p.held);
    let longest;
    for (const p of running)
        if (!longest || p.start + p.minutes > longest.start + longest.minutes)
            longest = p;
    return {
        phases,
        totalMinutes: longest ? round1(longest.start + longest.minutes) : 0,
        ...(longest ? { longest: longest.pool } : {}),
        parallel: running.length > 1 ? running.map((p) => p.pool) : [],
        held: phases.filter((p) => p.held).map((p) => p.pool)
    };
}
/** "63 min", "1 h 3 min", "45 s": how long, in the unit a reader expects. */
function formatMinutes(minutes) {
    if (minutes < 1)
        return `${Math.round(minutes * 60)} s`;
    if (minutes < 60)
        return `${round1(minutes)} min`;
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes - h * 60);
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
const ACTION = {
    none: 'no action',
    reload: 'CRI-O reload',
    restart: 'CRI-O restart',
    drain: 'drain + CRI-O reload',
    reboot: 'drain + reboot',
    files: 'hosts.toml replaced'
};
/** Words for a phase's action, shared by the chart and the ASCII view. */
function phaseAction(p) {
    return ACTION[p.action];
}
/** "12 nodes, 1 at a time" / "4 nodes one by one, 2 passes": how the phase walks its nodes. */
function phaseShape(p) {
    const nodes = `${p.nodes} node${p.nodes === 1 ? '' : 's'}`;
    if (p.os === 'windows') {
        const passes = p.passes ?? 1;
        return `${nodes} one by one, ${passes} pass${passes === 1 ? '' : 'es'}`;
    }
    return `${nodes}, ${p.nodesPerBatch} at a time`;
}
/**
 * One sentence for the headline: the longest rollout, what sets it, what runs in parallel and what is
 * held. `name` escapes a pool name for the output at hand (markdown or terminal). '' when nothing rolls.
 */
function rolloutSentence(t, name) {
    if (t.phases.length === 0)
        return '';
    const names = (pools) => pools.length <= 1
        ? pools.map(name).join('')
        : `${pools.slice(0, -1).map(name).join(', ')} and ${name(pools[pools.length - 1])}`;
    const parts = [];
    if (t.longest) {
        const lead = t.phases.find((p) => p.pool === t.longest && !p.held);
        parts.push(`Rollout about ${formatMinutes(t.totalMinutes)}, set by ${name(lead.pool)} (${phaseAction(lead)}, ${phaseShape(lead)})`);
    }
    if (t.parallel.length > 1)
        parts.push(`${names(t.parallel)} roll at the same time`);
    if (t.held.length)
        parts.push(`${names(t.held)} ${t.held.length === 1 ? 'is paused and holds' : 'are paused and hold'} the change until unpaused`);
    return parts.join('; ') + '.';
}


/***/ })

};
