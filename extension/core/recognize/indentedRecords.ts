/**
 * Records in a uniformly indented paste, for record grouping (records.ts). A line that starts with
 * whitespace continues the record above (stack frames, the fields of a Go `SDKError:` block,
 * pretty-printed JSON), so a log pasted with every line indented (a Markdown code block indented
 * four spaces, a log quoted inside a list item, a YAML block scalar, a mail's indented quote) was
 * one record from its first line to the next blank line, and its errors read each other's request
 * ids, statuses, operations and API surfaces:
 *
 *         2024-05-01 10:00:00 ERROR Forbidden.KeyNotFound ... request id: 475f1620-...
 *             at com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)
 *         2024-05-01 10:00:01 ERROR Rejected.Throttling ...
 *
 * An indented line starts a record when it starts the way log lines start (logLineStartAt: a date
 * or time, a log level, klog's or syslog's header, a one-line JSON object, logfmt's time or level
 * key, a Markdown table row) and stands at its block's own indentation: walking up, the first line
 * that settles it is a blank line (or the text's start) above lines no less indented, or a line
 * at the same indentation that starts the same way. A less indented line above (the log line a
 * frame belongs under) keeps it a continuation, as before; so does a deeper line that starts like
 * a log line (it may itself start a record: the walk never looks past a line that may start a
 * record, so a reader whose text starts at a record sees what a reader of the whole text sees).
 *
 * The three readers of records (text, bytes, LineSource) give their characters through a `Units`
 * accessor; every character tested is ASCII, so UTF-8 bytes and UTF-16 code units agree.
 */

import { isDigit } from './timePrefixes';

/** The code unit (or byte) at `i`, or -1 outside the text. */
export type Units = (i: number) => number;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** Where the whitespace at `at` ends. */
export function indentEnd(unit: Units, at: number): number {
  let i = at;
  while (unit(i) === SPACE || unit(i) === TAB) i++;
  return i;
}

/** Whether `at` is a line's end (or the text's). */
function endsLine(c: number): boolean {
  return c < 0 || c === LF || c === CR;
}

/** Whether the ASCII `word` stands at `at`. */
function wordAt(unit: Units, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (unit(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

// Upper-case levels as logging libraries print them (`ERROR`, `[WARN ]`, `ERROR:root:`).
const LEVELS = ['ERROR', 'WARNING', 'WARN', 'INFO', 'DEBUG', 'FATAL', 'TRACE', 'CRITICAL', 'SEVERE', 'NOTICE'];
// logfmt's keys that open a line (`time=... level=error msg=...`).
const LOGFMT_KEYS = ['time=', 'ts=', 'level=', 'lvl=', 't='];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A level word at `at`, ended by a character that is not a letter (a space, `:`, `]`, `|`). */
function levelAt(unit: Units, at: number): boolean {
  for (const level of LEVELS) {
    if (!wordAt(unit, at, level)) continue;
    const after = unit(at + level.length);
    return !isUpper(after) && !(after >= 0x61 && after <= 0x7a);
  }
  return false;
}

/** `HH:MM:SS` at `at`. */
function timeAt(unit: Units, at: number): boolean {
  return isDigit(unit(at)) && isDigit(unit(at + 1)) && unit(at + 2) === 0x3a && isDigit(unit(at + 3)) && isDigit(unit(at + 4)) && unit(at + 5) === 0x3a;
}

/** A date (`2024-05-01`, `2024/05/01`, `2024.05.01`) or a time (`10:00:00`) at `at`. */
function dateOrTimeAt(unit: Units, at: number): boolean {
  if (timeAt(unit, at)) return true;
  for (let k = 0; k < 4; k++) if (!isDigit(unit(at + k))) return false;
  const sep = unit(at + 4);
  return (sep === 0x2d || sep === 0x2f || sep === 0x2e) && isDigit(unit(at + 5)) && isDigit(unit(at + 6)) && unit(at + 7) === sep;
}

/** Whether a line whose text starts with `c` may start like a log line: the cheap test before logLineStartAt (a frame's `at ` fails it). */
export function mayStartLogLine(c: number): boolean {
  return isDigit(c) || isUpper(c) || c === 0x5b || c === 0x7b || c === 0x7c || c === 0x74 || c === 0x6c;
}

/**
 * Whether the text at `at` (an indented line's first character after its whitespace) starts the
 * way a log line starts: a date or a time, `[` and a date, time or level, a level word, klog's
 * `E0424 21:30:41`, syslog's `May 01 10:00:03`, a one-line JSON object's `{"`, logfmt's `time=` or
 * `level=`, or a Markdown table row's `|`. Source code, YAML keys, pretty-printed JSON's members
 * and the continuation lines of traces do not start so.
 */
export function logLineStartAt(unit: Units, at: number): boolean {
  const c = unit(at);
  if (isDigit(c)) return dateOrTimeAt(unit, at);
  switch (c) {
    case 0x5b /* [ */:
      return isDigit(unit(at + 1)) || levelAt(unit, at + 1);
    case 0x7b /* { */:
      return unit(at + 1) === 0x22;
    case 0x7c /* | */:
      return true;
    case 0x74 /* t */:
    case 0x6c /* l */:
      return LOGFMT_KEYS.some((key) => wordAt(unit, at, key));
    default:
  }
  if (!isUpper(c)) return false;
  // The second character picks the one shape that can follow: most indented lines that start
  // with a capital are a block's fields (`StatusCode: 404`, `Message: ...`) and fail here.
  const d = unit(at + 1);
  // klog: a level letter, MMDD, a space, a time.
  if (isDigit(d)) return (c === 0x45 || c === 0x57 || c === 0x49 || c === 0x46) && isDigit(unit(at + 4)) && unit(at + 5) === SPACE && timeAt(unit, at + 6);
  if (isUpper(d)) return levelAt(unit, at);
  // syslog: a month, a space-padded day, a time.
  if (unit(at + 3) !== SPACE || !MONTHS.some((m) => wordAt(unit, at, m))) return false;
  return (isDigit(unit(at + 4)) || unit(at + 4) === SPACE) && isDigit(unit(at + 5)) && unit(at + 6) === SPACE && timeAt(unit, at + 7);
}

/** A line above, as the walk reads it: its characters and where its content (after any prefixes) starts. */
export interface LineAbove {
  readonly unit: Units;
  readonly content: number;
}

/**
 * Whether an indented line whose content starts like a log line (logLineStartAt) at indentation
 * `width` starts a record (see above). `nextAbove` gives the lines above it one by one, nearest
 * first, and undefined at the text's start; no more than `maxLines` are read (records.ts'
 * MAX_RECORD_LINES: no record is longer), and a walk that reads them all keeps the line a
 * continuation.
 */
export function startsAtBlockIndent(width: number, nextAbove: () => LineAbove | undefined, maxLines: number): boolean {
  for (let lines = 0; lines < maxLines; lines++) {
    const line = nextAbove();
    if (!line) return true;
    const text = indentEnd(line.unit, line.content);
    if (endsLine(line.unit(text))) return true;
    const w = text - line.content;
    if (w < width) return false;
    if (logLineStartAt(line.unit, text)) return w === width;
  }
  return false;
}
