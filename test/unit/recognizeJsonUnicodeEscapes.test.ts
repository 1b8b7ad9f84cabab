// Go's encoding/json escapes `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026` by default (and so
// do zap's and logrus' JSON output, Terraform's TF_LOG=json, `kubectl -o json`): a gateway's XML body
// in a JSON log line reads `\u003cRequestId\u003e...`, a diagnosis link's query
// `q=CODE\u0026product=Kms\u0026requestId=...`. The request id, the host and the link's product were
// lost; the record's context is read through those escapes (recognize/jsonUnicodeEscapes.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withJsonPunctuationUnescaped } from '../../extension/core/recognize/jsonUnicodeEscapes';
import { fieldsOf, ID, PLAIN_XML } from '../support/gatewayBodies';

test("Go's JSON escapes of `<`, `>` and `&` hide no field: a body and a link logged by a Go program", () => {
  // encoding/json's default HTML escaping, as json.Marshal writes the XML body into a log line.
  const logged = `{"level":"error","body":${JSON.stringify(PLAIN_XML).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}}`;
  assert.ok(logged.includes('\\u003cRequestId\\u003e'));
  assert.deepEqual(fieldsOf(logged), ['Forbidden.KeyNotFound', 'openapi', 404, ID, null]);
  const link = `{"url":"https://api.aliyun.com/troubleshoot?q=IllegalTimestamp\\u0026product=Kms\\u0026requestId=${ID}"}`;
  assert.deepEqual(fieldsOf(link), ['IllegalTimestamp', 'openapi', 400, ID, null]);
  assert.equal(withJsonPunctuationUnescaped('\\u003cA\\u003e \\u0041 \\u4e2d'), '<A> \\u0041 \\u4e2d');
});
