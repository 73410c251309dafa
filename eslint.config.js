// One lint config for the whole repository. The import zones encode the architecture:
// views and models never touch storage or the network directly, and the background never
// imports UI code.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'reports/', 'test-results/', 'playwright-report/', '.cache/'],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./components', './models'],
              from: ['./utils/db', './utils/outbox', './entrypoints', './server'],
              message: 'Views and models reach storage and network only through the services they are given.',
            },
            {
              target: './entrypoints/background',
              from: ['./components', './models'],
              message: 'The background owns data and network; it never imports UI code.',
            },
            {
              target: ['./utils', './models', './components'],
              from: ['./server'],
              message: 'The inbox service is a separate program; share code through utils/schemas instead.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import { z } from 'utils/zod' (jitless mode for the extension CSP)." }] },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['utils/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
