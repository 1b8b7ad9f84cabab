import { FIELD_PRINT_PREFIXES } from './formats/teaFieldPrint';
import { continuesName } from './pythonTraceback';

/**
 * The second record rule that reads the line above (records.ts): an exception line right below an
 * SDK error printed one field a line (formats/teaFieldPrint.ts: `code: ...`, `message: ...`,
 * `requestId: ...`) continues that print's record. A sample's catch block prints the fields, then
 * `e.printStackTrace()`: one error, whose trace's frames name the operation. Counting the
 * exception line as a record of its own would count the error twice, the second time without its
 * request id.
 *
 * Only an exception class's line does (its name ends in `Exception` or `Error`: Java's
 * `com.aliyun.tea.TeaException: ...`, Python's `Tea.exceptions.TeaException: ...`): a field
 * print's own first line (`code: ...`) has the shape of an exception line too, and must still
 * start a record when it follows another print.
 */

const CLASS_SUFFIXES = ['Exception', 'Error'] as const;
const PREFIX_BYTES = FIELD_PRINT_PREFIXES.map((p) => Array.from(p, (c) => c.charCodeAt(0)));

function endsWithClassSuffix(name: string): boolean {
  return CLASS_SUFFIXES.some((s) => name.endsWith(s));
}

/**
 * Whether the exception line at `at` (exceptionLineAt holds there) names an exception class:
 * its qualified name, up to the `:` or the line's end, ends in `Exception` or `Error`.
 */
export function exceptionClassAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && continuesName(text.charCodeAt(end))) end++;
  return endsWithClassSuffix(text.slice(at, end));
}

/** exceptionClassAt in ASCII bytes, reading no further than `limit`. */
export function exceptionClassInBytes(bytes: Uint8Array, at: number, limit: number): boolean {
  let end = at;
  while (end < limit && continuesName(bytes[end]!)) end++;
  return endsWithClassSuffix(String.fromCharCode(...bytes.subarray(at, Math.min(end, at + 256))));
}

/** Whether the text at `at` (a line's content start) is a line of a field-by-field print. */
export function fieldPrintLineAt(text: string, at: number): boolean {
  for (const p of FIELD_PRINT_PREFIXES) if (text.startsWith(p, at)) return true;
  return false;
}

/** fieldPrintLineAt in UTF-8 bytes. */
export function fieldPrintLineInBytes(bytes: Uint8Array, at: number): boolean {
  return PREFIX_BYTES.some((p) => {
    if (at + p.length > bytes.length) return false;
    for (let i = 0; i < p.length; i++) if (bytes[at + i] !== p[i]) return false;
    return true;
  });
}
