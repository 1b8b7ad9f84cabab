// Malformed corpora and fuzzing: no input throws, every outcome is consistent and bounded in size.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BYTE_STYLES, decodeErrorBytes, decodePayloadText, encodeError, renderBytes, type DecodeOutcome } from '../../extension/core';
import { KEY_NOT_FOUND } from '../support/payloadFixtures';
import { xxdLike } from '../support/dumpFormats';

const LIMIT = 4096;

/** What every outcome must satisfy, whatever the input: offsets inside the body, sizes bounded. */
function assertConsistent(outcome: DecodeOutcome, inputSize: number, limit = LIMIT): void {
  assert.deepEqual(JSON.parse(JSON.stringify(outcome)), outcome, 'plain JSON');
  if (outcome.ok) {
    assert.ok(outcome.byteLength <= limit);
    assert.equal(outcome.hex.length, outcome.byteLength * 2);
    assert.equal(outcome.fields.reduce((n, f) => n + f.length, 0), outcome.byteLength, 'spans cover the body');
    assert.ok(outcome.fields.length <= outcome.byteLength);
  } else {
    assert.ok(outcome.offset >= 0 && outcome.offset <= Math.max(outcome.byteLength, 0), `offset ${outcome.offset} of ${outcome.byteLength}`);
    if (outcome.kind !== 'too-large' && outcome.kind !== 'unrecognized-text') assert.equal(outcome.leftover, outcome.byteLength - outcome.offset);
    assert.ok((outcome.hex?.length ?? 0) <= 2 * limit, 'hex never above the limit');
    assert.ok(outcome.reason.length > 0 && outcome.reason.length < 1000);
    for (const v of Object.values(outcome.partial)) if (typeof v === 'string') assert.ok(v.length <= inputSize * 4);
  }
}

const VALID = encodeError(KEY_NOT_FOUND);

test('corpus: every truncation of a valid body fails at a field boundary or decodes its prefix', () => {
  const boundaries = new Set([0, 3, 26, 61, 99]);
  for (let n = 0; n <= VALID.length; n++) {
    const outcome = decodeErrorBytes(VALID.subarray(0, n));
    assertConsistent(outcome, n);
    assert.equal(outcome.ok, boundaries.has(n), `prefix of ${n} bytes`);
    if (!outcome.ok) assert.ok(boundaries.has(outcome.offset), `stopped at ${outcome.offset}`);
  }
});

test('corpus: wrong wire types, oversized lengths, HTML, JSON and plain text never throw', () => {
  const corpus: (Uint8Array | string)[] = [
    Uint8Array.from([0x0a, 0x03, 0x61, 0x62, 0x63]), // field 1 length-delimited: unknown, decodes
    Uint8Array.from([0x10, 0x01, 0x18, 0x02, 0x20, 0x03]), // fields 2-4 as varints
    Uint8Array.from([0x12, 0x80, 0x80, 0x80, 0x80, 0x08]), // length 2^31
    Uint8Array.from([0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]), // length near 2^63
    Uint8Array.from([0x0f, 0x17, 0x1e, 0x26]), // wire types 7, 7, 6, 6
    '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
    '<?xml version="1.0"?><Error><Code>Forbidden.KeyNotFound</Code></Error>',
    '{"RequestId":"4C8D","Code":"Rejected.Throttling","Message":"QPS Limit Exceeded"}',
    'java.lang.NullPointerException\n\tat com.example.Main.main(Main.java:3)',
    '\\x', '\\', '"', "b'", '[', '{,}', '[1,,2]', '0x', '00000000:', '*\n*', '====', 'AQ=\n=',
    '00000000: 0894 0312\n*\n00000010: 0000\n',
  ];
  for (const item of corpus) {
    const outcome = typeof item === 'string' ? decodePayloadText(item, { maxBytes: LIMIT }) : decodeErrorBytes(item, { maxBytes: LIMIT });
    assertConsistent(outcome, item.length);
  }
});

test('fuzz: random bytes never throw and stay consistent', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      assertConsistent(decodeErrorBytes(bytes, { maxBytes: LIMIT }), bytes.length);
    }),
    { numRuns: 1500 },
  );
});

const mutation = fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), op: fc.constantFrom('set', 'insert', 'delete', 'cut') });

test('fuzz: mutated valid bodies never throw and stay consistent', () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const bytes = Array.from(VALID);
      for (const m of mutations) {
        const at = m.at % (bytes.length + 1);
        if (m.op === 'set') bytes[at] = m.value;
        else if (m.op === 'insert') bytes.splice(at, 0, m.value);
        else if (m.op === 'delete') bytes.splice(at, 1);
        else bytes.length = at;
      }
      assertConsistent(decodeErrorBytes(Uint8Array.from(bytes), { maxBytes: LIMIT }), bytes.length);
    }),
    { numRuns: 1500 },
  );
});

test('fuzz: random and mutated text in every form never throws and stays consistent', () => {
  const texts = [...BYTE_STYLES.map((s) => renderBytes(VALID, s)), xxdLike(VALID)];
  const mutatedText = fc.tuple(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary-ascii', maxLength: 3 })), { maxLength: 4 })).map(([t, edits]) => {
    let s = t;
    for (const [at, piece] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + piece + s.slice(i + (at % 3));
    }
    return s;
  });
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), mutatedText), (t) => {
      for (const format of ['auto', 'base64', 'hex', 'dump', 'escaped', 'bytes', 'binary'] as const) {
        assertConsistent(decodePayloadText(t, { format, maxBytes: LIMIT }), t.length);
      }
    }),
    { numRuns: 400 },
  );
});

test('size: text far above the limit is refused before it is parsed', () => {
  const outcome = decodePayloadText('A'.repeat(LIMIT * 8 + 5000), { maxBytes: LIMIT });
  assert.ok(!outcome.ok && outcome.kind === 'too-large' && outcome.hex === undefined);
});

test('pathological text stays linear: long runs that would make naive parsers quadratic', () => {
  const n = 200_000;
  const inputs = [
    '00000000 ' + ' '.repeat(n) + 'x',
    '00000000  41' + ' '.repeat(n) + '|',
    '[/*'.repeat(n / 3),
    '['.repeat(n) + ']',
    '[]'.repeat(n / 2),
    '{'.repeat(n / 2) + '}'.repeat(n / 2),
    '"'.repeat(n),
    '\\'.repeat(n),
    "b'" + '\\x0'.repeat(n / 4),
    '0x'.repeat(n / 2),
    ('00000000: 0894 0312  ....\n').repeat(n / 30),
  ];
  for (const text of inputs) {
    for (const format of ['auto', 'dump', 'bytes', 'escaped', 'hex', 'base64'] as const) {
      assertConsistent(decodePayloadText(text, { format, maxBytes: LIMIT * 64 }), text.length, LIMIT * 64);
    }
  }
});
