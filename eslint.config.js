import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// The core (model, diff, text parser, url codec, reports, lineage) is plain TypeScript: it runs
// unchanged in Node (CLI, bench), a Worker and the page. Lint enforces that layering.
const coreBans = {
  paths: [
    { name: 'react', message: 'src/core is framework-free: no React.' },
    { name: 'react-dom', message: 'src/core is framework-free: no React DOM.' },
    { name: 'zustand', message: 'src/core has no state library: only src/store imports zustand.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'zustand/*'], message: 'src/core is framework-free.' },
    {
      group: [
        '**/ui/**',
        '**/store/**',
        '**/app/**',
        '**/features/**',
        '**/worker/**',
        '**/cli/**',
      ],
      message: 'src/core may only import src/core.',
    },
  ],
};

export default defineConfig([
  globalIgnores(['**/dist/', '**/dist-*/', 'coverage/', 'artifacts/', '**/node_modules/']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
    ],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
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
