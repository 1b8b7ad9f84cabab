// The one record rule that reads the lines above (recognize/pythonTraceback.ts): a Python
// exception line closes the traceback whose frames are right above it, and nothing else. Every
// reader of records must judge each line alike: the text (lineRole), the bytes before they are
// decoded (byteLineRole) and a LineSource (roleOfLineIn).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineRoles as roles } from '../support/lineRoles';

const FRAMES = ['Traceback (most recent call last):', '  File "/app/a.py", line 3, in f', '    client.decrypt(request)'];
const EXCEPTION = "Tea.exceptions.TeaException: Error: Forbidden.KeyNotFound The specified key does not exist. Response: {'httpCode': 404}";

test('the exception line right below a traceback\'s frames continues its record', () => {
  assert.deepEqual(roles([...FRAMES, EXCEPTION]), ['starts', 'continues', 'continues', 'continues']);
  // A bare exception name (no message), a CRLF log, a module-less name.
  assert.deepEqual(roles([...FRAMES, 'KeyboardInterrupt']).at(-1), 'continues');
  assert.deepEqual(roles([...FRAMES.map((l) => l + '\r'), 'ValueError: bad\r']).at(-1), 'continues');
  // Behind a terminal's colour reset on every line.
  assert.deepEqual(roles([...FRAMES, EXCEPTION].map((l) => `\x1b[0m${l}`)), ['starts', 'continues', 'continues', 'continues']);
});

test('the same lines behind a log runner\'s prefix on every line are read alike', () => {
  const prefixed = [...FRAMES, EXCEPTION].map((l) => `web-1  | ${l}`);
  assert.deepEqual(roles(prefixed), ['starts', 'continues', 'continues', 'continues']);
});

test('an exception name at column 0 anywhere else still starts a record', () => {
  // No traceback header above the indented lines (a log line's continuation).
  assert.equal(roles(['2024-05-01 DEBUG retrying', '    client.encrypt(request)', EXCEPTION]).at(-1), 'starts');
  // A header with no frames, a blank line between the frames and the exception.
  assert.equal(roles([FRAMES[0]!, EXCEPTION]).at(-1), 'starts');
  assert.equal(roles([...FRAMES, '', EXCEPTION]).at(-1), 'starts');
  assert.equal(roles([...FRAMES, '   ', EXCEPTION]).at(-1), 'starts');
  // After the exception line, the next one starts again (the traceback is closed).
  assert.equal(roles([...FRAMES, EXCEPTION, EXCEPTION]).at(-1), 'starts');
  // A log line, or a level with its logger, under the frames is not an exception line.
  assert.equal(roles([...FRAMES, '2024-05-01 10:00:00 ERROR crypto: failed']).at(-1), 'starts');
  assert.equal(roles([...FRAMES, 'ERROR crypto: failed']).at(-1), 'starts');
  // A Java trace's first line under a Java trace's frames (not a Python traceback).
  assert.equal(roles(['com.aliyun.tea.TeaException: x', '\tat a.b(C.java:1)', 'com.aliyun.tea.TeaException: y']).at(-1), 'starts');
});
