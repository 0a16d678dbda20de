import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __nccwpck_require__(7827);
// EXTERNAL MODULE: ./src/load/sources.ts + 1 modules
var sources = __nccwpck_require__(1627);
// EXTERNAL MODULE: ./src/commands/io.ts + 1 modules
var commands_io = __nccwpck_require__(5807);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/report/format-names.ts
/**
 * The names `--format` accepts, in the order the usage lists them. formats.ts owns the formats and
 * checks, at compile time, that this list is exactly its entries marked `cli`; the list lives apart so
 * that the command line parses its arguments and prints its usage without loading every renderer.
 */
const CLI_FORMATS = ['markdown', 'json', 'text', 'github'];
/** "a, b or c" */
const orList = (names) => names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

;// CONCATENATED MODULE: ./src/cli/args.ts



const USAGE = `registry-plan: what a GitOps change does to OpenShift nodes' image-pull configuration

Usage:
  registry-plan render [PATH...] --out DIR [--openshift-version X.Y] [--wmco-version X.Y.Z] [--release-image REF]
  registry-plan plan --base REF --head REF [--repo DIR] [PATH...] [--config FILE] [--format ${CLI_FORMATS.join('|')}] [--out FILE]
  registry-plan demo            render and plan the example repository shipped with the project

Options:
  --include GLOB, --exclude GLOB   repeatable; globs over repository-relative paths
  --config FILE                    configuration (default .github/registry-plan.yaml)
  --config-from base|head          plan: read the configuration from the base commit (default, trusted)
                                   or from the head; a --config path outside the repository is read as given
  --fail-on error|warning|never    verdict threshold (plan)
  --from-version X.Y --to-version Y.Z
                                   plan: render the base at X.Y and the head at Y.Z, an upgrade (the same
                                   commit twice plans what the upgrade alone does; docs/release-gating.md)
  --check-pulls[=changed|all]      ask the registries whether they hold the images the nodes will ask for
                                   (skopeo, ctr; docs/check-pulls.md); changed: references whose route changes
  --authfile FILE                  credentials for --check-pulls (containers-auth.json; passed by path, never read)
  --check-parallelism N            client processes at once (default 8)
  --check-timeout SECONDS          per client call (default 30)
  --check-budget SECONDS           for the whole check (default 600)
  --debug                          print stack traces of internal errors

Exit status: 0 ok / verdict pass, 2 bad input, 3 (render) an operator rejects the configuration,
4 (plan) verdict fail, 1 a bug.`;
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            // `--check-pulls` alone means `--check-pulls=changed` (parseArgs has no optional values).
            args: argv.map((a) => (a === '--check-pulls' ? '--check-pulls=changed' : a)),
            allowPositionals: true,
            strict: true,
            options: {
                out: { type: 'string', short: 'o' },
                format: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                repo: { type: 'string' },
                config: { type: 'string' },
                'config-from': { type: 'string' },
                include: { type: 'string', multiple: true },
                exclude: { type: 'string', multiple: true },
                'openshift-version': { type: 'string' },
                'from-version': { type: 'string' },
                'to-version': { type: 'string' },
                'wmco-version': { type: 'string' },
                'release-image': { type: 'string' },
                'fail-on': { type: 'string' },
                'check-pulls': { type: 'string' },
                authfile: { type: 'string' },
                'check-parallelism': { type: 'string' },
                'check-timeout': { type: 'string' },
                'check-budget': { type: 'string' },
                debug: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' }
            }
        });
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${e.message}\n\n${USAGE}`);
    }
    const { values: v, positionals } = parsed;
    const [cmd, ...paths] = positionals;
    const command = (v.help ? 'help' : v.version ? 'version' : (cmd ?? 'help'));
    if (!['render', 'plan', 'demo', 'help', 'version'].includes(command)) {
        throw new errors/* UsageError */.e(`unknown command "${cmd}"\n\n${USAGE}`);
    }
    const format = (v.format ?? (command === 'render' ? 'text' : 'markdown'));
    if (!CLI_FORMATS.includes(format))
        throw new errors/* UsageError */.e(`--format must be ${orList(CLI_FORMATS)} (got "${v.format}")`);
    return {
        command,
        out: v.out,
        format,
        base: v.base,
        head: v.head,
        debug: v.debug ?? false,
        configFrom: v['config-from'],
        overrides: {
            repo: v.repo,
            paths,
            include: v.include,
            exclude: v.exclude,
            config: v.config,
            openshiftVersion: v['openshift-version'],
            fromVersion: v['from-version'],
            toVersion: v['to-version'],
            wmcoVersion: v['wmco-version'],
            releaseImage: v['release-image'],
            failOn: v['fail-on'],
            checkPulls: v['check-pulls'],
            checkAuthfile: v.authfile,
            checkParallelism: v['check-parallelism'],
            checkTimeout: v['check-timeout'],
            checkBudget: v['check-budget']
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/index.ts




// The commands (the YAML parser, the validator, the renderers, the diff) load when one runs, never for
// `--help`, `--version` or a usage error: the bundle evaluates only what the command line needs to start.
const commands = () => Promise.all(/* import() */[__nccwpck_require__.e(728), __nccwpck_require__.e(301), __nccwpck_require__.e(836), __nccwpck_require__.e(506), __nccwpck_require__.e(645), __nccwpck_require__.e(886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7886));
const stdio = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t)
};
/** Runs one CLI invocation and returns its exit status; never throws. */
async function main(argv, rawIo = stdio) {
    const io = (0,commands_io/* guardedIo */.R)(rawIo);
    let debug = argv.includes('--debug');
    try {
        const args = parseCli(argv);
        debug = args.debug;
        switch (args.command) {
            case 'help':
                io.stdout(USAGE + '\n');
                return commands_io/* EXIT */.d.ok;
            case 'version':
                io.stdout('registry-plan 0.1.0\n');
                return commands_io/* EXIT */.d.ok;
            case 'render': {
                if (args.overrides.fromVersion !== undefined || args.overrides.toVersion !== undefined)
                    throw new errors/* UsageError */.e('--from-version/--to-version plan an upgrade: use them with plan (render takes --openshift-version)');
                const { runRender, resolveSettings } = await commands();
                return await runRender(resolveSettings({ ...args.overrides, scope: 'paths' }), args.out, io);
            }
            case 'plan': {
                if (!args.base || !args.head)
                    throw new errors/* UsageError */.e('plan needs --base REF and --head REF');
                const { trustedConfig, parseConfigFrom, runPlan, resolveSettings } = await commands();
                const trusted = trustedConfig(args.overrides.repo ?? process.cwd(), { base: args.base, head: args.head }, args.overrides.config, parseConfigFrom(args.configFrom));
                return await runPlan(resolveSettings(args.overrides, trusted.readText, trusted.readHeadText), { base: args.base, head: args.head, format: args.format, out: args.out, configChange: trusted }, io);
            }
            case 'demo':
                return await (await commands()).runDemo({ format: args.format, out: args.out }, io);
        }
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.e || e instanceof errors/* ConfigError */.x || e instanceof sources/* SourceError */.c8) {
            io.stderr(`registry-plan: ${e.message}\n`);
            return commands_io/* EXIT */.d.badInput;
        }
        io.stderr(`registry-plan: internal error (a bug, please report it): ${e?.message ?? e}\n` +
            (debug ? `${e?.stack}\n` : 'Run again with --debug for the stack trace.\n'));
        return commands_io/* EXIT */.d.bug;
    }
}
// Entry point when run as a program (bin/registry-plan.js imports the bundle of this file).
async function runCli() {
    process.exitCode = await main(process.argv.slice(2));
}


/***/ }),

/***/ 5807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ EXIT),
  R: () => (/* binding */ guardedIo)
});

// EXTERNAL MODULE: ./src/report/redact-userinfo.ts
var redact_userinfo = __nccwpck_require__(2641);
;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * Text a command prints to stdout or stderr. When the CLI runs in a workflow `run:` step, the runner
 * reads every output line that starts with `::` (or the older `##[`) as a workflow command: a key or a
 * registry name holding `\n::error ...` or `\n::add-mask::` would otherwise be obeyed. Values are kept on
 * one line, and any line that would still start a command is defused.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** A repository value for one line of terminal output: line breaks and other controls shown escaped. */
