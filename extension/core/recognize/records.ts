import { CONTINUATION_PREFIXES } from './formats';
import { codeUnitAt } from '../shared/codeUnitAt';
import { codeAloneAt, endsWithCode, mayBeCellBelow, mayJoinCodeAbove } from './cellBelowCode';
import { commentLineAt, constantAssignmentAt, mayStartConstant } from './commentedConstant';
import { exceptionClassAt, fieldPrintLineAt } from './exceptionBelowFields';
import { logLineStartAt, mayStartLogLine, startsAtBlockIndent, type LineAbove, type Units } from './indentedRecords';
import { exceptionLineAt, startsExceptionName, tracebackHeaderAt } from './pythonTraceback';
import { runnerPrefixInText } from './runnerPrefix';
import { isWebSpace, webIndentEnd } from './webIndent';
import type { LineSource } from './types';

/**
 * Log record boundaries. Context (HTTP status, request id, API surface) is read only from the
 * record an occurrence is in, never from a neighbouring one, so the rule is explicit:
 *
 * - A blank line (empty or whitespace only) belongs to no record and ends the current one.
 * - A line continues the record above it when it starts with whitespace (stack frames, the
 *   indented lines of a Go `SDKError:` block, pretty-printed JSON), unless it starts like a log
 *   line at its block's own indentation (a uniformly indented paste: indentedRecords.ts), or
 *   with a web page's no-break or ideographic spaces followed by a continuation (webIndent.ts),
 *   or with one of the
 *   continuation prefixes: `at ` and `Caused by` / `Suppressed:` / `... N more` (Java traces),
 *   `}` `]` `)` (the end of a multi-line object), `Stack trace:` and `#N ` (PHP fatal errors),
 *   and the prefixes of the SDK formats' own record shapes (formats/: the classic Java SDK's
 *   `RequestId :`, the Go `SDK.ServerError` block's `ErrorCode:` / `Recommend:` / `Message:`
 *   lines, Terraform's `│ ` box, the gateway XML's `<Code>` / `</KMS>` lines). ANSI escapes at a
 *   line's start are skipped first (Terraform's coloured `│`).
 * - A log runner's prefix on every line (`docker compose logs`' `web-1  | `, `kubectl logs
 *   --prefix`, GitHub Actions' timestamps: runnerPrefix.ts) is skipped first, like ANSI escapes:
 *   the rest of the line has the role.
 * - A Python exception line right below a traceback's frames (`Tea.exceptions.TeaException: ...`
 *   under `Traceback (most recent call last):` and its indented lines) continues the traceback
 *   (pythonTraceback.ts). An exception class's line right below an error printed one field a
 *   line (`code: ...`, `message: ...`, `requestId: ...`, then `e.printStackTrace()`) continues
 *   that print (exceptionBelowFields.ts). A constant holding a string at column 0 right below a
 *   `#` comment line (`# KMS服务内部错误返回错误码` over `INTERNAL_FAILURE = "InternalFailure"`)
 *   continues the comment's record (commentedConstant.ts). The line right below a documented
 *   code alone on its line (an error table rendered one cell a line) continues the code's record
 *   (cellBelowCode.ts). These rules, and the indented-paste rule, read the lines above: every
 *   reader of records asks them with those lines at hand: lineRole here, byteLineRole in bytes,
 *   roleOfLineIn for a LineSource.
 * - Any other line starts a new record: a timestamp, a log level, `panic:`, an exception name,
 *   a line of source code at column 0.
 * - A record is at most MAX_RECORD_LINES long. Longer runs of continuation lines (a huge indented
 *   block in source code) are cut there, so a lookup never walks further than that from a line.
 *
 * Lines end at `\n`; a `\r` before it is part of the terminator.
 */

/** The most lines one record may span; keeps lookups bounded by the line, not the document. */
export const MAX_RECORD_LINES = 200;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Java traces (`at `, `Caused by`, `Suppressed:`, `... 12 more`), the end of a multi-line
// object, PHP fatal errors (`Stack trace:`, `#0 `), then every format's own prefixes.
const BASE_PREFIXES = ['at ', 'Caused by', 'Suppressed:', 'Stack trace:'];
const CONTINUATION_PREFIX = new RegExp(
  `(?:${[...BASE_PREFIXES, ...CONTINUATION_PREFIXES].map(escapeRegExp).join('|')}|\\.\\.\\. \\d|[}\\])]|#\\d+ |RequestId\\s*:)`,
  'y',
);

