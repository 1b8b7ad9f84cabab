import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesToHex, encodeBase64, encodeError } from '../../extension/core';
import { codeActionsFor } from '../../extension/server/codeActions';
import { hoverAt } from '../../extension/server/hover';
import { payloadAtPosition } from '../../extension/server/payloadAtPosition';
import { commandArgs, doc, nearLine, positionOf } from './serverTestKit';

const FIELDS = { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'The specified key does not exist.', RequestId: '6a1d8c2e-1111-4222-8333-944445555666' };
const BYTES = encodeError(FIELDS);
const BASE64 = encodeBase64(BYTES);

test('a base64 body in a log line: the hover decodes it and explains its code', () => {
  const d = doc(`2026-11-27 DEBUG response body=${BASE64} status=404\n`);
  const hover = hoverAt(d, positionOf(d, BASE64, 10), { lang: 'en', occurrencesNearLine: nearLine(d) });
  assert.ok(hover, 'expected a hover on the payload');
  const value = (hover.contents as { value: string }).value;
  assert.equal(d.getText(hover.range!), BASE64);
  assert.match(value.split('\n')[0]!, /^\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · KMS instance API/);
  assert.match(value, /\*\*Decoded payload\*\* \(base64\): StatusCode `404` · ErrorCode `Forbidden\.KeyNotFound` · ErrorMessage `The specified key does not exist\.` · RequestId `6a1d8c2e-1111-4222-8333-944445555666`/);
  assert.match(value, /`The specified key does not exist\.` \*\*← found here\*\*/);
  assert.deepEqual(commandArgs(value, 'kmsErrors.decodePayload'), [{ text: BASE64 }]);
  assert.deepEqual(commandArgs(value, 'kmsErrors.copyRequestId'), [{ requestId: FIELDS.RequestId }]);
});

test('hex and escaped-string bodies are found too; ordinary words are not payloads', () => {
  const hex = bytesToHex(BYTES);
  const hexHit = payloadAtPosition(`body: ${hex}`, 100, 12);
  assert.equal(hexHit?.payload?.format, 'hex');
  assert.equal(hexHit?.start, 106);
  const escaped = Array.from(BYTES, (b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
  const line = `resp = b"${escaped}"`;
  const escapedHit = payloadAtPosition(line, 0, line.indexOf('specified'));
  assert.equal(escapedHit?.code, 'Forbidden.KeyNotFound');
  assert.equal(escapedHit?.message, FIELDS.ErrorMessage);
  for (const word of ['deadbeefcafebabe', 'SGVsbG8gd29ybGQh', 'configuration', 'aGVsbG8=']) {
    assert.equal(payloadAtPosition(`value ${word} end`, 0, 8), null, word);
  }
});

test('a code action on a payload offers Decode payload with the payload text', () => {
  const d = doc(`body=${BASE64}\n`);
  const at = positionOf(d, BASE64, 4);
  const occurrence = payloadAtPosition(d.getText().split('\n')[0]!, 0, at.character)!;
  const actions = codeActionsFor(d, { start: at, end: at }, { lang: 'en', diagnostics: [], occurrences: [occurrence] });
  const decode = actions.find((a) => a.command?.command === 'kmsErrors.decodePayload');
  assert.deepEqual(decode?.command?.arguments, [{ text: BASE64 }]);
  assert.equal(actions[0]?.title, 'Explain Forbidden.KeyNotFound');
});
