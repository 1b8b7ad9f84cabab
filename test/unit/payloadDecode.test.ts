// The wire level: spans, unknown fields, last-one-wins, int32, malformed bodies, size limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_MAX_BYTES, decodeErrorBytes, decodePayloadText, encodeError, renderBytes, type DecodeFailure, type DecodeOutcome } from '../../extension/core';
import { KEY_NOT_FOUND } from '../support/payloadFixtures';

const bytes = (...parts: (number | string)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : Array.from(new TextEncoder().encode(p)))));

function failure(outcome: DecodeOutcome): DecodeFailure {
  assert.equal(outcome.ok, false, JSON.stringify(outcome));
  return outcome as DecodeFailure;
}

test('an empty body is an Error with every field empty, flagged empty (the documented 413 case)', () => {
  const outcome = decodeErrorBytes(new Uint8Array(0));
  assert.ok(outcome.ok);
  assert.equal(outcome.empty, true);
  assert.deepEqual(outcome.error, { StatusCode: 0, ErrorCode: '', ErrorMessage: '', RequestId: '' });
  assert.deepEqual(outcome.fields, []);
  const blank = decodePayloadText('  \n');
  assert.ok(blank.ok && blank.empty);
});

test('unknown fields are listed with their spans; fields of the schema with the wrong wire type count as unknown', () => {
  // field 9 varint 150, field 2 as varint (wrong type), field 10 fixed32, field 11 fixed64, group 12 holding field 1, then ErrorCode.
  const body = bytes(0x48, 0x96, 0x01, 0x10, 0x05, 0x55, 1, 2, 3, 4, 0x59, 1, 2, 3, 4, 5, 6, 7, 8, 0x63, 0x08, 0x01, 0x64, 0x12, 3, 'Abc');
  const outcome = decodeErrorBytes(body);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.equal(outcome.error.ErrorCode, 'Abc');
  assert.deepEqual(
    outcome.unknownFields.map((f) => [f.field, f.wireType, f.offset, f.length]),
    [
      [9, 0, 0, 3],
      [2, 0, 3, 2],
      [10, 5, 5, 5],
      [11, 1, 10, 9],
      [12, 3, 19, 4],
    ],
  );
  assert.deepEqual(outcome.fields.at(-1), { field: 2, wireType: 2, offset: 23, length: 5, name: 'ErrorCode' });
});

test('a repeated field: the last one wins, and both are listed', () => {
  const outcome = decodeErrorBytes(bytes(0x12, 1, 'A', 0x08, 0x90, 0x03, 0x12, 1, 'B', 0x08, 0x94, 0x03));
  assert.ok(outcome.ok);
  assert.equal(outcome.error.ErrorCode, 'B');
  assert.equal(outcome.error.StatusCode, 404);
  assert.equal(outcome.fields.length, 4);
});

test('a negative StatusCode round-trips as int32 (ten-byte varint); an int64-sized varint keeps its low 32 bits', () => {
  const encoded = encodeError({ StatusCode: -1, ErrorCode: 'X' });
  assert.equal(encoded.length, 1 + 10 + 3);
  const outcome = decodeErrorBytes(encoded);
  assert.ok(outcome.ok && outcome.error.StatusCode === -1);
  const big = decodeErrorBytes(bytes(0x08, 0x80, 0x80, 0x80, 0x80, 0x10)); // 2^32 -> low 32 bits are 0
  assert.ok(big.ok && big.error.StatusCode === 0);
  assert.throws(() => encodeError({ StatusCode: 2 ** 31 }), RangeError);
});

