// Lint, including the architectural boundary: the extractor (Node) and the client
// (browser) only meet in src/schema. Neither may import the other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'url',
  'child_process',
  'worker_threads',
  'crypto',
  'stream',
  'util',
  'zlib',
  'module',
  'process',
  'readline',
];

export default tseslint.config(
  {
    ignores: [
      '.cache/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'public/**',
      'seeds/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extract/**', '**/extract'],
              message: 'The client must not import extractor code; share through src/schema.',
            },
            {
              group: ['node:*', ...nodeBuiltins],
              message: 'The client runs in the browser: no Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/extract/**/*.ts', 'src/bench/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/client/**', '**/client'],
              message: 'The extractor must not import client code; share through src/schema.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/client/**', '**/extract/**'],
              message: 'The schema is shared: it imports neither side.',
            },
            {
              group: ['node:*', ...nodeBuiltins],
              message: 'The schema is shared with the browser: no Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.{ts,js}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
);
