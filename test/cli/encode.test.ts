// `kms-errors encode` run as a process: fixtures in every style, read back by the core's decoder
// (the decode command itself is tested as a process in decode.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePayloadText } from '../../extension/core';
import { runBuiltCli } from '../support/runBuiltCli';
import { KEY_NOT_FOUND, KEY_NOT_FOUND_BASE64, KEY_NOT_FOUND_HEX } from '../support/payloadFixtures';

const FIELDS = ['--code', KEY_NOT_FOUND.ErrorCode, '--status', '404', '--message', KEY_NOT_FOUND.ErrorMessage, '--request-id', KEY_NOT_FOUND.RequestId];
const STYLES = ['base64', 'hex', 'escaped', 'java', 'go', 'python', 'json'] as const;
// One process per style, shared by the tests below (each CLI run costs a Node start-up).
const printed = new Map(STYLES.map((style) => [style, runBuiltCli(['encode', ...FIELDS, '--format', style])]));
const out = (style: (typeof STYLES)[number]) => printed.get(style)!.stdout;

test('encode prints the reference fixture as base64 (the default) and hex', () => {
  const b64 = runBuiltCli(['encode', ...FIELDS]);
  assert.equal(b64.status, 0, b64.stderr);
  assert.equal(b64.stdout, KEY_NOT_FOUND_BASE64 + '\n');
  assert.equal(out('hex'), KEY_NOT_FOUND_HEX + '\n');
});

test('every style exits 0 and decodes back to the same fields in its own form', () => {
  const expected = { base64: 'base64', hex: 'hex', escaped: 'escaped', java: 'bytes', go: 'bytes', python: 'escaped', json: 'bytes' };
  for (const style of STYLES) {
    assert.equal(printed.get(style)!.status, 0, printed.get(style)!.stderr);
    const decoded = decodePayloadText(out(style));
    assert.ok(decoded.ok, style);
    assert.equal(decoded.format, expected[style], style);
    assert.deepEqual(decoded.error, KEY_NOT_FOUND, style);
  }
});

test('styles look like the literals of their languages', () => {
  assert.match(out('java'), /^new byte\[\]\{8, -108, 3, 18, 21, 70,/);
  assert.match(out('go'), /^\[\]byte\{0x08, 0x94, 0x03,/);
  assert.match(out('python'), /^b'\\x08\\x94\\x03\\x12\\x15Forbidden\.KeyNotFound\\x1a!The/);
  assert.match(out('escaped'), /^"\\x08\\x94\\x03\\x12\\x15Forbidden\.KeyNotFound\\x1a!The specified key does not exist\.\\"\$475f/);
  assert.match(out('json'), /^\[8,148,3,18,21,70,/);
});

test("a known code defaults to the catalog's status and first message; --status 0 and --message '' leave them out", () => {
  const decoded = decodePayloadText(runBuiltCli(['encode', '--code', 'Rejected.Throttling']).stdout);
  assert.ok(decoded.ok);
  assert.equal(decoded.error.StatusCode, 429);
  assert.equal(decoded.error.ErrorMessage, 'Concurrency Limit Exceeded.');
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
