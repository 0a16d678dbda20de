/**
 * Proof by real clients (issue 7): for each case under test/e2e/cases, `registry-plan render` writes the
 * node files, the harness points skopeo (containers/image, as CRI-O) at the Linux files and ctr
 * (containerd) at the Windows hosts.toml tree, both against CNCF distribution registries on 127.0.0.1,
 * and the suite checks what the clients did: against the case's expectations, and against the plan's
 * own prediction (pullEndpoints / containerdHostsFor). Needs root and the Debian packages that
 * test/e2e/harness/install-deps.sh installs; skips visibly without them, and fails instead under CI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  copyConfigDir,
  harnessExpectations,
  LINUX_CONTAINERS,
  loadCases,
  mapRenderedToConfigDir,
  materializeManifests,
  render,
  WINDOWS_REGISTRIES,
  type E2eCase,
  type RenderOutcome
} from './support/cases.js';
import {
  acquireRunLock,
  missingPrerequisites,
  releaseRunLock,
  runCheck,
  startHarness,
  stopHarness,
  type CheckReport,
  describeResult,
  type Harness
} from './support/harness.js';
import { dropPullFromMirror, grantResolveToPullOnlyHosts, swapFirstTwoMirrors } from './support/mutations.js';
import { comparePrediction, predict, type PredictionInput } from './support/predict.js';

const cases = loadCases();
const missing = missingPrerequisites();
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

/** A well-formed digest no registry holds: probes with it make a client walk its whole endpoint list. */
const ABSENT = `sha256:${createHash('sha256').update('registry-plan e2e: in no registry').digest('hex')}`;

interface CaseRun {
  render?: RenderOutcome;
  configDir?: string;
  input?: PredictionInput;
  report?: CheckReport;
  /** Why the case could not be run at all. */
  failure?: string;
}

