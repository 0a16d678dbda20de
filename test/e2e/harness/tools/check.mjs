#!/usr/bin/env node
// Expectation runner: drives REAL clients (skopeo, ctr) against the loopback registries and
// checks, per expectation, what happened - from the client's own debug trace (which endpoints
// it tried, in order) and from the registries' access logs (which registry actually served the
// manifest). Prints PASS/FAIL per expectation and a final "N passed, N failed".
//
// Copied from the shared harness (lib/check.mjs there; tools/ here because .gitignore ignores lib/) and reshaped for the project's jest suite
// (test/e2e/real-clients.test.ts), which starts the services itself. Additions: --json FILE (machine-readable
// results), `unknown_keys_ok` may list the key names it allows, `expect_warnings` (regexes that some warning
// must match), `manifest_from` (exact set of endpoints whose manifest GET answered 200).
// Usage: check.mjs [--only REGEX] [--verbose] [--timeout SECS] [--logs DIR] [--json FILE] CONFIG_DIR [EXPECTATIONS]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const STATE = process.env.HARNESS_STATE || '/tmp/regharness';
const REGISTRIES = (process.env.HARNESS_REGISTRIES || 'source:5001:0 mirror:5002:0 other:5003:0 mirrortls:5443:1')
  .split(/\s+/).filter(Boolean).map((s) => {
    const [name, port, tls] = s.split(':');
    return { name, port, tls: tls === '1', hostport: `127.0.0.1:${port}`, log: path.join(STATE, 'reg', name, 'registry.log') };
  });
// HARNESS_SKOPEO: another skopeo build (signatures.test.ts needs one with sigstore; see install-sigstore-skopeo.sh)
const SKOPEO = process.env.HARNESS_SKOPEO || 'skopeo';
const CTR_SOCK = process.env.HARNESS_CTR_SOCK || path.join(STATE, 'containerd', 'containerd.sock');
const SEED_ENV = path.join(STATE, 'seed.env');

// ---------------------------------------------------------------- args
function usage(msg) {
  if (msg) console.error(`check: ${msg}`);
  console.error('usage: check.mjs [--only REGEX] [--verbose] [--timeout SECS] [--logs DIR] [--json FILE] CONFIG_DIR [EXPECTATIONS.json|.yaml]');
  process.exit(2);
}
const argv = process.argv.slice(2);
const opt = { only: null, verbose: false, timeout: 60, logs: null, json: null };
const pos = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--only') opt.only = new RegExp(argv[++i]);
  else if (a === '--verbose' || a === '-v') opt.verbose = true;
  else if (a === '--timeout') opt.timeout = Number(argv[++i]);
  else if (a === '--logs') opt.logs = argv[++i];
  else if (a === '--json') opt.json = argv[++i];
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else pos.push(a);
}
if (pos.length < 1 || pos.length > 2) usage();
const CONFIG_DIR = path.resolve(pos[0]);
if (!fs.statSync(CONFIG_DIR, { throwIfNoEntry: false })?.isDirectory()) usage(`not a directory: ${CONFIG_DIR}`);
let expFile = pos[1] ? path.resolve(pos[1]) : null;
if (!expFile) {
  for (const n of ['expectations.json', 'expectations.yaml', 'expectations.yml']) {
    if (fs.existsSync(path.join(CONFIG_DIR, n))) { expFile = path.join(CONFIG_DIR, n); break; }
  }
  if (!expFile) usage(`no expectations.json|yaml in ${CONFIG_DIR} and none given`);
}

// ---------------------------------------------------------------- load expectations
function loadStructured(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (/\.ya?ml$/i.test(file)) {
    for (const py of ['python3', '/usr/bin/python3']) {
      const r = spawnSync(py, ['-c', 'import sys,json,yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)', file], { encoding: 'utf8' });
      if (r.status === 0) return JSON.parse(r.stdout);
    }
    throw new Error(`cannot read YAML ${file}: needs python3 with PyYAML (apt-get install python3-yaml), or use JSON`);
  }
  return JSON.parse(text);
}
let doc;
try { doc = loadStructured(expFile); } catch (e) { usage(e.message); }
const expectations = Array.isArray(doc) ? doc : doc.expectations;
if (!Array.isArray(expectations)) usage('expectations file must be a list or {"expectations": [...]}');

