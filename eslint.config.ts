import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The boundaries of the layout, as lint rules rather than memory:
 * - shared/ is pure: it imports nothing outside shared/ and uses no Node or DOM global;
 * - the backend knows no transport (no Electron, no HTTP server, no CLI);
 * - the renderer reaches data only through the API contract, never the backend's modules or Node.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

const NODE_GLOBALS = ['Buffer', 'process', '__dirname', '__filename', 'require', 'module', 'global', 'setImmediate'].map((name) => ({
  name,
  message: 'shared/ is pure TypeScript: no Node globals (pass what you need in as data).',
}));
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'HTMLElement', 'File', 'Blob'].map(
  (name) => ({ name, message: 'shared/ is pure TypeScript: no DOM globals.' }),
);

/**
 * Renderer folders whose every user-visible string goes through t() (issue 12 §4): a literal in JSX text or in
 * an attribute a person reads is a lint error there. Folders join the list as they are translated.
 */
const TRANSLATED_RENDERER = ['renderer/src/App.tsx', 'renderer/src/status/**', 'renderer/src/ui/**', 'renderer/src/start/**', 'renderer/src/toolbar/**', 'renderer/src/settings/**', 'renderer/src/i18n/**'];
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label'];

export default defineConfig([
  globalIgnores(['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', 'test-results/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-control-regex': 'off', // text rules match control characters on purpose (tabs in tables, C0 in binary checks)
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**', '**/tests/**', '**/bench/**', '**/scripts/**'], message: 'shared/ imports nothing outside shared/.' },
            { group: [...NODE_BUILTINS, 'electron', 'react', 'react-dom', 'lowdb'], message: 'shared/ is pure: no Node, Electron, React or storage modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NODE_GLOBALS, ...DOM_GLOBALS],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/main/*', '**/preload/*', '**/web/*', '**/cli/*', '**/cli/**/*'], message: 'the backend knows no transport: Electron IPC, the HTTP bridge and the CLI carry it.' },
            { group: ['**/renderer/**', 'react', 'react-dom'], message: 'the backend does not reach into the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts', 'bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests read answers as raw JSON (sockets, child processes, files on disk); Playwright fixtures must destructure
    // their first argument even when they use nothing from it.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
  {
    files: ['bench/ui-bare/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two rules of hooks. The plugin's React-Compiler rules are for code compiled by it, which Tally is not.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'lowdb'], message: 'the renderer reaches data only through the API contract (shared/api), never backend modules.' },
            { group: NODE_BUILTINS, message: 'the renderer runs sandboxed: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: TRANSLATED_RENDERER,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Only the attributes a person reads or hears; everything else (value, role, className…) is code.
          'jsx-attributes': { include: READ_ATTRIBUTES, exclude: ['.*'] },
          // Symbols and icons (⌂ ↶ ⚙), key chords (Ctrl+Z) and the product's name are the same in every language.
          words: { exclude: [/^[^\p{L}]+$/u, 'Tally', /^(?:(?:Ctrl|Shift|Alt|Cmd)\+)+\S+$/u] },
        },
      ],
    },
  },
]);
