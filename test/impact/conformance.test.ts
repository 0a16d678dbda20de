// Node-impact conformance: drain_safety_cases, post_config_action_cases, ndp_cases, maxunavailable_cases
// from the vendored mco.yaml, run against the impact engine. Cases the file adds later run unchanged.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decideNodeImpact, type ImpactInput } from '../../src/impact/decide.js';
import { isSafeContainerRegistryConfChanges } from '../../src/impact/drain-safety.js';
import { calculatePostConfigChangeAction } from '../../src/impact/legacy.js';
import { findClosestFilePolicyPathMatch } from '../../src/impact/ndp.js';
import { REGISTRIES_CONF } from '../../src/model/node-paths.js';
import { maxUnavailable } from '../../src/impact/rollout.js';
import { DEFAULT_OPENSHIFT_VERSION, parseOcpVersion } from '../../src/model/version.js';
import { actionKey, fromApiAction, fromApiPolicy } from './api-format.js';
import { DRAIN_TEST_CONFIGS, drainTestPair } from './fixtures/drain-test-configs.js';

type Case = Record<string, any>;

const doc = parse(readFileSync(join(import.meta.dirname, '..', 'data', 'conformance', 'mco.yaml'), 'utf8')) as Record<
  string,
  Case[]
>;
// The cases describe the operator's main branch; the newest version the spec covers runs that code.
const version = parseOcpVersion(DEFAULT_OPENSHIFT_VERSION)!;
const named = (c: Case, i: number): string => String(c['name'] ?? `case ${i}`);

describe('drain_safety_cases', () => {
  const cases = doc['drain_safety_cases'] ?? [];
  it('are present', () => expect(cases.length).toBeGreaterThan(0));

  cases.forEach((c, i) => {
    const hasText = typeof c['old_registries_conf'] === 'string' || typeof c['new_registries_conf'] === 'string';
    const pair = drainTestPair(c['source']);
    const fixture = pair && DRAIN_TEST_CONFIGS[pair[0]] !== undefined && DRAIN_TEST_CONFIGS[pair[1]] !== undefined;
    if (!hasText && !fixture) {
      it.skip(`${named(c, i)} (no registries.conf text in the case and no fixture for it)`, () => undefined);
      return;
    }
    const oldText: string | undefined = hasText ? c['old_registries_conf'] : DRAIN_TEST_CONFIGS[pair![0]];
    const newText: string | undefined = hasText ? c['new_registries_conf'] : DRAIN_TEST_CONFIGS[pair![1]];

    it(`${named(c, i)}: isSafeContainerRegistryConfChanges = ${c['isSafeContainerRegistryConfChanges']}`, () => {
      const r = isSafeContainerRegistryConfChanges(oldText, newText);
      expect(r.safe).toBe(c['isSafeContainerRegistryConfChanges']);
      // A verdict always comes with its explanation.
      if (!r.safe) expect(r.unsafe.length).toBeGreaterThan(0);
    });

    const expectedNode = c['expected_node_action_4.17plus_default_ndp'];
    if (typeof expectedNode === 'string') {
      it(`${named(c, i)}: node action "${expectedNode}"`, () => {
        const changed = oldText !== newText;
        if (typeof c['registries_conf_changed'] === 'boolean') expect(changed).toBe(c['registries_conf_changed']);
        const input: ImpactInput = {
          version,
          changedFiles: changed ? [{ path: REGISTRIES_CONF, change: 'modified' }] : [],
          oldRegistriesConf: oldText,
          newRegistriesConf: newText,
          overrideDrainConfigMap: false
        };
        const d = decideNodeImpact(input);
        if (/no update/i.test(expectedNode)) {
          expect(d.actions).toEqual(['none']);
          expect(d.drain).toBe(false);
          expect(d.reboot).toBe(false);
          return;
        }
        const drain = /drain=(true|false)/.exec(expectedNode);
        if (drain) expect(d.drain).toBe(drain[1] === 'true');
        expect(d.reboot).toBe(!/no reboot/i.test(expectedNode));
        if (/Special/.test(expectedNode)) expect(d.ndpActions).toEqual([{ type: 'Special' }]);
        if (/systemctl reload crio/.test(expectedNode)) expect(d.actions).toEqual(['reload crio.service']);
      });
    }
  });
});