function terminalValue(value) {
    return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\r\n]/g, (c) => c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Output text with no line the runner would take as a workflow command. Applied to everything the CLI
 * writes (the last line of defence; values are already one line each).
 */
function defuseWorkflowCommands(text) {
    // The runner reads lines as .NET's ReadLine does: a lone '\r' ends a line too.
    return text
        .split(/(\r\n|\r|\n)/)
        .map((part, i) => {
        if (i % 2 === 1)
            return part;
        const body = part.trimStart();
        if (!body.startsWith('::') && !body.startsWith('##['))
            return part;
        const indent = part.slice(0, part.length - body.length);
        return `${indent}${body[0]}${ZERO_WIDTH_SPACE}${body.slice(1)}`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/commands/io.ts


/** Exit statuses of the contract, and where a command writes: the only I/O the commands share. */
const EXIT = { ok: 0, bug: 1, badInput: 2, rejected: 3, verdictFail: 4 };
/**
 * The streams as every command sees them: whatever a command prints, no line of it starts a workflow
 * command (the CLI runs in `run:` steps) and no `user:password@` reaches the log.
 */
function guardedIo(io) {
    const guard = (t) => defuseWorkflowCommands((0,redact_userinfo/* redactUserinfo */.PM)(t));
    return { stdout: (t) => io.stdout(guard(t)), stderr: (t) => io.stderr(guard(t)) };
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * The errors the command line turns into exit status 2. They live apart from the modules that throw
 * them so that the command line's entry can recognise them without loading the YAML parser and the
 * configuration validator (its start-up time is part of the contract: `--help` must be instant).
 */
class UsageError extends Error {
}
class ConfigError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   ak: () => (/* reexport safe */ _cli_index_js__WEBPACK_IMPORTED_MODULE_1__.a),
/* harmony export */   iW: () => (/* reexport safe */ _cli_index_js__WEBPACK_IMPORTED_MODULE_1__.i)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1498);
/**
 * The single bundle entry (dist/index.js). GitHub runs it as the action's main; the `registry-plan`
 * command imports it for `runCli`. One bundle keeps the action and the command line on the same engine.
 * The action's modules (the GitHub toolkit, Octokit) load only when the action runs: the command line
 * never pays for them at start-up.
 */


async function runAction() {
    const action = await Promise.all(/* import() */[__nccwpck_require__.e(301), __nccwpck_require__.e(421), __nccwpck_require__.e(645), __nccwpck_require__.e(490)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9490));
    await action.runAction();
}
const invokedDirectly = process.argv[1] !== undefined && import.meta.url === (0,node_url__WEBPACK_IMPORTED_MODULE_0__.pathToFileURL)(process.argv[1]).href;
if (invokedDirectly)
    await runAction();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   WG: () => (/* binding */ quotePath),
/* harmony export */   m0: () => (/* binding */ unsafePathReason)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Paths that come from the scanned repository (Git tree entries, rendered node paths built from
 * registry names and ConfigMap keys) and are about to touch the disk. A fork writes every byte of them:
 * `git mktree` makes entries named `..`, a registry name can hold backslashes, so each segment is
 * checked before anything is created, and the final path is checked to lie inside its folder.
 */

/** Why a `/`-separated relative path is unsafe to join onto a folder, or undefined when it is safe. */
function unsafePathReason(path) {
    if (path.includes('\0'))
        return 'it holds a NUL byte';
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
        return 'it is absolute';
    for (const seg of path.split('/')) {
        if (seg === '')
            return 'it has an empty segment';
        if (seg === '.' || seg === '..')
            return `it has a "${seg}" segment`;
        if (seg.includes('\\'))
            return 'it holds a backslash';
    }
    return undefined;
}
/** `root` joined with `rel` when the result stays strictly inside `root`; undefined otherwise. */
function resolveInside(root, rel) {
    if (unsafePathReason(rel))
        return undefined;
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base, ...rel.split('/'));
    const back = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(base, full);
    if (back === '' || back.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(back))
        return undefined;
    return full;
}
/** A quoted path for messages: control characters shown escaped, so a name cannot forge lines. */
function quotePath(path) {
    return JSON.stringify(path);
}


/***/ }),

