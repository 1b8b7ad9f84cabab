// KMS's terse lower-case wordings (`key material is invalid.`, `import token is expired.`) are
// the whole message it sends, so they start a value or follow their own code. After another word
// they are the tail of another program's own sentence (`HMAC key material is invalid`, `The key
// material is invalid.`), and a code beside that sentence (a Rust error enum's
// `InvalidKeyMaterial` variant) is not ours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { findClientMessages, findMessages } from '../../extension/core/recognize/messageWords';

const texts = (line: string): string[] => findMessages(line).map((h) => line.slice(h.start, h.end));

test("a lower-case wording at the end of another program's sentence is not KMS's message", () => {
  assert.deepEqual(texts('    #[error("HMAC key material is invalid")]'), []);
  assert.deepEqual(texts("          fallback: 'The key material is invalid.',"), []);
  assert.deepEqual(texts('raise OfflineImportError("Offline envelope key material is invalid")'), []);
  assert.deepEqual(texts('the reimport token is expired'), []);
});

test('a Rust error enum whose variant shares a code name, with its own sentence, is not a KMS error', () => {
  const keyError = [
    'pub enum KeyError {',
    '    /// Key material was present but unusable (e.g. empty).',
    '    #[error("HMAC key material is invalid")]',
    '    InvalidKeyMaterial,',
    '}',
  ].join('\n');
  assert.deepEqual(scanText(keyError), []);
});

test('the same wordings where they start a value are still found, with their code', () => {
  assert.deepEqual(texts('|InvalidKeyMaterial|key material is invalid.|400|'), ['key material is invalid.']);
  assert.deepEqual(texts('{"Code":"ExpiredImportToken","Message":"import token is expired."}'), ['import token is expired.']);
  assert.deepEqual(texts('ErrorMessage: import token is invalid.'), ['import token is invalid.']);
  assert.deepEqual(texts('key material is invalid.'), ['key material is invalid.']);
  // Right after its own code, as the Python SDK prints `Error: CODE MESSAGE` and tables run cells together.
  assert.deepEqual(texts('Error: ExpiredImportToken import token is expired. Response: {}'), ['import token is expired.']);
  assert.deepEqual(scanText('ExpiredImportToken import token is expired.').map((o) => o.code), ['ExpiredImportToken']);
  assert.deepEqual(texts('Error: InvalidImportToken import token is expired.'), []);
  assert.deepEqual(scanText('|InvalidKeyMaterial|key material is invalid.|400|').map((o) => o.code), ['InvalidKeyMaterial']);
});

test("the runtimes' messages are still found inside a wrapper's sentence", () => {
  const line = 'I/O error on POST request: nested exception is java.net.UnknownHostException: kst-abc.cryptoservice.kms.aliyuncs.com';
  assert.equal(findClientMessages(line).length, 1);
});
