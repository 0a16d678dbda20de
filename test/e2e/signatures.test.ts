/**
 * Proof by a real client (issue 14) that the signature-policy files registry-plan renders do what a node's
 * CRI-O would do with them: the fixture repository (test/e2e/signatures/manifests: a ClusterImagePolicy
 * with a public key for the scope 127.0.0.1:5001/sig, an IDMS mirroring that scope to 127.0.0.1:5002) is
 * rendered, and skopeo (containers/image) pulls through the mirror with the rendered registries.conf,
 * policy.json and registries.d. Keys are made per run by test/support/sigstore-keys.ts; skopeo signs with
 * them. Debian bookworm's skopeo 1.9.3 has sigstore patched out, so this suite uses Debian trixie's 1.18
 * (test/e2e/harness/install-sigstore-skopeo.sh) and pins what bookworm's does. Skips visibly without the
 * packages; fails instead under CI.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COSIGN_PEM_TYPE, generateSigstoreKeyPair } from '../support/sigstore-keys.js';
import {
  copyConfigDir,
  LINUX_CONTAINERS,
  mapRenderedToConfigDir,
  VERSION_SKEW_KEYS,
  type Expectation
} from './support/cases.js';
import {
  acquireRunLock,
  HARNESS_DIR,
  harnessEnv,
  missingPrerequisites,
  releaseRunLock,
  runCheck,
  stopHarness,
  type CheckReport,
  describeResult,
  type Harness
} from './support/harness.js';
import {
  DEBIAN_SIGSTORE_STUB,
  dropRegistriesDKeys,
  hasDebianSigstoreStub,
  materializeFixture,
  MIRROR,
  renderFixture,
  seedImages,
  SIGNATURE_REGISTRIES,
  SIGNATURES_DIR,
  SIGSTORE_SKOPEO,
  sigstoreSkopeoMissing,
  skopeoVersion,
  SOURCE,
  type FixtureRender
} from './support/signatures.js';

const missing = missingPrerequisites() ?? sigstoreSkopeoMissing();
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const TITLE = 'signature policies through a mirror: rendered files, real skopeo, loopback registries';

const fixture = parseYaml(fs.readFileSync(path.join(SIGNATURES_DIR, 'expectations.yaml'), 'utf8')) as {
  openshiftVersion: string;
  expectations: Expectation[];
  namespaced: { namespace: string; expectations: Expectation[] };
};
const NAMESPACE = fixture.namespaced.namespace;
const SIGNED_ACCEPTED = fixture.expectations[0]!.name;
const CRIO_POLICIES = path.join('linux', 'etc', 'crio', 'policies');
const NO_SIGNATURE = 'Source image rejected: A signature was required, but no signature exists';

if (missing !== null) {
  if (inCi) {
    describe(TITLE, () => {
      it('has the packages and privileges it needs (CI must not skip this suite)', () => {
        throw new Error(`e2e prerequisites missing: ${missing}. .ci/run installs them with install-deps.sh.`);
      });
    });
  } else {
    console.warn(`[e2e] SKIPPING the signature suite (test/e2e/signatures.test.ts): ${missing}`);
    describe(TITLE, () => {
      it.skip(`SKIPPED, prerequisites missing: ${missing}`, () => undefined);
    });
  }
} else {
  describe(TITLE, () => {
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-plan-e2e-sig-'));
    let harness: Harness | undefined;
    let rendered: FixtureRender | undefined;
    let configDir = '';
    let report: CheckReport | undefined;
    let namespaced: CheckReport | undefined;
    let withoutMirrorEntries: CheckReport | undefined;
    let bookworm: CheckReport | undefined;
    let failure: string | undefined;
    const trusted = generateSigstoreKeyPair();
    // the other key in cosign's older PEM type: skopeo signs with both types
    const other = generateSigstoreKeyPair({ pemType: COSIGN_PEM_TYPE });

    beforeAll(() => {
      acquireRunLock(240_000);
      const t0 = Date.now();
      try {
        const env = { ...harnessEnv(state), HARNESS_REGISTRIES: SIGNATURE_REGISTRIES, HARNESS_SKOPEO: SIGSTORE_SKOPEO };
        const up = spawnSync('bash', [path.join(HARNESS_DIR, 'registry-up.sh')], {
          env,
          encoding: 'utf8',
          timeout: 60_000
        });
        if (up.status !== 0) throw new Error(`registry-up.sh failed: ${up.stdout}${up.stderr}`);
        const vars = seedImages(SIGSTORE_SKOPEO, path.join(state, 'seed'), trusted, other);
        harness = { state, env, vars };

        const manifests = materializeFixture(trusted.publicKeyPem, path.join(state, 'repo', 'manifests'));
        rendered = renderFixture(manifests, path.join(state, 'rendered'), fixture.openshiftVersion);
        configDir = path.join(state, 'config');
        mapRenderedToConfigDir(rendered.outDir, configDir);
        report = runCheck(harness, configDir, fixture.expectations, harness.vars, 'signatures');

        // CRI-O pulls for a namespace with an ImagePolicy with /etc/crio/policies/<namespace>.json as the policy
        const nsDir = path.join(state, 'config-namespaced');
        copyConfigDir(configDir, nsDir);
        fs.copyFileSync(
          path.join(rendered.outDir, CRIO_POLICIES, `${NAMESPACE}.json`),
          path.join(nsDir, 'policy.json')
        );
        namespaced = runCheck(harness, nsDir, fixture.namespaced.expectations, harness.vars, 'namespaced');

        // a deliberately wrong rendering: registries.d without MCO's entries for the scope's mirrors
        const mutated = path.join(state, 'mutations', 'no-mirror-entries');
        copyConfigDir(configDir, mutated);
        const regd = path.join(mutated, 'registries.d', 'sigstore-registries.yaml');
        fs.writeFileSync(regd, dropRegistriesDKeys(fs.readFileSync(regd, 'utf8'), MIRROR));
        withoutMirrorEntries = runCheck(harness, mutated, fixture.expectations, harness.vars, 'no-mirror-entries');

        // what Debian bookworm's own skopeo does with the same files and images
        if (hasDebianSigstoreStub('skopeo')) {
          const h = { ...harness, env: { ...env, HARNESS_SKOPEO: 'skopeo' } };
          // 1.9.3 predates a key every 4.19+ registries.conf carries (the real-client suite allows it too)
          const two = fixture.expectations.slice(0, 2).map((e) => ({ unknown_keys_ok: VERSION_SKEW_KEYS, ...e }));
          bookworm = runCheck(h, configDir, two, harness.vars, 'bookworm-skopeo');
        }
      } catch (e) {
        failure = (e as Error).message;
      }
      console.log(
        `[e2e] signatures: ${skopeoVersion(SIGSTORE_SKOPEO)}, ` +
          `${((Date.now() - t0) / 1000).toFixed(1)}s (state ${state})`
      );
    }, 300_000);

    afterAll(() => {
      const left = stopHarness(state);
      releaseRunLock();
      if (!process.env['REGISTRY_PLAN_E2E_KEEP']) fs.rmSync(state, { recursive: true, force: true });
      if (left.length > 0) throw new Error(`registries still running after stop: ${left.join(', ')}`);
    }, 60_000);

    function ran(): { report: CheckReport; rendered: FixtureRender } {
      if (failure !== undefined) throw new Error(`setup failed: ${failure}`);
      if (!report || !rendered) throw new Error('the suite did not run');
      return { report, rendered };
    }

    it('renders sigstoreSigned requirements (cluster scope in policy.json, team-a in its crio file) and registries.d for scopes and mirrors', () => {
      const { rendered } = ran();
      expect(rendered.render.renderJson?.errors ?? []).toEqual([]);
      const linux = path.join(rendered.outDir, LINUX_CONTAINERS);
      const policy = JSON.parse(fs.readFileSync(path.join(linux, 'policy.json'), 'utf8'));
      expect(policy.transports.docker[`${SOURCE}/sig`]).toEqual([
        {
          type: 'sigstoreSigned',
          keyData: Buffer.from(trusted.publicKeyPem).toString('base64'),
          signedIdentity: { type: 'matchRepoDigestOrExact' }
        }
      ]);
      expect(policy.transports.docker[`${SOURCE}/open`]).toBeUndefined();
      expect(policy.transports.docker[`${SOURCE}/team`]).toBeUndefined();
      const ns = JSON.parse(fs.readFileSync(path.join(rendered.outDir, CRIO_POLICIES, `${NAMESPACE}.json`), 'utf8'));
      expect(Object.keys(ns.transports.docker)).toEqual(expect.arrayContaining([`${SOURCE}/sig`, `${SOURCE}/team`]));
      const regd = parseYaml(fs.readFileSync(path.join(linux, 'registries.d', 'sigstore-registries.yaml'), 'utf8'));
      expect(regd.docker[`${SOURCE}/sig`]).toEqual({ 'use-sigstore-attachments': true });
      expect(regd.docker[`${MIRROR}/mirror/sig`]).toEqual({ 'use-sigstore-attachments': true });
      expect(regd.docker[`${MIRROR}/mirror/team`]).toEqual({ 'use-sigstore-attachments': true });
      expect(regd.docker[`${MIRROR}/mirror/open`]).toBeUndefined();
    });

    it.each(fixture.expectations.map((e) => [e.name]))('%s', (name) => {
      const result = ran().report.results.find((r) => r.name === name);
      expect(result).toBeDefined();
      if (!result!.ok) throw new Error(`real client did not behave as expected:\n${describeResult(result!)}`);
    });

    it.each(fixture.namespaced.expectations.map((e) => [e.name]))('%s', (name) => {
      ran();
      const result = namespaced?.results.find((r) => r.name === name);
      expect(result).toBeDefined();
      if (!result!.ok) throw new Error(`real client did not behave as expected:\n${describeResult(result!)}`);
    });

    it('without the mirror entries in registries.d the signed image is rejected: the signature is never read', () => {
      ran();
      const r = withoutMirrorEntries!.results.find((x) => x.name === SIGNED_ACCEPTED)!;
      expect(r.ok).toBe(false);
      expect(r.error).toContain(NO_SIGNATURE);
      // containers/image asked the mirror for the image but not for its sigstore attachment
      expect(r.requests.some((q) => q.uri.endsWith('.sig'))).toBe(false);
      expect(ran().report.results[0]!.requests.some((q) => q.uri.endsWith('.sig') && q.status === 200)).toBe(true);
    });

    it("Debian bookworm's skopeo 1.9.3 cannot verify: every sigstore signature is rejected by its stub", () => {
      ran();
      if (!bookworm) return; // the system skopeo is not Debian's stubbed build
      const [signedRun, unsignedRun] = bookworm.results;
      expect(signedRun!.rc).not.toBe(0);
      expect(signedRun!.error).toContain(`Source image rejected: ${DEBIAN_SIGSTORE_STUB}`);
      expect(unsignedRun!.ok).toBe(true); // an unsigned image is rejected the same way as with 1.18
    });

    it('leaves no registry running', () => {
      ran();
      expect(stopHarness(state)).toEqual([]);
    }, 60_000);
  });
}