/***/ 1627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c8: () => (/* binding */ SourceError),
  y2: () => (/* binding */ keptFiles),
  DA: () => (/* binding */ listGitTree),
  sJ: () => (/* binding */ listWorkingTree),
  v3: () => (/* binding */ readGitFile),
  WL: () => (/* binding */ resolveCommit),
  fJ: () => (/* binding */ willRead)
});

// UNUSED EXPORTS: isDirectory

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/model/bounded-map.ts
var bounded_map = __nccwpck_require__(3131);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/load/blob-stream.ts

/**
 * Blobs of a Git repository read by ONE long-lived `git cat-file --batch`, in an order known in advance,
 * handed to the synchronous loader one at a time.
 *
 * Why: the loader is synchronous, and a synchronous child process must be given all its input and return
 * all its output at once, so blobs were read in batches of a few megabytes, one process each. Every new
 * process starts with a cold delta-base cache: on a 20,000-file monorepo ten batches cost 0.74 s of git
 * CPU where one process costs 0.44 s, and node waited for each batch with nothing to do. Here a worker
 * thread runs the one process and parses its output while the main thread parses manifests on the
 * other core; the main thread blocks (Atomics.wait) only when it is ahead of git.
 *
 * Memory stays flat: the worker stops reading git's output while more than MAX_AHEAD_BYTES of blobs wait
 * for the main thread, and git then blocks on its full pipe.
 */
