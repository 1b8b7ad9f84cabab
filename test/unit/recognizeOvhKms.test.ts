// OVHcloud has a key service of its own, named `okms` by its hosts (`*.okms.ovh.net`), SDK
// (`okms-sdk-go`), CLI, API parameters (`okmsId`) and IAM actions (`okms:apikms:serviceKey/get`).
// The `kms` inside that name must not make the generic words of its OpenAPI schema KMS errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("OVHcloud KMS's OpenAPI operation, named by its IAM action, documents no KMS error", () => {
  const schema = [
    '    get:',
    '      description: |',
    '        |  Action IAM      | Description |',
    '        | okms:apikms:serviceKey/get | Required on each service key to list |',
    '      operationId: ListServiceKeys',
    '      responses:',
    "        '401':",
    '          description: Unauthorized',
  ].join('\n');
  assert.equal(readRecordContext(schema).otherCloud, true);
  assert.deepEqual(codes(schema), []);
});

test("OVHcloud KMS's hosts, SDK and API parameter name another cloud", () => {
  for (const line of [
    'POST https://eu-west-rbx.okms.ovh.net/api/v1/servicekey: 401 Unauthorized',
    'github.com/ovh/okms-sdk-go: decrypt: Unauthorized',
    'okmsId=3f1c0a: Unauthorized',
    'OVHcloud KMS returned Unauthorized',
  ]) {
    assert.equal(readRecordContext(line).otherCloud, true, line);
    assert.deepEqual(codes(line), [], line);
  }
});

test('a word that merely contains okms, and Alibaba Cloud KMS beside a generic code, stay as they were', () => {
  assert.equal(readRecordContext('tokms kms decrypt failed: Unauthorized').otherCloud, false);
  assert.equal(readRecordContext('dkms okmsish: Unauthorized').otherCloud, false);
  assert.deepEqual(codes('kms decrypt failed: {"Code":"Unauthorized","Message":"The AccessKey ID \\"LTAI5t\\" does not exist in our records."}'), ['Unauthorized']);
});
