import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { before, test } from 'node:test';
import { recordMetrics } from '../e2e/support/metrics';
import { vsixPath } from '../e2e/support/paths';
import { listVsix, readVsixText, type VsixEntry } from './vsixContents';

// `npm run test:package` packages first (production build, then vsce with the .vscodeignore allowlist).
const VSIX = vsixPath();

/** What a user's machine may receive: bundles, assets, the manifest and the documents. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/LICENSE(\.txt)?$/,
  /^extension\/dist\/[A-Za-z0-9.-]+\.(js|css|ttf)$/,
  /^extension\/media\/[A-Za-z0-9/_.-]+\.(png|svg|css)$/,
  /^extension\/l10n\/[A-Za-z0-9_.-]+\.json$/,
];

/** Budget for the whole package; the screenshots in media/ are most of it. */
const MAX_VSIX_BYTES = 3 * 1024 * 1024;

let entries: VsixEntry[] = [];

before(async () => {
  assert.ok(existsSync(VSIX), `${VSIX} is missing: run "npm run package"`);
  entries = await listVsix(VSIX);
});

test('the .vsix holds only bundles, media, l10n, the manifest and the documents', () => {
  const unexpected = entries.map((e) => e.path).filter((path) => !ALLOWED.some((re) => re.test(path)));
  assert.deepEqual(unexpected, [], `files that should not ship: ${unexpected.join(', ')}`);
});

test('the .vsix ships no sources, source maps or node_modules', () => {
  const leaks = entries.map((e) => e.path).filter((p) => /\.(ts|map|mjs|proto)$/.test(p) || p.includes('node_modules/') || p.includes('/samples/') || p.includes('/test/'));
  assert.deepEqual(leaks, []);
});

test('every entry point the manifest names is inside the .vsix, and the icon too', async () => {
  const manifest = JSON.parse(await readVsixText(VSIX, 'extension/package.json')) as { main: string; icon?: string; bin?: Record<string, string> };
  const paths = new Set(entries.map((e) => e.path));
  const named = [manifest.main, ...(manifest.icon ? [manifest.icon] : []), ...Object.values(manifest.bin ?? {})];
  for (const file of named) {
    const inVsix = `extension/${file.replace(/^\.\//, '')}`;
    assert.ok(paths.has(inVsix), `${inVsix} is named by package.json but not packaged`);
  }
  assert.ok(paths.has('extension/dist/server.js'), 'the language server bundle is packaged');
});

test('the bundles are production builds: minified and without a source map reference', async () => {
  const bundle = await readVsixText(VSIX, 'extension/dist/extension.js');
  assert.doesNotMatch(bundle, /sourceMappingURL/);
  // Minified code keeps line breaks only inside template literals (esbuild prints "\n" strings
  // as literal newlines, and the page template has some): judge by the average line length,
  // tens of characters unminified, thousands minified.
  const lines = bundle.split('\n').length;
  assert.ok(bundle.length / lines > 1000, `dist/extension.js has ${lines} lines for ${bundle.length} characters: not minified`);
});

test(`the .vsix stays under ${MAX_VSIX_BYTES / 1024 / 1024} MB (size is reported)`, () => {
  const bytes = statSync(VSIX).size;
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  recordMetrics({ vsixBytes: bytes, vsixUnpackedBytes: unpacked, vsixFiles: entries.length });
  assert.ok(bytes < MAX_VSIX_BYTES, `${bytes} bytes`);
});