/** Control words shared with the worker. */
const POSTED = 0; // messages the worker has queued (bumped after each post, so a wake-up finds it queued)
const TAKEN = 1; // messages the main thread has taken
const AHEAD = 2; // bytes queued and not yet taken
const STATE = 3; // RUNNING, DONE or FAILED
const RUNNING = 0;
const DONE = 1;
const FAILED = 2;
const MAX_AHEAD_BYTES = 8 * 1024 * 1024;
/** How long the main thread waits without any progress from git before it gives up on the stream. */
const STALL_MS = 120_000;
// Runs in the worker (CommonJS, evaluated from this string so the bundle needs no second file). It parses
// `<oid> <type> <size>\n<bytes>\n` records and `<oid> missing\n` lines from git's output.
const WORKER = `
const { workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const { repo, list, control, port, maxAhead } = workerData;
const c = new Int32Array(control);
const git = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
let pending = Buffer.alloc(0);
let body = null; // { oid, size, data, filled } while a blob's bytes are arriving
// Blobs parsed from one chunk of git's output go in one message: a message per blob cost more than
// the blob on a monorepo of small files.
let batch = [];
let batchBytes = 0;
const post = (blob, bytes) => {
  batch.push(blob);
  batchBytes += bytes;
};
const flush = () => {
  if (!batch.length) return;
  port.postMessage(batch, batch.filter((b) => b.data).map((b) => b.data.buffer));
  Atomics.add(c, ${AHEAD}, batchBytes);
  Atomics.add(c, ${POSTED}, 1);
  Atomics.notify(c, ${POSTED});
  batch = [];
  batchBytes = 0;
};
const finish = (state, error) => {
  if (Atomics.load(c, ${STATE}) !== ${RUNNING}) return;
  if (error) port.postMessage({ error });
  Atomics.store(c, ${STATE}, state);
  Atomics.add(c, ${POSTED}, 1);
  Atomics.notify(c, ${POSTED});
};
let throttling = false;
const throttle = async () => {
  throttling = true;
  while (Atomics.load(c, ${AHEAD}) > maxAhead && Atomics.load(c, ${STATE}) === ${RUNNING}) {
    git.stdout.pause();
    await Atomics.waitAsync(c, ${TAKEN}, Atomics.load(c, ${TAKEN}), 1000).value;
  }
  throttling = false;
  git.stdout.resume();
};
const consume = (chunk) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  let at = 0;
  for (;;) {
    if (body) {
      const n = Math.min(body.size - body.filled, pending.length - at);
      pending.copy(body.data, body.filled, at, at + n);
      body.filled += n;
      at += n;
      if (body.filled < body.size || pending.length - at < 1) break;
      at += 1; // the line feed after the bytes
      post({ oid: body.oid, data: body.data }, body.size);
      body = null;
      continue;
    }
    const nl = pending.indexOf(10, at);
    if (nl < 0) break;
    const header = pending.toString('latin1', at, nl).split(' ');
    at = nl + 1;
    if (header[1] === 'missing') post({ oid: header[0], missing: true }, 0);
    else body = { oid: header[0], size: Number(header[2]), data: Buffer.allocUnsafeSlow(Number(header[2])), filled: 0 };
  }
  pending = pending.subarray(at);
  flush();
  if (!throttling && Atomics.load(c, ${AHEAD}) > maxAhead) void throttle();
};
git.stdout.on('data', consume);
git.stderr.on('data', (d) => { if (stderr.length < 4096) stderr += d; });
git.on('error', (e) => finish(${FAILED}, 'git cat-file: ' + e.message));
git.on('close', (code) =>
  code === 0 && !body ? finish(${DONE}) : finish(${FAILED}, stderr.trim() || 'git cat-file --batch exited with ' + code)
);
git.stdin.on('error', () => {});
git.stdin.end(list);
`;
class BlobStream {
    control = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
    port;
    worker;
    closed = false;
    /** Blobs received and not yet handed out. */
    queue = [];
    constructor(repo, oids) {
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        this.port = port1;
        this.worker = new external_node_worker_threads_.Worker(WORKER, {
            eval: true,
            workerData: {
                repo,
                list: oids.join('\n') + '\n',
                control: this.control.buffer,
                port: port2,
                maxAhead: MAX_AHEAD_BYTES
            },
            transferList: [port2]
        });
        // Neither may keep the process alive: the main thread never returns to its event loop mid-run.
        this.worker.unref();
        this.port.unref();
    }
    /** The next blob of the list, waiting for git if need be; undefined once the stream has ended. */
    next() {
        if (this.closed)
            return undefined;
        if (!this.queue.length)
            this.receive();
        return this.queue.shift();
    }
    /** Waits for the worker's next message of blobs (or for the end of the stream). */
    receive() {
        let quiet = 0;
        for (let ended = false;;) {
            const posted = Atomics.load(this.control, POSTED);
            const got = (0,external_node_worker_threads_.receiveMessageOnPort)(this.port)?.message;
            if (got && !Array.isArray(got)) {
                this.close();
                throw new Error(got.error);
            }
            if (got) {
                let bytes = 0;
                for (const b of got) {
                    if ('data' in b) {
                        bytes += b.data.length;
                        this.queue.push({ oid: b.oid, data: Buffer.from(b.data.buffer, b.data.byteOffset, b.data.length) });
                    }
                    else
                        this.queue.push(b);
                }
                Atomics.sub(this.control, AHEAD, bytes);
                Atomics.add(this.control, TAKEN, 1);
                Atomics.notify(this.control, TAKEN);
                return;
            }
            // The worker posts everything before it marks the end: once the end is seen, one more look at the
            // port finds whatever was posted between that look and this one.
            if (ended) {
                this.close();
                return;
            }
            if (Atomics.load(this.control, STATE) !== RUNNING) {
                ended = true;
                continue;
            }
            if (Atomics.wait(this.control, POSTED, posted, 1000) === 'timed-out' && (quiet += 1000) >= STALL_MS) {
                this.close();
                throw new Error(`git cat-file --batch gave nothing for ${STALL_MS / 1000} s`);
            }
            if (Atomics.load(this.control, POSTED) !== posted)
                quiet = 0;
        }
    }
    /** Stops the worker (and with it git, whose output pipe closes). */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        Atomics.store(this.control, STATE, DONE);
        Atomics.notify(this.control, TAKEN);
        this.port.close();
        void this.worker.terminate();
    }
}

