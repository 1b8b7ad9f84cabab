// The second record rule that reads the line above (recognize/exceptionBelowFields.ts): an
// exception class's line right below an error printed one field a line (the KMS instance Java
// SDK's samples: `code:`, `message:`, `requestId:`, then e.printStackTrace()) continues the print.
// The text (lineRole), the bytes before they are decoded (byteLineRole) and a LineSource
// (roleOfLineIn) must judge each line alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { lineRoles as roles } from '../support/lineRoles';

const PRINT = ['code: Forbidden.KeyNotFound', 'message: The specified key does not exist.', 'requestId: 475f1620-b9d3-4d35-b5c6-3fbdd941423d'];
const EXCEPTION = 'com.aliyun.tea.TeaException: The specified key does not exist.';
const FRAME = '\tat com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:96)';

test('a field-by-field print and the exception line right below it are one record', () => {
  assert.deepEqual(roles([...PRINT, EXCEPTION, FRAME]), ['starts', 'continues', 'continues', 'continues', 'continues']);
  // The capitalized print (Code/Message/HttpCode/HostId/RequestId), behind a runner's prefix, with CRLF.
  const capitalized = ['Code: Forbidden.KeyNotFound', 'Message: The specified key does not exist.', 'HttpCode: 404', 'HostId: kst-hzz6', 'RequestId: 475f1620-b9d3'];
  assert.deepEqual(roles([...capitalized, EXCEPTION].map((l) => `app-1  | ${l}\r`)), ['starts', 'continues', 'continues', 'continues', 'continues', 'continues']);
  // Behind a terminal's colour codes on every line (a reset, or a colour and its reset), as a
  // coloured console prints it: the bytes' reader looks at the content after the escapes too.
  for (const [before, after] of [['\x1b[0m', ''], ['\x1b[31m', '\x1b[0m']]) {
    assert.deepEqual(roles([...PRINT, EXCEPTION, FRAME].map((l) => `${before}${l}${after}`)), ['starts', 'continues', 'continues', 'continues', 'continues']);
  }
  // Python's exception class line, and one without a package.
  assert.equal(roles([...PRINT, 'Tea.exceptions.TeaException: x']).at(-1), 'continues');
  assert.equal(roles([...PRINT, 'RuntimeError']).at(-1), 'continues');
});

test('only an exception class continues a print, and only right below it', () => {
  // A second print's first line has an exception line's shape (`code:`), yet starts its own error.
  assert.deepEqual(roles([...PRINT, ...PRINT]), ['starts', 'continues', 'continues', 'starts', 'continues', 'continues']);
  // A word that is not an exception class, a blank line between, a log line between.
  assert.equal(roles([...PRINT, 'status: failed']).at(-1), 'starts');
  assert.equal(roles([...PRINT, '', EXCEPTION]).at(-1), 'starts');
  assert.equal(roles([...PRINT, '2024-05-01 ERROR retry', EXCEPTION]).at(-1), 'starts');
  // An exception line below any other line still starts a record.
  assert.equal(roles(['Result: failed', EXCEPTION]).at(-1), 'starts');
  assert.equal(roles(['codes: 3', EXCEPTION]).at(-1), 'starts');
});

test('the error is counted once, with the request id of its print and the operation of its frames', () => {
  const found = scanText([...PRINT, EXCEPTION, FRAME].join('\n'));
  assert.deepEqual(
    found.map((o) => ({ code: o.code, start: o.start, requestId: o.requestId, operation: o.operation, api: o.api })),
    [{ code: 'Forbidden.KeyNotFound', start: 6, requestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d', operation: 'Decrypt', api: 'instance' }],
  );
  // The capitalized print's status line is read, and wins over the catalog's status (the server
  // sends this code beyond its documented 429 case: kms-errors.md section 2).
  const printed = scanText(['Code: Rejected.Throttling', 'Message: Concurrency Limit Exceeded.', 'HttpCode: 400', 'RequestId: 475f1620-b9d3-4d35-b5c6-3fbdd941423d'].join('\n'));
  assert.deepEqual(printed.map((o) => [o.code, o.httpStatus, o.requestId]), [['Rejected.Throttling', 400, '475f1620-b9d3-4d35-b5c6-3fbdd941423d']]);
});
