// A page that shows a KMS error escapes it for HTML: a CI server's console page
// (`{&quot;Code&quot;:...,&quot;RequestId&quot;:...}`), a rendered help or issue page's copy of the
// gateway's XML answer (`&lt;RequestId&gt;...&lt;/RequestId&gt;`), Go's html/template (`&#34;`),
// Python's html.escape (`&#x27;`). The code, which needs no quote around it, was found, while the
// request id, the status and the body's HttpStatus (KMS's shape, which a gateway-wide code needs)
// were lost, and an unindented escaped body's lines fell apart into records of their own. The
// record's context is read as the page shows it (recognize/htmlEntities.ts), and the escaped tags
// and keys continue a body's record as the plain ones do (formats/gatewayXml.ts, gatewayJson.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutHtmlEntities } from '../../extension/core/recognize/htmlEntities';
import { lineRoles } from '../support/lineRoles';
import { fieldsOf, ID, PLAIN_JSON, PLAIN_XML } from '../support/gatewayBodies';

test('an HTML-escaped gateway body keeps its request id, as the plain one does', () => {
  const plain = fieldsOf(PLAIN_JSON);
  assert.deepEqual(plain, ['Forbidden.KeyNotFound', 'openapi', 404, ID, null]);
  // A CI server's console page, Go's html/template (`&#34;`), a hex reference.
  assert.deepEqual(fieldsOf(PLAIN_JSON.replace(/"/g, '&quot;')), plain);
  assert.deepEqual(fieldsOf(PLAIN_JSON.replace(/"/g, '&#34;')), plain);
  assert.deepEqual(fieldsOf(PLAIN_JSON.replace(/"/g, '&#x22;')), plain);
  assert.deepEqual(fieldsOf(PLAIN_XML.replace(/</g, '&lt;').replace(/>/g, '&gt;')), fieldsOf(PLAIN_XML));
});

test("an HTML-escaped body's HttpStatus is KMS's shape, as the plain one's: a gateway-wide code counts", () => {
  const body = `{"HttpStatus":400,"Code":"IllegalTimestamp","RequestId":"${ID}"}`;
  assert.deepEqual(fieldsOf(body), ['IllegalTimestamp', 'openapi', 400, ID, null]);
  assert.deepEqual(fieldsOf(body.replace(/"/g, '&quot;')), fieldsOf(body));
  // Python's repr of a Tea data map, escaped with `&#39;` (html.escape writes `&#x27;`).
  const tea = `Tea.exceptions.TeaException: Error: Forbidden.KeyNotFound The specified key does not exist. Response: {'httpCode': 404, 'requestId': '${ID}', 'hostId': None}`;
  assert.deepEqual(fieldsOf(tea.replace(/'/g, '&#39;')), fieldsOf(tea));
  assert.deepEqual(fieldsOf(tea.replace(/'/g, '&#x27;')), fieldsOf(tea));
});

test('character references are decoded once, ASCII only; a text without one is returned as is', () => {
  assert.equal(withoutHtmlEntities('a &amp;quot; b &lt;c&gt; &apos;d&#39; &#x4e2d; &nbsp;'), "a &quot; b <c> 'd' &#x4e2d; &nbsp;");
  const plain = 'no references & no entities here';
  assert.equal(withoutHtmlEntities(plain), plain);
});

test("an escaped body's unindented lines continue its record, as the plain body's do", () => {
  const xml = ['<KMS>', '<HttpStatus>400</HttpStatus>', '<Code>IllegalTimestamp</Code>', `<RequestId>${ID}</RequestId>`, '</KMS>'];
  const json = ['{', '"HttpStatus": 400', '"Code": "IllegalTimestamp"', `"RequestId": "${ID}"`, '}'];
  for (const lines of [xml, json]) {
    const escaped = lines.map((l) => l.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    assert.deepEqual(lineRoles(escaped), lineRoles(lines));
    assert.deepEqual(fieldsOf(escaped.join('\n')), ['IllegalTimestamp', 'openapi', 400, ID, null]);
  }
});
