import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'lib', 'node_modules', 'out', 'bin', 'tests/e2e/artifacts', '.bench']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Core is pure TypeScript shared by the app, the CLI, workers and tests: no React, no DOM, no Node.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/core must not use React.' },
            { group: ['@xyflow/*'], message: 'src/core must not use React Flow.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core must not use Node APIs.' },
            { group: ['**/features/**', '**/app/**', '**/components/**', '**/cli/**', '**/workers/**'], message: 'src/core imports nothing above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process'],
    },
  },
  {
    // A feature may import core, workers, shared components and state, never another feature or the app.
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(?!\\.\\.)[^/]+', message: 'features must not import other features; move shared code to src/components or src/core.' },
            { group: ['**/app/**'], message: 'imports run app → features → state/components → core: features must not import src/app.' },
          ],
        },
      ],
    },
  },
  {
    // State and shared components sit below the features and the app.
    files: ['src/state/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'imports run app → features → state/components → core: this layer imports nothing above it.' }] },
      ],
    },
  },
  {
    // node:test's describe/it return promises the runner itself awaits.
    files: ['tests/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  { files: ['**/*.js'], extends: [js.configs.recommended], languageOptions: { globals: globals.node } },
]);