// variables: seed.env < file "vars" < environment HARNESS_VAR_*   (${NAME} in any string field)
const vars = { CONFIG_DIR };
if (fs.existsSync(SEED_ENV)) {
  for (const line of fs.readFileSync(SEED_ENV, 'utf8').split('\n')) {
    const m = line.match(/^([A-Z_][A-Z0-9_]*)=(.*)$/);
    if (m) vars[m[1]] = m[2];
  }
}
Object.assign(vars, (!Array.isArray(doc) && doc.vars) || {});
for (const [k, v] of Object.entries(process.env)) if (k.startsWith('HARNESS_VAR_')) vars[k.slice(12)] = v;
function subst(v) {
  if (typeof v === 'string') {
    return v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, n) => {
      if (!(n in vars)) throw new Error(`unknown variable \${${n}} (known: ${Object.keys(vars).join(', ')})`);
      return vars[n];
    });
  }
  if (Array.isArray(v)) return v.map(subst);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, subst(x)]));
  return v;
}

// ---------------------------------------------------------------- config files
const cfg = {
  registriesConf: path.join(CONFIG_DIR, 'registries.conf'),
  policy: path.join(CONFIG_DIR, 'policy.json'),
  regConfD: path.join(CONFIG_DIR, 'registries.conf.d'),
  // signature storage / use-sigstore-attachments (registries.d(5)); without it the system's dir applies
  registriesD: path.join(CONFIG_DIR, 'registries.d'),
  hostsDir: ['hosts.d', 'certs.d'].map((d) => path.join(CONFIG_DIR, d)).find((d) => fs.existsSync(d)) || null,
  certsD: path.join(CONFIG_DIR, 'containers-certs.d'),
};
const runId = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '') + '-' + process.pid;
const work = path.join(STATE, 'check', runId);
const logDir = opt.logs ? path.resolve(opt.logs) : path.join(STATE, 'logs', runId);
fs.mkdirSync(work, { recursive: true });
fs.mkdirSync(logDir, { recursive: true });

