// A CSV file escapes a quote by doubling it, and so do C#'s verbatim strings and VB's strings: a log
// store's CSV export of a gateway body reads `"{""RequestId"":""..."",""Code"":""...""}"`, a C# test
// `@"{""HttpStatus"":400,...}"`. The key readers took one quote around a key or value, and the
// request id, the status and the body's HttpStatus (KMS's shape, which a gateway-wide code needs)
// were lost (formats/keyValueFields.ts, gatewayJson.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { ID } from '../support/gatewayBodies';

function fieldsOf(text: string): unknown[] {
  const found = scanText(text);
  assert.equal(found.length, 1, JSON.stringify(found));
  const o = found[0]!;
  return [o.code, o.api, o.httpStatus, o.requestId, o.operation];
}

/** `body` as one field of a CSV row (RFC 4180: the field quoted, its quotes doubled). */
function csvRow(body: string): string {
  return `"2024-05-01 10:00:00","10.0.0.8","${body.replace(/"/g, '""')}"`;
}

test('a gateway body in a CSV export keeps its request id and status, as the plain body does', () => {
  const body = `{"RequestId":"${ID}","HostId":"kms.cn-hangzhou.aliyuncs.com","Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found.","Action":"Decrypt"}`;
  assert.deepEqual(fieldsOf(csvRow(body)), fieldsOf(body));
  assert.deepEqual(fieldsOf(body), ['Forbidden.KeyNotFound', 'openapi', 404, ID, 'Decrypt']);
});

test("a CSV-escaped body's HttpStatus is KMS's shape: a gateway-wide code counts, as in the plain body", () => {
  const body = `{"HttpStatus":400,"Code":"IllegalTimestamp","RequestId":"${ID}"}`;
  assert.deepEqual(fieldsOf(csvRow(body)), ['IllegalTimestamp', 'openapi', 400, ID, null]);
  // C#'s verbatim string in a test of one's own client.
  assert.deepEqual(fieldsOf(`var body = @"${body.replace(/"/g, '""')}";`), ['IllegalTimestamp', 'openapi', 400, ID, null]);
});
