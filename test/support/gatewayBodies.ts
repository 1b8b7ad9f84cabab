// The gateway's error body for Forbidden.KeyNotFound, as the tests of escaped and embedded forms
// wrap it (HTML references, JSON inside JSON, Go's \u00XX, doubled quotes, percent-encoding), and
// the fields of a text's only occurrence, which each form must keep as the plain body does.
import assert from 'node:assert/strict';
import { scanText } from '../../extension/core';

/** The request id of the bodies below. */
export const ID = '8D1B4F3C-1234-4678-9ABC-DEF012345678';

/** The gateway's JSON body. */
export const PLAIN_JSON = `{"RequestId":"${ID}","HostId":"kms.cn-hangzhou.aliyuncs.com","Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found."}`;

/** The gateway's XML body. */
export const PLAIN_XML = `<Error><RequestId>${ID}</RequestId><HostId>kms.cn-hangzhou.aliyuncs.com</HostId><Code>Forbidden.KeyNotFound</Code><Message>The specified Key is not found.</Message></Error>`;

/** The fields of the text's only occurrence (the test fails when there is not exactly one). */
export function fieldsOf(text: string): unknown[] {
  const found = scanText(text);
  assert.equal(found.length, 1, JSON.stringify(found));
  const o = found[0]!;
  return [o.code, o.api, o.httpStatus, o.requestId, o.operation];
}