test('a truncated body fails at the field that runs past the end, with the fields before it', () => {
  const full = encodeError(KEY_NOT_FOUND);
  const f = failure(decodeErrorBytes(full.subarray(0, 40)));
  assert.equal(f.kind, 'truncated');
  assert.equal(f.offset, 26);
  assert.equal(f.leftover, 14);
  assert.deepEqual(f.partial, { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound' });
  assert.match(f.reason, /field 3 \(ErrorMessage\) at byte 26 declares 33 bytes but only 12 remain/);
  assert.equal(f.hex, renderBytes(full.subarray(0, 40), 'hex'));
});

test('malformed tags, varints and groups fail with their kind and offset', () => {
  const cases: [Uint8Array, string, number][] = [
    [bytes(0x08), 'bad-varint', 0],
    [bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), 'bad-varint', 0],
    [bytes(0x00), 'bad-tag', 0],
    [bytes(0x12, 0, 0x0f), 'bad-tag', 2],
    [bytes(0x0e), 'bad-tag', 0],
    [bytes(0x0c), 'bad-group', 0],
    [bytes(0x0b, 0x08, 0x01), 'truncated', 0],
    [bytes(0x0b, 0x14), 'bad-group', 0],
    [bytes(0x0d, 1, 2), 'truncated', 0],
    [bytes(0x12, 2, 0xc3, 0x28), 'invalid-utf8', 0],
  ];
  for (const [body, kind, offset] of cases) {
    const f = failure(decodeErrorBytes(body));
    assert.equal(f.kind, kind, renderBytes(body, 'hex'));
    assert.equal(f.offset, offset, renderBytes(body, 'hex'));
    assert.equal(f.leftover, body.length - offset);
  }
});

test('a length prefix far beyond the input allocates nothing and fails at once', () => {
  const before = process.memoryUsage().arrayBuffers;
  const f = failure(decodeErrorBytes(bytes(0x1a, 0xff, 0xff, 0xff, 0xff, 0x0f, 'x')));
  assert.equal(f.kind, 'truncated');
  assert.match(f.reason, /declares 4294967295 bytes but only 1 remain/);
  assert.ok(process.memoryUsage().arrayBuffers - before < 1024 * 1024);
});

test('groups nested beyond the recursion limit are refused without recursion', () => {
  const deep = new Uint8Array(20_000).fill(0x0b); // 20,000 nested group starts of field 1
  const f = failure(decodeErrorBytes(deep));
  assert.equal(f.kind, 'bad-group');
  assert.match(f.reason, /deeper than 100/);
});

test('bodies above the size limit are refused unread; the limit is configurable', () => {
  const body = encodeError({ ErrorCode: 'X', ErrorMessage: 'y'.repeat(100) });
  const f = failure(decodeErrorBytes(body, { maxBytes: 50 }));
  assert.equal(f.kind, 'too-large');
  assert.equal(f.hex, undefined);
  assert.match(f.reason, /above the 50-byte limit/);
  assert.ok(decodeErrorBytes(body, { maxBytes: body.length }).ok);
  assert.ok(DEFAULT_MAX_BYTES > 3 * 1024 * 1024 && DEFAULT_MAX_BYTES < 4 * 1024 * 1024);
  const text = failure(decodePayloadText('A'.repeat(1000), { maxBytes: 10 }));
  assert.equal(text.kind, 'too-large');
  const parsed = failure(decodePayloadText(renderBytes(body, 'base64'), { maxBytes: 50 }));
  assert.equal(parsed.kind, 'too-large');
});

test("a dump's '*' that would expand past the limit is refused as too large", () => {
  const dump = '00000000  41 41 41 41 41 41 41 41  41 41 41 41 41 41 41 41  |AAAAAAAAAAAAAAAA|\n*\n7ffffff0  41 41  |AA|\n';
  const f = failure(decodePayloadText(dump, { format: 'dump' }));
  assert.equal(f.kind, 'too-large');
});

test('outcomes are plain JSON: they survive JSON round trips unchanged', () => {
  for (const outcome of [decodeErrorBytes(encodeError(KEY_NOT_FOUND)), decodeErrorBytes(bytes(0x12, 5, 'ab'))]) {
    assert.deepEqual(JSON.parse(JSON.stringify(outcome)), outcome);
  }
});
