// The VS Code for the Web half of the package: the `browser` entry and the server's Web Worker
// bundle ship, load nothing from Node, and their sizes go to the e2e metrics beside the desktop
// bundles'. (The web e2e suite runs them; this checks what a browser would download.)
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { recordMetrics } from '../e2e/support/metrics';
import { vsixPath } from '../e2e/support/paths';
import { listVsix, readVsixText, type VsixEntry } from './vsixContents';

const VSIX = vsixPath();
let entries: VsixEntry[] = [];
let manifest: { main: string; browser?: string } = { main: '' };

before(async () => {
  entries = await listVsix(VSIX);
  manifest = JSON.parse(await readVsixText(VSIX, 'extension/package.json')) as typeof manifest;
});

const inVsix = (file: string) => `extension/${file.replace(/^\.\//, '')}`;
const sizeOf = (path: string) => entries.find((e) => e.path === path)?.size;

/** Every module name a bundle still asks `require` for (esbuild leaves only the externals). */
function requiredModules(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!))].sort();
}

test('the manifest names a browser entry beside main, and both are packaged with the worker server', () => {
  assert.equal(manifest.browser, './dist/extension.browser.js');
  for (const file of [manifest.main, manifest.browser, 'dist/server.browser.js']) {
    assert.ok(sizeOf(inVsix(file)) !== undefined, `${file} is not in the .vsix`);
  }
});

test('the browser host bundle requires only vscode, the worker server nothing', async () => {
  const host = await readVsixText(VSIX, 'extension/dist/extension.browser.js');
  const server = await readVsixText(VSIX, 'extension/dist/server.browser.js');
  assert.deepEqual(requiredModules(host), ['vscode']);
  assert.deepEqual(requiredModules(server), []);
  // The worker speaks LSP over postMessage, not over a pipe or IPC channel.
  assert.match(server, /postMessage/);
  assert.doesNotMatch(server, /--node-ipc|child_process/);
});

test('the web bundle sizes are reported next to the desktop ones', () => {
  const figures = {
    webHostBundleBytes: sizeOf('extension/dist/extension.browser.js'),
    webServerBundleBytes: sizeOf('extension/dist/server.browser.js'),
    hostBundleBytes: sizeOf('extension/dist/extension.js'),
    serverBundleBytes: sizeOf('extension/dist/server.js'),
  };
  for (const [key, bytes] of Object.entries(figures)) assert.ok(typeof bytes === 'number' && bytes > 0, key);
  recordMetrics(figures as Record<string, number>);
});
