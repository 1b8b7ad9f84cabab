import { isValidParts, type TimestampParts } from './timestampParts';
import { MAX_PREFIXES } from '../recognize/records';
import { runnerPrefixInText } from '../recognize/runnerPrefix';
import { codeUnitAt } from '../shared/codeUnitAt';

/**
 * The timestamp forms a log line starts with, read at one offset only (never a search through the
 * line). The ISO form, by far the most common, is read digit by digit: a summary reads one per
 * record with errors, and a regular expression with nine groups costs ten times as much.
 */

// BSD syslog (RFC 3164): `Nov 27 09:14:03`, the day padded with a space. No year.
const SYSLOG = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?![\w:])/y;

// klog (Kubernetes, glog): `I1127 09:14:03.112345`, severity letter then MMDD. No year.
const KLOG = /[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{1,9})(?![\w:])/y;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ZERO = 0x30;
const isDigit = (c: number) => c >= ZERO && c <= ZERO + 9;

/** The number written by the `n` digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const c = codeUnitAt(text, i);
    if (!isDigit(c)) return -1;
    value = value * 10 + c - ZERO;
  }
  return value;
}

/** Whether the character at `at` may follow a timestamp: not a letter, digit, `_` or `:`. */
function endsAt(text: string, at: number): boolean {
  const c = codeUnitAt(text, at);
  return c < 0 || !(isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a);
}

/**
 * The zone at `at`: `Z`, `+08:00`, `+0800` or `+08` as `{ zone: '+08:00', end }`; `{ zone: null }`
 * when there is none; undefined for an offset past 14 hours (not a zone: the timestamp is refused).
 */
function zoneAt(text: string, at: number): { zone: string | null; end: number } | undefined {
  const c = codeUnitAt(text, at);
  if (c === 0x5a) return { zone: 'Z', end: at + 1 };
  if (c !== 0x2b && c !== 0x2d) return { zone: null, end: at };
  const hours = digits(text, at + 1, 2);
  if (hours < 0) return { zone: null, end: at };
  const colon = codeUnitAt(text, at + 3) === 0x3a ? 1 : 0;
  const minutes = digits(text, at + 3 + colon, 2);
  if (hours > 14 || minutes > 59) return undefined;
  const mm = minutes < 0 ? '00' : text.slice(at + 3 + colon, at + 5 + colon);
  return { zone: `${text[at]}${text.slice(at + 1, at + 3)}:${mm}`, end: minutes < 0 ? at + 3 : at + 5 + colon };
}

/**
 * An ISO-like date and time at exactly `at` in `text`, or null: `T` or a space between date and
 * time, `.` or `,` before the fraction, `-` or `/` in the date (Go's log package prints
 * `2026/11/27 09:14:03`), then an optional zone.
 */
export function dateTimeAt(text: string, at: number): TimestampParts | null {
  const year = digits(text, at, 4);
  const sep = codeUnitAt(text, at + 4);
  if (year < 0 || (sep !== 0x2d && sep !== 0x2f) || codeUnitAt(text, at + 7) !== sep) return null;
  const between = codeUnitAt(text, at + 10);
  if ((between !== 0x54 && between !== 0x20) || codeUnitAt(text, at + 13) !== 0x3a || codeUnitAt(text, at + 16) !== 0x3a) return null;
  const month = digits(text, at + 5, 2);
  const day = digits(text, at + 8, 2);
  const hour = digits(text, at + 11, 2);
  const minute = digits(text, at + 14, 2);
  const second = digits(text, at + 17, 2);
  if (month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
  let end = at + 19;
  let fraction = '';
  const dot = codeUnitAt(text, end);
  if ((dot === 0x2e || dot === 0x2c) && isDigit(codeUnitAt(text, end + 1))) {
    let f = end + 1;
    while (f < end + 10 && isDigit(codeUnitAt(text, f))) f++;
    fraction = text.slice(end + 1, f);
    end = f;
  }
  const zone = zoneAt(text, end);
  if (!zone || !endsAt(text, zone.end)) return null;
  const parts: TimestampParts = { year, month, day, hour, minute, second, fraction, zone: zone.zone };
  return isValidParts(parts) ? parts : null;
}

/**
 * The ISO text of a timestamp dateTimeAt just read at `at`, sliced from `text` when it is already
 * ISO 8601 as we print it (`T`, `-`, `.`, a zone in the extended form), else null: one slice costs
 * less than printing it again, and most logs write the canonical form.
 */
export function canonicalIsoAt(text: string, at: number, parts: TimestampParts): string | null {
  if (parts.year === null || codeUnitAt(text, at + 4) !== 0x2d || codeUnitAt(text, at + 10) !== 0x54) return null;
  if (parts.fraction !== '' && codeUnitAt(text, at + 19) !== 0x2e) return null;
  const zoneStart = at + 19 + (parts.fraction === '' ? 0 : parts.fraction.length + 1);
  // The zone as written must be the one we print: `Z`, or `+hh:mm` (not `+hhmm` or `+hh`).
  if (parts.zone !== null && parts.zone !== 'Z' && codeUnitAt(text, zoneStart + 3) !== 0x3a) return null;
  return text.slice(at, zoneStart + (parts.zone === null ? 0 : parts.zone.length));
}

function syslogAt(text: string, at: number): TimestampParts | null {
  SYSLOG.lastIndex = at;
  const m = SYSLOG.exec(text);
  if (!m) return null;
  const fields = { month: MONTHS.indexOf(m[1]!) + 1, day: Number(m[2]!.trim()) };
  const parts = { year: null, ...fields, hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5]), fraction: m[6] ?? '', zone: null };
  return isValidParts(parts) ? parts : null;
}

