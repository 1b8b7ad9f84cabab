// A trace copied from a rendered page keeps its frames' indentation as no-break spaces (U+00A0),
// and Chinese and Japanese posts indent pasted frames with the ideographic space (U+3000): a
// CSDN post prints a WebLogic thread dump's frames `\u3000\u3000at oracle.jdbc...` (in
// test/fixtures/recognize/published-audit21-cjk-lookalikes.log). Such a frame continues the
// exception above it, as a frame indented with spaces does, while a paragraph of prose indented
// the same way (Chinese posts indent every paragraph so) starts a record of its own. The KMS
// traces below are built by us from the SDKs' frames (aliyun/alibabacloud-dkms-gcs-java-sdk,
// the gateway SDK kms20160120) with that indentation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { lineRoles } from '../support/lineRoles';

const IDEOGRAPHIC = '\u3000\u3000';
const NO_BREAK = '\u00a0\u00a0\u00a0\u00a0';

test('a frame indented with ideographic or no-break spaces continues the record; an indented paragraph starts one', () => {
  assert.deepEqual(
    lineRoles([
      'com.aliyun.tea.TeaException: The specified key does not exist.',
      `${IDEOGRAPHIC}at com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)`,
      `${NO_BREAK}at com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:80)`,
      `${IDEOGRAPHIC}Caused by: java.net.SocketTimeoutException: Read timed out`,
      `${IDEOGRAPHIC}... 12 more`,
      `${IDEOGRAPHIC}从上面的线程堆栈可以看到，内部Task线程正在调用connection的rollback。`,
      IDEOGRAPHIC,
      `\u00a0${IDEOGRAPHIC} at weblogic.work.ExecuteThread.run(ExecuteThread.java:178)`,
    ]),
    ['starts', 'continues', 'continues', 'continues', 'continues', 'starts', 'blank', 'continues'],
  );
});

test('frames indented so name the operation and carry the KMS context of their exception', () => {
  const instance = scanText(
    [
      'com.aliyun.tea.TeaException: The specified key does not exist.',
      `${IDEOGRAPHIC}at com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)`,
      `${IDEOGRAPHIC}at com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:80)`,
    ].join('\n'),
  );
  assert.deepEqual(
    instance.map((o) => [o.code, o.api, o.operation]),
    [['Forbidden.KeyNotFound', 'instance', 'Decrypt']],
  );
  // The gateway-wide code counts only with the KMS SDK's frames below it.
  const gateway = scanText(
    [
      'com.aliyun.tea.TeaException: code: 404, InvalidAccessKeyId.NotFound Specified access key is not found. request id: 6A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9',
      `${NO_BREAK}at com.aliyun.teaopenapi.Client.doRPCRequest(Client.java:408)`,
      `${NO_BREAK}at com.aliyun.kms20160120.Client.decryptWithOptions(Client.java:2364)`,
    ].join('\n'),
  );
  assert.deepEqual(
    gateway.map((o) => [o.code, o.api, o.httpStatus, o.operation]),
    [['InvalidAccessKeyId.NotFound', 'openapi', 404, 'Decrypt']],
  );
});

test("an indented paragraph does not lend its KMS to the next paragraph's everyday code", () => {
  const text = [
    `${IDEOGRAPHIC}阿里云KMS的凭据管家可以托管RAM用户的AccessKey。`,
    `${IDEOGRAPHIC}如果调用其他云产品时返回InvalidAccessKeyId.NotFound错误，请检查AccessKey是否已被删除。`,
  ].join('\n');
  assert.deepEqual(lineRoles(text.split('\n')), ['starts', 'starts']);
  assert.deepEqual(scanText(text), []);
});
