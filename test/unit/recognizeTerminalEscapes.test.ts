// A log written through a terminal or a CI runner keeps its colour escapes, and a field name
// glued to an escape's final `m` (`\x1b[36mrequest_id\x1b[0m=...`, `\x1b[0mRequestId : ...`)
// was no word to the field readers: the request id and the status were lost. The record's
// context is read as the terminal shows it (recognize/ansiFree.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../extension/core';
import { withoutTerminalEscapes } from '../../extension/core/recognize/ansiFree';

const ID = '5C1B2A39-4D5E-4F60-8172-93A4B5C6D7E8';

test('a coloured logfmt line keeps its request id, status and operation', () => {
  // logrus' TextFormatter on a terminal colours each key: `\x1b[31mkey\x1b[0m=value`.
  const line = `\x1b[31mERRO\x1b[0m[0042] kms call failed \x1b[31maction\x1b[0m=Decrypt \x1b[31mcode\x1b[0m=Forbidden.KeyNotFound \x1b[31mstatus\x1b[0m=404 \x1b[31mrequest_id\x1b[0m=${ID}`;
  const [o] = scanText(line);
  assert.deepEqual([o?.code, o?.httpStatus, o?.requestId, o?.operation], ['Forbidden.KeyNotFound', 404, ID, 'Decrypt']);
});

test("a reset at every line's start keeps the classic SDK's RequestId line and the field print's", () => {
  const classic = [`\x1b[0m2024-05-01 10:00:00 ERROR c.e.Legacy - com.aliyuncs.exceptions.ServerException: Forbidden.KeyNotFound : The specified Key is not found.`, `\x1b[0mRequestId : ${ID}`].join('\n');
  assert.equal(scanText(classic)[0]?.requestId, ID);
  const print = ['\x1b[0mcode: Forbidden.KeyNotFound', '\x1b[0mmessage: The specified key does not exist.', `\x1b[0mrequestId: ${ID}`].join('\n');
  assert.equal(scanText(print)[0]?.requestId, ID);
});

test('the offsets stay those of the text as written', () => {
  const text = `\x1b[1mError:\x1b[0m code=\x1b[1mRejected.Throttling\x1b[0m request_id=${ID}`;
  const [o] = scanText(text);
  assert.equal(text.slice(o!.start, o!.end), 'Rejected.Throttling');
});

test('escapes are read away whole: colours, cursor moves, a terminal title, two-byte escapes', () => {
  assert.equal(withoutTerminalEscapes('\x1b[38;5;208mkms\x1b[0m \x1b[2K\x1b[1Gdone\x1b]0;title\x07 \x1b7x'), 'kms done x');
  const plain = 'no escapes here';
  assert.equal(withoutTerminalEscapes(plain), plain);
});
