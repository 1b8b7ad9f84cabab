import { codeAloneAt, endsWithCode, mayBeCellBelow, mayJoinCodeAbove } from '../recognize/cellBelowCode';
import { commentLineInBytes, constantAssignmentInBytes, mayStartConstant } from '../recognize/commentedConstant';
import { exceptionClassInBytes, fieldPrintLineInBytes } from '../recognize/exceptionBelowFields';
import { exceptionLineInBytes, startsExceptionName, tracebackHeaderInBytes } from '../recognize/pythonTraceback';
import { logLineStartAt, mayStartLogLine, startsAtBlockIndent, type LineAbove, type Units } from '../recognize/indentedRecords';
import { lineRoleOfHead, MAX_PREFIXES, MAX_RECORD_LINES, startsRecordByFirstChar } from '../recognize/records';
import { MAX_RUNNER_PREFIX, runnerPrefixLength } from '../recognize/runnerPrefix';

/**
 * Record boundaries (records.ts) found in UTF-8 bytes before they are decoded, for readers that
 * cut their input between records and decode only what they scan.
 */

const LF = 0x0a;
const CR = 0x0d;
const ESC = 0x1b;
const SPACE = 0x20;
const TAB = 0x09;
// Enough of a line's start to judge its role: the continuation prefixes are short (the longest,
// the Recommend link's host, 41 characters), though they may follow ANSI escapes (Terraform's
// coloured `│ `) and, behind escapes, a log runner's prefixes (runnerPrefix.ts).
const HEAD_BYTES = 64 + MAX_PREFIXES * (MAX_RUNNER_PREFIX + 16);
// Decodes a line's head, since some continuation marks are not ASCII (Terraform's `│`); a head
// that ends inside a character ends in U+FFFD, which the rules never look at.
const HEAD_DECODER = new TextDecoder('utf-8');

/** The LF that ends the line at `start`, or `limit` when the line runs to it. */
function lineEndAt(bytes: Uint8Array, start: number, limit: number): number {
  const nl = bytes.indexOf(LF, start);
  return nl < 0 || nl >= limit ? limit : nl;
}

/**
 * The role of the line at `start` in UTF-8 bytes, from its first bytes; the line ends at its LF
 * or at `limit`. The line's end is looked for only when its first byte does not settle it.
 */
export function byteLineRole(bytes: Uint8Array, lineStart: number, limit: number): ReturnType<typeof lineRoleOfHead> {
  // A log runner's prefixes (ASCII: read in the bytes as lineRole reads them in the text).
  let start = lineStart;
  for (let prefixes = 0; prefixes < MAX_PREFIXES; prefixes++) {
    const prefix = runnerPrefixLength(bytes, start, limit);
    if (prefix === 0) break;
    start += prefix;
  }
  // An ASCII byte is its character: most lines are settled by it, with nothing decoded.
  const first = start < limit ? bytes[start]! : LF;
  if (first < 0x80 && startsRecordByFirstChar(first)) {
    // Only a line starting with a letter or `_` can close a traceback or a print, or be a commented
    // constant (most start with a digit or `{`).
    if (startsExceptionName(first) && readsAboveInBytes(bytes, lineStart, start, limit)) return 'continues';
    return mayBeCellBelow(first) && joinsCodeAboveInBytes(bytes, lineStart, limit) ? 'continues' : 'starts';
  }
  const nl = lineEndAt(bytes, start, limit);
  const end = Math.min(nl + 1, start + HEAD_BYTES);
  const head = HEAD_DECODER.decode(bytes.subarray(start, end));
  const role = lineRoleOfHead(head, 0);
  // Only spaces within the head of a longer line: text follows, so the line continues a record.
  if (role === 'blank' && end <= nl) return 'continues';
  // An indented line may start a record of an indented paste, by the lines above it.
  if (role === 'continues') return startsIndentedRecordInBytes(bytes, lineStart, start, limit) ? 'starts' : role;
  // The head alone has no lines above it: the rules that read them are asked here, at the
  // content behind any terminal escapes, where lineRole read it (a coloured console's exception line).
  if (role !== 'starts') return role;
  // `start` is past the runner prefixes already: only terminal escapes there need the full reading.
  if (readsAboveInBytes(bytes, lineStart, bytes[start] === ESC ? contentStartInBytes(bytes, start) : start, limit)) return 'continues';
  return joinsCodeAboveInBytes(bytes, lineStart, limit) ? 'continues' : role;
}

