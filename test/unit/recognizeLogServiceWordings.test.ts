// The instance API checks its request headers with the log service's wordings: the log service's
// own error table lists `InvalidContentType`, "Content-Type type is unsupported." (the type
// printed bare where the instance API quotes it). That sentence is not KMS's alone, so beside an
// everyday code it no longer says KMS; with KMS context it is still KMS's error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { KNOWN_MESSAGES } from '../../extension/core/recognize/messageWords';

const codes = (text: string): string[] => scanText(text).map((o) => o.code);

test("the log service's InvalidContentType row is not a KMS error", () => {
  const row =
    '|415|InvalidContentType|Content-Type type is unsupported.|The error message returned because the value of the Content-Type header field is invalid. Make sure that the value of the Content-Type header field is valid.|';
  assert.deepEqual(codes(row), []);
  assert.deepEqual(codes('{"errorCode": "InvalidContentType", "errorMessage": "Content-Type text/plain is unsupported."}'), []);
});

test('the same wording in a KMS record is still the instance API error', () => {
  const line = 'ERROR dkms-gcs decrypt failed: InvalidContentType Content-Type "application/json" is unsupported.';
  assert.deepEqual(codes(line), ['InvalidContentType']);
  const [o] = scanText(line);
  assert.equal(o?.api, 'instance');
  assert.equal(o?.httpStatus, 415);
});

test('the wording is listed among those other services send too', () => {
  const known = KNOWN_MESSAGES.find((m) => m.text === 'Content-Type "<type>" is unsupported.');
  assert.ok(known);
  assert.equal(known.generic, true);
  assert.equal(known.sharedWording, true);
});
