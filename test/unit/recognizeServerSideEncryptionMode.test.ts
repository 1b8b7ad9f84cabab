// The object stores name their server-side encryption mode `SSE-KMS` (OSS's SDKs and docs, S3 and
// its clones). That name is about the store, and the codes beside it are the store's own
// (`RequestTimeTooSkewed` is OSS's clock-skew code too): it is no KMS word. A KMS host, SDK or the
// word KMS on its own still is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("a store's own code beside its SSE-KMS encryption mode is not a KMS error", () => {
  assert.deepEqual(codes('if (err.code === "RequestTimeTooSkewed") retry(); const modes = ["SSE-OSS", "SSE-KMS"];'), []);
  assert.deepEqual(codes('The bucket uses SSE-KMS. Error: RequestTimeTooSkewed'), []);
  assert.deepEqual(codes('sse_kms enabled; upload failed: InvalidParameter'), []);
  assert.equal(readRecordContext('x-amz-server-side-encryption: SSE-KMS').kmsWord, false);
});

test('the word KMS, a KMS host or a KMS SDK beside SSE-KMS still counts', () => {
  assert.deepEqual(codes('SSE-KMS upload: kms error: RequestTimeTooSkewed'), ['RequestTimeTooSkewed']);
  assert.deepEqual(codes('SSE-KMS: kms.cn-hangzhou.aliyuncs.com Action=Decrypt Code: Throttling'), ['Throttling']);
  assert.equal(readRecordContext('KMS key for SSE-KMS').kmsWord, true);
  // A longer name that merely starts after `sse-` is not the mode.
  assert.equal(readRecordContext('sse-kmsclient failed').kmsWord, true);
});