// EXTERNAL MODULE: ./src/load/safe-path.ts
var safe_path = __nccwpck_require__(2959);
;// CONCATENATED MODULE: ./src/load/sources.ts






class SourceError extends Error {
}
const toPosix = (p) => p.split(external_node_path_.sep).join('/');
const SKIP_DIRS = new Set(['.git', 'node_modules']);
/**
 * Files under `root` (a directory or a single file). Symbolic links are never followed: a link inside
 * the repository is redundant (its target is scanned anyway) and one leading outside must not be read.
 */
function listWorkingTree(root, displayBase = process.cwd()) {
    const out = [];
    const realRoot = (0,external_node_fs_.realpathSync)(isDirectory(root) ? root : (0,external_node_path_.dirname)(root));
    const display = (abs) => {
        const rel = (0,external_node_path_.relative)(displayBase, abs);
        return toPosix(rel === '' ? external_node_path_.posix.basename(toPosix(abs)) : rel.startsWith('..') ? (0,external_node_path_.resolve)(abs) : rel);
    };
    const visit = (abs) => {
        const st = (0,external_node_fs_.lstatSync)(abs);
        const rel = display(abs);
        if (st.isSymbolicLink()) {
            const target = (0,external_node_fs_.readlinkSync)(abs);
            let inside = false;
            try {
                const real = (0,external_node_fs_.realpathSync)(abs);
                inside = real === realRoot || real.startsWith(realRoot + external_node_path_.sep);
            }
            catch {
                const rel2 = (0,external_node_path_.relative)(realRoot, (0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), target));
                inside = !rel2.startsWith('..') && !rel2.startsWith(external_node_path_.sep);
            }
            out.push({ path: rel, size: 0, key: `link:${rel}`, symlink: { target, inside }, read: () => Buffer.alloc(0) });
            return;
        }
        if (st.isDirectory()) {
            for (const name of (0,external_node_fs_.readdirSync)(abs).sort()) {
                if (SKIP_DIRS.has(name))
                    continue;
                visit((0,external_node_path_.join)(abs, name));
            }
            return;
        }
        if (!st.isFile())
            return;
        out.push({ path: rel, size: st.size, key: `fs:${rel}:${st.size}:${st.mtimeMs}`, read: () => (0,external_node_fs_.readFileSync)(abs) });
    };
    visit(root);
    return out;
}
function git(repo, args, input) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', repo, ...args], { input, maxBuffer: 1 << 30 });
    if (r.error)
        throw new SourceError(`git ${args[0]}: ${r.error.message}`);
    if (r.status !== 0)
        throw new SourceError(r.stderr.toString().trim() || `git ${args.join(' ')} failed`);
    return r.stdout;
}
const resolvedCommits = new Map();
/** The commit a ref names, or a clear error (shallow clones often lack the base). */
function resolveCommit(repo, ref) {
    // A commit id names the same commit for good: the trusted configuration and the plan both resolve the
    // pull request's two commits, one git process each time. Branch names are always asked again.
    const key = /^[0-9a-f]{40}$/.test(ref) ? `${repo}\0${ref}` : undefined;
    const known = key && resolvedCommits.get(key);
    if (known)
        return known;
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (r.status === 0) {
        const commit = r.stdout.toString().trim();
        if (key)
            resolvedCommits.set(key, commit);
        return commit;
    }
    const shallow = (0,external_node_child_process_.spawnSync)('git', ['-C', repo, 'rev-parse', '--is-shallow-repository']).stdout?.toString().trim();
    throw new SourceError(`cannot find commit "${ref}" in ${repo}` +
        (shallow === 'true'
            ? ': this is a shallow clone. Check out with fetch-depth: 0, or fetch the base explicitly (git fetch --depth=1 origin <base-sha>).'
            : '.'));
}
const trees = new bounded_map/* BoundedMap */.E(16);
function treeEntries(repo, commit) {
    const id = `${repo}\0${commit}`;
    let tree = trees.get(id);
    if (tree)
        return tree;
    tree = { entries: [], unsafe: [] };
    const out = git(repo, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]).toString('utf8');
    // One record per NUL: `<mode> SP <type> SP <oid> SP+ <size> TAB <path>`. Read by index, not by
    // splitting: a monorepo's tree is tens of thousands of records, listed for both sides.
    for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end < 0)
            end = out.length;
        const tab = out.indexOf('\t', at);
        if (tab > at && tab < end) {
            const [mode, type, oid, size] = out.slice(at, tab).split(' ').filter(Boolean);
            const path = out.slice(tab + 1, end);
            if (type === 'blob' && !inSkippedDir(path)) {
                const entry = { mode: mode, oid: oid, size: Number(size), path };
                tree.entries.push(entry);
                const why = (0,safe_path/* unsafePathReason */.m0)(path);
                if (why)
                    tree.unsafe.push([entry, why]);
            }
        }
        at = end + 1;
    }
    trees.set(id, tree);
    return tree;
}
function inSkippedDir(path) {
    if (!path.includes('.git') && !path.includes('node_modules'))
        return false;
    return path.split('/').some((seg) => SKIP_DIRS.has(seg));
}
/** A file of a Git tree; its blob is fetched with others when the loader says which ones it will read. */
class GitBlobFile {
    path;
    size;
    key;
    reader;
    oid;
    constructor(path, size, key, reader, oid) {
        this.path = path;
        this.size = size;
        this.key = key;
        this.reader = reader;
        this.oid = oid;
    }
    read() {
        return this.reader.read(this.oid);
    }
}
/**
 * Tells the Git sources which files are about to be read, in order: blobs are then fetched in batches of
 * exactly those files, instead of batches of the whole tree of which most entries are already parsed.
 */
