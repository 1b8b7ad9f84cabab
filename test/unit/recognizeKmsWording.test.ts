// An everyday-word code (InvalidParam, Unauthorized, InvalidContentType) counts as a KMS error
// when its record prints the wording only KMS sends for it, with no other KMS signal: vendor
// tables and bare `CODE MESSAGE` lines. The same word with other wording, a shared sentence, a
// gateway-wide code's standard wording or another cloud's record stays unclaimed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { codes } from '../support/scannedCodes';

test('an everyday-word code with the wording KMS sends for it is recognized without other KMS context', () => {
  assert.deepEqual(codes('InvalidParam | The Param Date is invalid. | The Date header value does not comply with RFC 1123. |'), ['InvalidParam']);
  assert.deepEqual(codes('ERROR Unauthorized: The AccessKey ID "AKID.example" does not exist in our records.'), ['Unauthorized']);
  assert.deepEqual(codes('error=InvalidContentType message="Content-Type \\"text/plain\\" is unsupported."'), ['InvalidContentType']);
  const [o] = scanText('InvalidParam The Param Authorization is invalid.');
  assert.equal(o?.api, 'instance');
  assert.equal(o?.httpStatus, 400);
});

test('the word alone, a shared sentence, a gateway code or another cloud is not enough', () => {
  assert.deepEqual(codes('java.security.InvalidParam: wrong key size'), []);
  assert.deepEqual(codes('InternalFailure: Internal Failure.'), []);
  assert.deepEqual(codes('HTTP Status: 400 Error:IllegalTimestamp The input parameter "Timestamp" that is mandatory for processing this request is not supplied. RequestID: 1'), []);
  assert.deepEqual(codes('AWS KMS InvalidParam: The Param Date is invalid. (Service: AWSKMS; Status Code: 400)'), []);
});

// The KMS transfer SDKs for Go keep the instance codes they rewrite as constants beside the
// instance wording they test for, with nothing else in the record naming the service: the
// worded code is KMS's, so the record is, and its other everyday codes are KMS's too (as a
// KMS-specific code makes them).
test('an everyday code with KMS wording makes the other everyday codes of its record count', () => {
  const constants = [
    'const (',
    '\tParamCode          = "InvalidParam"',
    '\tParameterCode      = "InvalidParameter"',
    '\tUnauthorizedCode   = "Unauthorized"',
    '\tParamDateMessage   = "The Param Date is invalid."',
    ')',
  ].join('\n');
  const found = scanText(constants).map((o) => `${o.code} ${o.api} ${o.httpStatus}`);
  assert.deepEqual(found, ['InvalidParam instance 400', 'InvalidParameter unknown 400', 'Unauthorized instance 404']);
  // A Python dict of the same, on one line.
  assert.deepEqual(codes("CODES = {'InvalidParam': 'The Param Authorization is invalid.', 'Unauthorized': None}"), ['InvalidParam', 'Unauthorized']);
});

test('without the KMS wording, with a shared sentence or in another cloud the neighbours stay unclaimed', () => {
  assert.deepEqual(codes('const (\n\tA = "InvalidParam"\n\tB = "Unauthorized"\n\tC = "The date is invalid."\n)'), []);
  assert.deepEqual(codes('errors = {"InvalidParameter": "Internal Failure.", "Unauthorized": "denied"}'), []);
  assert.deepEqual(codes('AWS errors: InvalidParam "The Param Date is invalid." Unauthorized'), []);
});
