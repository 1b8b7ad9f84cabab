// `Unauthorized` and `Throttling` are English words before they are codes: at the start of a
// log sentence (`Unauthorized validateConfig attempt by user`, Apache Ranger's admin REST layer,
// where a KMS class name shares the record) they say what happened, not what a server answered.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes } from '../support/scannedCodes';

test('a one-word code followed by a lower-case word is prose, even in a record that says KMS', () => {
  for (const line of [
    'if (!isKeyAdmin) { LOG.warn("Unauthorized validateConfig attempt by user: {}", user); } // KMS_IMPL_CLASS_NAME',
    'kms proxy: Unauthorized access to key alias/prod denied',
    'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://kms.example.internal/decrypt',
    'KMS client: Throttling requests to 10 per second',
  ]) {
    assert.deepEqual(codes(line), [], line);
  }
});

test('the codes as a server prints them, or as a field before another field, are still found', () => {
  assert.deepEqual(codes('kms.cn-hangzhou.aliyuncs.com: Throttling: Request was denied due to request throttling.'), ['Throttling']);
  assert.deepEqual(codes('kms error code=Throttling msg="Request was denied due to request throttling."'), ['Throttling']);
  assert.deepEqual(codes('kms decrypt failed: Error: Unauthorized The AccessKey ID "LTAI5t" does not exist in our records.'), ['Unauthorized']);
  assert.deepEqual(codes('KMS ErrorCode: Throttling\nRecommend: https://api.aliyun.com/troubleshoot?q=Throttling&product=Kms'), ['Throttling']);
  // Capitalized in the middle of a sentence, the word names the code, as a doc does.
  assert.deepEqual(codes('KMS: if the Throttling error is returned, retry with backoff.'), ['Throttling']);
  assert.deepEqual(codes('The KMS instance answers Unauthorized when the AccessKey ID is unknown.'), ['Unauthorized']);
  // A code that is no single word keeps its reading before a lower-case word.
  assert.deepEqual(codes('kms: InvalidParam returned for the Date header'), ['InvalidParam']);
});
