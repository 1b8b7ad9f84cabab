import { isValidParts, type TimestampParts } from './timestampParts';

/**
 * The timestamp forms a log line starts with. Each expression is sticky (`y`): it is tried at one
 * offset only, so looking for a record's time costs a few character comparisons, never a search
 * through the line.
 */

// ISO 8601 and its log variants: `T` or a space between date and time, `.` or `,` before the
// fraction, `-` or `/` in the date (Go's log package prints `2026/11/27 09:14:03`).
const DATE_TIME = /(\d{4})([-/])(\d{2})\2(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?(?![\w:])/y;

// BSD syslog (RFC 3164): `Nov 27 09:14:03`, the day padded with a space. No year.
const SYSLOG = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?![\w:])/y;

// klog (Kubernetes, glog): `I1127 09:14:03.112345`, severity letter then MMDD. No year.
const KLOG = /[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{1,9})(?![\w:])/y;

// What may come before the timestamp at the start of a record: `[`, a syslog priority
// (`<34>`), or an RFC 5424 header (`<34>1 `, followed by an ISO timestamp).
const PREFIX = /\[|<\d{1,3}>(?:1 )?/y;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `+0800`, `+08` and `+08:00` as `+08:00`; `Z` stays `Z`. Hours past 14 are no zone. */
function normalizeZone(zone: string | undefined): string | null | undefined {
  if (zone === undefined) return null;
  if (zone === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return `${zone[0]}${digits.slice(0, 2)}:${digits.length > 2 ? digits.slice(2, 4) : '00'}`;
}

function valid(p: TimestampParts): TimestampParts | null {
  return isValidParts(p) ? p : null;
}

/** An ISO-like date and time at exactly `at` in `text`, or null. */
export function dateTimeAt(text: string, at: number): TimestampParts | null {
  DATE_TIME.lastIndex = at;
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const zone = normalizeZone(m[9]);
  if (zone === undefined) return null;
  return valid({
    year: Number(m[1]),
    month: Number(m[3]),
    day: Number(m[4]),
    hour: Number(m[5]),
    minute: Number(m[6]),
    second: Number(m[7]),
    fraction: m[8] ?? '',
    zone,
  });
}

function syslogAt(text: string, at: number): TimestampParts | null {
  SYSLOG.lastIndex = at;
  const m = SYSLOG.exec(text);
  if (!m) return null;
  const fields = { month: MONTHS.indexOf(m[1]!) + 1, day: Number(m[2]!.trim()) };
  return valid({ year: null, ...fields, hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5]), fraction: m[6] ?? '', zone: null });
}

function klogAt(text: string, at: number): TimestampParts | null {
  KLOG.lastIndex = at;
  const m = KLOG.exec(text);
  if (!m) return null;
  return valid({ year: null, month: Number(m[1]), day: Number(m[2]), hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5]), fraction: m[6]!, zone: null });
}

/**
 * The timestamp that starts a log line, in any of the forms above, after an optional `[` or
 * syslog header; null when the line does not start with one.
 */
export function leadingTimestamp(line: string): TimestampParts | null {
  PREFIX.lastIndex = 0;
  const at = PREFIX.test(line) ? PREFIX.lastIndex : 0;
  const first = line.charCodeAt(at);
  // One character picks the one form that can match there.
  if (first >= 0x30 && first <= 0x39) return dateTimeAt(line, at);
  if (first === 0x49 || first === 0x57 || first === 0x45 || first === 0x46) {
    const k = klogAt(line, at);
    if (k) return k;
  }
  return syslogAt(line, at);
}
