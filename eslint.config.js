// Lint: typescript-eslint's recommended rules over src, test, bench and scripts. Formatting is prettier's
// business (npm run format:check), so no stylistic rules live here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.dist-build/**',
      'lib/**',
      'node_modules/**',
      'bench/.work/**',
      'coverage/**',
      'test/e2e/harness/**',
      'src/generated/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Parsers of hostile text match control characters on purpose (NUL, ESC, line breaks).
      'no-control-regex': 'off'
    }
  },
  {
    // Tests poke at webhook and API JSON of every shape; typing each fixture adds nothing.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
);
