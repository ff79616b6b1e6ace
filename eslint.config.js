import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

const root = import.meta.dirname;

/**
 * The layers of src, lowest first. A layer imports only from layers below it:
 *
 *   core → (store | worker | data) → ui → features → app (with main.tsx)
 *
 * core is plain TypeScript (model, diff, text parser, url codec, reports, lineage): it runs
 * unchanged in Node (CLI, bench), a Worker and the page. store, worker and data are siblings: each
 * builds on core alone, and the page (ui and up) is where they meet. cli and scripts run in Node and
 * import core and data (the bundled drafts they compare and check). A feature imports another
 * feature only through that feature's public entry (src/features/<name>/index.ts), so its insides
 * can change freely. The style brief's §3.1 table, enforced as bulletproof-react enforces its
 * own (style.md §1.4).
 */
const LAYERS = {
  core: [],
  store: ['core'],
  worker: ['core'],
  data: ['core'],
  ui: ['core', 'store', 'worker', 'data'],
  features: ['core', 'store', 'worker', 'data', 'ui'],
  app: ['core', 'store', 'worker', 'data', 'ui', 'features'],
  cli: ['core', 'data'],
};
/** Where each layer lives (app includes the page's entry, main.tsx). */
const LAYER_PATHS = {
  core: ['src/core'],
  store: ['src/store'],
  worker: ['src/worker'],
  data: ['src/data'],
  ui: ['src/ui'],
  features: ['src/features'],
  app: ['src/app', 'src/main.tsx'],
  cli: ['src/cli'],
};
const FEATURES = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Zones for import-x/no-restricted-paths. `relaxed` lists layers that tests may import although
 * the layer under test may not: the bundled data set (src/data) is every test's fixture, and the
 * export tests check that the page and the CLI (src/cli) write the same report.
 */
function layerZones(relaxed = []) {
  const zones = Object.entries(LAYERS).map(([layer, below]) => {
    const from = Object.keys(LAYERS)
      .filter((other) => other !== layer && !below.includes(other) && !relaxed.includes(other))
      .flatMap((other) => LAYER_PATHS[other]);
    return {
      target: LAYER_PATHS[layer],
      from,
      message: `${layer} may import only ${below.length ? below.join(', ') : 'itself'} (layers in eslint.config.js).`,
    };
  });
  const features = FEATURES.map((name) => ({
    target: `src/features/${name}/**`,
    from: [`src/features/!(${name})/**`],
    except: ['src/features/*/index.{ts,tsx}'],
    message: 'Import another feature only through its public entry, src/features/<name>/index.ts.',
  }));
  const scripts = {
    target: ['scripts'],
    from: [
      'src/store',
      'src/worker',
      'src/ui',
      'src/features',
      'src/app',
      'src/main.tsx',
      'src/cli',
    ],
    message: 'scripts run in Node: they import core and data only.',
  };
  // Inside core, the engine (diff: alignment, word diff) works on plain texts, labels and the
  // closed list of topics (model/topics.ts, which imports nothing): the rows, reports and views
  // built on it come after it, never before (issue #15).
  const engine = {
    target: ['src/core/diff'],
    from: ['src/core/!(diff|model)/**', 'src/core/model/!(topics).ts'],
    message:
      'src/core/diff is the engine: it imports only src/core/diff and the topic list (src/core/model/topics.ts).',
  };
  return [...zones.filter((zone) => zone.from.length > 0), ...features, engine, scripts];
}

// The core runs in Node and Workers: no framework, no state library, no page globals.
const coreBans = {
  paths: [
    { name: 'react', message: 'src/core is framework-free: no React.' },
    { name: 'react-dom', message: 'src/core is framework-free: no React DOM.' },
    { name: 'zustand', message: 'src/core has no state library: only src/store imports zustand.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'zustand/*'], message: 'src/core is framework-free.' },
  ],
};

const TESTS = [
  '**/*.test.{ts,tsx}',
  '**/test-utils.tsx',
  '**/test-helpers.ts',
  '**/test-fixtures.ts',
  '**/fake-worker.ts',
];

export default defineConfig([
  globalIgnores(['**/dist/', '**/dist-*/', 'coverage/', 'artifacts/', '**/node_modules/']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
    ],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    settings: {
      // import-x reads a module's imports only for these extensions and parsers (without them
      // no-cycle never looks inside a .ts file); our imports are relative: Node resolution does.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A switch over a union names every case, so a new kind is a compile-time to-do list.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones() }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted text is text: never render HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Untrusted text is text: never assign innerHTML.',
        },
      ],
    },
  },
  {
    files: [...TESTS, 'tests/**'],
    rules: {
      // vitest types its asymmetric matchers (expect.closeTo, expect.arrayContaining…) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: TESTS,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: layerZones(['data', 'cli']) },
      ],
    },
  },
  {
    // Browser journeys drive the built app from outside; they may read any module's constants.
    files: ['tests/e2e/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', coreBans],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core runs in Node and Workers: no window.' },
        { name: 'document', message: 'src/core runs in Node and Workers: no document.' },
        { name: 'localStorage', message: 'src/core does not persist anything.' },
        { name: 'location', message: 'src/core takes the URL as a string.' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zustand', message: 'Only src/store imports zustand; use its hooks.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
]);
