// `Forbidden.Opened`, the activation API's "already opened", is answered by every product's
// OpenService, not by KMS's OpenKmsService alone: like the gateway-wide codes it counts only when
// its record says KMS (KMS's own wording names KMS, so it is KMS context by itself).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { isGenericCode } from '../../extension/core/recognize/codeWords';
import { codes } from '../support/scannedCodes';

test("another product's activation answer is not a KMS error", () => {
  const mns = [
    '\tif err != nil {',
    '\t\tif IsExpectedErrors(err, []string{"Forbidden.Opened"}) {',
    '\t\t\td.SetId("MnsServiceHasBeenOpened")',
    '\t\t}',
    '\t}',
  ].join('\n');
  assert.deepEqual(codes(mns), []);
  assert.ok(isGenericCode('Forbidden.Opened'));
});

test("KMS's activation answer is, with KMS context or KMS's wording", () => {
  assert.deepEqual(codes('\t\tif IsExpectedErrors(err, []string{"Forbidden.Opened"}) { d.SetId("KmsServiceHasBeenOpened") }'), ['Forbidden.Opened']);
  const [o] = scanText('400 | Forbidden.Opened | Your kms service has been opened. |');
  assert.equal(o?.code, 'Forbidden.Opened');
  assert.equal(o?.api, 'openapi');
  assert.equal(o?.httpStatus, 400);
});