function willRead(files) {
    const byReader = new Map();
    for (const f of files) {
        if (!(f instanceof GitBlobFile))
            continue;
        const list = byReader.get(f.reader) ?? [];
        list.push(f.oid);
        byReader.set(f.reader, list);
    }
    for (const [reader, oids] of byReader)
        reader.plan(oids);
}
function listGitTree(repo, commit, keep = () => true) {
    const tree = treeEntries(repo, commit);
    // `git mktree` can make entries named `..` (fsck only warns), and a name may hold a backslash: such a
    // path could lead out of any folder it is copied into, so the side is refused before anything is read.
    // Every path of the commit is checked once; a listing is refused when it keeps one of the unsafe ones.
    for (const [e, why] of tree.unsafe) {
        if (keep(e.path)) {
            throw new SourceError(`commit ${commit.slice(0, 12)} holds the path ${(0,safe_path/* quotePath */.WG)(e.path)}, which registry-plan refuses because ${why}; no file of this commit was read`);
        }
    }
    const reader = (tree.reader ??= new BlobReader(repo, tree.entries.filter((e) => e.mode !== '120000')));
    const files = (tree.files ??= new Array(tree.entries.length));
    const kept = [];
    tree.entries.forEach((e, i) => keep(e.path) && kept.push(i));
    reader.fetch(kept.filter((i) => !files[i] && tree.entries[i].mode === '120000').map((i) => tree.entries[i].oid));
    const listing = kept.map((i) => (files[i] ??= repoFile(tree.entries[i], reader)));
    keptBy.set(listing, keep);
    return listing;
}
// Which filter made a listing: the loader, given the same filter, does not ask it again of every path.
const keptBy = new WeakMap();
/** The files of `files` that `keep` keeps (the list itself when `listGitTree` made it with `keep`). */
function keptFiles(files, keep) {
    return keptBy.get(files) === keep ? files : files.filter((f) => keep(f.path));
}
function repoFile(e, blobs) {
    if (e.mode === '120000') {
        const target = blobs.read(e.oid).toString('utf8');
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(e.path), target));
        const inside = !target.startsWith('/') && !joined.startsWith('..');
        return { path: e.path, size: 0, key: `link:${e.oid}`, symlink: { target, inside }, read: () => Buffer.alloc(0) };
    }
    return new GitBlobFile(e.path, e.size, `git:${e.oid}`, blobs, e.oid);
}
/**
 * Reads blobs through `git cat-file --batch`, a batch of blobs per process: one process per blob would
 * dominate the run time on a monorepo, one for the whole tree could hold gigabytes in memory. Batches
 * are bounded by bytes, so a typical repository is read by one or two processes.
 */
