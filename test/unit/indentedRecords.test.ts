// The indented-paste rule of record grouping (recognize/indentedRecords.ts): in a log pasted with
// every line indented (a Markdown code block, a list item, a quoted mail), a line that starts like
// a log line at its block's own indentation starts a record, as it would at column 0; indented
// lines under a less indented line keep continuing it. The text (lineRole), the bytes
// (byteLineRole) and a LineSource (roleOfLineIn) must judge each line alike (lineRoles checks).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { logLineStartAt } from '../../extension/core/recognize/indentedRecords';
import { MAX_RECORD_LINES } from '../../extension/core/recognize/records';
import { lineRoles as roles } from '../support/lineRoles';

const indent = (lines: readonly string[], prefix = '    ') => lines.map((l) => prefix + l);

test('a uniformly indented log is one record per log line, its frames and causes kept with it', () => {
  const log = [
    '2024-05-01 10:00:00 ERROR decrypt failed: com.aliyun.tea.TeaException: code: 404, The specified key does not exist.',
    '    at com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)',
    'Caused by: java.io.IOException: x',
    '2024-05-01 10:00:01 INFO next',
  ];
  for (const prefix of ['    ', '\t', '  ', '> ', '\x1b[0m    ']) {
    assert.deepEqual(roles(indent(log, prefix)), ['starts', 'continues', 'continues', 'starts'], JSON.stringify(prefix));
  }
});

test('a Python traceback in an indented paste stays one record, and the log line after it starts one', () => {
  const paste = indent([
    'Traceback (most recent call last):',
    '  File "/app/crypto.py", line 31, in decrypt',
    '    response = client.decrypt(request)',
    "Tea.exceptions.TeaException: Error: Forbidden.KeyNotFound code: 404, The specified key does not exist.",
    '2024-05-01 10:00:00,001 ERROR crypto: retry failed',
  ]);
  assert.deepEqual(roles(['', ...paste]), ['blank', 'continues', 'continues', 'continues', 'continues', 'starts']);
});

test('each log-line shape starts a record at the block indentation', () => {
  const shapes = [
    '2024-05-01T10:00:00Z x',
    '2024/05/01 10:00:00 x',
    '10:00:00.123 x',
    '[2024-05-01 10:00:00] x',
    '[ERROR] x',
    'ERROR: x',
    'WARN x',
    'E0424 21:30:41.928036       1 config.go:715] x',
    'May  1 10:00:03 host app[1]: x',
    '{"level":"error","msg":"x"}',
    'time=2024-05-01T10:00:00Z level=error msg=x',
    'level=error msg=x',
    '| Forbidden.KeyNotFound | 404 |',
  ];
  for (const shape of shapes) {
    assert.deepEqual(roles(indent(['2024-05-01 10:00:00 INFO first', shape])), ['starts', 'starts'], shape);
  }
});

test('indented lines that do not start like log lines, or stand under a less indented line, continue', () => {
  // Under a log line at column 0: its frames, a body printed under it, YAML keys, JSON members.
  assert.deepEqual(roles(['2024-05-01 10:00:00 ERROR failed', '  {"Code": "Forbidden.KeyNotFound"}']), ['starts', 'continues']);
  assert.deepEqual(roles(['SDKError:', '   StatusCode: 404', '   Code: Forbidden.KeyNotFound']), ['starts', 'continues', 'continues']);
  assert.deepEqual(roles(indent(['2024-05-01 INFO x', 'code: Forbidden.KeyNotFound', '"Code": "X",', 'Errors were found', 'at x', 'totals=3'])), ['starts', 'continues', 'continues', 'continues', 'continues', 'continues']);
  // A deeper line that starts like a log line may start a record itself: the walk stops there.
  assert.deepEqual(roles(['x', '        2024-05-01 S1', '        2024-05-01 S2', '    2024-05-01 L']), ['starts', 'continues', 'starts', 'continues']);
  // The walk reads no more than a record's lines.
  const deep = Array.from({ length: MAX_RECORD_LINES }, () => '        more');
  assert.equal(roles(['', '    2024-05-01 first', ...deep, '    2024-05-01 last']).at(-1), 'continues');
  assert.equal(roles(['', '    2024-05-01 first', ...deep.slice(1), '    2024-05-01 last']).at(-1), 'starts');
});

test("a traceback's walk up its frames stops at an indented line that may start a record", () => {
  // Line 2 starts a record (a log line beside its sibling at the block's indentation), so the
  // exception line below is not the traceback's: every reader, whatever text it starts from, agrees.
  const lines = ['Traceback (most recent call last):', '    2024-05-01 ERROR a', '    2024-05-01 ERROR b', 'Error: InternalFailure Internal Failure.'];
  assert.deepEqual(roles(lines), ['starts', 'continues', 'starts', 'starts']);
  // Frames that do not start like log lines still lead up to the header.
  assert.deepEqual(roles(['Traceback (most recent call last):', '  File "a.py", line 1, in f', 'Error: InternalFailure']), ['starts', 'continues', 'continues']);
});

test('logLineStartAt tells log-line starts from words, numbers and code', () => {
  const at = (s: string) => logLineStartAt((i) => (i < s.length ? s.charCodeAt(i) : -1), 0);
  for (const yes of ['2024-05-01 x', '12:30:45 x', '[INFO] x', 'ERROR', 'FATAL: x', 'I1203 10:00:00.1 x', 'Dec 31 23:59:59 h a: x', '{"a":1}', 'ts=1 x', '|a|']) assert.equal(at(yes), true, yes);
  for (const no of ['2024 was', '12345', 'Errors', 'INFORMATION', '{', '{ "a": 1', 'time: 3', 'May I', 'E04 x', 'at x', 'lvl x']) assert.equal(at(no), false, no);
});

test('errors in an indented paste keep their own fields, as when pasted at column 0', () => {
  const log = [
    '2024-05-01 10:00:00 ERROR kms: code: 404, The specified key does not exist. request id: 475f1620-b9d3-4d35-b5c6-3fbdd941423d',
    '    at com.aliyun.dkms.gcs.sdk.Client.decryptWithOptions(Client.java:96)',
    '2024-05-01 10:00:01 ERROR kms: Rejected.Throttling code: 429, QPS Limit Exceeded request id: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    '2024-05-01 10:00:02 ERROR kms: Forbidden.NoPermission This operation is forbidden by permission system.',
  ];
  const fields = (text: string) => scanText(text).map((o) => `${o.code} ${o.api} ${o.httpStatus} ${o.requestId} ${o.operation}`);
  const plain = fields(log.join('\n'));
  assert.equal(plain.length, 3);
  for (const prefix of ['    ', '\t', '   ']) assert.deepEqual(fields(indent(log, prefix).join('\n')), plain, JSON.stringify(prefix));
});
