/**
 * Python tracebacks, for record grouping (records.ts). Python prints `Traceback (most recent call
 * last):` at column 0, the frames indented below it, then the exception at column 0:
 *
 *     Traceback (most recent call last):
 *       File ".../alibabacloud_kms20160120/client.py", line 2410, in decrypt_with_options
 *         ...
 *     Tea.exceptions.TeaException: Error: InvalidAccessKeyId.NotFound code: 404, ...
 *
 * The exception line is the error, and the frames above it say which SDK and operation raised it
 * (the `alibabacloud_kms20160120` package, `decrypt_with_options`). So the exception line closes
 * the traceback's record instead of starting one of its own. Only right below a traceback's
 * frames: an exception name at column 0 anywhere else (a Java trace's first line, a line after a
 * comment or a log line) still starts a record, so no other record's words become its context.
 */

/** The line that starts a traceback (and, after `During handling of the above exception`, each chained one). */
export const TRACEBACK_HEADER = 'Traceback (most recent call last):';

// An exception line starts with a qualified name (letters, digits, `_` and `.`), then `:` or the
// line's end (Python prints the bare name when the message is empty). Timestamps, levels
// (`ERROR crypto: ...`, `level=error`) and source code do not have this shape; most lines fail
// it at their first word's end.

/** The longest exception name read. */
const MAX_NAME = 256;

/** Whether `c` may continue an exception name: a letter, a digit, `_` or `.`. */
export function continuesName(c: number): boolean {
  return startsExceptionName(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e;
}

/** Whether `c` can start an exception name (a letter or `_`): the cheap test before the others. */
export function startsExceptionName(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** Whether the text at `at` (a line's content start) has the shape of a Python exception line. */
export function exceptionLineAt(text: string, at: number): boolean {
  if (!startsExceptionName(text.charCodeAt(at))) return false;
  const end = Math.min(text.length, at + MAX_NAME);
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0x0a || c === 0x0d) return true;
    if (!continuesName(c)) return false;
  }
  return end === text.length;
}

/** exceptionLineAt in UTF-8 bytes, reading no further than `end` (the line's end or the input's). */
export function exceptionLineInBytes(bytes: Uint8Array, at: number, end: number): boolean {
  if (at >= end || !startsExceptionName(bytes[at]!)) return false;
  const stop = Math.min(end, at + MAX_NAME);
  for (let i = at + 1; i < stop; i++) {
    const c = bytes[i]!;
    if (c === 0x3a || c === 0x0a || c === 0x0d) return true;
    if (!continuesName(c)) return false;
  }
  return stop === end;
}

/** Whether the text at `at` is a traceback's header. */
export function tracebackHeaderAt(text: string, at: number): boolean {
  return text.startsWith(TRACEBACK_HEADER, at);
}

const HEADER_BYTES = Array.from(TRACEBACK_HEADER, (c) => c.charCodeAt(0));

/** tracebackHeaderAt in UTF-8 bytes. */
export function tracebackHeaderInBytes(bytes: Uint8Array, at: number): boolean {
  if (at + HEADER_BYTES.length > bytes.length) return false;
  for (let i = 0; i < HEADER_BYTES.length; i++) if (bytes[at + i] !== HEADER_BYTES[i]) return false;
  return true;
}
