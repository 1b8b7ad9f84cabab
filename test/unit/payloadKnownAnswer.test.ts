// Known answers: the reference's computed fixture, and dumps and literals printed by real tools.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeErrorBytes, decodePayloadText, encodeError, renderBytes, type DecodeOutcome, type KmsErrorFields, type PayloadFormat } from '../../extension/core';
import { fixtureBytes, fixtureText, KEY_NOT_FOUND, KEY_NOT_FOUND_BASE64, KEY_NOT_FOUND_HEX, SQUEEZED } from '../support/payloadFixtures';

function assertDecodes(outcome: DecodeOutcome, fields: KmsErrorFields, format: PayloadFormat, label: string): void {
  assert.ok(outcome.ok, `${label}: ${outcome.ok ? '' : outcome.reason}`);
  assert.equal(outcome.format, format, label);
  assert.deepEqual(outcome.error, fields, label);
}

test('the reference fixture encodes to the documented hex and base64', () => {
  const bytes = encodeError(KEY_NOT_FOUND);
  assert.equal(renderBytes(bytes, 'hex'), KEY_NOT_FOUND_HEX);
  assert.equal(renderBytes(bytes, 'base64'), KEY_NOT_FOUND_BASE64);
  assert.equal(bytes.constructor, Uint8Array);
});

test('the documented hex and base64 decode to the reference fields, with each field where it lies', () => {
  assertDecodes(decodePayloadText(KEY_NOT_FOUND_HEX), KEY_NOT_FOUND, 'hex', 'hex');
  const outcome = decodePayloadText(KEY_NOT_FOUND_BASE64);
  assertDecodes(outcome, KEY_NOT_FOUND, 'base64', 'base64');
  assert.ok(outcome.ok);
  assert.equal(outcome.hex, KEY_NOT_FOUND_HEX);
  assert.equal(outcome.byteLength, 99);
  assert.deepEqual(
    outcome.fields.map((f) => [f.field, f.wireType, f.offset, f.length, f.name]),
    [
      [1, 0, 0, 3, 'StatusCode'],
      [2, 2, 3, 23, 'ErrorCode'],
      [3, 2, 26, 35, 'ErrorMessage'],
      [4, 2, 61, 38, 'RequestId'],
    ],
  );
  assert.deepEqual(outcome.unknownFields, []);
  assert.equal(outcome.empty, false);
});

test('the fixture bodies decode as binary', () => {
  assertDecodes(decodeErrorBytes(fixtureBytes('keynotfound.bin')), KEY_NOT_FOUND, 'binary', 'keynotfound.bin');
  assertDecodes(decodeErrorBytes(fixtureBytes('squeezed.bin')), SQUEEZED, 'binary', 'squeezed.bin');
});

const DUMPS = ['xxd', 'xxd-g1', 'xxd-a', 'hexdump-C', 'od', 'od-octal', 'od-decimal', 'tshark'];
for (const [body, fields] of [['keynotfound', KEY_NOT_FOUND], ['squeezed', SQUEEZED]] as const) {
  test(`dumps of ${body}.bin by xxd, hexdump -C, od (hex, octal and decimal offsets) and tshark -x decode as dumps`, () => {
    for (const tool of DUMPS) {
      const name = `${body}.${tool}.txt`;
      assertDecodes(decodePayloadText(fixtureText(name)), fields, 'dump', name);
      assertDecodes(decodePayloadText(fixtureText(name), { format: 'dump' }), fields, 'dump', `${name} forced`);
    }
  });

  test(`xxd -i and Python's repr and list of ${body}.bin decode`, () => {
    assertDecodes(decodePayloadText(fixtureText(`${body}.xxd-i.txt`)), fields, 'bytes', 'xxd -i');
    const [repr, list] = fixtureText(`${body}.python.txt`).trim().split('\n');
    assertDecodes(decodePayloadText(repr!), fields, 'escaped', 'python repr');
    assertDecodes(decodePayloadText(list!), fields, 'bytes', 'python list');
    assert.equal(renderBytes(fixtureBytes(`${body}.bin`), 'python'), repr, 'renderBytes python matches Python repr');
  });
}

test("Java's Arrays.toString (signed bytes) and C's octal escapes decode", () => {
  assertDecodes(decodePayloadText(fixtureText('keynotfound.java.txt')), KEY_NOT_FOUND, 'bytes', 'java');
  assertDecodes(decodePayloadText(fixtureText('keynotfound.c-octal.txt')), KEY_NOT_FOUND, 'escaped', 'c octal');
});

test('the FAQ example of a raw body printed as text (control bytes lost) is refused, not misread', () => {
  const faq = 'MissingParamter AParamter x-kms-acccesskeyid does not exist in http header or body "$430c76cd-******';
  const outcome = decodePayloadText(faq);
  assert.equal(outcome.ok, false);
});
