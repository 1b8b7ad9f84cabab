// The instance API's codes whose names other software gives its own errors (the log service's
// signature check, a Solidity custom error, ASP.NET API Versioning's code for a malformed
// version, AWS Amplify's for an unconfigured API name) count as KMS errors only with KMS context or KMS's own wording beside them; that
// wording still says KMS by itself, even printed alone after a Tea exception name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { isGenericCode, keepsOwnWording } from '../../extension/core/recognize/codeWords';
import { codes } from '../support/scannedCodes';

test('a shared code name in another product or program is not a KMS error', () => {
  // The log service's error body (its JSON, as its SDKs print it), with its own wording.
  assert.deepEqual(codes('{"errorCode": "SignatureNotMatch", "errorMessage": "signature +zjvh= not match", "requestID": "5A0A9ACC28BB14D26F7D0E94"}'), []);
  assert.deepEqual(codes('    error SignatureNotMatch();'), []);
  assert.deepEqual(codes('        if (!succ) revert SignatureNotMatch();'), []);
  assert.deepEqual(codes('InvalidApiVersion | An API version was specified, but it is invalid |'), []);
  assert.deepEqual(codes('{"error":{"code":"InvalidApiVersion","message":"The api-version \'3.0\' is not supported."}}'), []);
  assert.deepEqual(codes('[DEBUG] 48:10.148 RestApis InvalidApiName: API name is invalid.'), []);
  assert.deepEqual(codes("\tInvalidApiName = 'InvalidApiName',"), []);
});

test('the same names with KMS context or with the wording only KMS sends are KMS errors', () => {
  assert.deepEqual(codes('ERROR kms decrypt failed: code=SignatureNotMatch'), ['SignatureNotMatch']);
  assert.deepEqual(codes('SignatureNotMatch | Signature is not matched. |'), ['SignatureNotMatch']);
  assert.deepEqual(codes('InvalidApiVersion | The ApiVersion "dkms-gcs-0.1" is invalid. |'), ['InvalidApiVersion']);
  assert.deepEqual(codes('400 | InvalidApiName | The ApiName "<apiname>" is invalid. | The API name is invalid. |'), ['InvalidApiName']);
  const [o] = scanText('400 InvalidApiVersion The ApiVersion "0.1" is invalid.');
  assert.equal(o?.api, 'instance');
  assert.equal(o?.httpStatus, 400);
});

test("a shared name's own KMS wording still identifies the error without its code", () => {
  // The C# and Java Tea exceptions print only the message: the wording is KMS's alone.
  const [o] = scanText('2024-05-01T10:00:00.000Z fail: App[0] Tea.TeaException: Signature is not matched.');
  assert.equal(o?.code, 'SignatureNotMatch');
  assert.equal(o?.kind, 'message');
  assert.equal(o?.httpStatus, 401);
});

test('shared names need KMS context but keep their wording; everyday words and gateway codes do not keep it', () => {
  for (const code of ['SignatureNotMatch', 'InvalidApiVersion', 'InvalidApiName']) {
    assert.ok(isGenericCode(code), code);
    assert.ok(keepsOwnWording(code), code);
  }
  for (const code of ['InvalidParam', 'Unauthorized', 'IllegalTimestamp', 'Forbidden.KeyNotFound', 'ServiceUnavailableTemporary']) {
    assert.equal(keepsOwnWording(code), false, code);
  }
});
