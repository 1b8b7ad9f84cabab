// The record boundaries of records.ts: context is read from one record only, so the rules that
// group lines into records decide which status and request id an error gets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_RECORD_LINES } from '../../extension/core';
import { lineRole, recordAt } from '../../extension/core/recognize/records';

const role = (line: string): string => lineRole(line, 0);

test('indented lines and the continuation prefixes continue a record; other lines start one', () => {
  for (const line of ['\tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)', '   Code: Forbidden.KeyNotFound', 'Caused by: com.aliyun.tea.TeaException: x', '... 2 more', '}', '],', 'Stack trace:', '#0 /app/a.php(12): f()', 'RequestId : 6A1B2C3D', 'at foo (bar.js:1:2)']) {
    assert.equal(role(line), 'continues', line);
  }
  for (const line of ['2024-05-01 10:00:00 ERROR x', 'panic: SDKError:', 'com.aliyun.tea.TeaException: x', 'Traceback (most recent call last):', '{"level":"error"}', 'atlas started', '#include <stdio.h>']) {
    assert.equal(role(line), 'starts', line);
  }
  for (const line of ['', '   ', '\t', '\r']) assert.equal(role(line), 'blank', JSON.stringify(line));
});

test('a record runs from its starting line over its continuation lines, and a blank line ends it', () => {
  const text = ['2024 ERROR a', '  b', '\tat c', '', '  d', '2024 INFO e', 'RequestId : f'].join('\n');
  const at = (s: string): [number, number] => {
    const r = recordAt(text, text.indexOf(s));
    return [r.start, r.end];
  };
  assert.deepEqual(at('at c'), [0, text.indexOf('\n\n')]);
  // After a blank line an indented line has nothing to continue: it is a record of its own.
  assert.deepEqual(at('d'), [text.indexOf('  d'), text.indexOf('  d') + 3]);
  assert.deepEqual(at('f'), [text.indexOf('2024 INFO'), text.length]);
});

test('a record never spans more than MAX_RECORD_LINES lines', () => {
  const lines = ['start', ...Array.from({ length: MAX_RECORD_LINES * 2 }, (_, i) => `  line ${i}`)];
  const text = lines.join('\n');
  const r = recordAt(text, text.indexOf('line 300'));
  assert.ok(text.slice(r.start, r.end).split('\n').length <= MAX_RECORD_LINES);
});
