// The KMS instance SDKs for Java, PHP and C# print only the server's message after the Tea
// exception's name (reference sdk-error-formats.md, kms-errors.md §3.2, §3.6, §3.7). For the
// gateway-wide codes the instance API answers with its own quoted sentences (Unauthorized's
// `The AccessKey ID "<accessKeyId>" does not exist in our records.`, Forbidden.NoPermission's
// `This operation for "<parameter name>" is forbidden by permission system.`, InvalidContentType's
// `Content-Type "<type>" is unsupported.`), which counted as shared wording and needed other KMS
// context, so the message-only print was missed (instanceQuotedWording.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { scanOptions } from '../../extension/core/recognize/scanOptions';

const found = (text: string) => scanText(text).map((o) => [o.code, o.api, o.httpStatus]);

const javaUnauthorized = 'com.aliyun.tea.TeaException: The AccessKey ID "KAAP.e9f1a2b3-7c4d-4e5f-8a9b-0c1d2e3f4a5b" does not exist in our records.';
const csharpNoPermission = 'Tea.TeaException: This operation for "key-hzz65f1a2b3c4d5e6f" is forbidden by permission system.';
const phpContentType = 'PHP Fatal error:  Uncaught AlibabaCloud\\Tea\\Exception\\TeaError: Content-Type "text/plain" is unsupported. in /app/src/Crypto.php:42';

test("the instance API's quoted sentences for gateway-wide codes say KMS behind a Tea exception name", () => {
  assert.deepEqual(found(javaUnauthorized), [['Unauthorized', 'instance', 404]]);
  assert.deepEqual(found(csharpNoPermission), [['Forbidden.NoPermission', 'instance', 403]]);
  assert.deepEqual(found(phpContentType), [['InvalidContentType', 'instance', 415]]);
});

test('the rule is what finds them', () => {
  scanOptions.disabledRules = new Set(['instanceQuotedWording']);
  try {
    assert.deepEqual(found(javaUnauthorized), []);
  } finally {
    scanOptions.disabledRules = new Set();
  }
});

test('not without a Tea name, not their bare spellings, not the shared sentences, not a gateway record', () => {
  assert.deepEqual(found('The AccessKey ID "KAAP.e9f1" does not exist in our records.'), []);
  assert.deepEqual(found('com.aliyun.tea.TeaException: Content-Type text/plain is unsupported.'), []);
  assert.deepEqual(found('com.aliyun.tea.TeaException: The AccessKey ID provided does not exist in our records.'), []);
  assert.deepEqual(found('com.aliyun.tea.TeaException: Internal Failure.'), []);
  assert.deepEqual(found('Tea.TeaException: code: 404, The AccessKey ID "LTAI5t" does not exist in our records. request id: 5E1D3C2B-1A0F-4E9D-8C7B-6A5F4E3D2C1B'), []);
});
