/**
 * `--check-pulls` against real registries (issue 17): the checker (src/check/) runs the real clients
 * (skopeo for Linux, ctr for Windows) on rendered node files against the loopback harness, and each
 * result must match what the registries hold. Needs the same packages and privileges as
 * real-clients.test.ts; skips visibly without them, and fails instead under CI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PullChecker, type PullCheckOptions } from '../../src/check/check-pulls.js';
import { linuxRouteFactory, windowsRouteFactory } from '../../src/check/route.js';
import type { PullCheck } from '../../src/check/types.js';
import { main } from '../../src/cli/index.js';
import { expectPlanContract } from '../support/plan-contract.js';
import type { NodeFile } from '../../src/render/types.js';
import {
  acquireRunLock,
  HARNESS_AUTH,
  HARNESS_REGISTRIES_WITH_AUTH,
  missingPrerequisites,
  releaseRunLock,
  startHarness,
  stopHarness,
  type Harness
} from './support/harness.js';

const missing = missingPrerequisites();
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

const SRC = '127.0.0.1:5001';
const MIR = '127.0.0.1:5002';
const TLS = '127.0.0.1:5443';
const AUTH = '127.0.0.1:5004';
const DOWN = '127.0.0.1:5009'; // nothing listens here

const linux = (p: string, content: string): NodeFile => ({ node: 'linux', path: p, content, origin: 'generated' });

/** registries.conf as MCO writes it for one IDMS entry (source 127.0.0.1:5001/oss → one mirror). */
function conf(mirror: string, opts: { neverContactSource: boolean; insecure: boolean }): NodeFile {
  const text = [
    'unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]',
    'short-name-mode = ""',
    '',
    '[[registry]]',
    '  prefix = ""',
    `  location = "${SRC}/oss"`,
    '  insecure = true',
    ...(opts.neverContactSource ? ['  blocked = true'] : []),
    '',
    '  [[registry.mirror]]',
    `    location = "${mirror}"`,
    `    insecure = ${opts.insecure}`,
    '    pull-from-mirror = "digest-only"',
    '',
    '[[registry]]',
    '  prefix = ""',
    `  location = "${MIR}"`,
    '  insecure = true',
    ''
  ].join('\n');
  return linux('/etc/containers/registries.conf', text);
}

