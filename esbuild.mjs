// One bundle per runtime. Each bundle carries the pure core it needs, so the .vsix ships
// no node_modules and the CLI runs with nothing but Node.
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

/** @type {esbuild.BuildOptions[]} */
const targets = [
  // The extension host: 'vscode' is provided by the editor at run time.
  { ...common, entryPoints: { extension: 'extension/host/extension.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  // The language server runs in its own Node process (node-ipc from VS Code, stdio elsewhere).
  { ...common, entryPoints: { server: 'extension/server/main.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node20' },
  // VS Code for the Web: the same host and server, bundled for a Web Worker extension host (the
  // `browser` entry, CommonJS as VS Code loads it) and for the Web Worker the server runs in.
  { ...common, entryPoints: { 'extension.browser': 'extension/host/browserExtension.ts' }, outdir: 'dist', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] },
  { ...common, entryPoints: { 'server.browser': 'extension/server/browserMain.ts' }, outdir: 'dist', platform: 'browser', format: 'iife', target: 'es2022' },
  // The command-line tool.
  { ...common, entryPoints: { cli: 'extension/cli/main.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  // The webview runs in a browser sandbox under a strict CSP: no eval, no Node.
  // `long` stays out: protobufjs loads it in a try/catch and works without it (Error has no 64-bit
  // fields), and long.js compiles WebAssembly at load, which the CSP rightly refuses.
  { ...common, entryPoints: { webview: 'webview/main.ts' }, outdir: 'dist', platform: 'browser', format: 'iife', target: 'es2022', external: ['long'] },
  // The webview's stylesheet (theme variables only), served from dist/ like the script.
  { ...common, entryPoints: { webview: 'webview/webview.css' }, outdir: 'dist', sourcemap: false },
];

// A runtime whose entry file does not exist yet is skipped, so each runtime can land on its own.
const present = targets.filter((t) => Object.values(t.entryPoints).every((p) => existsSync(p)));

if (watch) {
  const contexts = await Promise.all(present.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(present.map((t) => esbuild.build(t)));
}
