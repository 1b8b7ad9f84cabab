// A JSON log line held as a JSON string by another JSON line (a node's container runtime storing an
// application's JSON log, a log shipper's export, a Kubernetes event's message) escapes the inner
// line's escaped quotes again: `\\\"RequestId\\\":\\\"...\\\"`. The field readers of JSON string
// content read one escape only, and the request id was lost (formats/escapedJsonFields.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldsOf, PLAIN_JSON } from '../support/gatewayBodies';

test('a JSON string inside a JSON string keeps its request id: quotes escaped twice', () => {
  const inner = JSON.stringify({ level: 'error', error: PLAIN_JSON });
  const outer = JSON.stringify({ log: `${inner}\n`, stream: 'stderr' });
  assert.ok(outer.includes('\\\\\\"RequestId\\\\\\"'));
  assert.deepEqual(fieldsOf(outer), fieldsOf(PLAIN_JSON));
});
