// @ts-check
import js from '@eslint/js';
import electronSecurity from 'eslint-plugin-electron-security';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Type-checked linting for every process through typescript-eslint's project service: each
 * file is linted with the tsconfig project that owns it, found from the root tsconfig.json's
 * references (shared/ with no DOM and no Node, renderer/ with DOM, electron/ and scripts/
 * with Node, tests/ with both), the way an editor finds it. One TypeScript service serves
 * them all instead of four programs built here.
 */

const ELECTRON_ALLOWED = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'];

export default defineConfig(
  {
    ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '**/*.d.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // React event props accept functions returning a promise; the component handles errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-restricted-imports': 'off',
      // Only the three shell files may load Electron (tests/unit/electron/electron-imports.test.ts
      // checks the same with more detail). Type-only imports are erased, so they are allowed.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message: 'Only electron/main.ts, preload.ts and ipc.ts may import Electron; everything else must run in plain Node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [...ELECTRON_ALLOWED, 'tests/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Plain JavaScript config files are outside every tsconfig.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { project: null, projectService: false } },
  },
  {
    files: ['electron/**', 'scripts/**', 'tests/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    ...reactHooks.configs.flat['recommended-latest'],
    files: ['renderer/**/*.{ts,tsx}'],
  },
  {
    ...jsxA11y.flatConfigs.strict,
    files: ['renderer/**/*.tsx'],
  },
  {
    // Inferred rules promoted to errors ("strict"): the shell is small enough to satisfy
    // them all, and a warning would fail `--max-warnings 0` anyway.
    ...electronSecurity.configs.strict,
    files: ['electron/**/*.ts'],
  },
  {
    // Only the rules: the parser options (the project service) are set once, above.
    plugins: electronSecurity.configs['recommended-type-checked'].plugins,
    rules: electronSecurity.configs['recommended-type-checked'].rules,
    files: ['electron/**/*.ts'],
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'electron-security/require-ipc-sender-validation': ['error', { senderGuards: ['isTrustedSender'] }],
      'electron-security/no-open-external-with-dynamic-url': [
        'error',
        { allowedProtocols: ['https:'], urlValidators: ['parseExternalUrl'], trustedUrlType: 'ExternalUrl' },
      ],
      // The single doors: security-relevant Electron APIs are used in one reviewed file each.
      'electron-security/require-factory': [
        'error',
        {
          factories: [
            { api: 'ipcMain.handle', use: 'registerApi', allowIn: ['electron/ipc.ts'] },
            { api: 'ipcMain.on', use: 'registerApi', allowIn: ['electron/ipc.ts'] },
            { api: 'BrowserWindow', use: 'createMainWindow', allowIn: ['electron/main.ts'] },
            { api: 'shell.openExternal', use: 'openExternally', allowIn: ['electron/main.ts'] },
          ],
        },
      ],
    },
  },
  {
    // One calendar-date module: shared/dates does all arithmetic on calendar dates (ISO
    // strings in and out). These are how hand-rolled date sums crept in before; tests may
    // still use them to check shared/dates independently. Timestamps (new Date(),
    // new Date(iso), toISOString) are not calendar arithmetic and stay allowed.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ['shared/dates/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[object.name='Date'][property.name='UTC']",
          'CallExpression > MemberExpression.callee[property.name=/^set(UTC)?(Date|Month|FullYear)$/]',
          "NewExpression[callee.name='Date'][arguments.length>1]",
        ].map((selector) => ({
          selector,
          message: 'Calendar-date arithmetic belongs in shared/dates (addDaysIso, addMonthsIso, daysBetween, day numbers…): use or add a helper there.',
        })),
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // expect(mock.method).toHaveBeenCalled() passes methods around on purpose.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
