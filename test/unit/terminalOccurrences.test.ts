// Terminal lines are read with the same rules as files: a code, a known message, an encoded
// payload; a gateway-wide code only with KMS context, which the lines just above may give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_TERMINAL_LINE, terminalOccurrences } from '../../extension/host/terminal/terminalOccurrences';

// The instance SDK's Java TeaException prints only the server message (test/fixtures/recognize/java-tea-exception.log).
test('a message-only Java TeaException line links its message to the code it stands for', () => {
  const line = 'com.aliyun.tea.TeaException: The specified key does not exist.';
  const [found, ...rest] = terminalOccurrences(line);
  assert.equal(rest.length, 0);
  assert.equal(found?.occurrence.code, 'Forbidden.KeyNotFound');
  assert.equal(found?.occurrence.kind, 'message');
  assert.equal(line.slice(found!.startIndex, found!.startIndex + found!.length), 'The specified key does not exist.');
});

test('a gateway-wide code is a KMS error only when the lines above say KMS (precision as in files)', () => {
  const line = '   Code: InvalidParameter';
  assert.deepEqual(terminalOccurrences(line), []);
  const above = ['2024/05/01 10:00:00 decrypt via kms.cn-hangzhou.aliyuncs.com failed: SDKError:', '   StatusCode: 429'];
  const [found] = terminalOccurrences(line, above);
  assert.equal(found?.occurrence.code, 'InvalidParameter');
  assert.equal(found?.startIndex, line.indexOf('InvalidParameter'));
  // Only what lies on the line itself is a link on it.
  assert.deepEqual(terminalOccurrences('   Message: nothing here', ['2024 x: Forbidden.KeyNotFound']), []);
});

test('an encoded payload on a line is found whole, for decoding', () => {
  const payload = 'CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQaIVRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LiIkNDc1ZjE2MjAtYjlkMy00ZDM1LWI1YzYtM2ZiZGQ5NDE0MjNk';
  const [found] = terminalOccurrences(`kms response body=${payload}`);
  assert.equal(found?.occurrence.kind, 'payload');
  assert.equal(found?.text, payload);
});

test('ordinary and oversized lines give nothing', () => {
  assert.deepEqual(terminalOccurrences('$ mvn spring-boot:run'), []);
  assert.deepEqual(terminalOccurrences(`Forbidden.KeyNotFound ${'x'.repeat(MAX_TERMINAL_LINE)}`), []);
});
