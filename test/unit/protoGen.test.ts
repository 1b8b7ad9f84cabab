// The committed static code must be what `npm run gen:proto` makes from proto/kms/error.proto today.
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');

test('proto/gen is up to date with proto/kms/error.proto (npm run gen:proto)', () => {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['gen:proto'];
  assert.match(script, /pbjs -t static-module/);
  const out = mkdtempSync(join(tmpdir(), 'kms-proto-'));
  try {
    // The same command, writing next to us instead of over the committed files.
    execSync(script.replaceAll('proto/gen/', `${out}/`), {
      cwd: ROOT,
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` },
      stdio: 'pipe',
    });
    for (const file of ['error.js', 'error.d.ts']) {
      assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(ROOT, 'proto', 'gen', file), 'utf8'), `proto/gen/${file} differs: run npm run gen:proto`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the generated code has no eval or Function(): it runs under the webview CSP', () => {
  const code = readFileSync(join(ROOT, 'proto', 'gen', 'error.js'), 'utf8');
  assert.doesNotMatch(code, /\beval\s*\(|\bFunction\s*\(/);
  assert.match(code, /from "protobufjs\/minimal/);
});