/** records.ts's rules that read the lines above, in bytes: closesAboveInBytes, then a constant right below a `#` comment line (commentedConstant.ts). */
function readsAboveInBytes(bytes: Uint8Array, lineStart: number, content: number, limit: number): boolean {
  if (closesAboveInBytes(bytes, lineStart, content, limit)) return true;
  if (lineStart === 0 || !mayStartConstant(bytes[content] ?? -1) || !constantAssignmentInBytes(bytes, content, limit)) return false;
  return commentLineInBytes(bytes, contentStartInBytes(bytes, lineStartAbove(bytes, lineStart)));
}

/**
 * records.ts' rule for a table rendered one cell a line (cellBelowCode.ts) in bytes: whether the
 * line at `lineStart` (read no further than `limit`) joins a documented code alone on the line
 * above it.
 */
function joinsCodeAboveInBytes(bytes: Uint8Array, lineStart: number, limit: number): boolean {
  if (lineStart === 0 || !endsWithCode(bytes, lineStart - 1)) return false;
  const unit: Units = (i) => (i >= 0 && i < bytes.length ? bytes[i]! : -1);
  // Codes are ASCII: their bytes are their characters.
  const tokenOf = (start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));
  if (!codeAloneAt(unit, contentStartInBytes(bytes, lineStartAbove(bytes, lineStart)), tokenOf)) return false;
  const inLine: Units = (i) => (i < limit ? bytes[i]! : -1);
  return mayJoinCodeAbove(inLine, contentStartInBytes(bytes, lineStart), tokenOf);
}

/**
 * records.ts' indented-paste rule (indentedRecords.ts) in bytes: whether the line at `lineStart`
 * (its runner prefixes end at `start`; read no further than `limit`) is indented, starts like a log line and stands at its block's
 * indentation. Most indented lines (a trace's frames) fail the first cheap test.
 */
function startsIndentedRecordInBytes(bytes: Uint8Array, lineStart: number, start: number, limit: number): boolean {
  // `start` is past the runner prefixes already: only terminal escapes there need the full reading.
  const content = bytes[start] === ESC ? contentStartInBytes(bytes, lineStart) : start;
  const width = indentedLogLineWidthInBytes(bytes, content, limit);
  if (width < 0) return false;
  const unit: Units = (i) => (i < bytes.length ? bytes[i]! : -1);
  let at = lineStart;
  const above = (): LineAbove | undefined => {
    if (at === 0) return undefined;
    at = lineStartAbove(bytes, at);
    return { unit, content: contentStartInBytes(bytes, at) };
  };
  return startsAtBlockIndent(width, above, MAX_RECORD_LINES);
}

/** records.ts' indentedLogLineWidth in bytes, read no further than `limit`: the line's indentation when its text starts like a log line, else -1. */
function indentedLogLineWidthInBytes(bytes: Uint8Array, content: number, limit: number): number {
  let first = content;
  while (first < limit && (bytes[first] === SPACE || bytes[first] === TAB)) first++;
  if (first === content || first >= limit || !mayStartLogLine(bytes[first]!)) return -1;
  return logLineStartAt((i) => (i < limit ? bytes[i]! : -1), first) ? first - content : -1;
}

/** Where the content of the line at `lineStart` starts in bytes: after runner prefixes and ANSI escapes, as lineRole reads them. */
function contentStartInBytes(bytes: Uint8Array, lineStart: number): number {
  let at = lineStart;
  for (let prefixes = 0; ; prefixes++) {
    while (bytes[at] === ESC && bytes[at + 1] === 0x5b) {
      let i = at + 2;
      while (i < bytes.length && bytes[i] !== 0x6d /* m */ && i - at < 16) i++;
      at = i + 1;
    }
    const prefix = prefixes < MAX_PREFIXES ? runnerPrefixLength(bytes, at, bytes.length) : 0;
    if (prefix === 0) return at;
    at += prefix;
  }
}