if (missing !== null) {
  if (inCi) {
    describe('real clients (skopeo, containerd) against loopback registries', () => {
      it('has the packages and privileges it needs (CI must not skip this suite)', () => {
        throw new Error(
          `e2e prerequisites missing: ${missing}. .ci/run installs them with test/e2e/harness/install-deps.sh.`
        );
      });
    });
  } else {
    console.warn(`[e2e] SKIPPING the real-client suite (test/e2e/real-clients.test.ts): ${missing}`);
    describe('real clients (skopeo, containerd) against loopback registries', () => {
      it.skip(`SKIPPED, prerequisites missing: ${missing}`, () => undefined);
    });
  }
} else {
  describe('real clients (skopeo, containerd) against loopback registries', () => {
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-plan-e2e-'));
    const runs = new Map<string, CaseRun>();
    let harness: Harness | undefined;
    let startFailure: string | undefined;
    const vars = { ABSENT };

    beforeAll(() => {
      const t0 = Date.now();
      try {
        acquireRunLock(120_000);
        harness = startHarness(state, []);
      } catch (e) {
        startFailure = (e as Error).message;
        return;
      }
      const caPem = fs.readFileSync(harness.vars['CA']!, 'utf8');
      for (const c of cases) {
        const work = path.join(state, 'cases', c.name);
        const run: CaseRun = {};
        runs.set(c.name, run);
        try {
          const configDir = path.join(work, 'config');
          if (c.kind === 'rendered') {
            const manifests = materializeManifests(c, caPem, path.join(work, 'manifests'));
            const out = path.join(work, 'rendered');
            run.render = render(manifests, out, c);
            if (run.render.status !== 0) {
              run.failure = `render exited ${run.render.status}: ${run.render.stderr.trim()}`;
              continue;
            }
            mapRenderedToConfigDir(out, configDir);
            const conf = path.join(out, LINUX_CONTAINERS, 'registries.conf');
            run.input = {
              registriesConf: fs.existsSync(conf) ? fs.readFileSync(conf, 'utf8') : undefined,
              hostsDir: path.join(out, WINDOWS_REGISTRIES)
            };
          } else {
            copyConfigDir(path.join(c.dir, 'config'), configDir);
            const conf = path.join(configDir, 'registries.conf');
            run.input = {
              registriesConf: fs.existsSync(conf) ? fs.readFileSync(conf, 'utf8') : undefined,
              hostsDir: path.join(configDir, 'hosts.d')
            };
          }
          run.configDir = configDir;
          run.report = runCheck(harness, configDir, harnessExpectations(c), vars, c.name);
        } catch (e) {
          run.failure = (e as Error).message;
        }
      }
      console.log(
        `[e2e] ${cases.length} cases, ${cases.reduce((n, c) => n + c.expectations.length, 0)} expectations checked in ${((Date.now() - t0) / 1000).toFixed(1)}s (state ${state})`
      );
    }, 270_000);

    afterAll(() => {
      const left = stopHarness(state);
      releaseRunLock();
      if (!process.env['REGISTRY_PLAN_E2E_KEEP']) fs.rmSync(state, { recursive: true, force: true });
      if (left.length > 0) throw new Error(`harness processes still running after stop: ${left.join(', ')}`);
    }, 60_000);

    function caseRun(c: E2eCase): CaseRun & { report: CheckReport; input: PredictionInput; configDir: string } {
      if (startFailure !== undefined) throw new Error(`harness did not start: ${startFailure}`);
      const run = runs.get(c.name);
      if (!run) throw new Error(`case ${c.name} did not run`);
      if (run.failure !== undefined || !run.report || !run.input || !run.configDir)
        throw new Error(`case ${c.name}: ${run.failure ?? 'no report'}`);
      return run as CaseRun & { report: CheckReport; input: PredictionInput; configDir: string };
    }

    for (const c of cases) {
      describe(`${c.name} (${c.kind}): ${c.description}`, () => {
        if (c.kind === 'rendered') {
          it(
            c.renderWarnings.length > 0
              ? 'renders, with the warning the clients bear out'
              : 'renders without an operator error',
            () => {
              const run = runs.get(c.name);
              if (startFailure !== undefined) throw new Error(`harness did not start: ${startFailure}`);
              expect(run?.render?.status).toBe(0);
              expect(run?.render?.renderJson?.errors ?? []).toEqual([]);
              const warnings = (run?.render?.renderJson?.warnings ?? []).map((w) => w.message ?? '');
              for (const re of c.renderWarnings) {
                if (!warnings.some((w) => new RegExp(re).test(w)))
                  throw new Error(`no render warning matches /${re}/; warnings: ${JSON.stringify(warnings)}`);
              }
            }
          );
        }

        it.each(c.expectations.map((e) => [e.name]))('%s', (name) => {
          const result = caseRun(c).report.results.find((r) => r.name === name);
          expect(result).toBeDefined();
          if (!result!.ok) throw new Error(`real client did not behave as expected:\n${describeResult(result!)}`);
        });

        it('the plan predicts exactly the endpoints the clients tried', () => {
          const run = caseRun(c);
          // a known divergence is pinned as such, so fixing it fails here until the marker goes
          const gaps = new Map(
            c.expectations
              .filter((e) => typeof e['prediction_gap'] === 'string')
              .map((e) => [e.name, e['prediction_gap']])
          );
          const mismatches = run.report.results.flatMap((r) => {
            const why = comparePrediction(r, predict(r.client, run.input, r.image));
            if (gaps.has(r.name))
              return why === null ? [`${r.name}: the prediction now matches; remove its prediction_gap marker`] : [];
            return why === null ? [] : [`${r.name}: ${why}`];
          });
          expect(mismatches).toEqual([]);
        });
      });
    }

    describe('a deliberately wrong rendering is caught', () => {
      /** Runs the case's expectations against a mutated copy of its config dir. */
      function mutated(
        caseName: string,
        label: string,
        mutate: (dir: string) => void
      ): { report: CheckReport; input: PredictionInput } {
        const c = cases.find((x) => x.name === caseName);
        if (!c) throw new Error(`no case ${caseName}`);
        const run = caseRun(c);
        const dir = path.join(state, 'mutations', label);
        copyConfigDir(run.configDir, dir);
        mutate(dir);
        return { report: runCheck(harness!, dir, harnessExpectations(c), vars, `mutation-${label}`), input: run.input };
      }
      const failedNames = (r: CheckReport) => r.results.filter((x) => !x.ok).map((x) => x.name);
      const predictionMisses = (r: CheckReport, input: PredictionInput) =>
        r.results.filter((x) => comparePrediction(x, predict(x.client, input, x.image)) !== null).map((x) => x.name);

      it('swapping two mirrors in registries.conf fails the order expectations and the prediction', () => {
        const { report, input } = mutated('mirror-order', 'swap-mirrors', swapFirstTwoMirrors);
        expect(failedNames(report)).toEqual(
          expect.arrayContaining([
            'skopeo: digest pull tries the mirrors in rendered order and is served by the second',
            'skopeo: digest absent everywhere walks every mirror, then the source'
          ])
        );
        expect(predictionMisses(report, input)).toEqual(
          expect.arrayContaining([
            'skopeo: digest pull tries the mirrors in rendered order and is served by the second'
          ])
        );
      });

      it('dropping pull-from-mirror in registries.conf lets tag pulls hit the digest mirror', () => {
        const { report, input } = mutated('digest-and-tag-mirrors', 'drop-pull-from-mirror', dropPullFromMirror);
        expect(failedNames(report)).toEqual(
          expect.arrayContaining([
            'skopeo: tag pull skips the digest-only mirror and is served by the tag-only mirror',
            'skopeo: digest absent everywhere: digest-only mirror, then the source'
          ])
        );
        expect(predictionMisses(report, input)).toEqual(
          expect.arrayContaining(['skopeo: tag pull skips the digest-only mirror and is served by the tag-only mirror'])
        );
      });

      it('granting resolve to a pull-only host in hosts.toml lets tag pulls resolve at the digest mirror', () => {
        const { report, input } = mutated('digest-and-tag-mirrors', 'resolve-digest-mirror', (dir) =>
          grantResolveToPullOnlyHosts(dir, '127.0.0.1:5001')
        );
        expect(failedNames(report)).toEqual(
          expect.arrayContaining([
            'ctr: tag resolves only at the resolve host; the manifest is then fetched from the earlier pull-only host'
          ])
        );
        expect(predictionMisses(report, input)).toEqual(
          expect.arrayContaining([
            'ctr: tag resolves only at the resolve host; the manifest is then fetched from the earlier pull-only host'
          ])
        );
      });
    });

    it('leaves no registry or containerd process running', () => {
      const pids = fs.existsSync(path.join(state, 'pids')) ? fs.readFileSync(path.join(state, 'pids'), 'utf8') : '';
      expect(pids).not.toBe(''); // the harness did record what it started
      expect(stopHarness(state)).toEqual([]);
      expect(fs.existsSync(path.join(state, 'pids'))).toBe(false);
    }, 60_000);
  });
}