const notes = [];
if (!fs.existsSync(cfg.registriesConf)) {
  cfg.registriesConf = path.join(work, 'empty-registries.conf');
  fs.writeFileSync(cfg.registriesConf, '');
  notes.push('no registries.conf in config dir: skopeo uses an EMPTY one (not /etc/containers/registries.conf)');
}
if (!fs.existsSync(cfg.policy)) {
  cfg.policy = path.join(work, 'accept-anything-policy.json');
  fs.writeFileSync(cfg.policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  notes.push('no policy.json in config dir: skopeo uses {"default":[{"type":"insecureAcceptAnything"}]}');
}

// skopeo runs with its own HOME and a non-root "rootless uid" so that containers/image keeps its
// blob-info cache, auth lookups and per-user certs.d under $HARNESS_STATE instead of /var/lib/containers,
// /run/containers, /etc/containers/certs.d.  CONFIG_DIR/containers-certs.d/<host:port>/ca.crt becomes the
// per-host certs.d (the containers-certs.d(5) layout) via $HOME/.config/containers/certs.d.
const skopeoHome = path.join(work, 'home');
fs.mkdirSync(path.join(skopeoHome, '.config', 'containers'), { recursive: true });
if (fs.existsSync(cfg.certsD)) fs.symlinkSync(cfg.certsD, path.join(skopeoHome, '.config', 'containers', 'certs.d'));
const skopeoEnv = {
  PATH: process.env.PATH, HOME: skopeoHome, XDG_RUNTIME_DIR: path.join(work, 'run'),
  _CONTAINERS_ROOTLESS_UID: '65534', LANG: 'C',
};
fs.mkdirSync(skopeoEnv.XDG_RUNTIME_DIR, { recursive: true });

// ---------------------------------------------------------------- network isolation
// Each client runs in a private mount namespace where /etc/hosts maps every hostname found in the
// config + expectations to 127.0.0.1 and /etc/resolv.conf points at 127.0.0.1 (nothing listens on :53),
// so a fallback to e.g. registry.k8s.io fails fast with "connection refused" and nothing leaves the
// machine. /etc/containers/registries.conf.d is replaced by CONFIG_DIR/registries.conf.d (or an empty
// dir): containers/image reads that drop-in dir even when --registries-conf is given.
function collectHostnames() {
  const names = new Set(['localhost', 'docker.io', 'registry-1.docker.io', 'index.docker.io', 'auth.docker.io',
    'registry.k8s.io', 'k8s.gcr.io', 'gcr.io', 'quay.io', 'ghcr.io', 'mcr.microsoft.com', 'public.ecr.aws']);
  const texts = [JSON.stringify(expectations)];
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) { texts.push(path.basename(p)); for (const e of fs.readdirSync(p)) walk(path.join(p, e)); }
    else if (st.size < 1e6) texts.push(path.basename(p), fs.readFileSync(p, 'utf8'));
  };
  walk(cfg.registriesConf); walk(cfg.regConfD); if (cfg.hostsDir) walk(cfg.hostsDir);
  const re = /(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?![\w-])/gi;
  for (const t of texts) for (const m of t.matchAll(re)) names.add(m[1].toLowerCase());
  return [...names].filter((n) => n.length < 200);
}
let isolation = process.env.HARNESS_NO_ISOLATION ? 'off (HARNESS_NO_ISOLATION set)' : 'on';
const iso = { hosts: path.join(work, 'hosts'), resolv: path.join(work, 'resolv.conf'), regd: null };
if (isolation === 'on') {
  fs.writeFileSync(iso.hosts, `127.0.0.1 ${collectHostnames().join(' ')}\n::1 localhost\n`);
  fs.writeFileSync(iso.resolv, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
  iso.regd = fs.existsSync(cfg.regConfD) ? cfg.regConfD : path.join(work, 'empty-registries.conf.d');
  fs.mkdirSync(iso.regd, { recursive: true });
  const t = spawnSync('unshare', ['-m', 'sh', '-c', `mount --bind '${iso.hosts}' /etc/hosts && mount --bind '${iso.resolv}' /etc/resolv.conf`], { encoding: 'utf8' });
  if (t.status !== 0) isolation = `off (unshare -m failed: ${(t.stderr || '').trim()})`;
}
const ISO_SCRIPT = 'set -e; mount --bind "$H_HOSTS" /etc/hosts; mount --bind "$H_RESOLV" /etc/resolv.conf; '
  + 'if [ -d /etc/containers/registries.conf.d ]; then mount --bind "$H_REGD" /etc/containers/registries.conf.d; fi; exec "$@"';
function run(cmd, args, env, timeoutS) {
  let full = ['--kill-after=5', String(timeoutS), cmd, ...args];
  const e = { ...env };
  if (isolation === 'on') {
    full = ['--kill-after=5', String(timeoutS), 'unshare', '-m', 'sh', '-c', ISO_SCRIPT, 'sh', cmd, ...args];
    Object.assign(e, { H_HOSTS: iso.hosts, H_RESOLV: iso.resolv, H_REGD: iso.regd });
  }
  const r = spawnSync('timeout', full, { env: e, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { rc: r.status ?? 128, out: (r.stdout || '') + (r.stderr || ''), timedOut: r.status === 124 || r.status === 137 };
}

// ---------------------------------------------------------------- registry access logs
function logSizes() {
  return Object.fromEntries(REGISTRIES.map((r) => [r.name, fs.existsSync(r.log) ? fs.statSync(r.log).size : 0]));
}
function registryRequests(before) {
  const reqs = [];
  for (const r of REGISTRIES) {
    if (!fs.existsSync(r.log)) continue;
    const fd = fs.openSync(r.log, 'r');
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.max(0, size - before[r.name]));
    fs.readSync(fd, buf, 0, buf.length, before[r.name]);
    fs.closeSync(fd);
    for (const line of buf.toString('utf8').split('\n')) {
      // combined access log: 127.0.0.1 - - [date] "GET /v2/x/manifests/y HTTP/1.1" 200 527 "" "ua"
      const m = line.match(/^\S+ \S+ \S+ \[[^\]]+\] "([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3}) /);
      if (!m) continue;
      const uri = m[2].split('?')[0];
      const k = uri.match(/^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/);
      reqs.push({ registry: r.name, method: m[1], uri, status: Number(m[3]),
        kind: k ? k[2] : 'other', endpoint: k ? `${r.hostport}/${k[1]}` : r.hostport, line });
    }
  }
  return reqs;
}
function isHarnessHost(ep) { return REGISTRIES.some((r) => ep === r.hostport || ep.startsWith(r.hostport + '/')); }
// "127.0.0.1:5002/mirror/oss" matches "127.0.0.1:5002/mirror/oss/kubernetes/pause" (path-boundary prefix)
const epMatch = (actual, want) => actual === want || actual.startsWith(want.replace(/\/$/, '') + '/');
const stripRef = (ref) => ref.replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^:/]+$/, '');

