// Each text form on its own, the ambiguities between them, and forcing one with `format`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBase64, decodeHex, decodePayloadText, encodeBase64, encodeError, renderBytes, type DecodeOutcome } from '../../extension/core';
import { KEY_NOT_FOUND, KEY_NOT_FOUND_BASE64, KEY_NOT_FOUND_HEX } from '../support/payloadFixtures';

const BYTES = encodeError(KEY_NOT_FOUND);
const pairs = KEY_NOT_FOUND_HEX.match(/../g)!;

function formatOf(outcome: DecodeOutcome): string {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  assert.deepEqual(outcome.error, KEY_NOT_FOUND);
  return outcome.format;
}

test('base64: standard, URL-safe, unpadded, wrapped, quoted', () => {
  // 0xfb 0xff gives the two characters where the alphabets differ.
  assert.equal(encodeBase64(new Uint8Array([0xfb, 0xff, 0xbf])), '+/+/');
  assert.deepEqual(decodeBase64('-_-_'), new Uint8Array([0xfb, 0xff, 0xbf]));
  assert.deepEqual(decodeBase64('AQ'), new Uint8Array([1]));
  assert.deepEqual(decodeBase64('AQ=='), new Uint8Array([1]));
  assert.equal(decodeBase64('AQ='), null, 'padding that does not complete a quantum');
  assert.equal(decodeBase64('A'), null, 'one character holds no byte');
  assert.equal(decodeBase64('AQ==AQ=='), null, 'padding in the middle');
  assert.equal(decodeBase64('AQ$'), null);
  const urlSafe = KEY_NOT_FOUND_BASE64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  for (const text of [KEY_NOT_FOUND_BASE64, urlSafe, KEY_NOT_FOUND_BASE64.match(/.{1,76}/g)!.join('\r\n'), `"${KEY_NOT_FOUND_BASE64}"`]) {
    assert.equal(formatOf(decodePayloadText(text)), 'base64', text);
  }
});

test('hex: either case, spaces, 0x, commas, colons', () => {
  const variants = [KEY_NOT_FOUND_HEX.toUpperCase(), pairs.join(' '), `0x${KEY_NOT_FOUND_HEX}`, pairs.map((p) => `0x${p}`).join(', '), pairs.join(':'), pairs.join(',')];
  for (const text of variants) assert.equal(formatOf(decodePayloadText(text)), 'hex', text.slice(0, 30));
  assert.deepEqual(decodeHex('0x8, 0x94'), new Uint8Array([8, 0x94]));
  assert.equal(decodeHex('089'), null, 'odd number of digits');
  assert.equal(decodeHex('08 zz'), null);
});

test('hex digits are also base64: the reading with a known code wins, and --format forces the other', () => {
  assert.equal(formatOf(decodePayloadText(KEY_NOT_FOUND_HEX)), 'hex');
  const asBase64 = decodePayloadText(KEY_NOT_FOUND_HEX, { format: 'base64' });
  assert.equal(asBase64.format, 'base64');
  assert.ok(!asBase64.ok || asBase64.error.ErrorCode !== KEY_NOT_FOUND.ErrorCode);
  // Base64 text that happens to be only hex digits: its hex reading fails, so base64 wins.
  const bodyB64 = renderBytes(encodeError({ ErrorCode: 'InternalFailure' }), 'base64');
  assert.equal(decodePayloadText(bodyB64).format, 'base64');
});

test('escaped strings: \\x, octal, named escapes, Python b"", Go and C quoting, pieces joined', () => {
  const x = renderBytes(BYTES, 'escaped');
  assert.ok(x.startsWith('"\\x08\\x94\\x03\\x12\\x15Forbidden'), x);
  const octal = Array.from(BYTES, (b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : '\\' + b.toString(8).padStart(3, '0'))).join('');
  const goStyle = x.replace('\\x08', '\\b');
  const pieces = `${x.slice(0, 40)}" +\n  "${x.slice(40)}`;
  for (const text of [x, x.slice(1, -1), renderBytes(BYTES, 'python'), `"${octal}"`, octal, goStyle, pieces]) {
    assert.equal(formatOf(decodePayloadText(text)), 'escaped', text.slice(0, 40));
  }
});

