import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { encodeBase64 } from '../../extension/core/payload';
import { asciiErrorFields } from '../../extension/core/payload/asciiErrorFields';
import { walkedErrorFields } from '../../extension/core/payload/errorFields';

// asciiErrorFields answers the common case of decodeBase64ErrorFields without the byte walk: wherever
// it answers, the walk must give the same fields (or refuse alike, which it never does: the cheap
// path answers only well-formed bodies). Bodies are built from protobuf pieces, valid and broken.
const ascii = fc.string({ maxLength: 40 }).map((s) => [...s].map((c) => c.charCodeAt(0) & 0x7f));
const anyBytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 });
const varint = (v: number): number[] => {
  const out: number[] = [];
  do {
    out.push((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v = Math.floor(v / 128);
  } while (v > 0);
  return out;
};
const field = fc.oneof(
  fc.integer({ min: -5, max: 70000 }).map((v) => [0x08, ...(v < 0 ? [...Array(9).fill(0xff), 0x01] : varint(v))]),
  fc.tuple(fc.constantFrom(0x12, 0x1a, 0x22, 0x2a, 0x0a, 0x10), ascii).map(([t, s]) => [t, ...varint(s.length), ...s]),
  fc.tuple(fc.constantFrom(0x12, 0x1a, 0x22, 0x2a), anyBytes).map(([t, s]) => [t, ...varint(s.length), ...s]),
  fc.tuple(fc.constantFrom(0x28, 0x29, 0x2d, 0x2b, 0x2c, 0x2e, 0x80, 0x00), anyBytes).map(([t, s]) => [t, ...s]),
  // a byte order mark in a string field and in an unknown one, a truncated string, a bare tag, a
  // 5-byte status whose low 32 bits are negative as an int32, a 6-byte one
  fc.constantFrom([0xef, 0xbb, 0xbf], [0x1a, 0x03, 0xef, 0xbb, 0xbf], [0x2a, 0x03, 0xef, 0xbb, 0xbf], [0x12, 0x05, 0x41], [0x08], [0x08, 0xff, 0xff, 0xff, 0xff, 0x0f], [0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
);
const body = fc.array(field, { maxLength: 6 }).map((fs) => Uint8Array.from(fs.flat()));
const spelling = fc.constantFrom('padded', 'unpadded', 'url-safe', 'wrapped', 'form feed', 'broken padding');
function spell(bytes: Uint8Array, how: string): string {
  const b64 = encodeBase64(bytes);
  if (how === 'unpadded') return b64.replace(/=+$/, '');
  if (how === 'url-safe') return b64.replace(/\+/g, '-').replace(/\//g, '_');
  if (how === 'wrapped') return b64.replace(/(.{8})/g, '$1\r\n ');
  if (how === 'form feed') return b64.replace(/(.{8})/, '$1\f');
  if (how === 'broken padding') return `${b64}=`;
  return b64;
}

test('asciiErrorFields agrees with the byte walk wherever it answers', () => {
  let answered = 0;
  let declined = 0;
  fc.assert(
    fc.property(body, spelling, (bytes, how) => {
      const text = spell(bytes, how);
      const quick = asciiErrorFields(text);
      if (quick === undefined) {
        declined++;
        return;
      }
      answered++;
      assert.deepEqual(quick, walkedErrorFields(text), text);
    }),
    { numRuns: 5000 },
  );
  // Both branches must be exercised for the test to mean anything.
  assert.ok(answered > 200, `answered ${answered}`);
  assert.ok(declined > 500, `declined ${declined}`);
});

test('asciiErrorFields reads a server body', () => {
  const text = 'CJQDEhVGb3JiaWRkZW4uS2V5Tm90Rm91bmQaIVRoZSBzcGVjaWZpZWQga2V5IGRvZXMgbm90IGV4aXN0LiIkNDc1ZjE2MjAtYjlkMy00ZDM1LWI1YzYtM2ZiZGQ5NDE0MjNk';
  assert.deepEqual(asciiErrorFields(text), {
    StatusCode: 404,
    ErrorCode: 'Forbidden.KeyNotFound',
    ErrorMessage: 'The specified key does not exist.',
    RequestId: '475f1620-b9d3-4d35-b5c6-3fbdd941423d',
  });
});