// ---------------------------------------------------------------- clients
function runSkopeo(e, idx) {
  const dest = path.join(work, `pull-${idx}`);
  fs.rmSync(dest, { recursive: true, force: true });
  const args = ['--debug', '--registries-conf', cfg.registriesConf, '--policy', cfg.policy,
    ...(fs.existsSync(cfg.registriesD) ? ['--registries.d', cfg.registriesD] : []),
    'copy', ...(e.args || []), `docker://${e.image}`, `dir:${dest}`];
  const r = run(SKOPEO, args, skopeoEnv, e.timeout || opt.timeout);
  const tried = [];
  for (const m of r.out.matchAll(/msg="Trying to access \\"([^"\\]+)\\""/g)) tried.push(stripRef(m[1]));
  const fatal = [...r.out.matchAll(/level=fatal msg="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\"/g, '"'));
  let digest = null;
  const mf = path.join(dest, 'manifest.json');
  if (r.rc === 0 && fs.existsSync(mf)) digest = 'sha256:' + createHash('sha256').update(fs.readFileSync(mf)).digest('hex');
  fs.rmSync(dest, { recursive: true, force: true });
  const warnings = [];
  for (const m of r.out.matchAll(/msg="Failed to decode keys \[(.*?)\] from \\"([^"\\]*)\\""/g)) {
    const keys = [...m[1].matchAll(/\\"([^"\\]+)\\"/g)].map((k) => k[1]);
    warnings.push({ kind: 'unknown_keys', keys, text: `keys NOT understood by this containers/image (silently ignored): ${JSON.stringify(keys)} in ${m[2]}` });
  }
  return { cmd: `${SKOPEO} ${args.join(' ')}`, ...r, tried, via: r.rc === 0 ? tried[tried.length - 1] : null,
    error: fatal.join('\n') || (r.rc !== 0 ? r.out.trim().split('\n').slice(-3).join('\n') : ''), digest, warnings };
}

function runCtr(e, idx) {
  const ns = `h${runId.replace(/[^0-9a-z]/gi, '')}-${idx}`;
  const base = ['--address', CTR_SOCK, '--namespace', ns];
  const args = ['--debug', ...base, 'images', 'pull', '--snapshotter', e.snapshotter || 'native',
    ...(cfg.hostsDir ? ['--hosts-dir', cfg.hostsDir] : []), ...(e.args || []), e.image];
  const r = run('ctr', args, { PATH: process.env.PATH }, e.timeout || opt.timeout);
  // resolve order: every HEAD .../manifests/<ref> request, in order; the last one before "resolved" won.
  const tried = [];
  let via = null;
  let last = null;
  for (const line of r.out.split('\n')) {
    if (/msg="do request"/.test(line) && /request\.method=HEAD/.test(line)) {
      const u = line.match(/ url=(?:"([^"]*)"|(\S+))/);
      if (!u) continue;
      const url = new URL(u[1] || u[2]);
      const p = url.pathname.match(/^(.*)\/manifests\/[^/]+$/);
      if (!p) continue; // blobs/<digest> fallback probes
      const ep = url.host + p[1].replace(/^\/v2(?=\/)/, '');
      if (!tried.includes(ep)) tried.push(ep);
      last = ep;
    } else if (/msg=resolved /.test(line)) via = last;
  }
  const err = r.out.split('\n').filter((l) => l.startsWith('ctr: '));
  const warnings = [];
  for (const m of r.out.matchAll(/msg="failed to decode hosts.toml" error="((?:[^"\\]|\\.)*)"/g)) {
    warnings.push({ kind: 'hosts_toml_errors', text: `containerd IGNORED a hosts.toml (fell back to defaults): ${m[1].replace(/\\"/g, '"')}` });
  }
  let digest = null;
  if (r.rc === 0) {
    const ls = run('ctr', [...base, 'images', 'ls'], { PATH: process.env.PATH }, 20);
    for (const l of ls.out.split('\n')) {
      const f = l.trim().split(/\s+/);
      if (f[0] === e.image && f[2]?.startsWith('sha256:')) digest = f[2];
    }
    run('ctr', [...base, 'images', 'rm', '--sync', e.image], { PATH: process.env.PATH }, 20);
  }
  run('ctr', ['--address', CTR_SOCK, 'namespaces', 'rm', ns], { PATH: process.env.PATH }, 20);
  return { cmd: `ctr ${args.join(' ')}`, ...r, tried: [...new Set(tried)], via: r.rc === 0 ? via : null,
    error: err.join('\n') || (r.rc !== 0 ? r.out.trim().split('\n').slice(-3).join('\n') : ''), digest, warnings };
}

// ---------------------------------------------------------------- preflight
function reachable(reg) {
  const r = spawnSync('curl', ['-fsS', '--max-time', '3', '--cacert', path.join(STATE, 'tls', 'ca.crt'),
    '-o', '/dev/null', `${reg.tls ? 'https' : 'http'}://${reg.hostport}/v2/`], { encoding: 'utf8' });
  return r.status === 0;
}
const down = REGISTRIES.filter((r) => !reachable(r)).map((r) => `${r.name}(${r.hostport})`);
const wantsCtr = expectations.some((e) => (e.client || 'skopeo') === 'ctr');
let ctrProblem = null;
if (wantsCtr) {
  const v = spawnSync('timeout', ['5', 'ctr', '--address', CTR_SOCK, 'version'], { encoding: 'utf8' });
  if (v.status !== 0) ctrProblem = `containerd not answering on ${CTR_SOCK} (run containerd-up.sh)`;
}

const ver = (c, a) => (spawnSync(c, a, { encoding: 'utf8' }).stdout || '').trim().split('\n')[0];
console.log(`# config dir:   ${CONFIG_DIR}`);
console.log(`# expectations: ${expFile}`);
console.log(`# clients:      ${ver(SKOPEO, ['--version'])} | ${ver('ctr', ['--version'])}`);
console.log(`# isolation:    ${isolation}${iso.regd && isolation === 'on' ? ` (registries.conf.d := ${iso.regd})` : ''}`);
console.log(`# hosts.d:      ${cfg.hostsDir || '(none: ctr uses its defaults)'}`);
if (opt.verbose && isolation === 'on') console.log(`# /etc/hosts:   ${fs.readFileSync(iso.hosts, 'utf8').split('\n')[0]}`);
for (const n of notes) console.log(`# note:         ${n}`);
if (down.length) console.log(`# WARNING: registries not answering: ${down.join(', ')} (run registry-up.sh && seed.sh)`);
console.log(`# logs:         ${logDir}`);

// ---------------------------------------------------------------- run
let passed = 0;
let failed = 0;
const results = [];
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
expectations.forEach((raw, i) => {
  const idx = String(i + 1).padStart(2, '0');
  const name = raw.name || `expectation ${idx}`;
  if (opt.only && !opt.only.test(name)) return;
  const client = raw.client || 'skopeo';
  const problems = [];
  const info = [];
  let res = null;
  let e;
  try {
    e = subst(raw);
    if (!e.image) throw new Error('missing "image"');
    if (!['pulled', 'rejected'].includes(e.expect)) throw new Error('"expect" must be "pulled" or "rejected"');
    if (!['skopeo', 'ctr'].includes(client)) throw new Error('"client" must be "skopeo" or "ctr"');
  } catch (err) {
    problems.push(`bad expectation: ${err.message}`);
  }
  if (!problems.length && client === 'ctr' && ctrProblem) problems.push(ctrProblem);

  let reqs = [];
  if (!problems.length) {
    const before = logSizes();
    res = client === 'skopeo' ? runSkopeo(e, idx) : runCtr(e, idx);
    spawnSync('sleep', ['0.1']); // access-log lines are written after the response
    reqs = registryRequests(before);

    const manifestGets = reqs.filter((q) => q.kind === 'manifests' && q.method === 'GET' && q.status === 200);
    const servedFrom = [...new Set(manifestGets.map((q) => q.endpoint))];
    const resolvedAt = [...new Set(reqs.filter((q) => q.kind === 'manifests' && q.method === 'HEAD' && q.status === 200).map((q) => q.endpoint))];
    const blobsFrom = [...new Set(reqs.filter((q) => q.kind === 'blobs' && q.method === 'GET' && q.status === 200).map((q) => q.endpoint))];

    if (res.timedOut) problems.push(`client timed out after ${e.timeout || opt.timeout}s`);
    if (e.expect === 'pulled') {
      if (res.rc !== 0) problems.push(`expected pulled, client failed (rc=${res.rc}): ${res.error.split('\n')[0]}`);
      if (e.from && res.rc === 0) {
        const froms = [].concat(e.from);
        if (froms.some(isHarnessHost)) {
          // ground truth: the registry access logs
          if (!servedFrom.length) problems.push(`no harness registry served the manifest (GET 200); wanted ${froms.join(' | ')}`);
          const bad = servedFrom.filter((s) => !froms.some((f) => epMatch(s, f)));
          if (bad.length) problems.push(`manifest served by ${bad.join(', ')}; wanted ${froms.join(' | ')}`);
        }
        if (res.via && !froms.some((f) => epMatch(res.via, f))) problems.push(`client says it pulled via ${res.via}; wanted ${froms.join(' | ')}`);
      }
      if (e.digest && res.rc === 0 && res.digest !== e.digest) problems.push(`pulled digest ${res.digest}, wanted ${e.digest}`);
    } else {
      if (res.rc === 0) problems.push(`expected rejected, but the pull succeeded (via ${res.via || '?'}; manifest from ${servedFrom.join(', ') || '?'})`);
      if (e.error && res.rc !== 0 && !new RegExp(e.error).test(res.error || res.out)) {
        problems.push(`error does not match /${e.error}/: ${res.error.split('\n')[0]}`);
      }
    }
    if (e.tried) {
      const want = [].concat(e.tried);
      const ok = want.length === res.tried.length && want.every((w, j) => epMatch(res.tried[j], w));
      if (!ok) problems.push(`tried [${res.tried.join(' -> ')}], wanted [${want.join(' -> ')}]`);
    }
    for (const nt of [].concat(e.not_tried || [])) {
      const hit = res.tried.filter((t) => epMatch(t, nt));
      if (hit.length) problems.push(`must not try ${nt}, but tried ${hit.join(', ')}`);
      const regHit = isHarnessHost(nt) ? reqs.filter((q) => q.kind !== 'other' && epMatch(q.endpoint, nt)) : [];
      if (regHit.length && !hit.length) problems.push(`must not contact ${nt}, but registry log shows ${regHit[0].method} ${regHit[0].uri}`);
    }
    for (const nr of [].concat(e.no_requests_to || [])) {
      const hit = reqs.filter((q) => epMatch(q.endpoint, nr));
      if (hit.length) problems.push(`registry ${nr} must see no request, but got ${hit[0].method} ${hit[0].uri}`);
    }
    if (e.manifest_from && res.rc === 0) {
      const want = [].concat(e.manifest_from);
      const ok = servedFrom.length === want.length && want.every((w) => servedFrom.some((s) => epMatch(s, w)));
      if (!ok) problems.push(`manifest GET 200 from [${servedFrom.join(', ')}], wanted exactly [${want.join(', ')}]`);
    }
    // a pinned warning (expect_warnings) is allowed; unknown_keys_ok is true or the list of key names allowed
    const pinned = [].concat(e.expect_warnings || []).map((x) => new RegExp(x));
    for (const re of pinned) if (!res.warnings.some((w) => re.test(w.text))) problems.push(`no client warning matches /${re.source}/`);
    const keysOk = (w) => e.unknown_keys_ok === true || (Array.isArray(e.unknown_keys_ok) && w.keys.every((k) => e.unknown_keys_ok.includes(k)));
    for (const w of res.warnings) {
      const ok = pinned.some((re) => re.test(w.text)) || (w.kind === 'unknown_keys' && keysOk(w)) || (w.kind === 'hosts_toml_errors' && e.hosts_toml_errors_ok);
      if (ok) info.push(`(allowed) ${w.text}`); else problems.push(w.text);
    }
    info.push(`tried: ${res.tried.join(' -> ') || '(none)'}`);
    if (res.rc === 0) info.push(`pulled via: ${res.via || '?'}; registry-side: manifest GET from ${servedFrom.join(', ') || '-'}${resolvedAt.length ? `; HEAD(resolve) at ${resolvedAt.join(', ')}` : ''}; blobs from ${blobsFrom.join(', ') || '-'}; digest ${res.digest || '?'}`);
    else info.push(`error: ${res.error.split('\n')[0].slice(0, 400)}`);
  }

  const ok = problems.length === 0;
  if (ok) passed++; else failed++;
  results.push({ name, client, image: e?.image ?? raw.image, ok, problems, tried: res?.tried ?? [], via: res?.via ?? null,
    rc: res?.rc ?? null, error: res?.error ?? '', warnings: res?.warnings ?? [], requests: reqs.map((q) => ({ registry: q.registry, method: q.method, uri: q.uri, status: q.status, endpoint: q.endpoint })) });
  const logFile = path.join(logDir, `${idx}-${slug(name)}.log`);
  if (res) {
    fs.writeFileSync(logFile, [`# ${name}`, `# expectation: ${JSON.stringify(e)}`, `# result: ${ok ? 'PASS' : 'FAIL'}`,
      ...problems.map((p) => `# problem: ${p}`), `$ ${res.cmd}`, `# rc=${res.rc}`, res.out,
      '# ---- registry access log lines during this call', ...reqs.map((q) => `[${q.registry}] ${q.line}`), ''].join('\n'));
  }
  console.log(`${ok ? 'PASS' : 'FAIL'} [${client}] ${name}`);
  for (const p of problems) console.log(`       - ${p}`);
  if (!ok || opt.verbose) {
    for (const l of info) console.log(`       ${l}`);
    if (res) console.log(`       log: ${logFile}`);
  }
});

fs.rmSync(work, { recursive: true, force: true });
// keep only the 20 newest default log dirs (idempotent, bounded disk use)
if (!opt.logs) {
  const root = path.join(STATE, 'logs');
  const dirs = fs.readdirSync(root).sort();
  for (const d of dirs.slice(0, Math.max(0, dirs.length - 20))) fs.rmSync(path.join(root, d), { recursive: true, force: true });
}
if (opt.json) fs.writeFileSync(opt.json, JSON.stringify({ isolation, configDir: CONFIG_DIR, logDir, results }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
