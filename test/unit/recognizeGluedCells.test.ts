// A help page's error table rendered to text without its cell boundaries runs each code into its
// own message (`InvalidParamThe Param Date is invalid.The Date header value ...`, the instance
// API's 2026 common error table). The letter after the code made it part of a longer word, so the
// code was missed and, on rows whose explanation names an x-kms header, the message was reported
// at its own place instead. A code followed by the start of one of its own catalog messages stands
// as a code (gluedMessage.ts); any other letter after it still makes it part of a longer word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { isCodeAt } from '../../extension/core/recognize/codeWords';
import { codes } from '../support/scannedCodes';

test('a code run into its own message is found at the code, with that message', () => {
  const row = 'InvalidParamThe Param Date is invalid.The Date header value does not comply with RFC 1123.';
  const found = scanText(row);
  assert.deepEqual(found.map((o) => [o.kind, o.code, o.api, o.start, o.message]), [['code', 'InvalidParam', 'instance', 0, 'The Param Date is invalid.']]);
  const templated = 'InvalidApiNameThe ApiName "\\<apiname\\>" is invalid.The API name in the request is not recognized.';
  assert.deepEqual(scanText(templated).map((o) => [o.code, o.start]), [['InvalidApiName', 0]]);
});

test('a row whose explanation says KMS reports the code, not the message at its own place', () => {
  const row = 'MissingParameterParameter x-kms-acccesskeyid does not exist in http header or body.No AccessKey ID was found.';
  assert.deepEqual(scanText(row).map((o) => [o.kind, o.code, o.start]), [['code', 'MissingParameter', 0]]);
});

test('only the code\'s own message makes it stand: other letters still make a longer word', () => {
  const text = 'InvalidParamTheory';
  assert.equal(isCodeAt(text, 0, 'InvalidParam'.length), false);
  const other = 'InvalidParamThe specified parameter is not valid.';
  assert.equal(isCodeAt(other, 0, 'InvalidParam'.length), false);
  assert.equal(isCodeAt('InvalidParamThe Param Date is invalid.', 0, 'InvalidParam'.length), true);
  assert.deepEqual(codes('System.UnauthorizedAccessException: Access to the path is denied.'), []);
  assert.deepEqual(codes('kms: InvalidParameterException thrown by the parser'), []);
});

test('the shared gateway wording run into its code still needs KMS context', () => {
  assert.deepEqual(codes('InvalidParameterThe specified parameter is not valid.A parameter value is invalid.'), []);
  assert.deepEqual(codes('InternalFailureInternal Failure.500'), []);
});
