import { canonicalIsoAt, dateTimeAt } from './leadingTimestamp';
import { recordTimeOfEpochMs, recordTimeOfParts, type RecordTime } from './timestampParts';

/**
 * The time field of a structured record: JSON (`"ts"`, `"time"`, `"timestamp"`, `"@timestamp"`)
 * and logfmt (`time=`, `ts=`, `timestamp=`). The value is an ISO-like string or an epoch number
 * in seconds, milliseconds, microseconds or nanoseconds (told apart by size). Keys are found with
 * indexOf and values read in place: cheaper than one regular expression over the line.
 */

const JSON_KEYS = ['"@timestamp"', '"timestamp"', '"time"', '"ts"'];
const LOGFMT_KEYS = ['timestamp=', 'time=', 'ts='];
const EPOCH = /^\d{1,20}(?:\.\d{1,9})?$/;
/** Longest value read: an ISO timestamp with nanoseconds and a zone is 35 characters. */
const MAX_VALUE = 64;

/**
 * Epoch milliseconds of a number by its magnitude: seconds from 1973 to 5138, milliseconds,
 * microseconds and nanoseconds over the same years; null outside them (a counter, a duration).
 */
export function epochMillis(value: number): number | null {
  if (value >= 1e8 && value < 1e11) return Math.round(value * 1000);
  if (value >= 1e11 && value < 1e14) return Math.round(value);
  if (value >= 1e14 && value < 1e17) return Math.round(value / 1e3);
  if (value >= 1e17 && value < 1e20) return Math.round(value / 1e6);
  return null;
}

/** The RecordTime of a field's value: an ISO-like string (whole) or epoch digits. */
export function timeOfValue(value: string): RecordTime | null {
  const parts = dateTimeAt(value, 0);
  // A value already in ISO 8601 as we print it is its own text (most JSON and logfmt times are).
  if (parts) return recordTimeOfParts(parts, canonicalIsoAt(value, 0, parts) ?? undefined);
  if (!EPOCH.test(value)) return null;
  const ms = epochMillis(Number(value));
  return ms === null ? null : recordTimeOfEpochMs(ms);
}

const isSpace = (c: number) => c === 0x20 || c === 0x09;

/** The value after `at`: a quoted string without escapes, else a bare word ending at `stops`. */
function valueAt(line: string, at: number, stops: string): string | null {
  if (line.charCodeAt(at) === 0x22) {
    const close = line.indexOf('"', at + 1);
    if (close < 0 || close - at - 1 > MAX_VALUE) return null;
    const value = line.slice(at + 1, close);
    return value.includes('\\') ? null : value;
  }
  let end = at;
  while (end < line.length && end - at <= MAX_VALUE && !stops.includes(line[end]!)) end++;
  return end > at && end - at <= MAX_VALUE ? line.slice(at, end) : null;
}

/**
 * The value of the first JSON time key in the line, or null. Walks the line's quotes (a
 * one-character search is fast) and looks at the keys that start with `t` or `@` only; four
 * searches for keys a line does not have would each read the whole line.
 */
function jsonValue(line: string): string | null {
  for (let k = line.indexOf('"'); k >= 0; k = line.indexOf('"', k + 1)) {
    const c = line.charCodeAt(k + 1);
    if (c !== 0x74 && c !== 0x40) continue;
    const key = JSON_KEYS.find((candidate) => line.startsWith(candidate, k));
    if (key === undefined) continue;
    let i = k + key.length;
    while (isSpace(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) !== 0x3a) continue;
    i++;
    while (isSpace(line.charCodeAt(i))) i++;
    const value = valueAt(line, i, ',}] \t');
    if (value !== null) return value;
  }
  return null;
}

/** The value of the first logfmt time key that starts a field (`runtime=` is not `time=`), by the line's `=` signs. */
function logfmtValue(line: string): string | null {
  for (let eq = line.indexOf('='); eq >= 0; eq = line.indexOf('=', eq + 1)) {
    const key = LOGFMT_KEYS.find((candidate) => line.startsWith(candidate, eq + 1 - candidate.length));
    if (key === undefined) continue;
    const k = eq + 1 - key.length;
    const before = line.charCodeAt(k - 1);
    if (k > 0 && !isSpace(before) && before !== 0x2c) continue;
    const value = valueAt(line, eq + 1, ' \t",');
    if (value !== null) return value;
  }
  return null;
}

/** The time field of a JSON or logfmt line, or null. */
export function timeFieldOf(line: string): RecordTime | null {
  const json = line.includes('"') ? jsonValue(line) : null;
  if (json !== null) return timeOfValue(json);
  const logfmt = line.includes('=') ? logfmtValue(line) : null;
  return logfmt === null ? null : timeOfValue(logfmt);
}
