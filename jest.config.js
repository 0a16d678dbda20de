// ESM TypeScript under jest: ts-jest's default-esm preset, run with --experimental-vm-modules
// (see package.json "test"). TypeScript is pinned to 5.9 because ts-jest 29.4 does not support the
// TypeScript 7 native compiler.
/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testTimeout: 30000,
  maxWorkers: 2
};