// The first characters CONTINUATION_PREFIX can match.
const CONTINUATION_FIRST: ReadonlySet<number> = new Set(
  [...BASE_PREFIXES, ...CONTINUATION_PREFIXES, '.', '}', ']', ')', '#', 'R'].map((p) => p.charCodeAt(0)),
);

/** The most runner prefixes stripped from one line (GitHub Actions running docker compose: two). */
export const MAX_PREFIXES = 3;
const ESC = 0x1b;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;

/** What a line is for record grouping, judged from its first characters. */
export type LineRole = 'blank' | 'continues' | 'starts';

/**
 * Whether a line whose first character is `c` starts a record, judged from that character alone
 * (most lines start with a timestamp, a level or `{`). False means the next characters decide.
 */
export function startsRecordByFirstChar(c: number): boolean {
  // Control characters, whitespace and ESC (which may begin an ANSI colour) are all <= SPACE.
  return c > SPACE && !CONTINUATION_FIRST.has(c);
}

/** Where the text after the ANSI escapes (`\x1b[31m`) at `at` starts. */
function afterAnsi(text: string, at: number): number {
  while (codeUnitAt(text, at) === ESC && codeUnitAt(text, at + 1) === 0x5b) {
    let i = at + 2;
    while (i < text.length && text.charCodeAt(i) !== 0x6d /* m */ && i - at < 16) i++;
    at = i + 1;
  }
  return at;
}

/**
 * Where the content of the line at `lineStart` starts: after ANSI escapes and a log runner's
 * prefix on every line (`web-1  | `, runnerPrefix.ts; a runner inside another puts two).
 */
function contentStartOf(text: string, lineStart: number): number {
  let c = codeUnitAt(text, lineStart);
  for (let prefixes = 0; ; prefixes++) {
    if (c === ESC) {
      lineStart = afterAnsi(text, lineStart);
      c = codeUnitAt(text, lineStart);
    }
    const prefix = c > SPACE && prefixes < MAX_PREFIXES ? runnerPrefixInText(text, lineStart) : 0;
    if (prefix === 0) return lineStart;
    lineStart += prefix;
    c = codeUnitAt(text, lineStart);
  }
}

/** Whether only spaces and tabs follow `at` on its line. */
function blankFrom(text: string, at: number): boolean {
  for (let i = at; ; i++) {
    const d = codeUnitAt(text, i);
    if (d !== SPACE && d !== TAB) return d < 0 || d === LF || d === CR;
  }
}

/**
 * Whether the exception line at `lineStart` (its content at `content`) closes what is right above
 * it: a traceback's frames (indented lines up to the traceback's header), or a field-by-field
 * print of an error, when the line names an exception class.
 */
function closesAbove(text: string, lineStart: number, content: number): boolean {
  if (!exceptionLineAt(text, content) || lineStart === 0) return false;
  const above = contentStartOf(text, lineStartOf(text, lineStart - 1));
  if (fieldPrintLineAt(text, above)) return exceptionClassAt(text, content);
  return closesTraceback(text, lineStart);
}

/** Whether the lines above the line at `lineStart` are a traceback's frames, up to its header. */
function closesTraceback(text: string, lineStart: number): boolean {
  let at = lineStart;
  for (let frames = 0; frames < MAX_RECORD_LINES && at > 0; frames++) {
    at = lineStartOf(text, at - 1);
    const above = contentStartOf(text, at);
    const c = codeUnitAt(text, above);
    if (c !== SPACE && c !== TAB) return frames > 0 && tracebackHeaderAt(text, above);
    // A blank line, or an indented line that may start a record of its own (indentedRecords.ts):
    // no walk looks past a record's start, so a reader whose text starts there judges alike.
    if (blankFrom(text, above) || indentedLogLineWidth(text, above) >= 0) return false;
  }
  return false;
}

/** The role of the line that starts at `lineStart` in `text` (see the rules above). */
export function lineRole(text: string, lineStart: number): LineRole {
  return lineRoleIn(text, lineStart, true);
}

/** The indented-paste rule in `text` for the line at `lineStart`, indented by `width` (indentedRecords.ts). */
function startsIndentedRecord(text: string, lineStart: number, width: number): boolean {
  let at = lineStart;
  const unit: Units = (i) => codeUnitAt(text, i);
  const above = (): LineAbove | undefined => {
    if (at === 0) return undefined;
    at = lineStartOf(text, at - 1);
    return { unit, content: contentStartOf(text, at) };
  };
  return startsAtBlockIndent(width, above, MAX_RECORD_LINES);
}

