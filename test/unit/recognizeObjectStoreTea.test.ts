// OSS's own Darabonba SDK (aliyun/alibabacloud-oss-sdk, java/src/main/java/com/aliyun/oss/Client.java
// and python/alibabacloud_oss_sdk/client.py) throws the store's XML error as the same Tea exception
// the KMS instance SDKs throw: `TeaException({code: Code, message: Message, data: {httpCode,
// requestId, hostId}})`. So the store's NoSuchKey, `The specified key does not exist.`, prints
// exactly as the instance API's Forbidden.KeyNotFound does: behind a Tea exception name, its message
// alone. Where the record names the store (its code, an OSS host, its SDK's frames), it is the
// store's answer (objectStoreRecord.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { scanOptions } from '../../extension/core/recognize/scanOptions';
import { codes } from '../support/scannedCodes';

const javaTrace = [
  'java.lang.RuntimeException: com.aliyun.tea.TeaException: The specified key does not exist.',
  '\tat com.aliyun.oss.Client.getObject(Client.java:1630)',
  'Caused by: com.aliyun.tea.TeaException: The specified key does not exist.',
  '\tat com.aliyun.oss.Client.getObject(Client.java:1616)',
].join('\n');
const pythonTea =
  "Tea.exceptions.TeaException: Error: NoSuchKey The specified key does not exist. Response: {'httpCode': 404, 'requestId': '5C3D9175B6FC201293AD4890', 'hostId': 'examplebucket.oss-cn-hangzhou.aliyuncs.com'}";

test("the object store's NoSuchKey behind a Tea exception is not KMS's where the record names the store", () => {
  assert.deepEqual(codes(javaTrace), []);
  assert.deepEqual(codes(pythonTea), []);
  assert.deepEqual(codes('Tea.TeaException: The specified key does not exist.\n   at AlibabaCloud.OSS.Client.GetObject(GetObjectRequest request, RuntimeOptions runtime)'), []);
  assert.deepEqual(codes('PHP Fatal error:  Uncaught AlibabaCloud\\Tea\\Exception\\TeaError: The specified key does not exist. in /app/vendor/alibabacloud/tea-oss-sdk/src/Client.php:1290'), []);
  assert.deepEqual(codes('<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>kms/backup.tar</Key></Error>'), []);
});

test('the rule is what keeps them out', () => {
  scanOptions.disabledRules = new Set(['objectStore']);
  try {
    assert.deepEqual(codes(pythonTea), ['Forbidden.KeyNotFound']);
  } finally {
    scanOptions.disabledRules = new Set();
  }
});

test("the instance API's message alone is still KMS's, and so is a record that names KMS's own SDK beside the store", () => {
  assert.deepEqual(codes('com.aliyun.tea.TeaException: The specified key does not exist.\n\tat com.aliyun.dkms.gcs.sdk.Client.decrypt(Client.java:120)'), ['Forbidden.KeyNotFound']);
  assert.deepEqual(codes("Tea.exceptions.TeaException: Error: Forbidden.KeyNotFound The specified key does not exist. Response: {'httpCode': 404, 'requestId': '475f1620-b9d3-4d35-b5c6-3fbdd941423d', 'hostId': None}"), ['Forbidden.KeyNotFound']);
  const both = scanText('kst-hzz6.cryptoservice.kms.aliyuncs.com Tea.TeaException: The specified key does not exist. (copying to examplebucket.oss-cn-hangzhou.aliyuncs.com)');
  assert.deepEqual(both.map((o) => o.code), ['Forbidden.KeyNotFound']);
});
