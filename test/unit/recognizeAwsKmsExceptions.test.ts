// AWS KMS models its own errors as `KMS...Exception` classes (`KMSInternalException`,
// `KMSInvalidStateException`, `KMSInvalidSignatureException`, `KMSInvalidMacException`); a
// program's retry list for its AWS KMS backend names them beside AWS's own `InternalFailure`,
// which is also one of the gateway's generic codes here. Those names mark AWS, not Alibaba Cloud.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("a retry list of AWS KMS's error codes reports none of them", () => {
  const list = [
    'fn is_retryable_error_code(code: &str) -> bool {',
    '    matches!(',
    '        code,',
    '        "ThrottlingException"',
    '            | "KMSInternalException"',
    '            | "KeyUnavailableException"',
    '            | "InternalFailure"',
    '            | "ServiceUnavailable"',
    '    )',
    '}',
  ].join('\n');
  assert.equal(readRecordContext(list).otherCloud, true);
  assert.deepEqual(codes(list), []);
});

test("AWS KMS's signature and MAC exceptions name AWS too", () => {
  for (const line of ['KMSInvalidSignatureException: InternalFailure', 'KMSInvalidMacException (kms verify-mac): Throttling']) {
    assert.equal(readRecordContext(line).otherCloud, true, line);
    assert.deepEqual(codes(line), [], line);
  }
});

test("Alibaba Cloud KMS's own retry list is unchanged", () => {
  assert.deepEqual(codes('if code in ("Rejected.Throttling", "ServiceUnavailableTemporary", "InternalFailure"):'), [
    'Rejected.Throttling',
    'ServiceUnavailableTemporary',
    'InternalFailure',
  ]);
});