describe('post_config_action_cases (legacy / first-boot path)', () => {
  const cases = doc['post_config_action_cases'] ?? [];
  it('are present', () => expect(cases.length).toBeGreaterThan(0));
  cases.forEach((c, i) => {
    it(`${named(c, i)}: ${JSON.stringify(c['changed'])} → ${JSON.stringify(c['expected_actions'])}`, () => {
      expect(calculatePostConfigChangeAction(c['changed'], version).actions).toEqual(c['expected_actions']);
      const changed: string[] = c['changed'];
      const d = decideNodeImpact({
        version,
        firstBoot: true,
        changedFiles: changed.filter((p) => p.startsWith('/')).map((path) => ({ path, change: 'modified' as const })),
        otherChanges: changed.filter((p) => !p.startsWith('/')),
        overrideDrainConfigMap: false
      });
      expect(d.path).toBe('legacy');
      expect(d.legacyActions).toEqual(c['expected_actions']);
    });
  });
});

describe('ndp_cases', () => {
  const cases = doc['ndp_cases'] ?? [];
  it('are present', () => expect(cases.length).toBeGreaterThan(0));
  const drainCases = doc['drain_safety_cases'] ?? [];
  const withText = drainCases.filter(
    (c) => typeof c['new_registries_conf'] === 'string' && c['registries_conf_changed'] !== false
  );
  const safePair = withText.find((c) => c['isSafeContainerRegistryConfChanges'] === true);
  const unsafePair = withText.find((c) => c['isSafeContainerRegistryConfChanges'] === false);

  cases.forEach((c, i) => {
    if (Array.isArray(c['cases'])) {
      (c['cases'] as Case[]).forEach((sub, j) => {
        it(`${named(c, i)} #${j}: ${sub['diffPath']} → ${sub['found']}`, () => {
          const policies = (sub['policies'] as string[]).map((path) => ({
            path,
            actions: [{ type: 'None' as const }]
          }));
          const m = findClosestFilePolicyPathMatch(sub['diffPath'], policies);
          expect(m.found).toBe(sub['found'] !== null && sub['found'] !== undefined);
          expect(m.path ?? null).toBe(sub['found'] ?? null);
        });
      });
      return;
    }
    const caseVersion = parseOcpVersion(String(c['version'] ?? c['openshift_version'] ?? '')) ?? version;
    const run = (pair: Case | undefined) => {
      const files: string[] = c['changed_files'] ?? [];
      const units: string[] = c['changed_units'] ?? [];
      return decideNodeImpact({
        version: caseVersion,
        changedFiles: files.map((path) => ({ path, change: 'modified' as const })),
        otherChanges: [...units, ...(c['ssh'] === true || c['diff_ssh'] === true ? ['sshkeys'] : [])],
        oldRegistriesConf: pair?.['old_registries_conf'],
        newRegistriesConf: pair?.['new_registries_conf'],
        userPolicy: c['user_policy'] ? fromApiPolicy(c['user_policy']) : undefined,
        overrideDrainConfigMap: c['override_drain_configmap'] === true
      });
    };
    it(`${named(c, i)}`, () => {
      expect(safePair).toBeDefined();
      expect(unsafePair).toBeDefined();
      const onSafe = run(safePair);
      const onUnsafe = run(unsafePair);
      for (const d of [onSafe, onUnsafe]) {
        expect(d.path).toBe('ndp');
        expect(actionKey(d.ndpActions ?? [])).toEqual(
          actionKey((c['expected_actions'] as Case[]).map((a) => fromApiAction(a as never)))
        );
        if (typeof c['reboot'] === 'boolean') expect(d.reboot).toBe(c['reboot']);
      }
      const drain = c['drain'];
      if (typeof drain === 'boolean') {
        // A fixed answer must not depend on what registries.conf says.
        expect(onSafe.drain).toBe(drain);
        expect(onUnsafe.drain).toBe(drain);
      } else if (typeof drain === 'string' && /^!\s*isSafe/.test(drain)) {
        expect(onSafe.drain).toBe(false);
        expect(onUnsafe.drain).toBe(true);
      }
      const op = /systemctl (reload|restart) (\S+)/.exec(String(c['service_op'] ?? ''));
      if (op) {
        const svc = op[2]!.includes('.') ? op[2]! : `${op[2]}.service`;
        expect(onSafe.actions).toContain(`${op[1]} ${svc}`);
      }
    });
  });
});

describe('maxunavailable_cases', () => {
  const groups = doc['maxunavailable_cases'] ?? [];
  const cases = groups.flatMap((g) => (Array.isArray(g['cases']) ? (g['cases'] as Case[]) : [g]));
  it('are present', () => expect(cases.length).toBeGreaterThan(0));
  cases.forEach((c) => {
    it(`maxUnavailable ${JSON.stringify(c['maxUnavailable'])} of ${c['nodes']} nodes${c['pool'] ? ` (${c['pool']})` : ''} → ${c['expected']}`, () => {
      expect(maxUnavailable(c['maxUnavailable'], c['nodes'], c['pool'])).toBe(c['expected']);
    });
  });
});
