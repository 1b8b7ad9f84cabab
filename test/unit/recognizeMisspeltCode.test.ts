// The legacy instance image's misspelt `MissingParamter` is ECS's own misspelling too: ECS's API
// reference lists it for CreateInstance, RunInstances, RenewInstance and AllocateDedicatedHosts
// ("The specified parameter "Period" is not null."). It counts only with KMS context, and the
// image's own wording (`Paramter x-kms-acccesskeyid does not exist ...`) still says KMS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGenericCode } from '../../extension/core/recognize/codeWords';
import { KNOWN_MESSAGES } from '../../extension/core/recognize/messageWords';
import { codes } from '../support/scannedCodes';

test("ECS's misspelt code in its API reference's error tables is not a KMS error", () => {
  assert.deepEqual(codes('|400|MissingParamter|The specified parameter "Period" is not null.|The error message returned because the Period parameter is not specified.|'), []);
  assert.deepEqual(codes('|MissingParamter|The specified parameter Period can’t be null|400|当参数 ChargeType 取值为 PrePaid 时，Period 为必填参数。|'), []);
});

test("the legacy instance image's misspelt error, with its own wording, is still KMS's", () => {
  const line = 'Error message: MissingParamter AParamter x-kms-acccesskeyid does not exist in http header or body "$430c76cd-******';
  assert.deepEqual(codes(line), ['MissingParamter']);
  assert.deepEqual(codes('ERROR kms decrypt failed: Code: MissingParamter'), ['MissingParamter']);
});

test('the misspelt code needs KMS context; its wording does not', () => {
  assert.ok(isGenericCode('MissingParamter'));
  const wording = KNOWN_MESSAGES.find((m) => m.entries.some((e) => e.code === 'MissingParamter'));
  assert.ok(wording);
  assert.equal(wording.generic, false);
});
