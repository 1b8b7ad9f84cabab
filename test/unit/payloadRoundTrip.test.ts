// Property: any Error -> encode -> every text form -> decode gives the same fields back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ALL_CODES, BYTE_STYLES, decodeErrorBytes, decodePayloadText, encodeError, renderBytes, type KmsErrorFields, type PayloadFormat } from '../../extension/core';
import { api } from '../../proto/gen/error';
import { hexdumpCLike, wiresharkLike, xxdLike } from '../support/dumpFormats';
import { fixtureBytes, fixtureText } from '../support/payloadFixtures';

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 40 }), fc.constant(''));
const anyError: fc.Arbitrary<KmsErrorFields> = fc.record({
  StatusCode: fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, 400, 404, 413, 429, 500)),
  ErrorCode: fc.oneof(fc.constantFrom(...ALL_CODES), text),
  ErrorMessage: text,
  RequestId: fc.oneof(fc.uuid(), fc.constant(''), text),
}).map((e) => ({ ...e })); // plain objects: fast-check's records have a null prototype

const STYLE_FORMAT: Record<(typeof BYTE_STYLES)[number], PayloadFormat> = {
  base64: 'base64',
  hex: 'hex',
  escaped: 'escaped',
  java: 'bytes',
  go: 'bytes',
  python: 'escaped',
  json: 'bytes',
};

function forms(bytes: Uint8Array): [string, PayloadFormat][] {
  const out: [string, PayloadFormat][] = BYTE_STYLES.map((s) => [renderBytes(bytes, s), STYLE_FORMAT[s]]);
  if (bytes.length > 0) out.push([xxdLike(bytes), 'dump'], [hexdumpCLike(bytes), 'dump'], [wiresharkLike(bytes), 'dump']);
  return out;
}

test('the dump layouts of the property tests match the real tools byte for byte', () => {
  const body = fixtureBytes('keynotfound.bin');
  assert.equal(xxdLike(body) + '\n', fixtureText('keynotfound.xxd.txt'));
  assert.equal(hexdumpCLike(body) + '\n', fixtureText('keynotfound.hexdump-C.txt'));
  assert.equal(wiresharkLike(body) + '\n\n', fixtureText('keynotfound.tshark.txt'));
});

test('any Error survives encode -> every text form -> decode, auto-detected and forced', () => {
  fc.assert(
    fc.property(anyError, (error) => {
      const bytes = encodeError(error);
      const raw = decodeErrorBytes(bytes);
      assert.ok(raw.ok);
      assert.deepEqual(raw.error, error);
      for (const [form, format] of forms(bytes)) {
        const forced = decodePayloadText(form, { format });
        assert.ok(forced.ok, `${format}: ${forced.ok ? '' : forced.reason}\n${form}`);
        assert.deepEqual(forced.error, error, `${format} forced`);
        const auto = decodePayloadText(form);
        // Auto never picks a different Error when the written form's reading has no unknown fields
        // and a plausible status; it may only report the same fields.
        if (auto.ok) assert.deepEqual(auto.error, error, `${format} auto as ${auto.format}\n${form}`);
        else assert.fail(`${format} auto failed: ${auto.reason}\n${form}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('the fields the wire walk reads agree with the generated protobufjs code on any valid body', () => {
  fc.assert(
    fc.property(fc.array(anyError, { minLength: 1, maxLength: 3 }), (errors) => {
      // Concatenated messages merge field by field: the wire walk must agree with protobuf's last-one-wins.
      const parts = errors.map((e) => encodeError(e));
      const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        body.set(p, at);
        at += p.length;
      }
      const outcome = decodeErrorBytes(body);
      assert.ok(outcome.ok);
      const spans = outcome.fields.reduce((n, f) => n + f.length, 0);
      assert.equal(spans, body.length, 'the spans cover the body exactly');
      const last = <K extends keyof KmsErrorFields>(k: K, empty: KmsErrorFields[K]) => [...errors].reverse().find((e) => e[k] !== empty)?.[k] ?? empty;
      assert.deepEqual(outcome.error, { StatusCode: last('StatusCode', 0), ErrorCode: last('ErrorCode', ''), ErrorMessage: last('ErrorMessage', ''), RequestId: last('RequestId', '') });
    }),
    { numRuns: 200 },
  );
});

test('the wire walk and protobufjs agree on which string bytes are valid UTF-8', () => {
  const leadBytes = fc.constantFrom(0x80, 0xc0, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 90 }), leadBytes, (raw, lead) => {
      // Every third byte gets high bits set, so most strings hold multi-byte sequences, valid or not.
      const value = Array.from(raw, (b, i) => (i % 3 === 0 ? (b | lead) & 0xff : b));
      const body = Uint8Array.from([0x1a, value.length, ...value]);
      let protobufjsAccepts = true;
      try {
        api.Error.decode(body);
      } catch {
        protobufjsAccepts = false;
      }
      const outcome = decodeErrorBytes(body);
      assert.equal(outcome.ok, protobufjsAccepts);
      if (!outcome.ok) assert.equal(outcome.kind, 'invalid-utf8');
    }),
    { numRuns: 2000 },
  );
});
