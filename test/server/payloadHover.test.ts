import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesToHex, encodeBase64, encodeError } from '../../extension/core';
import { codeActionsFor } from '../../extension/server/codeActions';
import { hoverAt } from '../../extension/server/hover';
import { allOccurrences, commandArgs, doc, nearLine, positionOf } from './serverTestKit';

const FIELDS = { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'The specified key does not exist.', RequestId: '6a1d8c2e-1111-4222-8333-944445555666' };
const BYTES = encodeError(FIELDS);
const BASE64 = encodeBase64(BYTES);

function hoverOn(text: string, needle: string, within: number) {
  const d = doc(text);
  const hover = hoverAt(d, positionOf(d, needle, within), { lang: 'en', occurrencesNearLine: nearLine(d) });
  return hover ? { value: (hover.contents as { value: string }).value, covered: d.getText(hover.range!) } : null;
}

test('a base64 body in a log line: the hover decodes it and explains its code', () => {
  const h = hoverOn(`2026-11-27 DEBUG response body=${BASE64} status=404\n`, BASE64, 10);
  assert.ok(h, 'expected a hover on the payload');
  assert.equal(h.covered, BASE64);
  assert.match(h.value.split('\n')[0]!, /^\*\*Forbidden\\\.KeyNotFound\*\* · HTTP 404 · KMS instance API/);
  assert.match(h.value, /\*\*Decoded payload\*\* \(base64\): StatusCode `404` · ErrorCode `Forbidden\.KeyNotFound` · ErrorMessage `The specified key does not exist\.` · RequestId `6a1d8c2e-1111-4222-8333-944445555666`/);
  assert.match(h.value, /`The specified key does not exist\.` \*\*← found here\*\*/);
  assert.deepEqual(commandArgs(h.value, 'kmsErrors.decodePayload'), [{ text: BASE64 }]);
  assert.deepEqual(commandArgs(h.value, 'kmsErrors.copyRequestId'), [{ requestId: FIELDS.RequestId }]);
});

test('hex and escaped-string bodies decode in the hover too; ordinary words are not payloads', () => {
  const hex = bytesToHex(BYTES);
  // Hex digits are everywhere in logs: recognition decodes hex only in records that name KMS.
  assert.match(hoverOn(`KMS Decrypt failed, response body: ${hex}\n`, hex, 12)?.value ?? '', /\*\*Decoded payload\*\* \(hex\)/);
  const escaped = Array.from(BYTES, (b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
  const h = hoverOn(`resp = b"${escaped}"\n`, '\\x08', 2);
  assert.match(h?.value ?? '', /\*\*Decoded payload\*\* \(escaped\)/);
  for (const word of ['deadbeefcafebabe', 'SGVsbG8gd29ybGQh', 'configuration', 'aGVsbG8=']) assert.equal(hoverOn(`value ${word} end\n`, word, 3), null, word);
});

test('a code action on a payload offers Decode payload with the payload text', () => {
  const d = doc(`body=${BASE64}\n`);
  const at = positionOf(d, BASE64, 4);
  const actions = codeActionsFor(d, { start: at, end: at }, { lang: 'en', diagnostics: [], occurrences: allOccurrences(d) });
  assert.deepEqual(actions.find((a) => a.command?.command === 'kmsErrors.decodePayload')?.command?.arguments, [{ text: BASE64 }]);
  assert.equal(actions[0]?.title, 'Explain Forbidden.KeyNotFound');
});