/**
 * The indentation of the line whose content (after its prefixes) starts at `content` in `text`,
 * when it is indented and its text starts like a log line (indentedRecords.ts); -1 otherwise.
 * The cheap tests come first: most indented lines are a trace's frames.
 */
export function indentedLogLineWidth(text: string, content: number): number {
  let first = content;
  for (let c = codeUnitAt(text, first); c === SPACE || c === TAB; c = codeUnitAt(text, first)) first++;
  const c = codeUnitAt(text, first);
  if (first === content || !mayStartLogLine(c)) return -1;
  // A capital then a small letter can only start a month (syslog's `May 01 ...`), three letters
  // and a space: a Go block's `StatusCode:` or `Message:` fails here, before any closure is made.
  const d = codeUnitAt(text, first + 1);
  if (c >= 0x41 && c <= 0x5a && d >= 0x61 && d <= 0x7a && codeUnitAt(text, first + 3) !== SPACE) return -1;
  return logLineStartAt((i) => codeUnitAt(text, i), first) ? first - content : -1;
}

/**
 * The role of the line at `lineStart` by what the line itself and the traceback and field-print
 * rules say, without the indented-paste rule, which needs the lines above in the reader's own
 * form: byteLineRole (a line's decoded head) and roleOfLineIn (a LineSource) ask that rule
 * themselves.
 */
export function lineRoleOfHead(text: string, lineStart: number): LineRole {
  return lineRoleIn(text, lineStart, false);
}

/** lineRole, with the indented-paste rule (`indented`) or without it (lineRoleOfHead): one function, so a line's content is found once. */
function lineRoleIn(text: string, lineStart: number, indented: boolean): LineRole {
  const content = contentStartOf(text, lineStart);
  const c = codeUnitAt(text, content);
  if (c < 0 || c === LF || c === CR) return 'blank';
  if (c === SPACE || c === TAB) {
    // Whitespace only is blank; whitespace then text continues the record, unless it starts a
    // record of an indented paste, by the lines above it.
    if (blankFrom(text, content + 1)) return 'blank';
    if (!indented) return 'continues';
    const width = indentedLogLineWidth(text, content);
    return width >= 0 && startsIndentedRecord(text, lineStart, width) ? 'starts' : 'continues';
  }
  if (isWebSpace(c)) return webIndentedRole(text, content);
  // Most lines start with a timestamp, a level or `{`: one character settles them without the
  // expression. Only a line starting with a letter or `_` can close a traceback or a print.
  if (CONTINUATION_FIRST.has(c)) {
    CONTINUATION_PREFIX.lastIndex = content;
    if (CONTINUATION_PREFIX.test(text)) return 'continues';
  }
  if (startsExceptionName(c) && closesAbove(text, lineStart, content)) return 'continues';
  if (mayStartConstant(c) && constantBelowComment(text, lineStart, content)) return 'continues';
  return lineStart > 0 && mayBeCellBelow(c) && joinsCodeAbove(text, lineStart, content) ? 'continues' : 'starts';
}

/** Whether the line at `lineStart` (its content at `content`) is a constant right below a `#` comment line (commentedConstant.ts). */
function constantBelowComment(text: string, lineStart: number, content: number): boolean {
  if (lineStart === 0 || !constantAssignmentAt(text, content)) return false;
  return commentLineAt(text, contentStartOf(text, lineStartOf(text, lineStart - 1)));
}

/**
 * Whether the line at `lineStart` (> 0, its content at `content`) is the cell right below a
 * documented code alone on its line, which it joins (cellBelowCode.ts).
 */
function joinsCodeAbove(text: string, lineStart: number, content: number): boolean {
  if (!endsWithCode(text, lineStart - 1)) return false;
  const unit: Units = (i) => codeUnitAt(text, i);
  const tokenOf = (start: number, end: number): string => text.slice(start, end);
  return codeAloneAt(unit, contentStartOf(text, lineStartOf(text, lineStart - 1)), tokenOf) && mayJoinCodeAbove(unit, content, tokenOf);
}

/**
 * The role of a line indented with no-break or ideographic spaces (webIndent.ts): a frame or
 * another continuation after the indentation continues the record, an indented paragraph of
 * prose starts one.
 */
