import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may use Electron (ARCHITECTURE.md §2).',
};
const nodeOnly = {
  group: ['node:*', 'better-sqlite3', '**/electron/backend/**', '**/electron/main/**'],
  message: 'This code runs in the browser: reach the backend through the contract client.',
};

export default tseslint.config(
  {
    ignores: [
      '.scratch/',
      'out/',
      'dist/',
      'node_modules/',
      '.native-electron/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['build/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Each file belongs to one runtime; the rules below keep it there.
  {
    files: ['electron/backend/**/*.ts', 'team-server/**/*.ts', 'test/integration/**/*.ts', 'test/unit/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeOnly] }] },
  },
);
