/**
 * The e2e cases (test/e2e/cases/<name>/): `manifests/` rendered by `registry-plan render`, or `config/`,
 * a hand-written harness config dir for client behaviour no rendering reaches; plus `expectations.yaml`
 * in the harness's expectation format (see test/e2e/harness/tools/check.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { LOOPBACK_REGISTRIES } from './harness.js';

export const CASES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'cases');
export const PROJECT_ROOT = path.resolve(CASES_DIR, '..', '..', '..');

/** Every OpenShift >= 4.19 rendering carries this key; skopeo 1.9.3's containers/image (5.23) predates it. */
export const VERSION_SKEW_KEYS = ['additional-layer-store-auth-helper'];

export interface Expectation {
  name: string;
  client?: 'skopeo' | 'ctr';
  image: string;
  expect: 'pulled' | 'rejected';
  [field: string]: unknown;
}

export interface E2eCase {
  name: string;
  dir: string;
  description: string;
  kind: 'rendered' | 'hand-written';
  openshiftVersion?: string;
  wmcoVersion?: string;
  /** Regexes each of which some render.json warning must match: the report says what the clients show. */
  renderWarnings: string[];
  unknownKeysOk: string[];
  expectations: Expectation[];
}

export function loadCases(): E2eCase[] {
  return fs
    .readdirSync(CASES_DIR)
    .sort()
    .map((name) => {
      const dir = path.join(CASES_DIR, name);
      const doc = parseYaml(fs.readFileSync(path.join(dir, 'expectations.yaml'), 'utf8')) as Record<string, unknown>;
      const rendered = fs.existsSync(path.join(dir, 'manifests'));
      if (!rendered && !fs.existsSync(path.join(dir, 'config')))
        throw new Error(`case ${name}: needs manifests/ or config/`);
      const expectations = doc['expectations'] as Expectation[];
      const names = new Set(expectations.map((e) => e.name));
      if (names.size !== expectations.length) throw new Error(`case ${name}: expectation names must be unique`);
      return {
        name,
        dir,
        description: String(doc['description'] ?? ''),
        kind: rendered ? 'rendered' : 'hand-written',
        ...(doc['openshiftVersion'] !== undefined ? { openshiftVersion: String(doc['openshiftVersion']) } : {}),
        ...(doc['wmcoVersion'] !== undefined ? { wmcoVersion: String(doc['wmcoVersion']) } : {}),
        renderWarnings: (doc['renderWarnings'] as string[] | undefined) ?? [],
        unknownKeysOk: (doc['unknownKeysOk'] as string[] | undefined) ?? (rendered ? VERSION_SKEW_KEYS : []),
        expectations
      };
    });
}

/** The expectations as check.mjs runs them: the case's allowed unknown keys applied to each. */
export function harnessExpectations(c: E2eCase): Expectation[] {
  return c.expectations.map((e) => ({ unknown_keys_ok: c.unknownKeysOk, ...e }));
}

const CA_PLACEHOLDER = /^([ \t]*)@HARNESS_CA_PEM@[ \t]*$/gm;

/** Copies the case's manifests, putting the harness CA (generated at run time) where a manifest asks for it. */
export function materializeManifests(c: E2eCase, caPem: string, dest: string): string {
  const src = path.join(c.dir, 'manifests');
  fs.mkdirSync(dest, { recursive: true });
  for (const f of fs.readdirSync(src).sort()) {
    const text = fs.readFileSync(path.join(src, f), 'utf8');
    const filled = text.replace(CA_PLACEHOLDER, (_m, indent: string) =>
      caPem
        .trimEnd()
        .split('\n')
        .map((l) => indent + l)
        .join('\n')
    );
    fs.writeFileSync(path.join(dest, f), filled);
  }
  return dest;
}

export interface RenderOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
  renderJson: { errors?: unknown[]; warnings?: { message?: string }[]; files?: unknown[] } | null;
}

/** The project's CLI; REGISTRY_PLAN_CLI runs the suite against another build of it. */
export const CLI = process.env['REGISTRY_PLAN_CLI'] ?? path.join(PROJECT_ROOT, 'bin', 'registry-plan.js');

/**
 * `registry-plan render manifests --out DIR`, run from the folder that holds `manifests`: the CLI reads
 * paths relative to the repository (its working folder), and this keeps the project's own
 * .github/registry-plan.yaml out of the cases.
 */
