import { ALL_CODES } from '../catalog/lookup';
import { indentEnd, logLineStartAt, type Units } from './indentedRecords';

/**
 * A record rule that reads the line above (records.ts): an error table rendered one cell
 * a line, as a help page's text comes out of a browser's copy or a page-text extraction:
 *
 *     InvalidParam
 *     The Param Date is invalid.
 *     El valor del encabezado Date no cumple con RFC 1123. ...
 *
 * or, from a Markdown table flattened a row at a time, `AccessDeniedException |` above
 * `No permission to perform the requested operation. | 400 |`. The line right below a line that
 * holds nothing but a documented code (and a cell's `|`) continues that code's record: the code
 * then has its message beside it, and the message says whose error it is (an everyday code like
 * `InvalidParam` is KMS's only with KMS's wording) and is the same error, not a second one.
 *
 * Only one line joins, and not a line that is itself a code alone (a list of codes one a line
 * stays one record a code) or that starts like a log line (indentedRecords.ts: a log line after a
 * code printed alone starts its own record, as before).
 */

const CODES: ReadonlySet<string> = new Set(ALL_CODES);
const LONGEST_CODE = Math.max(...ALL_CODES.map((c) => c.length));
const SHORTEST_CODE = Math.min(...ALL_CODES.map((c) => c.length));

const SPACE = 0x20;
const TAB = 0x09;
const PIPE = 0x7c;
const LF = 0x0a;
const CR = 0x0d;

/** Whether `c` may be part of a code: a letter, a digit, `.` or `_`. */
function inCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f;
}

/** Past the spaces, tabs and at most one `|` from `at` on. */
function cellGapEnd(unit: Units, at: number): number {
  let i = indentEnd(unit, at);
  if (unit(i) === PIPE) i = indentEnd(unit, i + 1);
  return i;
}

/**
 * Whether the line whose content (after any prefixes) starts at `content` holds a documented code
 * and nothing else but spaces and a table cell's `|` on either side. `tokenOf(start, end)` gives
 * the characters in [start, end) as a string.
 */
export function codeAloneAt(unit: Units, content: number, tokenOf: (start: number, end: number) => string): boolean {
  const start = cellGapEnd(unit, content);
  let end = start;
  while (inCode(unit(end)) && end - start <= LONGEST_CODE) end++;
  if (end === start || end - start > LONGEST_CODE) return false;
  const after = unit(cellGapEnd(unit, end));
  return (after < 0 || after === LF || after === CR) && CODES.has(tokenOf(start, end));
}

/**
 * Whether a line whose content starts with `c` may be the cell below a code: the first test, on a
 * character every reader already holds. A line that starts with a digit, `{` or `[` is a log
 * line's time, a JSON object or a bracketed level (mayJoinCodeAbove refuses it anyway), and most
 * lines of a log start so: the line above is then never read.
 */
export function mayBeCellBelow(c: number): boolean {
  return !((c >= 0x30 && c <= 0x39) || c === 0x7b || c === 0x5b);
}

/** The code unit of a text, or the byte of UTF-8 bytes, at `i`; -1 outside them. */
function unitOf(source: string | Uint8Array, i: number): number {
  if (i < 0 || i >= source.length) return -1;
  return typeof source === 'string' ? source.charCodeAt(i) : source[i]!;
}

/**
 * Whether the line that ends before `lineEnd` (its LF, or where `source` ends) ends in a
 * documented code, after any spaces and a cell's `|`: the cheap test a reader makes, with no
 * allocation, before it looks for that line's start and prefixes, since most lines above a
 * record's first line end in no code (`... in 45 ms`: a word shorter than any code). A code right
 * after a terminal colour escape (`\x1b[0mInvalidParam`) is read without the escape's `0m`.
 * `source` is a text or its UTF-8 bytes (codes are ASCII).
 */
export function endsWithCode(source: string | Uint8Array, lineEnd: number): boolean {
  let i = lineEnd - 1;
  if (unitOf(source, i) === CR) i--;
  while (unitOf(source, i) === SPACE || unitOf(source, i) === TAB) i--;
  if (unitOf(source, i) === PIPE) i--;
  while (unitOf(source, i) === SPACE || unitOf(source, i) === TAB) i--;
  const end = i + 1;
  while (inCode(unitOf(source, i)) && end - i <= LONGEST_CODE + 4) i--;
  let start = i + 1;
  // An ANSI escape's `[0m`, `[31m` or `[m` is glued to a code that follows it.
  if (unitOf(source, i) === 0x5b /* [ */ && unitOf(source, i - 1) === 0x1b) {
    while (unitOf(source, start) >= 0x30 && unitOf(source, start) <= 0x39) start++;
    if (unitOf(source, start) === 0x6d /* m */) start++;
  }
  if (end - start < SHORTEST_CODE || end - start > LONGEST_CODE) return false;
  const token = typeof source === 'string' ? source.slice(start, end) : String.fromCharCode(...source.subarray(start, end));
  return CODES.has(token);
}

/**
 * Whether the line whose content starts at `content` may join a code alone on the line above it:
 * it holds text, is not a code alone itself and does not start like a log line.
 */
export function mayJoinCodeAbove(unit: Units, content: number, tokenOf: (start: number, end: number) => string): boolean {
  const first = indentEnd(unit, content);
  const c = unit(first);
  if (c < 0 || c === LF || c === CR) return false;
  return !logLineStartAt(unit, first) && !codeAloneAt(unit, content, tokenOf);
}
