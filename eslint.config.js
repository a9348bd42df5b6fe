import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering is enforced here: shared/ is pure TypeScript; renderer/ sees only shared/;
// only the Electron shell files import 'electron'.
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.native/**', 'screenshots/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeModules, 'electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Sheets load their data in effects and set it after an await; this rule cannot tell
      // that from a synchronous setState and would flag every loader.
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': ['error', { patterns: [...nodeModules, 'electron', '**/electron/**'] }],
    },
  },
  {
    // A sheet reaches AG Grid's cells only through DataGrid and its controller, which never touch
    // a row being edited: a direct refresh once cost the keys typed into an editor opening then.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/grid/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(refreshCells|redrawRows|applyTransaction|applyTransactionAsync|setGridOption|updateGridOptions)$/]",
          message: 'Gå gennem DataGrid (renderer/grid/): den rører ikke en række, der redigeres.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/menu.ts', 'electron/dialogs.ts', 'electron/window.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Kun Electron-skallen (main, preload, ipc, menu, dialogs, window) må importere electron.' }], patterns: ['**/renderer/**'] }],
    },
  },
);
