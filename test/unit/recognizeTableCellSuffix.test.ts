// A code spelled with an SDK's suffix counts where an SDK printed it, not where a table cell holds
// it whole (recognize/tableCellCode.ts): FaaS's faascmd documents its own `Forbidden.KeyNotFoundError`
// (503, its own wording) in its error table, while pop-core prints the key service's error as
// `Forbidden.KeyNotFoundError: The specified Key is not found.`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { fillsTableCell } from '../../extension/core/recognize/tableCellCode';

const codes = (text: string) => scanText(text).map((o) => [o.code, o.start]);

test('a suffixed code that fills a table cell is another product\'s code', () => {
  assert.deepEqual(codes('|Forbidden.KeyNotFoundError|找不到指定的KMS key，请登录KMS控制台检查输入的keyId是否存在。|503|'), []);
  assert.deepEqual(codes('| Forbidden.KeyNotFoundError | The specified KMS key cannot be found. | 503 |'), []);
  assert.deepEqual(codes('|InvalidAccessKeyIdError|The AccessKeyId/AccessKeySecret of KMS is invalid.|401|'), []);
});

test('the suffixed code still counts where an SDK prints it, and the plain code in a table cell', () => {
  // pop-core's error name before its message, the older Tea Go SDK's Code line, a quoted name.
  assert.deepEqual(codes('Forbidden.KeyNotFoundError: The specified Key is not found., URL: https://kms.cn-hangzhou.aliyuncs.com/'), [['Forbidden.KeyNotFound', 0]]);
  assert.deepEqual(codes('panic: SDKError:\n   Code: Forbidden.KeyNotFoundError\n   Message: code: 404, The specified Key is not found.'), [['Forbidden.KeyNotFound', 26]]);
  assert.deepEqual(codes("{ name: 'Forbidden.KeyNotFoundError', message: 'The specified Key is not found.' }"), [['Forbidden.KeyNotFound', 9]]);
  // A pipe on one side only is no cell (a log's `|` separator before the error name).
  assert.deepEqual(codes('web-1 | Forbidden.KeyNotFoundError: The specified Key is not found.'), [['Forbidden.KeyNotFound', 8]]);
  // The documented spelling in a table cell is the key service's row.
  assert.deepEqual(codes('|404|Forbidden.KeyNotFound|The specified Key is not found.|'), [['Forbidden.KeyNotFound', 5]]);
});

test('a cell is a pipe on each side, spaces between allowed', () => {
  const row = '|a| Forbidden.KeyNotFoundError |b|';
  const start = row.indexOf('F');
  const end = start + 'Forbidden.KeyNotFoundError'.length;
  assert.equal(fillsTableCell(row, start, end), true);
  assert.equal(fillsTableCell('x Forbidden.KeyNotFoundError |', 2, 28), false);
  assert.equal(fillsTableCell('| Forbidden.KeyNotFoundError: x', 2, 28), false);
});
