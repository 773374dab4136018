// Lint: code style, the layout's boundaries, import cycles and function length.
//
// Boundaries (what may import what):
// - the extractor (Node) and the client (browser) only meet in src/schema;
// - an extractor stage never imports another stage, and the extractor's helper folders
//   never import stages: only the pipeline declaration, the CLI, the worker pool and tests
//   put stages together;
// - src/client/logic is plain functions: no React, no store, no Cytoscape;
// - only src/client/cy talks to Cytoscape;
// - nothing under src/ imports the end-to-end tests (shared fixtures: src/test-support).
// src/lint/boundaries.test.ts shows each rule failing once.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noImportCycle from './eslint-rules/no-import-cycle.js';

const root = import.meta.dirname;

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

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'src/extract/__fixtures__/**'];

/** Folder boundaries, checked on resolved paths (so `../x.js` and `./x` both count). */
const zone = (target, from, message) => ({ target, from, message });
const commonZones = [
  zone(
    'src',
    'e2e',
    'Code under src/ must not import the e2e tests; shared fixtures live in src/test-support.',
  ),
  zone(
    'src/client',
    'src/extract',
    'The client must not import extractor code; share through src/schema.',
  ),
  zone(
    'src/extract',
    'src/client',
    'The extractor must not import client code; share through src/schema.',
  ),
  zone(
    'src/bench',
    'src/client',
    'The benchmark must not import client code; share through src/schema.',
  ),
  zone(
    'src/schema',
    ['src/client', 'src/extract'],
    'The schema is shared: it imports neither side.',
  ),
  zone(
    'src/interchange',
    ['src/client', 'src/extract'],
    'Graph files for other tools are shared like the schema: they import neither side.',
  ),
  zone(
    'src/client/logic',
    ['src/client/store', 'src/client/cy', 'src/client/components'],
    'src/client/logic is plain functions: it imports neither the store nor anything that draws.',
  ),
];
const stageZone = zone(
  'src/extract/stages',
  'src/extract/stages',
  'A stage must not import another stage: move what they share into a helper folder (text/, geo/, ...).',
);
const helperZone = zone(
  'src/extract',
  'src/extract/stages',
  'Extractor helpers must not import stages; only pipeline.ts, cli.ts, parallel.ts, worker.ts and tests do.',
);
const restrictPaths = (...zones) => ({
  'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
});

/** Package boundaries, checked on the import specifier. */
const noNode = (where) => ({
  group: ['node:*', ...nodeBuiltins],
  message: `${where}: no Node modules.`,
});
const noCytoscape = {
  group: ['cytoscape', 'cytoscape/**', 'cytoscape-*', 'react-cytoscapejs'],
  message: 'Only src/client/cy talks to Cytoscape; go through its commands and controller.',
};
const noReact = {
  group: ['react', 'react/**', 'react-dom', 'react-dom/**', 'zustand', 'zustand/**'],
  message: 'src/client/logic is plain functions: no React and no store.',
};
const restrictPackages = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

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
      // Files that break the rules on purpose, for src/lint/boundaries.test.ts.
      'src/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX, local: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      // TypeScript sources are imported as `./x.js` (the extractor) or `./x` (the client).
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'local/no-import-cycle': 'error',
      ...restrictPaths(...commonZones),
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/extract/stages/*.ts'],
    ignores: TESTS,
    rules: restrictPaths(...commonZones, stageZone),
  },
  {
    files: ['src/extract/**/*.ts'],
    ignores: [
      ...TESTS,
      'src/extract/stages/**',
      'src/extract/pipeline.ts',
      'src/extract/cli.ts',
      'src/extract/parallel.ts',
      'src/extract/worker.ts',
    ],
    rules: restrictPaths(...commonZones, helperZone),
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictPackages(noNode('The client runs in the browser'), noCytoscape),
    },
  },
  {
    files: ['src/client/cy/**/*.{ts,tsx}'],
    rules: restrictPackages(noNode('The client runs in the browser')),
  },
  {
    files: ['src/client/logic/**/*.ts'],
    rules: restrictPackages(noNode('The client runs in the browser'), noCytoscape, noReact),
  },
  {
    files: ['src/extract/**/*.ts', 'src/bench/**/*.ts', 'src/test-support/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/schema/**/*.ts', 'src/interchange/**/*.ts'],
    ignores: TESTS,
    rules: restrictPackages(noNode('Shared with the browser')),
  },
  {
    files: ['e2e/**/*.ts', '*.config.{ts,js}', 'eslint-rules/**', '.ci/**', 'src/lint/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests and e2e journeys read best as one story per test.
    files: [...TESTS, 'e2e/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
