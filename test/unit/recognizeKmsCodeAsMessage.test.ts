// `Rejected.UnsupportedOperation` is one word with two readings, the key service's either way: the
// gateway's own code, and the instance API's message for its gateway-wide UnsupportedOperation
// (a message that is a KMS code's name is KMS wording: messageWords.ts). codeNamedMessage.ts picks
// the reading; these tests keep the message reading where the record asks for it (the pair, a Tea
// exception name) and the code reading everywhere else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { KNOWN_MESSAGES } from '../../extension/core/recognize/messageWords';

function found(text: string): string[][] {
  return scanText(text).map((o) => [o.kind, o.code, o.api, String(o.httpStatus)]);
}

test('a gateway-wide code beside the instance message that names a KMS code is the instance API error', () => {
  assert.deepEqual(found('UnsupportedOperation | Rejected.UnsupportedOperation |'), [['code', 'UnsupportedOperation', 'instance', '400']]);
  assert.deepEqual(found('ErrorCode: UnsupportedOperation ErrorMessage: Rejected.UnsupportedOperation'), [['code', 'UnsupportedOperation', 'instance', '400']]);
});

test('the message naming a KMS code is KMS wording; the gateway wording of the same code is not', () => {
  const own = KNOWN_MESSAGES.find((m) => m.text === 'Rejected.UnsupportedOperation');
  assert.equal(own?.generic, false);
  const gateway = KNOWN_MESSAGES.find((m) => m.text === 'This action is not supported.');
  assert.equal(gateway?.generic, true);
});

test("the code with the gateway's wording, or alone, still needs KMS context", () => {
  assert.deepEqual(found('UnsupportedOperation | This action is not supported. |'), []);
  assert.deepEqual(found('ErrorCode: UnsupportedOperation ErrorMessage: This action is not supported.'), []);
  assert.deepEqual(found('UnsupportedOperation'), []);
});

// The same word is also the gateway's own code. Where nothing reads it as the instance API's
// message (no instance fingerprint, no Tea exception name, not beside UnsupportedOperation), it
// is that code: the gateway's CreateKeyVersion reference says "the error code
// **Rejected.UnsupportedOperation**is returned", with nothing else on the line naming the product.
test('the word alone, in prose or a gateway table row, is the gateway code', () => {
  const prose = 'If you call this operation within seven days after the creation of the last key version, the error code **Rejected.UnsupportedOperation**is returned.';
  assert.deepEqual(found(prose), [['code', 'Rejected.UnsupportedOperation', 'openapi', '400']]);
  assert.deepEqual(found('400 | Rejected.UnsupportedOperation | Unsupported operation. | The operation is not supported. |'), [['code', 'Rejected.UnsupportedOperation', 'openapi', '400']]);
});

test('after a Tea exception name or beside its own code, the word is still the instance message', () => {
  assert.deepEqual(found('com.aliyun.tea.TeaException: Rejected.UnsupportedOperation'), [['message', 'UnsupportedOperation', 'instance', '400']]);
  assert.deepEqual(found('Code: UnsupportedOperation, Message: Rejected.UnsupportedOperation'), [['code', 'UnsupportedOperation', 'instance', '400']]);
});