function klogAt(text: string, at: number): TimestampParts | null {
  KLOG.lastIndex = at;
  const m = KLOG.exec(text);
  if (!m) return null;
  const parts = { year: null, month: Number(m[1]), day: Number(m[2]), hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5]), fraction: m[6]!, zone: null };
  return isValidParts(parts) ? parts : null;
}

/** Where the timestamp may start: after `[`, a syslog priority (`<34>`) or an RFC 5424 header (`<34>1 `). */
function prefixEnd(text: string, lineStart: number): number {
  const c = codeUnitAt(text, lineStart);
  if (c === 0x5b) return 1;
  if (c !== 0x3c) return 0;
  let close = lineStart + 2;
  while (close <= lineStart + 4 && isDigit(codeUnitAt(text, close))) close++;
  if (codeUnitAt(text, close) !== 0x3e || !isDigit(codeUnitAt(text, lineStart + 1))) return 0;
  const after = close + 1 - lineStart;
  return text.startsWith('1 ', close + 1) ? after + 2 : after;
}

/**
 * The timestamp that starts a log line, in any of the forms above, after an optional `[` or
 * syslog header; null when the line does not start with one.
 */
export function leadingTimestamp(line: string): TimestampParts | null {
  return leadingTimestampAt(line, 0);
}

/**
 * Where a timestamp may start in the line that starts at `lineStart`: after a quote's `> ` and the
 * log runners' prefixes that are not times themselves (compose's `web-1  | `, kubectl's
 * `[pod/...] `: runnerPrefix.ts), then after the line's own `[` or syslog header, if any. A
 * journald, GitHub Actions, CRI or Jenkins prefix is a time: it is read as the line's timestamp.
 */
export function timestampStart(text: string, lineStart: number): number {
  let at = lineStart;
  for (let prefixes = 0; prefixes < MAX_PREFIXES; prefixes++) {
    const prefix = runnerPrefixInText(text, at);
    // A prefix that is a time: GitHub's and CRI's start with a digit, Jenkins' `[` with one.
    const first = codeUnitAt(text, at);
    if (prefix === 0 || isDigit(first) || (first === 0x5b && isDigit(codeUnitAt(text, at + 1))) || syslogAt(text, at)) break;
    at += prefix;
  }
  return at + prefixEnd(text, at);
}

/** leadingTimestamp for the line that starts at `lineStart` in a larger text (no copy of the line). */
export function leadingTimestampAt(line: string, lineStart: number): TimestampParts | null {
  return timestampPartsAt(line, timestampStart(line, lineStart));
}

/**
 * The timestamp that stands at `at` (a timestampStart), in any of the forms above; null when none
 * does. For a reader that needs `at` again (recordTimeInText slices the ISO text from it).
 */
export function timestampPartsAt(line: string, at: number): TimestampParts | null {
  const first = codeUnitAt(line, at);
  // One character picks the one form that can match there.
  if (isDigit(first)) return dateTimeAt(line, at);
  if (first === 0x49 || first === 0x57 || first === 0x45 || first === 0x46) {
    const k = klogAt(line, at);
    if (k) return k;
  }
  return first >= 0x41 && first <= 0x5a ? syslogAt(line, at) : null;
}