function webIndentedRole(text: string, content: number): LineRole {
  const at = webIndentEnd(text, content);
  const d = codeUnitAt(text, at);
  if (d < 0 || d === LF || d === CR) return 'blank';
  if (!CONTINUATION_FIRST.has(d)) return 'starts';
  CONTINUATION_PREFIX.lastIndex = at;
  return CONTINUATION_PREFIX.test(text) ? 'continues' : 'starts';
}

/** The offset where the line containing `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line containing `offset`, terminator excluded. */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text.charCodeAt(end - 1) === CR && end - 1 >= offset ? end - 1 : end;
}

/** A record as a half-open offset range of the text; `end` excludes the last line's terminator. */
export interface RecordBounds {
  readonly start: number;
  readonly end: number;
}

/**
 * The record around `offset` (which must be on a non-blank line): walks up over continuation
 * lines to the line that starts the record, and down over the continuation lines that follow.
 * `floor` is a start the record may not reach before (the end of the previous record in a scan).
 */
export function recordAt(text: string, offset: number, floor = 0): RecordBounds {
  // The anchor's line start, found once for both walks (a backward search per parsed record).
  const anchorLineStart = lineStartOf(text, offset);
  let start = anchorLineStart;
  let lines = 1;
  while (start > floor && lines < MAX_RECORD_LINES && lineRole(text, start) === 'continues') {
    const prev = lineStartOf(text, start - 1);
    if (lineRole(text, prev) === 'blank') break;
    start = prev;
    lines++;
  }
  let endLineStart = anchorLineStart;
  for (;;) {
    const nl = text.indexOf('\n', endLineStart);
    if (nl < 0 || lines >= MAX_RECORD_LINES) break;
    if (lineRole(text, nl + 1) !== 'continues') break;
    endLineStart = nl + 1;
    lines++;
  }
  return { start, end: lineEndOf(text, endLineStart) };
}

/** The role of a line given as a string, judged from the line alone (roleOfLineIn also reads the lines above). */
export function roleOfLine(line: string): LineRole {
  return lineRole(line, 0);
}

/** The role of line `line` of `source`, by every rule above: the traceback, field-print and commented-constant rules read the lines above it. */
export function roleOfLineIn(source: Pick<LineSource, 'lineAt'>, line: number): LineRole {
  const text = source.lineAt(line);
  const role = lineRoleOfHead(text, 0);
  const content = contentStartOf(text, 0);
  if (role === 'continues') {
    const width = indentedLogLineWidth(text, content);
    if (width < 0) return role;
    let above = line;
    const next = (): LineAbove | undefined => {
      if (above === 0) return undefined;
      const lineAbove = source.lineAt(--above);
      return { unit: (i) => codeUnitAt(lineAbove, i), content: contentStartOf(lineAbove, 0) };
    };
    return startsAtBlockIndent(width, next, MAX_RECORD_LINES) ? 'starts' : role;
  }
  if (role !== 'starts' || line === 0) return role;
  // The rules below read the line above: it is fetched once, and each rule's cheap test on this
  // line comes first (a hover asks this of every line of its record).
  const c = codeUnitAt(text, content);
  const previous = source.lineAt(line - 1);
  const previousContent = contentStartOf(previous, 0);
  if (mayStartConstant(c) && constantAssignmentAt(text, content) && commentLineAt(previous, previousContent)) return 'continues';
  if (mayBeCellBelow(c) && endsWithCode(previous, previous.length)) {
    const unitAbove: Units = (i) => codeUnitAt(previous, i);
    if (codeAloneAt(unitAbove, previousContent, (start, end) => previous.slice(start, end)) && mayJoinCodeAbove((i) => codeUnitAt(text, i), content, (start, end) => text.slice(start, end))) return 'continues';
  }
  if (!startsExceptionName(c) || !exceptionLineAt(text, content)) return role;
  if (fieldPrintLineAt(previous, previousContent)) return exceptionClassAt(text, content) ? 'continues' : role;
  for (let above = line - 1, frames = 0; above >= 0 && frames < MAX_RECORD_LINES; above--, frames++) {
    const lineAbove = source.lineAt(above);
    const at = contentStartOf(lineAbove, 0);
    const c = codeUnitAt(lineAbove, at);
    if (c !== SPACE && c !== TAB) return frames > 0 && tracebackHeaderAt(lineAbove, at) ? 'continues' : role;
    if (blankFrom(lineAbove, at) || indentedLogLineWidth(lineAbove, at) >= 0) return role;
  }
  return role;
}
