// The instance API checks its request headers with the log service's wordings: the log service's
// own error table lists `InvalidContentType`, "Content-Type type is unsupported.", the type bare
// where the instance API quotes it (`Content-Type "text/plain" is unsupported.`). The bare
// spelling is the log service's sentence, so beside that everyday code it says nothing of KMS;
// the quoted one is still KMS's own wording, as the vendor's table prints it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { findMessages, KNOWN_MESSAGES } from '../../extension/core/recognize/messageWords';
import { codes } from '../support/scannedCodes';

test("the log service's InvalidContentType row, its type bare, is not a KMS error", () => {
  const row =
    '|415|InvalidContentType|Content-Type type is unsupported.|The error message returned because the value of the Content-Type header field is invalid. Make sure that the value of the Content-Type header field is valid.|';
  assert.deepEqual(codes(row), []);
  assert.deepEqual(findMessages(row).map((h) => h.bare), [true]);
  assert.deepEqual(codes('{"errorCode": "InvalidContentType", "errorMessage": "Content-Type text/plain is unsupported."}'), []);
});

test("the quoted wording, the instance API's, still says KMS by itself", () => {
  const [o] = scanText('| 415 | InvalidContentType | Content-Type "<type>" is unsupported. | The Content-Type is not supported. |');
  assert.equal(o?.code, 'InvalidContentType');
  assert.equal(o?.api, 'instance');
  assert.equal(o?.httpStatus, 415);
  assert.deepEqual(codes('error=InvalidContentType message="Content-Type \\"text/plain\\" is unsupported."'), ['InvalidContentType']);
});

test('the bare spelling still counts where the record says KMS; other templates keep their bare spelling', () => {
  const known = KNOWN_MESSAGES.find((m) => m.text === 'Content-Type "<type>" is unsupported.');
  assert.ok(known);
  assert.equal(known.quotedOnly, true);
  assert.equal(known.sharedWording, false);
  assert.deepEqual(codes("2024-05-01 ERROR kms call failed: 'Content-Type text/plain is unsupported.'"), ['InvalidContentType']);
  // Another template with a quoted hole keeps its bare spelling (wrappers that drop the quotes).
  const bare = 'Got error The specified parameter AccessKeyId is not valid';
  assert.equal(findMessages(bare).length, 1);
});
