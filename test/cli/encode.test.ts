// `kms-errors encode` run as a process: fixtures in every style, decoded back by `decode`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBuiltCli } from '../support/runBuiltCli';
import { KEY_NOT_FOUND, KEY_NOT_FOUND_BASE64, KEY_NOT_FOUND_HEX } from '../support/payloadFixtures';

const FIELDS = ['--code', KEY_NOT_FOUND.ErrorCode, '--status', '404', '--message', KEY_NOT_FOUND.ErrorMessage, '--request-id', KEY_NOT_FOUND.RequestId];

test('encode prints the reference fixture as base64 (default) and hex', () => {
  const b64 = runBuiltCli(['encode', ...FIELDS]);
  assert.equal(b64.status, 0, b64.stderr);
  assert.equal(b64.stdout, KEY_NOT_FOUND_BASE64 + '\n');
  assert.equal(runBuiltCli(['encode', ...FIELDS, '--format', 'hex']).stdout, KEY_NOT_FOUND_HEX + '\n');
});

test('every style decodes back to the same fields', () => {
  for (const style of ['base64', 'hex', 'escaped', 'java', 'go', 'python', 'json']) {
    const printed = runBuiltCli(['encode', ...FIELDS, '--format', style]);
    assert.equal(printed.status, 0, printed.stderr);
    const decoded = runBuiltCli(['decode', '--json'], printed.stdout);
    assert.equal(decoded.status, 0, `${style}: ${decoded.stderr}`);
    assert.deepEqual(JSON.parse(decoded.stdout).error, KEY_NOT_FOUND, style);
  }
});

test('styles look like the literals of their languages', () => {
  const java = runBuiltCli(['encode', ...FIELDS, '--format', 'java']).stdout;
  assert.match(java, /^new byte\[\]\{8, -108, 3, 18, 21, 70,/);
  assert.match(runBuiltCli(['encode', ...FIELDS, '--format', 'go']).stdout, /^\[\]byte\{0x08, 0x94, 0x03,/);
  assert.match(runBuiltCli(['encode', ...FIELDS, '--format', 'python']).stdout, /^b'\\x08\\x94\\x03\\x12\\x15Forbidden\.KeyNotFound\\x1a!The/);
  assert.match(runBuiltCli(['encode', ...FIELDS, '--format', 'json']).stdout, /^\[8,148,3,18,21,70,/);
});

test("a known code defaults to the catalog's status and first message; --status 0 and --message '' leave them out", () => {
  const out = JSON.parse(runBuiltCli(['decode', '--json'], runBuiltCli(['encode', '--code', 'Rejected.Throttling']).stdout).stdout);
  assert.equal(out.error.StatusCode, 429);
  assert.equal(out.error.ErrorMessage, 'Concurrency Limit Exceeded.');
  const bare = runBuiltCli(['encode', '--code', 'Rejected.Throttling', '--status', '0', '--message', '', '--format', 'hex']);
  assert.equal(bare.stdout, '1213' + Buffer.from('Rejected.Throttling').toString('hex') + '\n');
});

test('bad arguments exit 2 with a usage line', () => {
  for (const args of [['encode'], ['encode', '--code', 'X', '--status', 'abc'], ['encode', '--code', 'X', '--status', '4294967296'], ['encode', '--code', 'X', '--format', 'cobol'], ['encode', 'X']]) {
    const r = runBuiltCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /Usage: kms-errors encode/);
  }
});
