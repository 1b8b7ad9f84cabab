import { dateTimeAt } from './leadingTimestamp';
import { recordTimeOfEpochMs, recordTimeOfParts, type RecordTime } from './timestampParts';

/**
 * The time field of a structured record: JSON (`"ts"`, `"time"`, `"timestamp"`, `"@timestamp"`)
 * and logfmt (`time=`, `ts=`, `timestamp=`). The value is an ISO-like string or an epoch number
 * in seconds, milliseconds, microseconds or nanoseconds (told apart by size).
 */

const JSON_FIELD = /"(?:@timestamp|timestamp|time|ts)"\s*:\s*(?:"([^"\\]{1,64})"|(\d{1,20}(?:\.\d{1,9})?)(?![\w.]))/;
const LOGFMT_FIELD = /(?:^|[\s,])(?:time|ts|timestamp)=(?:"([^"\\]{1,64})"|([^\s",]{1,64}))/;
const EPOCH = /^\d{1,20}(?:\.\d{1,9})?$/;

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
  if (EPOCH.test(value)) {
    const ms = epochMillis(Number(value));
    return ms === null ? null : recordTimeOfEpochMs(ms);
  }
  const parts = dateTimeAt(value, 0);
  return parts ? recordTimeOfParts(parts) : null;
}

/** The time field of a JSON or logfmt line, or null. Only a line that has `time`/`ts` in it is searched. */
export function timeFieldOf(line: string): RecordTime | null {
  // Cheap pre-checks keep plain text lines from running the expressions.
  const quoted = line.indexOf('"');
  if (quoted >= 0 && (line.includes('time') || line.includes('"ts"'))) {
    const m = JSON_FIELD.exec(line);
    if (m) return timeOfValue(m[1] ?? m[2]!);
  }
  if (line.includes('=')) {
    const m = LOGFMT_FIELD.exec(line);
    if (m) return timeOfValue(m[1] ?? m[2]!);
  }
  return null;
}
