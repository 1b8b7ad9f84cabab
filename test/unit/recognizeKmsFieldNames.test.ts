// Other products' fields that point to a KMS key or hold a value KMS encrypted (`kms_encrypted_password`,
// `kmsPassword`, `KMSKeyId`, `kms_key_id`, `KmsRotatePeriod`) name KMS in records that are about
// those products: a gateway-wide code beside them (the Terraform provider's retry tests' `Throttling`,
// ECS's `InvalidParameter` for a disk's KMSKeyId) is not the key service's error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRecordContext } from '../../extension/core/recognize/recordContext';
import { codes } from '../support/scannedCodes';

test("a gateway-wide code beside another product's KMS-related field is not a KMS error", () => {
  const kafkaTest = [
    '\tattributesDiff := map[string]interface{}{',
    '\t\t"password":               "UpdateSaslUserValue",',
    '\t\t"kms_encrypted_password": "UpdateSaslUserValue",',
    '\t}',
    '\tReadMockResponseDiff = map[string]interface{}{',
    '\t\t"SaslUserList": map[string]interface{}{',
    '\t\t\t"kmsPassword": "UpdateSaslUserValue",',
    '\t\t},',
    '\t}',
    '\terrorCodes = []string{"NonRetryableError", "Throttling", "nil"}',
  ].join('\n');
  assert.deepEqual(codes(kafkaTest), []);
  assert.deepEqual(codes('\t"KmsRotatePeriod":        2,\n\terrorCodes = []string{"NonRetryableError", "Throttling", "nil"}'), []);
  const ecs =
    'rpc error: code = Internal desc = SDK.ServerError ErrorCode: InvalidParameter Recommend: https://next.api.aliyun.com/troubleshoot?q=InvalidParameter&product=Ecs RequestId: E87401CA-165D-5ED0-A355-E52CC16DB12B Message: The specified parameter KMSKeyId is not valid.';
  assert.deepEqual(codes(ecs), []);
  assert.deepEqual(codes('Error: InvalidParameter: system_disk_kms_key_id and kms_encryption_context must be set together'), []);
});

test('such a field name alone is no KMS word; a KMS word, host or SDK beside it still is', () => {
  assert.equal(readRecordContext('{"kms_encrypted_password": "x", "KMSMasterKeyID": "y"} Throttling').kmsWord, false);
  assert.equal(readRecordContext('kms decrypt of kms_encrypted_password failed: Throttling').kmsWord, true);
  assert.deepEqual(codes('ERROR kms.cn-hangzhou.aliyuncs.com Action=Decrypt kms_key_id=abc Code: Throttling'), ['Throttling']);
  // An ECS code that merely starts with a field's name is not stripped as one.
  assert.equal(readRecordContext('InvalidOperation.KMSKeyIdNotFound').kmsWord, true);
});
