// The instance API answers UnsupportedOperation, a code every gateway returns, with the message
// `Rejected.UnsupportedOperation`: the name of the gateway's own KMS code for the same refusal. No
// other service sends a KMS code's name as its wording, so that message says KMS as a message
// naming a key or a secret does (messageWords.ts KMS_CODE_NAMES): the vendor's instance error
// table row and the message alone behind a Tea exception are KMS errors with nothing else of KMS
// on their line. Other products' UnsupportedOperation wordings stay what they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { KNOWN_MESSAGES } from '../../extension/core/recognize/messageWords';
import { codes } from '../support/scannedCodes';

test("the instance API's UnsupportedOperation row is found by its KMS wording alone", () => {
  const found = scanText('UnsupportedOperation | Rejected.UnsupportedOperation |');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.code, 'UnsupportedOperation');
  assert.equal(found[0]!.api, 'instance');
  assert.equal(found[0]!.httpStatus, 400);
  assert.equal(found[0]!.start, 0);
});

test("the instance SDK's message alone behind a Tea exception is the instance API's UnsupportedOperation", () => {
  const found = scanText('com.aliyun.tea.TeaException: Rejected.UnsupportedOperation');
  assert.deepEqual(found.map((o) => [o.kind, o.code, o.api]), [['message', 'UnsupportedOperation', 'instance']]);
});

test('a KMS code name as a message is KMS wording; the gateway-wide wordings stay generic', () => {
  const byText = (t: string) => KNOWN_MESSAGES.find((m) => m.text === t);
  assert.equal(byText('Rejected.UnsupportedOperation')?.generic, false);
  assert.equal(byText('This action is not supported.')?.generic, true);
});

test("other products' UnsupportedOperation rows and the gateway's own record are unchanged", () => {
  assert.deepEqual(codes('UnsupportedOperation | The specified action is not supported. |'), []);
  assert.deepEqual(codes('UnsupportedOperation | This action is not supported. |'), []);
  const gateway = [
    'SDKError:',
    '   StatusCode: 400',
    '   Code: Rejected.UnsupportedOperation',
    '   Message: code: 400, Unsupported operation. request id: 475f1620-b9d3-4d35-b5c6-3fbdd941423d',
  ].join('\n');
  const found = scanText(gateway);
  assert.deepEqual(found.map((o) => [o.code, o.api]), [['Rejected.UnsupportedOperation', 'openapi']]);
});
