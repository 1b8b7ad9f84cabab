import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePayloadText, encodeBase64, encodeError } from '../../extension/core/payload';
import { decodeBase64ErrorFields } from '../../extension/core/payload/errorFields';

// The full scan decodes base64 bodies by the fields-only fast path: wherever it answers, it must
// answer what decodePayloadText answers, and it must decline what decodePayloadText refuses.
function bodies(): Uint8Array[] {
  const whole = encodeError({ StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'The specified key does not exist.', RequestId: 'b1c2d3e4-0000-4000-8000-000000000001' });
  const out: Uint8Array[] = [
    whole,
    encodeError({ StatusCode: 400, ErrorCode: 'Rejected.Disabled' }),
    encodeError({ ErrorCode: 'InvalidParam', ErrorMessage: 'ünïcödé ✓ 😀' }),
    encodeError({ StatusCode: -1, RequestId: 'x' }),
    Uint8Array.from([...whole, 0x28, 0x05]), // an unknown varint field 5
    Uint8Array.from([0x0a, 0x01, 0x41, ...whole]), // field 1 with the wrong wire type
    Uint8Array.from([0x1a, 0x03, 0xef, 0xbb, 0xbf, ...whole.subarray(0, 0)]), // a message that is only a BOM
    Uint8Array.from([0x12, 0x02, 0xc3, 0x28]), // invalid UTF-8
  ];
  for (let cut = 1; cut < whole.length; cut += 7) out.push(whole.subarray(0, cut)); // truncations
  for (let i = 0; i < whole.length; i += 5) out.push(Uint8Array.from(whole, (b, j) => (j === i ? b ^ 0x5a : b))); // corruptions
  return out;
}

test('decodeBase64ErrorFields agrees with decodePayloadText on every body it answers', () => {
  let answered = 0;
  let declined = 0;
  for (const bytes of bodies()) {
    for (const text of [encodeBase64(bytes), encodeBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')]) {
      const full = decodePayloadText(text, { format: 'base64' });
      const fast = decodeBase64ErrorFields(text);
      if (fast === null) {
        declined++;
        continue;
      }
      answered++;
      assert.ok(full.ok, `fast path answered where the full decoder refused: ${text}`);
      assert.deepEqual(fast, full.error, text);
    }
  }
  // Both branches must be exercised for the test to mean anything.
  assert.ok(answered >= 8, `answered ${answered}`);
  assert.ok(declined >= 4, `declined ${declined}`);
});
