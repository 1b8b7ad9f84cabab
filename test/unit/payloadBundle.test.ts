// The payload core runs in the webview: it must bundle for a browser, with no Node built-ins and
// nothing a strict CSP (no 'unsafe-eval') would block.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';

test('the core with the payload decoder bundles for the browser without eval or Function()', async () => {
  const result = await build({
    entryPoints: [join(__dirname, '..', '..', 'extension', 'core', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'core',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  assert.match(code, /decodePayloadText/);
  assert.doesNotMatch(code, /\beval\s*\(|\bnew Function\b|[^.\w]Function\s*\(/);
  assert.doesNotMatch(code, /require\(["'](?:buffer|fs|util)["']\)/);
});
