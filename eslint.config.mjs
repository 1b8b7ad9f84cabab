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

const HOST_IMPORTS = [
  [['vscode-languageserver', 'vscode-languageserver/*'], 'The host talks to the server over LSP, not by importing it.'],
  [['**/server/**', '**/cli/**'], 'The host must not import server or CLI internals.'],
  [['**/webview/main*', '**/webview/components*', '**/webview/panel/**', '**/webview/sidebar/**', '@vscode/webview-ui-toolkit*'], 'The host may import only webview/protocol (types) and webview/html.'],
];
const SERVER_IMPORTS = [
  [['vscode', 'vscode-languageclient*'], 'The server runs outside VS Code: use vscode-languageserver only.'],
  [['**/host/**', '**/webview/**', '**/cli/**'], 'The server may import only the core.'],
];
/** The files of the host and the server that run only under Node (the `main` entry and the stdio/IPC server). */
const NODE_ONLY_HOST = ['extension/host/extension.ts', 'extension/host/serverExecArgv.ts', 'extension/host/platform/node*.ts'];
// The stdio message reader (and its JSON parser and string decoder) reads Node streams; only main.ts uses it.
const NODE_ONLY_SERVER = ['extension/server/main.ts', 'extension/server/idleGc.ts', 'extension/server/stdioMessageReader.ts', 'extension/server/stdinReads.ts', 'extension/server/largeJson.ts', 'extension/server/jsonStringDecoder.ts', 'extension/server/serverV8Flags.ts'];
/** The group that keeps Node out of code the browser bundles share. */
function BROWSER_SAFE(where, nodeEntry) {
  return [[...NODE_BUILTINS, nodeEntry], `This code also runs in a browser (VS Code for the Web): Node-only code belongs in ${where}.`];
}
const NO_PROCESS = { 'no-restricted-globals': ['error', { name: 'process', message: 'There is no process in a browser: read it in the Node-only entry and pass it in.' }] };

/** no-restricted-imports with `patterns` groups, each with the reason shown in the lint error. */
function forbid(...groups) {
  return { 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] };
}

export default tseslint.config(
  // wasm/ is AssemblyScript (its own types and decorators), compiled by `npm run gen:wasm`.
  { ignores: ['dist/**', 'node_modules/**', 'proto/gen/**', 'wasm/**', 'out/**', '.cache/**', 'test-results/**', 'test/fixtures/**'] },
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
      ...forbid(...SERVER_IMPORTS),
      // Under --stdio, stdout is the LSP channel: a stray console.log corrupts it.
      'no-console': 'error',
    },
  },
  {
    // The same server runs in a Web Worker (browserMain.ts): Node stays in NODE_ONLY_SERVER.
    files: ['extension/server/**/*.ts'],
    ignores: NODE_ONLY_SERVER,
    rules: { ...forbid(...SERVER_IMPORTS, BROWSER_SAFE('extension/server/main.ts', 'vscode-languageserver/node')), ...NO_PROCESS },
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
    rules: forbid(...HOST_IMPORTS),
  },
  {
    // The host also runs in VS Code for the Web's Web Worker extension host: what needs Node stays
    // in the Node entry and its launcher, behind the ServerLauncher seam (extension/host/platform).
    files: ['extension/host/**/*.ts'],
    ignores: NODE_ONLY_HOST,
    rules: { ...forbid(...HOST_IMPORTS, BROWSER_SAFE('extension/host/platform/node*.ts', 'vscode-languageclient/node')), ...NO_PROCESS },
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