test('escaped text read as Latin-1: a body a program decoded as Latin-1 and printed with \\u escapes', () => {
  const latin1 = Array.from(BYTES, (b) => (b < 0x20 || b === 0x22 ? `\\u${b.toString(16).padStart(4, '0')}` : String.fromCharCode(b))).join('');
  assert.equal(formatOf(decodePayloadText(`"${latin1}"`)), 'escaped');
});

test('byte literals: JSON, Java signed with casts, Go, C, xxd -i style, Python bytes([...])', () => {
  const values = Array.from(BYTES);
  const texts = [
    renderBytes(BYTES, 'json'),
    renderBytes(BYTES, 'java'),
    `byte[] body = {${values.map((v) => `(byte) ${v > 127 ? v - 256 : v}`).join(', ')}};`,
    renderBytes(BYTES, 'go'),
    `static const unsigned char body[] = {\n  ${values.map((v) => `0x${v.toString(16).toUpperCase().padStart(2, '0')}`).join(', ')},\n};`,
    `bytes([${values.join(', ')}])  # from the log`,
  ];
  for (const text of texts) assert.equal(formatOf(decodePayloadText(text)), 'bytes', text.slice(0, 40));
  assert.equal(decodePayloadText('[8, 300]', { format: 'bytes' }).ok, false, 'a value above 255 is not a byte');
  assert.equal(decodePayloadText('[8, -129]', { format: 'bytes' }).ok, false);
});

test('raw body text: Latin-1 characters are the body bytes', () => {
  const latin1 = String.fromCharCode(...BYTES);
  assert.equal(formatOf(decodePayloadText(latin1)), 'binary');
});

test('a forced format that does not fit says so', () => {
  const outcome = decodePayloadText('xyz!', { format: 'hex' });
  assert.equal(outcome.ok, false);
  assert.ok(!outcome.ok && outcome.kind === 'unrecognized-text' && /not in hex form/.test(outcome.reason));
});

test('text that is plainly another answer gets a hint: HTML pages and gateway JSON', () => {
  const html = decodePayloadText('<html><head><title>413 Request Entity Too Large</title></head></html>');
  assert.ok(!html.ok && /HTML/.test(html.reason), JSON.stringify(html));
  const json = decodePayloadText('{"RequestId":"x","HostId":"kms.cn-hangzhou.aliyuncs.com","Code":"Forbidden.KeyNotFound"}');
  assert.ok(!json.ok && /JSON/.test(json.reason), JSON.stringify(json));
});

test('random words are not taken for an Error made only of unknown fields', () => {
  const outcome = decodePayloadText('hello world');
  assert.equal(outcome.ok, false);
  // Forced, the same reading is well-formed protobuf and is shown with its unknown fields.
  const forced = decodePayloadText('hello world', { format: 'base64' });
  assert.ok(forced.ok && forced.unknownFields.length > 0 && forced.error.ErrorCode === '');
});

test('more ways programs print bytes: Go fmt.Println, .NET BitConverter, Node Buffer, a log line around a list', () => {
  const values = Array.from(BYTES);
  assert.equal(formatOf(decodePayloadText(`[${values.join(' ')}]`)), 'bytes');
  assert.equal(formatOf(decodePayloadText(pairs.join('-').toUpperCase())), 'hex');
  assert.equal(formatOf(decodePayloadText(`<Buffer ${pairs.join(' ')}>`)), 'hex');
  assert.equal(formatOf(decodePayloadText(`[main] ERROR c.e.Kms - body=[${values.join(', ')}] status=404`)), 'bytes');
  assert.equal(decodePayloadText('[main] [INFO] [2024-01-01 12:00:00]', { format: 'bytes' }).ok, false);
});
