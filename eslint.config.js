// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer rules of docs/architecture.md: dependencies point one way.
 *   core   imports nothing of ours outside core, and no I/O modules;
 *   store  imports only core;
 *   app    imports core and store;
 *   server / cli import app and core (never store directly);
 *   web    imports only core types and its own files.
 */
const io = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:net', 'node:http', 'node:https', 'node:child_process', 'child_process', 'node:worker_threads', 'pg', '@electric-sql/pglite', 'kysely'];
const layer = (name) => ({ group: [`**/${name}/**`, `../${name}/*`, `../../${name}/*`, `../../../${name}/*`], message: `This layer must not import ${name} (see docs/architecture.md).` });
const restrict = (...layers) => ['error', { patterns: layers.map(layer) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'e2e/artifacts/**', 'bench/results/**', 'metaethno-data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.check.json', './src/web/tsconfig.json', './e2e/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: io.map((name) => ({ name, message: 'core does no I/O: pass data in.' })), patterns: ['store', 'app', 'server', 'cli', 'web'].map(layer) }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'core does no I/O.' }, { name: 'process', message: 'core reads no environment: pass options in.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'core has no clock: pass `now` in.' }, { object: 'Math', property: 'random', message: 'core is deterministic: pass a seeded random source in.' }],
    },
  },
  { files: ['src/store/**/*.ts'], rules: { 'no-restricted-imports': restrict('app', 'server', 'cli', 'web') } },
  { files: ['src/app/**/*.ts'], rules: { 'no-restricted-imports': restrict('server', 'cli', 'web') } },
  { files: ['src/server/**/*.ts', 'src/cli/**/*.ts'], rules: { 'no-restricted-imports': restrict('store', 'web') } },
  { files: ['src/web/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict('store', 'app', 'server', 'cli') } },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