/**
 * records.ts's rules that read the lines above, in bytes: whether the line at `lineStart` (its
 * content at `content`, read no further than `limit`) is an exception line right below the
 * indented frames of a traceback (pythonTraceback.ts), or an exception class's line right below
 * a field-by-field print of an error (exceptionBelowFields.ts).
 */
function closesAboveInBytes(bytes: Uint8Array, lineStart: number, content: number, limit: number): boolean {
  if (!exceptionLineInBytes(bytes, content, limit) || lineStart === 0) return false;
  if (fieldPrintLineInBytes(bytes, contentStartInBytes(bytes, lineStartAbove(bytes, lineStart)))) return exceptionClassInBytes(bytes, content, limit);
  let at = lineStart;
  for (let frames = 0; frames < MAX_RECORD_LINES && at > 0; frames++) {
    at = lineStartAbove(bytes, at);
    let i = contentStartInBytes(bytes, at);
    const c = bytes[i];
    if (c !== SPACE && c !== TAB) return frames > 0 && tracebackHeaderInBytes(bytes, i);
    while (bytes[i] === SPACE || bytes[i] === TAB) i++;
    if (i >= bytes.length || bytes[i] === LF || bytes[i] === CR) return false;
    // An indented line that may start a record of its own: no walk looks past a record's start.
    if (indentedLogLineWidthInBytes(bytes, contentStartInBytes(bytes, at), bytes.length) >= 0) return false;
  }
  return false;
}

/**
 * Where the line above the one at `lineStart` (> 0) starts. (A negative fromIndex would make
 * lastIndexOf search from the end of the bytes.)
 */
export function lineStartAbove(bytes: Uint8Array, lineStart: number): number {
  return lineStart < 2 ? 0 : bytes.lastIndexOf(LF, lineStart - 2) + 1;
}

/**
 * Where the record holding the line at `lineStart` begins: the nearest line at or above it that
 * does not continue a record (one that starts a record, or a blank line), not above `floor`.
 * `lines` is how many line ends lie between that start and `lineStart`. A run of continuation
 * lines longer than MAX_RECORD_LINES (which the scanner cuts into records) is walked whole: a
 * text that starts inside such a run would cut it where the whole text does not.
 */
export function recordStartInBytes(bytes: Uint8Array, lineStart: number, floor: number): { start: number; lines: number } {
  let start = lineStart;
  let lines = 0;
  while (start > floor && byteLineRole(bytes, start, bytes.length) === 'continues') {
    start = Math.max(floor, lineStartAbove(bytes, start));
    lines++;
  }
  return { start, lines };
}

/**
 * The start of the first line after the one at `lineStart` that does not continue its record
 * (see recordStartInBytes), or `limit` when the record runs to it.
 */
export function nextRecordStartInBytes(bytes: Uint8Array, lineStart: number, limit: number): number {
  let start = lineStart;
  for (;;) {
    const nl = lineEndAt(bytes, start, limit);
    if (nl + 1 >= limit) return limit;
    start = nl + 1;
    if (byteLineRole(bytes, start, limit) !== 'continues') return start;
  }
}

/**
 * Where to start a text that holds the `records` records above `start` (itself a record start),
 * for a time carried down from them (carriedTime), or for one record of context: walks up record
 * by record, and stops early at a blank line, which a carry never crosses (the blank line is
 * kept). `lines` is how many line ends lie between that start and `start`; `complete` is false
 * when `floor` came first, so records above `floor` might still matter.
 */
export function recordsAboveInBytes(bytes: Uint8Array, start: number, records: number, floor: number): { start: number; lines: number; complete: boolean } {
  let at = start;
  let lines = 0;
  for (let found = 0; found < records; found++) {
    if (at <= floor) return { start: floor, lines, complete: false };
    const above = Math.max(floor, lineStartAbove(bytes, at));
    lines++;
    if (byteLineRole(bytes, above, at) === 'blank') return { start: above, lines, complete: true };
    const record = recordStartInBytes(bytes, above, floor);
    at = record.start;
    lines += record.lines;
  }
  return { start: at, lines, complete: true };
}
