// The third record rule that reads the line above (recognize/commentedConstant.ts): a module-level
// constant holding a string, at column 0 right below a `#` comment line, continues the comment's
// record, as the KMS secrets clients for Python write their codes (`# KMS服务内部错误返回错误码`
// over `INTERNAL_FAILURE = "InternalFailure"`). The text (lineRole), the bytes before they are
// decoded (byteLineRole) and a LineSource (roleOfLineIn) must judge each line alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { lineRoles as roles } from '../support/lineRoles';

const COMMENT = '# KMS服务内部错误返回错误码';
const CONSTANT = 'INTERNAL_FAILURE = "InternalFailure"';

test('a constant right below its comment line is one record with it', () => {
  assert.deepEqual(roles([COMMENT, CONSTANT]), ['starts', 'continues']);
  // Constants that start with a continuation prefix's first letter (R, S, C, E, M) and take the
  // bytes reader's slow path, single quotes, no spaces around `=`.
  assert.deepEqual(roles(['# KMS限流返回错误码', 'REJECTED_THROTTLING = "Rejected.Throttling"']), ['starts', 'continues']);
  assert.deepEqual(roles(['# KMS服务Socket连接超时错误码', "SDK_READ_TIMEOUT='SDK.ReadTimeout'"]), ['starts', 'continues']);
  // Behind a runner's prefix, a quote's `> `, terminal escapes, with CRLF.
  for (const wrap of [(l: string) => `app-1  | ${l}\r`, (l: string) => `> ${l}`, (l: string) => `\x1b[0m${l}`]) {
    assert.deepEqual(roles([COMMENT, CONSTANT].map(wrap)), ['starts', 'continues']);
  }
});

test('only a constant holding a string joins, and only the one comment line right above it', () => {
  // A comment block: its earlier lines stay a record of their own (a file's header, a source line).
  assert.deepEqual(roles(['# source: https://example.com/err_code_const.py', COMMENT, CONSTANT]), ['starts', 'starts', 'continues']);
  // Not a constant holding a string: a number, a comparison, a lower-case name, a log line.
  assert.equal(roles([COMMENT, 'MAX_RETRIES = 3']).at(-1), 'starts');
  assert.equal(roles([COMMENT, 'INTERNAL_FAILURE == "InternalFailure"']).at(-1), 'starts');
  assert.equal(roles([COMMENT, 'internal_failure = "InternalFailure"']).at(-1), 'starts');
  assert.equal(roles([COMMENT, 'ERROR InternalFailure: Internal Failure.']).at(-1), 'starts');
  // The shape is read at the line's start only: what follows the quote is not looked at.
  assert.equal(roles([COMMENT, 'ERROR = "InternalFailure" occurred']).at(-1), 'continues');
  // Not right below a comment: a blank line between, a log line above, `#` without a space
  // (a PHP frame, `#!`), a Markdown heading's `##` is `#` then `#`.
  assert.equal(roles([COMMENT, '', CONSTANT]).at(-1), 'starts');
  assert.equal(roles(['2024-05-01 INFO start', CONSTANT]).at(-1), 'starts');
  assert.equal(roles(['#!/usr/bin/env python', CONSTANT]).at(-1), 'starts');
  assert.equal(roles(['## Codes', CONSTANT]).at(-1), 'starts');
});

test("the comment's service name is the context of the everyday code below it", () => {
  const text = ['# KMS服务内部错误返回错误码', CONSTANT, '# 其他', 'OTHER_FAILURE = "InternalFailure"'].join('\n');
  // The first is the key service's (its comment says KMS); the second's comment names nothing.
  assert.deepEqual(
    scanText(text).map((o) => [o.code, o.start]),
    [['InternalFailure', text.indexOf('"InternalFailure"') + 1]],
  );
});
