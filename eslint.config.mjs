// The import table of the architecture (shared/design/architecture.md), enforced per folder:
// a boundary that lives only in a document does not hold.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'util', 'crypto', 'stream', 'http', 'https', 'net', 'url', 'zlib', 'readline', 'events', 'buffer', 'process', 'worker_threads'];

/** The webview's import rules: a browser sandbox that builds only on the core. */
const WEBVIEW_SANDBOX = [
  [['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], 'The webview runs in a browser sandbox.'],
  [NODE_BUILTINS, 'The webview runs in a browser sandbox: no Node built-ins.'],
  [['**/extension/server/**', '**/extension/host/**', '**/extension/cli/**'], 'The webview may import only the core and the toolkit.'],
];

/** no-restricted-imports with `patterns` groups, each with the reason shown in the lint error. */
function forbid(...groups) {
  return { 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'proto/gen/**', 'out/**', '.cache/**', 'test-results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['extension/core/**/*.ts'],
    rules: forbid(
      [['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], 'extension/core is pure: no editor or LSP types.'],
      [NODE_BUILTINS, 'extension/core is pure: no Node built-ins (it runs in the webview too).'],
      [['**/server/**', '**/host/**', '**/cli/**', '**/webview/**', '@vscode/webview-ui-toolkit*'], 'extension/core must not import the runtimes built on it.'],
    ),
  },
  {
    // payload sits beside recognize, and what both speak lives in core/shared below them: an import
    // of recognize from payload would make a cycle of the two (recognize decodes bodies with payload).
    files: ['extension/core/payload/**/*.ts', 'extension/core/shared/**/*.ts'],
    rules: forbid(
      [['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], 'extension/core is pure: no editor or LSP types.'],
      [NODE_BUILTINS, 'extension/core is pure: no Node built-ins (it runs in the webview too).'],
      [['**/server/**', '**/host/**', '**/cli/**', '**/webview/**', '@vscode/webview-ui-toolkit*'], 'extension/core must not import the runtimes built on it.'],
      [['**/recognize/**', '../recognize/*'], 'payload and shared sit below recognize: import shared types from core/shared.'],
    ),
  },
  {
    files: ['extension/server/**/*.ts'],
    rules: {
      ...forbid(
        [['vscode', 'vscode-languageclient*'], 'The server runs outside VS Code: use vscode-languageserver only.'],
        [['**/host/**', '**/webview/**', '**/cli/**'], 'The server may import only the core.'],
      ),
      // Under --stdio, stdout is the LSP channel: a stray console.log corrupts it.
      'no-console': 'error',
    },
  },
  {
    files: ['extension/cli/**/*.ts'],
    rules: forbid(
      [['vscode', 'vscode-languageserver*', 'vscode-languageclient*'], 'The CLI is plain Node over the core.'],
      [['**/server/**', '**/host/**', '**/webview/**'], 'The CLI may import only the core and Node.'],
    ),
  },
  {
    files: ['extension/host/**/*.ts'],
    rules: forbid(
      [['vscode-languageserver', 'vscode-languageserver/*'], 'The host talks to the server over LSP, not by importing it.'],
      [['**/server/**', '**/cli/**'], 'The host must not import server or CLI internals.'],
      [['**/webview/main*', '**/webview/components*', '**/webview/panel/**', '**/webview/sidebar/**', '@vscode/webview-ui-toolkit*'], 'The host may import only webview/protocol (types) and webview/html.'],
    ),
  },
  {
    files: ['webview/**/*.ts'],
    rules: forbid(...WEBVIEW_SANDBOX),
  },
  {
    // The component library stays behind one file, so that it can be swapped for another.
    files: ['webview/**/*.ts'],
    ignores: ['webview/components.ts'],
    rules: forbid(...WEBVIEW_SANDBOX, [['@vscode/webview-ui-toolkit*'], 'Only webview/components.ts imports the toolkit.']),
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: forbid([['@vscode/webview-ui-toolkit*'], 'Only webview/components.ts imports the toolkit.']),
  },
);
