import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'test-results', 'playwright-report', 'node_modules', 'tmp'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Host-page examples are plain ES5 on purpose: newsroom CMSes paste them as they are.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script' },
    rules: {
      'no-var': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    // Imports point down the layers: model ← look/draft/store/i18n ← graph/ui/edit ← app.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { faultlines: layers },
    rules: { 'faultlines/layers': 'error' },
  },
  {
    // The model, the look and the drafting assistant are pure: no DOM, no React, no renderer,
    // no store (GUIDE §2); they run in Node (the build, the validator) as in the browser.
    files: ['src/{model,look,draft}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react', 'react-dom', 'cytoscape', 'zustand', 'i18next', 'zundo', 'idb'],
        },
      ],
    },
  },
  {
    // The drafting assistant is pure like the model, and stands only on it (GUIDE §2): it runs
    // in Node (the CLI) and in the editor, and must never pull in the reader's app.
    files: ['src/draft/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'cytoscape',
            'zustand',
            'i18next',
            '../store/*',
            '../graph/*',
            '../ui/*',
            '../look/*',
            '../edit/*',
            '../app/*',
            '../i18n/*',
          ],
        },
      ],
    },
  },
  {
    // The editor's document core and its storage are pure logic under the page's panels.
    files: ['src/edit/{doc,storage}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'cytoscape',
            '../../graph/*',
            '../../ui/*',
            '../../app/*',
          ],
        },
      ],
    },
  },
  {
    // Only src/graph may talk to Cytoscape.
    files: ['src/{app,ui,edit,store,i18n}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: ['cytoscape'] }] },
  },
);
