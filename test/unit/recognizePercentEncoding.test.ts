// An error travels inside a URL's query: a diagnosis link percent-encoded as another link's value,
// a gateway body as a redirect's `?error=`, a signed request's query logged beside its error. A code
// right after `%3D` or `%22` stood after a word character and was no code, and the fields' keys and
// separators (`RequestId%3D...`, `%26Action%3DDecrypt`) were no keys to the readers
// (recognize/percentEncoding.ts, codeWords.ts' isCodeAt, recordBuilder.ts' isUrlParameter).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { withPercentDecodedPunctuation } from '../../extension/core/recognize/percentEncoding';
import { fieldsOf, ID, PLAIN_JSON } from '../support/gatewayBodies';

test('a percent-encoded query: the code after `%3D` or `%22` is a code, and its fields are read', () => {
  const plain = `https://api.aliyun.com/troubleshoot?q=Rejected.Throttling&product=Kms&requestId=${ID}`;
  const expected = ['Rejected.Throttling', 'openapi', 429, ID, null];
  assert.deepEqual(fieldsOf(plain), expected);
  assert.deepEqual(fieldsOf(`https://signin.aliyun.com/login.htm?callback=${encodeURIComponent(plain)}`), expected);
  // A gateway body as a query value, and a signed request's query beside its error code.
  assert.deepEqual(fieldsOf(`https://app.example.com/cb?error=${encodeURIComponent(PLAIN_JSON)}`), fieldsOf(PLAIN_JSON));
  const signed = `error=${encodeURIComponent(`Code=Forbidden.KeyNotFound&RequestId=${ID}`)}&request=${encodeURIComponent('Action=Decrypt&Format=JSON')} host=kms.cn-hangzhou.aliyuncs.com`;
  assert.deepEqual(fieldsOf(signed), ['Forbidden.KeyNotFound', 'openapi', 404, ID, 'Decrypt']);
  assert.equal(withPercentDecodedPunctuation('%3D%22%26 %41%62 100%'), '="& %41%62 100%');
});

test("a percent-encoded space, slash or dot before a code is a link's path, not a value: no code", () => {
  // The vendor's FAQ pages are named for their errors; in plain text the same name would be a
  // file's (`Forbidden.KeyNotFound.md`) or a title's word.
  assert.deepEqual(scanText('https://github.com/AlibabaCloudDocs/kms/blob/master/faq/Why%20Forbidden.KeyNotFound%20occurs.md'), []);
  assert.deepEqual(scanText('https://example.com/docs%2FForbidden.KeyNotFound'), []);
  assert.deepEqual(scanText('https://example.com/?q=Rejected%2EUnsupportedOperation'), []);
});

test("a code's percent-encoded mention in a link yields to its message's mention, as `q=CODE` does", () => {
  const link = 'https://x.example/?u=https%3A%2F%2Fapi.aliyun.com%2Ftroubleshoot%3Fq%3DRejected.Throttling%26product%3DKms';
  const message = `Rejected.Throttling: code: 429, The QPS upper limit is exceeded. request id: ${ID}`;
  const text = `see ${link} ${message}`;
  const found = scanText(text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.start, text.indexOf(message));
});