export function render(
  manifestsDir: string,
  outDir: string,
  c: Pick<E2eCase, 'openshiftVersion' | 'wmcoVersion'>
): RenderOutcome {
  const args = [
    CLI,
    'render',
    path.basename(manifestsDir),
    '--out',
    outDir,
    ...(c.openshiftVersion ? ['--openshift-version', c.openshiftVersion] : []),
    ...(c.wmcoVersion ? ['--wmco-version', c.wmcoVersion] : [])
  ];
  const r = spawnSync('node', args, { cwd: path.dirname(manifestsDir), encoding: 'utf8', timeout: 60_000 });
  const rj = path.join(outDir, 'render.json');
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr || (r.error ? String(r.error) : ''),
    renderJson: fs.existsSync(rj) ? (JSON.parse(fs.readFileSync(rj, 'utf8')) as RenderOutcome['renderJson']) : null
  };
}

export const LINUX_CONTAINERS = path.join('linux', 'etc', 'containers');
export const LINUX_DOCKER_CERTS = path.join('linux', 'etc', 'docker', 'certs.d');
export const WINDOWS_REGISTRIES = path.join('windows', 'C', 'k', 'containerd', 'registries');

/**
 * WMCO writes every host as https:// (windows-wmco.md §3.6) and real registries speak TLS. The harness's
 * 5001..5003 registries speak plain HTTP, so for those host:ports only the scheme is rewritten to http://
 * in the copy ctr reads; host, path, capabilities, order, override_path and the server line stay as
 * rendered. 127.0.0.1:5443 is HTTPS and keeps https://.
 */
export function loopbackSchemes(hostsToml: string): string {
  let out = hostsToml;
  for (const r of LOOPBACK_REGISTRIES.filter((x) => !x.tls)) {
    out = out
      .split(`"https://${r.hostport}/`)
      .join(`"http://${r.hostport}/`)
      .split(`"https://${r.hostport}"`)
      .join(`"http://${r.hostport}"`);
  }
  return out;
}

function copyTree(src: string, dest: string, transform?: (text: string) => string): void {
  if (!fs.existsSync(src)) return;
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name);
    const d = path.join(dest, e.name);
    if (e.isDirectory()) copyTree(s, d, transform);
    else {
      fs.mkdirSync(dest, { recursive: true });
      fs.writeFileSync(d, transform ? transform(fs.readFileSync(s, 'utf8')) : fs.readFileSync(s));
    }
  }
}

/**
 * Lays the rendered node files out as the harness's CONFIG_DIR:
 *   linux/etc/containers/{registries.conf,policy.json,registries.conf.d/,registries.d/} -> same names
 *   linux/etc/docker/certs.d/<host>/ca.crt -> containers-certs.d/<host>/ca.crt (skopeo reads it as
 *     its per-host certs.d, the layout CRI-O reads under /etc/docker/certs.d on a node)
 *   windows/C/k/containerd/registries/<host>/hosts.toml -> hosts.d/<host>/hosts.toml (ctr --hosts-dir),
 *     with loopbackSchemes applied
 * Registry hostnames need no rewriting: the cases name the loopback registries directly, and the
 * harness maps every other hostname to 127.0.0.1 inside the client's mount namespace.
 */
export function mapRenderedToConfigDir(renderDir: string, configDir: string): void {
  fs.mkdirSync(configDir, { recursive: true });
  const linux = path.join(renderDir, LINUX_CONTAINERS);
  for (const f of ['registries.conf', 'policy.json']) {
    if (fs.existsSync(path.join(linux, f))) fs.copyFileSync(path.join(linux, f), path.join(configDir, f));
  }
  copyTree(path.join(linux, 'registries.conf.d'), path.join(configDir, 'registries.conf.d'));
  copyTree(path.join(linux, 'registries.d'), path.join(configDir, 'registries.d'));
  copyTree(path.join(renderDir, LINUX_DOCKER_CERTS), path.join(configDir, 'containers-certs.d'));
  copyTree(path.join(renderDir, WINDOWS_REGISTRIES), path.join(configDir, 'hosts.d'), loopbackSchemes);
}

/** The hosts.toml a rendered Windows tree holds for a registry host[:port], as rendered. */
export function renderedHostsToml(renderDir: string, registry: string): string | undefined {
  const f = path.join(renderDir, WINDOWS_REGISTRIES, registry, 'hosts.toml');
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined;
}

export function copyConfigDir(src: string, dest: string): void {
  copyTree(src, dest);
}
