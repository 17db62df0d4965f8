// One lint configuration for the whole repository: typescript-eslint with type information, the package
// boundaries, and a limit on function length. `pnpm lint` runs it; `.ci/run` runs it before the tests.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Another workspace package is reached through its declared entry points only. */
const PACKAGE_BOUNDARIES = {
  patterns: [
    {
      regex: '^@leadmetrics/(?!(db|rules|seed|verify|preflight|docs|online)$|db/(migrations|online|testing)$|rules/testing$)',
      message:
        'Import a workspace package through its entry point (@leadmetrics/<name>, or /migrations, /online, /testing where it declares one); export what you need from there.',
    },
    {
      regex: '^(\\.\\./)+(packages|apps)/',
      message: 'Do not reach into another package by a relative path: import its entry point (@leadmetrics/<name>).',
    },
    {
      regex: '^(\\.\\./){2,}(db|rules|seed|verify|preflight|docs|online)/(src|bin|test)/',
      message: 'Do not reach into another package by a relative path: import its entry point (@leadmetrics/<name>).',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/.tmp/**',
      'docs/**',
      '**/verify-report/**',
      '**/*.d.ts',
      '*.config.ts',
      '*.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      globals: { ...globals.node },
      // Each package is linted from its own folder (turbo run lint), with its own tsconfig: one program at a time
      // keeps memory flat, where one run over the whole repository loads every package's program at once.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-imports': ['error', PACKAGE_BOUNDARIES],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Test files are tables of cases inside describe() callbacks: their length is the list of cases.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/bench/**/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
