// Dumps whose ASCII column is easy to misread: it starts or ends with a space and shows text
// that is also hex (`00`), or it shows text that is also an escape (`\0`). Both were found by the
// round-trip property test, which draws such bodies now and then (fast-check seeds -1134342587
// and 2089823420 over 30,000 runs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePayloadText, encodeError, type KmsErrorFields } from '../../extension/core';
import { hexdumpCLike, wiresharkLike, xxdLike } from '../support/dumpFormats';

function assertDump(text: string, error: KmsErrorFields, label: string): void {
  const outcome = decodePayloadText(text);
  assert.ok(outcome.ok, `${label}: ${outcome.ok ? '' : outcome.reason}\n${text}`);
  assert.equal(outcome.format, 'dump', label);
  assert.deepEqual(outcome.error, error, label);
}

/** An Error whose body ends with a last dump line of `tail` alone (16 bytes a line). */
function endingWith(tail: string, base: KmsErrorFields): KmsErrorFields {
  for (let pad = 0; pad < 16; pad++) {
    const error = { ...base, ErrorMessage: `${base.ErrorMessage}${'.'.repeat(pad)}${tail}` };
    if (encodeError(error).length % 16 === tail.length) return error;
  }
  throw new Error('no padding fits');
}

test("a dump's last line whose ASCII column is hex-looking text between spaces gives only the line's bytes", () => {
  // The last line holds `00 ` (0x30 0x30 0x20): its ASCII column `00 ` is also a hex token, and
  // its final space is lost in the line's end.
  const error = endingWith('00 ', { StatusCode: 400, ErrorCode: 'Rejected.Throttling', ErrorMessage: 'retry in', RequestId: '' });
  const bytes = encodeError(error);
  assertDump(xxdLike(bytes), error, 'xxd');
  assertDump(wiresharkLike(bytes), error, 'Wireshark');
  // Editors and terminals often drop the spaces at a line's end.
  assertDump(xxdLike(bytes).replace(/ +$/gm, ''), error, 'xxd, line ends trimmed');
  assertDump(wiresharkLike(bytes).replace(/ +$/gm, ''), error, 'Wireshark, line ends trimmed');
  // A column that starts with spaces: `  cafe`, after which the gap before it looks wider.
  const leading = endingWith('  cafe', { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'key', RequestId: '' });
  assertDump(xxdLike(encodeError(leading)), leading, 'xxd, column starting with spaces');
  // The property test's own counterexample.
  const found: KmsErrorFields = { StatusCode: 500, ErrorCode: '\u{10000}', ErrorMessage: '     00 ', RequestId: '' };
  assertDump(xxdLike(encodeError(found)), found, 'xxd, the counterexample');
});

test('a dump whose ASCII column shows an escape is read as the dump, not as escaped text of unknown fields', () => {
  // The ASCII column `|........ \0    |` also reads as escaped text; that reading is protobuf made
  // only of unknown fields and must not win over the dump's Error, odd as its values are.
  const error: KmsErrorFields = { StatusCode: 268435456, ErrorCode: ' \\0    ', ErrorMessage: '', RequestId: '' };
  assertDump(hexdumpCLike(encodeError(error)), error, 'hexdump -C');
  const plain: KmsErrorFields = { StatusCode: 404, ErrorCode: 'Forbidden.KeyNotFound', ErrorMessage: 'bad \\n byte', RequestId: '' };
  assertDump(hexdumpCLike(encodeError(plain)), plain, 'hexdump -C, a message with \\n');
});
