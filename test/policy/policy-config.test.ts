import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfigFile } from '../../src/config/config-file.js';
import { isCalendarDate, mergePolicy } from '../../src/config/policy-section.js';
import { settingsFrom } from './support.js';

const FILE = '.github/registry-plan.yaml';

function errorOf(text: string): { line: number; message: string } {
  try {
    parseConfigFile(FILE, text);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    expect(e.file).toBe(FILE);
    expect(e.message.startsWith(`${FILE}:${e.line}: `)).toBe(true);
    return { line: e.line, message: e.message };
  }
  throw new Error('no error');
}

const WAIVER = [
  'waivers:',
  '- rule: icsp-deprecated',
  '  object: ImageContentSourcePolicy/legacy',
  '  reason: vendor ships it',
  '  owner: "@platform"',
  '  expires: "2025-12-31"'
];

describe('policy file validation: every error names its line', () => {
  it.each([
    [
      'an unknown policy key',
      ['failOn: error', 'policy:', '  noITMS: true', '  noIcsp: true'],
      4,
      /policy: unknown key "noIcsp"/
    ],
    [
      'an unknown rule id under severities',
      ['policy:', '  severities:', '    icsp-deprecated: error', '    icsp-deprecatd: off'],
      4,
      /unknown rule id "icsp-deprecatd"/
    ],
    [
      'a bad severity',
      ['policy:', '  severities:', '    icsp-deprecated: fatal'],
      3,
      /must be one of error, warning, notice, off/
    ],
    [
      'a rule that cannot be overridden',
      ['policy:', '  severities:', '    bad-input: off'],
      3,
      /"bad-input" cannot be overridden/
    ],
    [
      'an unknown key in a disruption limit',
      ['policy:', '  disruption:', '    noReboot:', '      paths: ["clusters/prod/**"]', '      path: x'],
      5,
      /unknown key "path"/
    ],
    [
      'a limit of the wrong type',
      ['policy:', '  disruption:', '    maxRebootedNodes: many'],
      3,
      /maxRebootedNodes: must be number/
    ],
    [
      'paths that are not a list',
      ['policy:', '  disruption:', '    noDrain:', '      paths: clusters/prod/**'],
      4,
      /paths: must be array/
    ],
    [
      'a requireNeverContactSource entry that is no scope',
      ['policy:', '  requireNeverContactSource:', '  - quay.io/app', '  - https://quay.io/x'],
      4,
      /not a registry scope/
    ],
    [
      'an unknown key in a cluster policy',
      ['clusters:', '- name: prod', '  paths: ["prod/**"]', '  policy:', '    noReboots: true'],
      5,
      /unknown key "noReboots"/
    ],
    [
      'an unknown waiver rule',
      [...WAIVER.slice(0, 1), '- rule: icsp-deprecate', ...WAIVER.slice(2)],
      2,
      /waivers\.0\.rule: unknown rule id "icsp-deprecate"/
    ],
    [
      'an impossible expiry date',
      [...WAIVER.slice(0, 5), '  expires: "2025-02-30"'],
      6,
      /not a date written YYYY-MM-DD/
    ],
    [
      'an expiry date in another format',
      [...WAIVER.slice(0, 5), '  expires: 31/12/2025'],
      6,
      /expires: must match pattern/
    ],
    ['a waiver that names nothing', [WAIVER[0]!, WAIVER[1]!, ...WAIVER.slice(3)], 2, /must name what it covers/],
    ['a waiver without an owner', [...WAIVER.slice(0, 4), WAIVER[5]!], 2, /must have required property 'owner'/],
    ['an unknown waiver key', [...WAIVER, '  ticket: OPS-1'], 7, /unknown key "ticket"/],
    [
      'a waiver of a rule that cannot be waived',
      [WAIVER[0]!, '- rule: waiver-expired', ...WAIVER.slice(2)],
      2,
      /"waiver-expired" cannot be waived/
    ],
    [
      'an object that is not kind/name',
      [...WAIVER.slice(0, 2), '  object: legacy', ...WAIVER.slice(3)],
      3,
      /must be kind\/name/
    ],
    [
      'a waiver for an unknown cluster',
      ['clusters:', '- name: prod', ...WAIVER, '  cluster: staging'],
      9,
      /cluster "staging" is not one of/
    ]
  ])('%s', (_, lines, line, message) => {
    const e = errorOf(`${lines.join('\n')}\n`);
    expect(e.message).toMatch(message);
    expect(e.line).toBe(line);
  });

  it('accepts a full policy and resolves waivers with their lines', () => {
    const text = [
      'failOn: warning',
      'policy:',
      '  allowedMirrorHosts: ["*.corp.example.com"]',
      '  forbiddenHosts: ["*.evil.example"]',
      '  requireNeverContactSource: [registry.redhat.io]',
      '  noInsecureRegistries: true',
      '  noITMS: true',
      '  noICSP: false',
      '  workloadsMustStayPullable: true',
      '  allowAnnotationWaivers: false',
      '  disruption:',
      '    noReboot: true',
      '    noDrain: {paths: ["clusters/prod/**"]}',
      '    maxRolloutMinutes: {value: 90, paths: ["clusters/prod/**"]}',
      '    maxRebootedNodes: 10',
      '  severities:',
      '    icsp-deprecated: error',
      '    duplicate-mirror: off',
      ...WAIVER
    ].join('\n');
    const s = settingsFrom(text);
    expect(s.clusters[0]!.policy.disruption?.noDrain).toEqual({ paths: ['clusters/prod/**'] });
    expect(s.clusters[0]!.policy.severities).toEqual({ 'icsp-deprecated': 'error', 'duplicate-mirror': 'off' });
    expect(s.waivers).toEqual([
      {
        rule: 'icsp-deprecated',
        object: 'ImageContentSourcePolicy/legacy',
        reason: 'vendor ships it',
        owner: '@platform',
        expires: '2025-12-31',
        file: FILE,
        line: 20,
        origin: 'config'
      }
    ]);
    expect(s.configLines?.['policy.disruption.maxRebootedNodes']).toBe(15);
  });
});

describe('policy helpers', () => {
  it('knows calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
  });

  it('merges a cluster policy over the file policy key by key', () => {
    const merged = mergePolicy(
      { noITMS: true, severities: { 'icsp-deprecated': 'error' }, disruption: { noReboot: true, maxRebootedNodes: 3 } },
      { noITMS: false, severities: { 'duplicate-mirror': 'off' }, disruption: { maxRebootedNodes: 10 } }
    );
    expect(merged).toEqual({
      noITMS: false,
      severities: { 'icsp-deprecated': 'error', 'duplicate-mirror': 'off' },
      disruption: { noReboot: true, maxRebootedNodes: 10 }
    });
  });
});
