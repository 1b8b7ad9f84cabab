// S3, OSS, MinIO and every S3-compatible store answer NoSuchKey with "The specified key does not
// exist." (of an object's key), word for word the instance API's Forbidden.KeyNotFound message.
// The sentence still reads as KMS's where it stands, but it must not make a store's own generic
// codes in the same record KMS errors (MinIO's S3 error table lists it beside RequestTimeTooSkewed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes } from '../support/scannedCodes';

test("an object store's error table with NoSuchKey's sentence reports none of its generic codes", () => {
  const table = [
    'var errorCodes = errorCodeMap{',
    '\tErrNoSuchKey: {',
    '\t\tCode:           "NoSuchKey",',
    '\t\tDescription:    "The specified key does not exist.",',
    '\t\tHTTPStatusCode: http.StatusNotFound,',
    '\t},',
    '\tErrRequestTimeTooSkewed: {',
    '\t\tCode:           "RequestTimeTooSkewed",',
    '\t\tDescription:    "The difference between the request time and the server\'s time is too large.",',
    '\t\tHTTPStatusCode: http.StatusForbidden,',
    '\t},',
  ].join('\n');
  assert.deepEqual(codes(table), []);
  assert.deepEqual(codes('NoSuchKey: The specified key does not exist. (InvalidParameter on retry)'), []);
});

test('the sentence is still KMS\'s message where KMS prints it', () => {
  assert.deepEqual(codes('com.aliyun.tea.TeaException: The specified key does not exist.'), ['Forbidden.KeyNotFound']);
  assert.deepEqual(codes('Error: Forbidden.KeyNotFound The specified key does not exist. Response: {\'httpCode\': 404}'), ['Forbidden.KeyNotFound']);
  assert.deepEqual(codes('kms decrypt: The specified key does not exist.'), ['Forbidden.KeyNotFound']);
});

test("another KMS-only wording still makes the record's generic codes KMS's", () => {
  assert.deepEqual(codes('InvalidParam | The Param Date is invalid. | RequestTimeTooSkewed'), ['InvalidParam', 'RequestTimeTooSkewed']);
});