if (missing !== null) {
  describe('check-pulls against loopback registries', () => {
    if (inCi)
      it('has the packages and privileges it needs (CI must not skip this suite)', () => {
        throw new Error(`e2e prerequisites missing: ${missing}`);
      });
    else it.skip(`SKIPPED, prerequisites missing: ${missing}`, () => undefined);
  });
} else {
  describe('check-pulls against loopback registries', () => {
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-plan-e2e-check-'));
    let h: Harness;
    let digest = '';
    let digestB = '';
    let authfile = '';
    const opts: PullCheckOptions = { parallelism: 4, requestTimeoutMs: 30_000, budgetMs: 120_000 };

    beforeAll(() => {
      acquireRunLock(240_000);
      h = startHarness(state, [], { registries: HARNESS_REGISTRIES_WITH_AUTH, containerd: false });
      digest = h.vars['DIGEST']!;
      digestB = h.vars['DIGEST_B']!;
      authfile = path.join(state, 'auth.json');
      const token = Buffer.from(`${HARNESS_AUTH.user}:${HARNESS_AUTH.password}`).toString('base64');
      fs.writeFileSync(authfile, JSON.stringify({ auths: { [AUTH]: { auth: token } } }), { mode: 0o600 });
    }, 180_000);

    afterAll(() => {
      const left = stopHarness(state);
      releaseRunLock();
      fs.rmSync(state, { recursive: true, force: true });
      if (left.length > 0) throw new Error(`harness processes still running after stop: ${left.join(', ')}`);
    }, 60_000);

    /**
     * What skopeo tried must be the plan's own route (its unblocked endpoints): all of it when nothing
     * served, a prefix ending at the server otherwise.
     */
    function agreesWithPlan(files: NodeFile[], image: string, c: PullCheck): void {
      const route = linuxRouteFactory(files)(image)
        .endpoints.filter((e) => !e.blocked)
        .map((e) => e.endpoint);
      if (c.result === 'served') expect(route.slice(0, c.tried.length)).toEqual(c.tried);
      else expect(c.tried).toEqual(route);
    }

    async function check(files: NodeFile[], images: string[], o: Partial<PullCheckOptions> = {}) {
      const checker = new PullChecker({ ...opts, ...o });
      const results = await checker.checkSide(
        files,
        images.map((image) => ({ image, os: 'linux' as const }))
      );
      const get = (image: string): PullCheck => {
        const r = results.get(`linux\0${image}`);
        if (!r) throw new Error(`no result for ${image}`);
        if (r.result !== 'not-checked') agreesWithPlan(files, image, r);
        return r;
      };
      return { get, summary: checker.summary() };
    }

    it('an image the mirror holds is served by the mirror', async () => {
      const image = `${SRC}/oss/kubernetes/pause@${digest}`;
      const { get } = await check([conf(`${MIR}/mirror/oss`, { neverContactSource: true, insecure: true })], [image]);
      expect(get(image)).toMatchObject({
        result: 'served',
        from: `${MIR}/mirror/oss/kubernetes/pause`,
        fromMirror: true,
        tried: [`${MIR}/mirror/oss/kubernetes/pause`],
        by: 'digest',
        sourceAllowed: false
      });
    }, 60_000);

    it('an image missing from the mirror under NeverContactSource is missing, the source never asked', async () => {
      const image = `${SRC}/oss/only-on-source@${digestB}`;
      const { get } = await check([conf(`${MIR}/mirror/oss`, { neverContactSource: true, insecure: true })], [image]);
      expect(get(image)).toMatchObject({
        result: 'missing',
        tried: [`${MIR}/mirror/oss/only-on-source`],
        sourceAllowed: false
      });
      expect(get(image).from).toBeUndefined();
    }, 60_000);

    it('an image missing from the mirror with AllowContactingSource is served by the source', async () => {
      const image = `${SRC}/oss/only-on-source@${digestB}`;
      const { get } = await check([conf(`${MIR}/mirror/oss`, { neverContactSource: false, insecure: true })], [image]);
      expect(get(image)).toMatchObject({
        result: 'served',
        from: `${SRC}/oss/only-on-source`,
        fromMirror: false,
        tried: [`${MIR}/mirror/oss/only-on-source`, `${SRC}/oss/only-on-source`],
        sourceAllowed: true
      });
    }, 60_000);

    it('a mirror that is down is unreachable, reported once for its host, and asked once', async () => {
      const images = [
        `${SRC}/oss/kubernetes/pause@${digest}`,
        `${SRC}/oss/only-on-source@${digestB}`,
        `${SRC}/oss/x@${digest}`
      ];
      const { get, summary } = await check(
        [conf(`${DOWN}/mirror/oss`, { neverContactSource: true, insecure: true })],
        images,
        { parallelism: 1 }
      );
      for (const i of images) expect(get(i).result).toBe('unreachable');
      expect(summary.unreachable).toEqual([{ host: DOWN, detail: 'connection refused', references: 3 }]);
      expect(summary.clientRuns).toBe(1);
    }, 60_000);

    it('a registry needing credentials is denied without an authfile and served with one; no secret in output', async () => {
      const image = `${SRC}/oss/kubernetes/pause@${digest}`;
      const files = [conf(`${AUTH}/mirror/oss`, { neverContactSource: true, insecure: true })];
      const without = await check(files, [image]);
      expect(without.get(image)).toMatchObject({ result: 'denied', tried: [`${AUTH}/mirror/oss/kubernetes/pause`] });
      const progress: string[] = [];
      const withAuth = await check(files, [image], { authfile, progress: (l) => progress.push(l) });
      expect(withAuth.get(image)).toMatchObject({ result: 'served', from: `${AUTH}/mirror/oss/kubernetes/pause` });
      const out = JSON.stringify([without.get(image), withAuth.get(image), withAuth.summary, progress]);
      const token = Buffer.from(`${HARNESS_AUTH.user}:${HARNESS_AUTH.password}`).toString('base64');
      expect(out).not.toContain(HARNESS_AUTH.password);
      expect(out).not.toContain(token);
      expect(out).not.toContain(authfile);
    }, 60_000);

    it('a TLS mirror is trusted through the rendered certs.d, and not without it', async () => {
      const image = `${SRC}/oss/kubernetes/pause@${digest}`;
      const ca = fs.readFileSync(h.vars['CA']!, 'utf8');
      const files = [conf(`${TLS}/mirror/oss`, { neverContactSource: true, insecure: false })];
      const trusted = await check([...files, linux(`/etc/docker/certs.d/${TLS}/ca.crt`, ca)], [image]);
      expect(trusted.get(image)).toMatchObject({ result: 'served', from: `${TLS}/mirror/oss/kubernetes/pause` });
      const untrusted = await check(files, [image]);
      expect(untrusted.get(image)).toMatchObject({ result: 'unreachable' });
      expect(untrusted.summary.unreachable).toEqual([
        { host: TLS, detail: 'TLS certificate not trusted', references: 1 }
      ]);
    }, 60_000);

    it('a tag reference says a tag was checked; the same reference is asked once per run', async () => {
      const image = `${MIR}/mirror/oss/kubernetes/pause:3.9`;
      const files = [
        conf(`${MIR}/mirror/oss`, { neverContactSource: true, insecure: true }),
        linux('/etc/containers/registries.conf.d/x.conf', '')
      ];
      const checker = new PullChecker(opts);
      const a = await checker.checkSide(files, [
        { image, os: 'linux' },
        { image, os: 'linux' }
      ]);
      const b = await checker.checkSide(files, [{ image, os: 'linux' }]);
      expect(a.get(`linux\0${image}`)).toMatchObject({
        result: 'served',
        from: `${MIR}/mirror/oss/kubernetes/pause`,
        by: 'tag'
      });
      expect(b.get(`linux\0${image}`)).toBe(a.get(`linux\0${image}`));
      expect(checker.summary()).toMatchObject({ references: 1, clientRuns: 1, cached: 1 });
    }, 60_000);

    // A source without a port: a Windows node never reads a host:port folder. NeverContactSource makes
    // the server line the mirror, so ctr never looks the source name up.
    it('Windows: ctr reads the rendered hosts.toml tree; served by the TLS mirror, missing when absent', async () => {
      const source = 'mirrored.example';
      const ca = fs.readFileSync(h.vars['CA']!, 'utf8');
      // as WMCO writes it for NeverContactSource (src/render/windows/hosts-toml.ts)
      const toml = [
        `server = "https://${TLS}/v2/mirror/oss"`,
        '',
        'override_path = true',
        '',
        `[host."https://${TLS}/v2/mirror/oss"]`,
        '  capabilities = ["pull", "resolve"]',
        '  override_path = true',
        ''
      ].join('\n');
      const files: NodeFile[] = [
        {
          node: 'windows',
          path: `C:\\k\\containerd\\registries\\${source}\\hosts.toml`,
          content: toml,
          origin: 'generated'
        },
        linux(`/etc/docker/certs.d/${TLS}/ca.crt`, ca)
      ];
      const present = `${source}/kubernetes/pause@${digest}`;
      const absent = `${source}/kubernetes/absent@${digest}`;
      const checker = new PullChecker(opts);
      const r = await checker.checkSide(files, [
        { image: present, os: 'windows' },
        { image: absent, os: 'windows' }
      ]);
      expect(r.get(`windows\0${present}`)).toMatchObject({
        result: 'served',
        from: `${TLS}/mirror/oss/kubernetes/pause`,
        fromMirror: true,
        sourceAllowed: false
      });
      // absent everywhere: ctr walks exactly the route the plan predicts
      const route = windowsRouteFactory(files)(absent).endpoints.map((e) => e.endpoint);
      expect(route).toEqual([`${TLS}/mirror/oss/kubernetes/absent`]);
      expect(r.get(`windows\0${absent}`)).toMatchObject({ result: 'missing', tried: route });
    }, 60_000);

    describe('registry-plan plan --check-pulls (the whole engine, in-process CLI)', () => {
      interface PlanRun {
        status: number;
        json: Record<string, unknown> & {
          workloads: Array<{ image: string; check?: PullCheck }>;
          findings: Array<{ rule: string; severity: string; message: string; file: string; line: number }>;
          verdict: string;
          checkPulls?: { unreachable: Array<{ host: string; references: number }>; clientRuns: number };
        };
        stdout: string;
        stderr: string;
      }

      const git = (dir: string, ...args: string[]): string =>
        execFileSync('git', args, {
          cwd: dir,
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@e',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@e'
          }
        }).trim();

      const image = (extra = ''): string =>
        [
          'apiVersion: config.openshift.io/v1',
          'kind: Image',
          'metadata:',
          '  name: cluster',
          'spec:',
          extra,
          '  registrySources:',
          '    insecureRegistries:',
          `      - ${SRC}`,
          `      - ${MIR}`,
          `      - ${AUTH}`,
          `      - ${DOWN}`,
          ''
        ]
          .filter((l) => l !== '')
          .join('\n') + '\n';

      const idms = (mirror: string, policy: string): string =>
        [
          'apiVersion: config.openshift.io/v1',
          'kind: ImageDigestMirrorSet',
          'metadata:',
          '  name: oss',
          'spec:',
          '  imageDigestMirrors:',
          `    - source: ${SRC}/oss`,
          `      mirrors: [${mirror}]`,
          `      mirrorSourcePolicy: ${policy}`,
          ''
        ].join('\n');

      const pod = (images: string[]): string =>
        [
          'apiVersion: v1',
          'kind: Pod',
          'metadata:',
          '  name: app',
          '  namespace: apps',
          'spec:',
          '  containers:',
          ...images.flatMap((im, i) => [`    - name: c${i}`, `      image: ${im}`]),
          ''
        ].join('\n');

      /** A repository whose head commit adds `head` (an IDMS, a CA) to `base` (the Image, the workloads). */
      function repo(name: string, base: Record<string, string>, head: Record<string, string>) {
        const dir = path.join(state, 'repos', name);
        fs.mkdirSync(dir, { recursive: true });
        git(dir, 'init', '-q', '-b', 'main');
        for (const [f, t] of Object.entries(base)) fs.writeFileSync(path.join(dir, f), t);
        git(dir, 'add', '-A');
        git(dir, 'commit', '-qm', 'base');
        const b = git(dir, 'rev-parse', 'HEAD');
        for (const [f, t] of Object.entries(head)) fs.writeFileSync(path.join(dir, f), t);
        git(dir, 'add', '-A');
        git(dir, 'commit', '-qm', 'head');
        return { dir, base: b, head: git(dir, 'rev-parse', 'HEAD') };
      }

      async function plan(r: { dir: string; base: string; head: string }, extra: string[] = []): Promise<PlanRun> {
        let stdout = '';
        let stderr = '';
        const status = await main(
          ['plan', '--repo', r.dir, '--base', r.base, '--head', r.head, '--format', 'json', '--check-pulls', ...extra],
          { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }
        );
        const json = JSON.parse(stdout) as PlanRun['json'];
        expectPlanContract(json);
        return { status, json, stdout, stderr };
      }

      const checkOf = (run: PlanRun, im: string): PullCheck => {
        const w = run.json.workloads.find((x) => x.image === im);
        if (!w?.check) throw new Error(`no check for ${im} in ${JSON.stringify(run.json.workloads)}`);
        return w.check;
      };
      // the pull-check rules only (the plan's other rules speak about the mirror set itself)
      const rules = (run: PlanRun) =>
        run.json.findings
          .filter((f) => f.rule === 'image-not-mirrored' || f.rule === 'pull-check-incomplete')
          .map((f) => `${f.rule}:${f.severity}`)
          .sort();

      it('present on the mirror: served by the mirror, no finding, verdict pass', async () => {
        const im = `${SRC}/oss/kubernetes/pause@${digest}`;
        const r = repo(
          'served',
          { 'image.yaml': image(), 'pod.yaml': pod([im]) },
          { 'idms.yaml': idms(`${MIR}/mirror/oss`, 'NeverContactSource') }
        );
        const run = await plan(r);
        expect(checkOf(run, im)).toMatchObject({
          result: 'served',
          from: `${MIR}/mirror/oss/kubernetes/pause`,
          by: 'digest'
        });
        expect(rules(run)).toEqual([]);
        expect(run.json.verdict).toBe('pass');
        expect(run.status).toBe(0);
      }, 60_000);

      it('missing from the mirror under NeverContactSource: missing, an error finding, verdict fail', async () => {
        const im = `${SRC}/oss/only-on-source@${digestB}`;
        const r = repo(
          'ncs-missing',
          { 'image.yaml': image(), 'pod.yaml': pod([im]) },
          { 'idms.yaml': idms(`${MIR}/mirror/oss`, 'NeverContactSource') }
        );
        const run = await plan(r);
        expect(checkOf(run, im)).toMatchObject({ result: 'missing', tried: [`${MIR}/mirror/oss/only-on-source`] });
        expect(rules(run)).toEqual(['image-not-mirrored:error']);
        expect(run.json.findings.find((f) => f.rule === 'image-not-mirrored')).toMatchObject({
          file: 'pod.yaml',
          line: 9
        });
        expect(run.json.verdict).toBe('fail');
        expect(run.status).toBe(4);
      }, 60_000);

      it('missing from the mirror with AllowContactingSource: served by the source, a warning, verdict pass', async () => {
        const im = `${SRC}/oss/only-on-source@${digestB}`;
        const r = repo(
          'allow-source',
          { 'image.yaml': image(), 'pod.yaml': pod([im]) },
          { 'idms.yaml': idms(`${MIR}/mirror/oss`, 'AllowContactingSource') }
        );
        const run = await plan(r);
        expect(checkOf(run, im)).toMatchObject({
          result: 'served',
          from: `${SRC}/oss/only-on-source`,
          fromMirror: false
        });
        expect(rules(run)).toEqual(['image-not-mirrored:warning']);
        expect(run.json.verdict).toBe('pass');
      }, 60_000);

      it('policy.disconnected makes the source fallback an error too', async () => {
        const im = `${SRC}/oss/only-on-source@${digestB}`;
        const r = repo(
          'disconnected',
          { 'image.yaml': image(), 'pod.yaml': pod([im]), '.registry-plan.yaml': 'policy:\n  disconnected: true\n' },
          { 'idms.yaml': idms(`${MIR}/mirror/oss`, 'AllowContactingSource') }
        );
        const run = await plan(r, ['--config', '.registry-plan.yaml']);
        expect(rules(run)).toEqual(['image-not-mirrored:error']);
        expect(run.status).toBe(4);
      }, 60_000);

      it('a mirror that is down: every reference unreachable, one finding and one stderr line for the host', async () => {
        const ims = [`${SRC}/oss/kubernetes/pause@${digest}`, `${SRC}/oss/a@${digest}`, `${SRC}/oss/b@${digest}`];
        const r = repo(
          'down',
          { 'image.yaml': image(), 'pod.yaml': pod(ims) },
          { 'idms.yaml': idms(`${DOWN}/mirror/oss`, 'NeverContactSource') }
        );
        const run = await plan(r, ['--check-parallelism', '1']);
        for (const im of ims) expect(checkOf(run, im).result).toBe('unreachable');
        expect(rules(run)).toEqual(['pull-check-incomplete:warning']);
        expect(run.json.findings.find((f) => f.rule === 'pull-check-incomplete')!.message).toContain(
          `${DOWN} from this runner (connection refused), so 3 reference(s)`
        );
        expect(run.json.checkPulls).toMatchObject({ unreachable: [{ host: DOWN, references: 3 }], clientRuns: 1 });
        expect(run.stderr.split('\n').filter((l) => l.includes(DOWN))).toHaveLength(1);
      }, 60_000);

      it('a registry needing credentials: denied without --authfile, served with it; no credential in any output', async () => {
        const im = `${SRC}/oss/kubernetes/pause@${digest}`;
        const r = repo(
          'auth',
          { 'image.yaml': image(), 'pod.yaml': pod([im]) },
          { 'idms.yaml': idms(`${AUTH}/mirror/oss`, 'NeverContactSource') }
        );
        const denied = await plan(r);
        expect(checkOf(denied, im)).toMatchObject({ result: 'denied' });
        expect(rules(denied)).toEqual(['pull-check-incomplete:warning']);
        const served = await plan(r, ['--authfile', authfile]);
        expect(checkOf(served, im)).toMatchObject({ result: 'served', from: `${AUTH}/mirror/oss/kubernetes/pause` });
        expect(rules(served)).toEqual([]);
        const token = Buffer.from(`${HARNESS_AUTH.user}:${HARNESS_AUTH.password}`).toString('base64');
        for (const out of [denied.stdout, denied.stderr, served.stdout, served.stderr]) {
          expect(out).not.toContain(HARNESS_AUTH.password);
          expect(out).not.toContain(token);
          expect(out).not.toContain(authfile);
        }
      }, 60_000);

      it('a TLS mirror is trusted through the rendered certs.d (additionalTrustedCA)', async () => {
        const im = `${SRC}/oss/kubernetes/pause@${digest}`;
        const pem = fs
          .readFileSync(h.vars['CA']!, 'utf8')
          .trimEnd()
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n');
        const ca = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: registry-cas\n  namespace: openshift-config\ndata:\n  127.0.0.1..5443: |\n${pem}\n`;
        const r = repo(
          'tls',
          {
            'image.yaml': image('  additionalTrustedCA:\n    name: registry-cas'),
            'pod.yaml': pod([im]),
            'ca.yaml': ca
          },
          { 'idms.yaml': idms(`${TLS}/mirror/oss`, 'NeverContactSource') }
        );
        const run = await plan(r);
        expect(checkOf(run, im)).toMatchObject({ result: 'served', from: `${TLS}/mirror/oss/kubernetes/pause` });
        expect(rules(run)).toEqual([]);
      }, 60_000);

      it('--check-pulls=all also asks about references whose route the PR does not change', async () => {
        const im = `${SRC}/oss/only-on-source@${digestB}`;
        const r = repo(
          'all',
          {
            'image.yaml': image(),
            'pod.yaml': pod([im]),
            'idms.yaml': idms(`${MIR}/mirror/oss`, 'NeverContactSource')
          },
          { 'notes.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\n' }
        );
        const changedOnly = await plan(r);
        expect(changedOnly.json.workloads).toEqual([]);
        expect(rules(changedOnly)).toEqual([]);
        const all = await plan(r, ['--check-pulls=all']);
        const unchanged = (all.json['checkedUnchanged'] ?? []) as Array<{ image: string; check?: PullCheck }>;
        expect(unchanged.map((w) => [w.image, w.check?.result])).toEqual([[im, 'missing']]);
        expect(rules(all)).toEqual(['image-not-mirrored:error']);
        expect(all.json['checkPulls']).toMatchObject({ mode: 'all', references: 1 });
      }, 60_000);

      it('the markdown report says what the registries answered', async () => {
        const im = `${SRC}/oss/only-on-source@${digestB}`;
        const r = repo(
          'markdown',
          { 'image.yaml': image(), 'pod.yaml': pod([im]) },
          { 'idms.yaml': idms(`${MIR}/mirror/oss`, 'NeverContactSource') }
        );
        let out = '';
        await main(['plan', '--repo', r.dir, '--base', r.base, '--head', r.head, '--check-pulls'], {
          stdout: (t) => void (out += t),
          stderr: () => undefined
        });
        const unescape = (t: string) => t.replace(/\\(.)/g, '$1');
        expect(out).toContain('registries say');
        expect(out).toContain(`missing (asked \`${MIR}/mirror/oss/only-on-source\`)`);
        expect(unescape(out)).toContain('Pulls checked against the registries (head side): 1 reference(s), 1 missing.');
      }, 60_000);
    });

    it('leaves no temp folder behind', () => {
      const left = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('registry-plan-check-'));
      expect(left).toEqual([]);
    });
  });
}
