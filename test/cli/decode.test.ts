// `kms-errors decode` run as a process: every input route, both outputs, and the exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runBuiltCli } from '../support/runBuiltCli';
import { KEY_NOT_FOUND, KEY_NOT_FOUND_BASE64, KEY_NOT_FOUND_HEX, PAYLOAD_FIXTURES, fixtureText } from '../support/payloadFixtures';

test('decode PAYLOAD prints the four fields, then the explanation with the matched message', () => {
  const r = runBuiltCli(['decode', KEY_NOT_FOUND_BASE64]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Decoded from base64 \(99 bytes\)/);
  assert.match(r.stdout, /StatusCode: {3}404\n {2}ErrorCode: {4}Forbidden\.KeyNotFound\n {2}ErrorMessage: The specified key does not exist\.\n {2}RequestId: {4}475f1620-/);
  assert.match(r.stdout, /Forbidden\.KeyNotFound {2}\(HTTP 404, KMS instance API\)/);
  assert.match(r.stdout, /> The specified key does not exist\./, 'the message variant from ErrorMessage is marked');
});

test('decode --json prints the documented shape with the catalog entry as explain --json gives it', () => {
  const r = runBuiltCli(['decode', KEY_NOT_FOUND_HEX, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.ok, true);
  assert.equal(out.format, 'hex');
  assert.deepEqual(out.error, KEY_NOT_FOUND);
  assert.deepEqual(out.unknownFields, []);
  const explained = JSON.parse(runBuiltCli(['explain', 'Forbidden.KeyNotFound', '--api', 'instance', '--json']).stdout).entries[0];
  assert.deepEqual(out.explanation, explained);
});

test('decode reads standard input when there is no payload, or with -', () => {
  for (const args of [['decode'], ['decode', '-']]) {
    const r = runBuiltCli([...args, '--json'], fixtureText('keynotfound.xxd.txt'));
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.format, 'dump');
    assert.deepEqual(out.error, KEY_NOT_FOUND);
  }
});

test('decode --file reads a binary body as binary and a text file as text', () => {
  const bin = runBuiltCli(['decode', '--file', join(PAYLOAD_FIXTURES, 'keynotfound.bin'), '--json']);
  assert.equal(bin.status, 0, bin.stderr);
  assert.equal(JSON.parse(bin.stdout).format, 'binary');
  const text = runBuiltCli(['decode', '--file', join(PAYLOAD_FIXTURES, 'keynotfound.hexdump-C.txt'), '--json']);
  assert.equal(text.status, 0, text.stderr);
  assert.equal(JSON.parse(text.stdout).format, 'dump');
  assert.deepEqual(JSON.parse(text.stdout).error, KEY_NOT_FOUND);
});

test('an empty body says so and explains the code-less 413 entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kms-decode-'));
  const empty = join(dir, 'empty.bin');
  writeFileSync(empty, new Uint8Array(0));
  const r = runBuiltCli(['decode', '--file', empty]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /The body was empty/);
  assert.match(r.stdout, /HTTP 413/);
  const j = JSON.parse(runBuiltCli(['decode', '--file', empty, '--json']).stdout);
  assert.equal(j.empty, true);
  assert.equal(j.explanation.httpStatus, 413);
  assert.equal(j.explanation.code, '');
});

test('a payload that is not an Error exits 2 with the reason and byte offset', () => {
  const truncated = KEY_NOT_FOUND_HEX.slice(0, 80);
  const r = runBuiltCli(['decode', truncated]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^kms-errors decode: not a KMS Error payload \(read as hex\): field 3 \(ErrorMessage\) at byte 26 .*\[byte offset 26\]\n$/);
  const j = runBuiltCli(['decode', truncated, '--json']);
  assert.equal(j.status, 2);
  assert.deepEqual(JSON.parse(j.stdout), {
    ok: false,
    format: 'hex',
    reason: 'field 3 (ErrorMessage) at byte 26 declares 33 bytes but only 12 remain',
    offset: 26,
    partial: { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound' },
  });
  const html = runBuiltCli(['decode', '-'], '<html><body>502 Bad Gateway</body></html>');
  assert.equal(html.status, 2);
  assert.match(html.stderr, /looks like HTML/);
});

test('--format forces a reading; --max-bytes refuses larger bodies', () => {
  const forced = runBuiltCli(['decode', KEY_NOT_FOUND_HEX, '--format', 'base64', '--json']);
  assert.equal(JSON.parse(forced.stdout).format, 'base64');
  const small = runBuiltCli(['decode', KEY_NOT_FOUND_HEX, '--max-bytes', '10']);
  assert.equal(small.status, 2);
  assert.match(small.stderr, /99 bytes, above the 10-byte limit/);
});

test('a missing or unreadable --file and bad arguments exit 2 with a clear message', () => {
  const missing = runBuiltCli(['decode', '--file', '/nonexistent/body.bin']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read --file \/nonexistent\/body\.bin: no such file/);
  const dir = runBuiltCli(['decode', '--file', tmpdir()]);
  assert.equal(dir.status, 2);
  assert.match(dir.stderr, /it is a directory/);
  for (const args of [['decode', 'x', '--format', 'rot13'], ['decode', 'x', '--file', 'y'], ['decode', 'a', 'b'], ['decode', 'x', '--max-bytes', 'lots']]) {
    const r = runBuiltCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /Usage: kms-errors decode/);
  }
});

test('control characters from the payload never reach the terminal raw', () => {
  const evil = runBuiltCli(['encode', '--code', 'X', '--message', '\u001b[31mred\u0007', '--format', 'hex']);
  const r = runBuiltCli(['decode', evil.stdout.trim()]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stdout.includes(String.fromCharCode(0x1b)), "no raw ESC");
  assert.match(r.stdout, /\\u001b\[31mred\\u0007/);
  assert.match(r.stdout, /error code "X" is not in the catalog/);
});
