// ESM TypeScript under jest: ts-jest's default-esm preset, run with --experimental-vm-modules
// (see package.json "test"). TypeScript is pinned to 5.9 because ts-jest 29.4 does not support the
// TypeScript 7 native compiler.
//
// Three projects, by what a test does (npm run test:unit | test:int | test:e2e; npm test runs all):
// - unit: in-process only (no child processes, no servers, no network); seconds.
// - int: spawns git or node (Git ranges, kustomize, the bundled action, the dist check), runs the
//   GitHub stand-in server, or sweeps every field and every wrong type (robustness, minutes).
// - e2e: real skopeo and containerd against registries on loopback (test/e2e/harness).

const INT = [
  '<rootDir>/test/action/action.int.test.ts',
  '<rootDir>/test/action/action-docs.test.ts',
  '<rootDir>/test/publish/*.int.test.ts',
  '<rootDir>/test/load/load.test.ts',
  '<rootDir>/test/load/blob-stream.test.ts',
  '<rootDir>/test/load/kustomize.test.ts',
  '<rootDir>/test/plan/plan.test.ts',
  '<rootDir>/test/plan/upgrade.test.ts',
  '<rootDir>/test/policy/plan-exit.test.ts',
  '<rootDir>/test/robustness/**/*.test.ts',
  '<rootDir>/test/dist.test.ts',
  '<rootDir>/test/check/checker.test.ts'
];
const E2E = ['<rootDir>/test/e2e/**/*.test.ts'];

/** @type {import('jest').Config} */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  }
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 30000,
  maxWorkers: 2,
  // The default output, plus the reasons for skipped suites repeated at the very end (test/e2e).
  reporters: ['default', '<rootDir>/test/support/skip-summary-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...[...INT, ...E2E].map(globToIgnore)]
    },
    { ...common, displayName: 'int', testMatch: INT },
    { ...common, displayName: 'e2e', testMatch: E2E }
  ]
};

/** testPathIgnorePatterns are regular expressions over absolute paths; the lists above are globs. */
function globToIgnore(glob) {
  return (
    glob
      .replace('<rootDir>', '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*') + '$'
  );
}