class BlobReader {
    repo;
    static BATCH_BYTES = 8 * 1024 * 1024;
    static BATCH_COUNT = 8000;
    cache = new Map();
    index = new Map();
    sizes = new Map();
    order;
    /** Reads still expected per blob: identical files (same blob at many paths) are fetched once. */
    pending = new Map();
    /** Index and counts are built on the first read: most listings (cached files) never read a blob. */
    indexed = false;
    stream;
    /** Position of each blob in the stream's list, and how far the stream has been read. */
    streamed = new Map();
    streamAt = 0;
    constructor(repo, entries) {
        this.repo = repo;
        this.order = entries.map((e) => e.oid);
        for (const e of entries)
            this.sizes.set(e.oid, e.size);
    }
    /** Fetches these blobs now (symbolic link targets, read while listing). */
    fetch(oids) {
        const todo = [...new Set(oids)].filter((o) => !this.cache.has(o));
        if (!todo.length)
            return;
        const buf = git(this.repo, ['cat-file', '--batch'], todo.join('\n') + '\n');
        let pos = 0;
        while (pos < buf.length) {
            const nl = buf.indexOf(10, pos);
            const [oid, , size] = buf.subarray(pos, nl).toString().split(' ');
            const n = Number(size);
            this.cache.set(oid, buf.subarray(nl + 1, nl + 1 + n));
            pos = nl + 1 + n + 1;
        }
    }
    /** The blobs the caller is about to read, in order: batches follow this list rather than the tree. */
    plan(oids) {
        this.order = oids;
        this.indexed = false;
        this.stream?.close();
        this.stream = undefined;
        // More than a batch's worth is streamed through one process (load/blob-stream.ts); less is one batch.
        const unique = [...new Set(oids)];
        let bytes = 0;
        for (const oid of unique)
            bytes += this.sizes.get(oid) ?? 0;
        if (bytes <= BlobReader.BATCH_BYTES)
            return;
        this.stream = new BlobStream(this.repo, unique);
        this.streamed = new Map(unique.map((oid, i) => [oid, i]));
        this.streamAt = 0;
    }
    /**
     * Takes `oid` from the stream when it is still ahead there: blobs before it (files the loader skipped)
     * are passed over. False when the stream cannot give it; the caller then reads it in a batch.
     */
    fromStream(oid) {
        const at = this.streamed.get(oid);
        if (!this.stream || at === undefined || at < this.streamAt)
            return false;
        for (;;) {
            let blob;
            try {
                blob = this.stream.next();
            }
            catch {
                blob = undefined;
            }
            if (!blob) {
                this.stream.close();
                this.stream = undefined;
                return false;
            }
            this.streamAt++;
            if (blob.oid !== oid)
                continue;
            if ('missing' in blob)
                return false;
            this.cache.set(oid, blob.data);
            return true;
        }
    }
    buildIndex() {
        this.index = new Map();
        this.pending = new Map();
        this.order.forEach((oid, i) => {
            if (!this.index.has(oid))
                this.index.set(oid, i);
            this.pending.set(oid, (this.pending.get(oid) ?? 0) + 1);
        });
        this.indexed = true;
    }
    batchFrom(i) {
        const out = [];
        let bytes = 0;
        for (let k = i; k < this.order.length && out.length < BlobReader.BATCH_COUNT; k++) {
            const oid = this.order[k];
            bytes += this.sizes.get(oid) ?? 0;
            if (out.length && bytes > BlobReader.BATCH_BYTES)
                break;
            out.push(oid);
        }
        return out;
    }
    read(oid) {
        if (!this.indexed)
            this.buildIndex();
        if (!this.cache.has(oid) && !this.fromStream(oid)) {
            // A new batch replaces what is left of the last one: blobs fetched and never read (files the loader
            // skipped) must not pile up in a reader that serves every listing of its commit.
            this.cache.clear();
            const i = this.index.get(oid);
            this.fetch(i === undefined ? [oid] : this.batchFrom(i));
        }
        const b = this.cache.get(oid);
        // Keep memory flat: drop a blob once its last expected reader has it.
        const left = (this.pending.get(oid) ?? 1) - 1;
        this.pending.set(oid, left);
        if (left <= 0)
            this.cache.delete(oid);
        return b;
    }
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The text of `path` (repository-relative) at `commit`, or undefined when the commit has no such file.
 * Used to read the configuration from the trusted side of a pull request.
 */
function readGitFile(repo, commit, path) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', repo, 'cat-file', 'blob', `${commit}:${path}`], { maxBuffer: 16 << 20 });
    return r.status === 0 ? r.stdout.toString('utf8') : undefined;
}


/***/ }),

/***/ 3131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ BoundedMap)
/* harmony export */ });
/**
 * A Map that keeps at most `max` entries, forgetting the oldest first. The run's caches are keyed by text
 * a repository writes (rendered files, policy texts, image references, Git trees, glob sets): a bound
 * keeps a hostile repository from growing them without limit, and a handful of entries covers the sides
 * and clusters being planned.
 */
class BoundedMap extends Map {
    max;
    constructor(max) {
        super();
        this.max = max;
    }
    set(key, value) {
        if (this.size >= this.max && !this.has(key))
            this.delete(this.keys().next().value);
        return super.set(key, value);
    }
    /** The value kept for `key`, made (and kept) on first use. */
    getOr(key, make) {
        const hit = this.get(key);
        if (hit !== undefined || this.has(key))
            return hit;
        const made = make();
        this.set(key, made);
        return made;
    }
}


/***/ }),

/***/ 2641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ redactUserinfo),
/* harmony export */   Rm: () => (/* binding */ redactUserinfoDeep)
/* harmony export */ });
/* unused harmony export REDACTED_USERINFO */
/**
 * Credentials written into registry strings: `user:password@host[/path]`, with or without a scheme,
 * in a source, a mirror, a message or a diff line. A single forward scan (no regular expression over
 * the whole text, which an unanchored `[^@]+:[^@]+@` would make quadratic on a long run).
 */
const REDACTED_USERINFO = '***';
/** Characters that end a userinfo when scanning back from `@`: whitespace, quotes, brackets, path. */
const DELIMITERS = new Set([...' \t\r\n"\'`<>()[]{},;|/\\=']);
/**
 * Replaces the `user:password` part of every `user:password@host` with `***`. A userinfo without a
 * password (`git@github.com`, `team@example.com`) is left alone: it is an address, not a credential.
 */
function redactUserinfo(text) {
    if (!text.includes('@'))
        return text;
    let out = '';
    let copied = 0;
    let floor = 0; // never scan back past the previous `@`: keeps the whole pass linear
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > floor && !DELIMITERS.has(text[start - 1]) && text[start - 1] !== '@')
            start--;
        // A scheme (`https://`) ends at a '/', so `start` is just after `//` for URLs.
        const colon = text.indexOf(':', start);
        if (colon < 0 || colon >= at - 1) {
            floor = at + 1;
            continue;
        }
        // A password may itself hold '@': as URL parsers do, the host starts after the last '@' of the token.
        let end = at + 1;
        while (end < text.length && !DELIMITERS.has(text[end]))
            end++;
        const last = text.lastIndexOf('@', end - 1);
        if (last > at)
            at = last;
        floor = at + 1;
        out += text.slice(copied, start) + REDACTED_USERINFO;
        copied = at;
    }
    return copied === 0 ? text : out + text.slice(copied);
}
/**
 * The same redaction over every string of a JSON-like value (a plan report, a render summary): the one
 * place values from the repository enter what the tool writes. Keys are left as they are.
 */
function redactUserinfoDeep(value) {
    if (typeof value === 'string')
        return redactUserinfo(value);
    if (Array.isArray(value))
        return value.map((v) => redactUserinfoDeep(v));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = redactUserinfoDeep(v);
        return out;
    }
    return value;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__runAction = __webpack_exports__.Cs;
/******/ var __webpack_exports__runCli = __webpack_exports__.ak;
/******/ export { __webpack_exports__main as main, __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
/******/ 
