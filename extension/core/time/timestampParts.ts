/**
 * A log timestamp taken apart, exactly as the log wrote it: the fraction keeps its digits and the
 * zone is kept only when the log gave one. Printing it back gives ISO 8601 without adding or
 * guessing anything (no zone where there was none, no year where there was none).
 */
export interface TimestampParts {
  /** Null for the forms that carry no year (syslog, klog). */
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The fraction of a second as written, without the separator: '' when none, '112', '112345'. */
  readonly fraction: string;
  /** 'Z', an offset in the extended form ('+08:00', '-05:30'), or null when the log gave none. */
  readonly zone: string | null;
}

/** The time of one log record: the ISO 8601 text to show, and a number to order and bucket by. */
export interface RecordTime {
  /** ISO 8601 as the log gave it: `2026-11-27T09:14:03.112`, `...Z`, `--11-27T09:14:03` (no year). */
  readonly iso: string;
  /**
   * Milliseconds on one axis for ordering and bucketing: the UTC instant when the log gave a zone
   * (or an epoch value); the wall clock read as if it were UTC when it gave none; for the forms
   * without a year, that wall clock in the leap year 2000 (so 29 February exists).
   */
  readonly at: number;
  /** The zone's offset from UTC in minutes, or null when the log gave none. */
  readonly offsetMinutes: number | null;
  /** True for syslog and klog times, which carry no year. */
  readonly yearless: boolean;
}

/** The year used on the time axis for the forms that carry none (a leap year, for 29 February). */
export const YEARLESS_AXIS_YEAR = 2000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 text of the parts: `YYYY-MM-DDThh:mm:ss[.f][zone]`, or `--MM-DDThh:mm:ss[.f]` without a year. */
export function printIso(p: TimestampParts): string {
  const date = p.year === null ? `--${pad(p.month)}-${pad(p.day)}` : `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const fraction = p.fraction === '' ? '' : `.${p.fraction}`;
  return `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${fraction}${p.zone ?? ''}`;
}

/** The zone's offset in minutes: 'Z' is 0, '+08:00' is 480; null for no zone. */
export function zoneOffsetMinutes(zone: string | null): number | null {
  if (zone === null) return null;
  if (zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/**
 * Whether the parts name a real date and time (30 February and 24:00 do not). Yearless parts are
 * checked in a leap year, since 29 February may be real in the year the log was written.
 */
export function isValidParts(p: TimestampParts): boolean {
  if (p.hour > 23 || p.minute > 59 || p.second > 59 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  return p.day <= daysInMonth(p.year ?? YEARLESS_AXIS_YEAR, p.month);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (a table: a Date per record costs more than the rest). */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}

/** The RecordTime of valid parts; `iso` when the caller already has their ISO text (printIso's). */
export function recordTimeOfParts(p: TimestampParts, iso?: string): RecordTime {
  const year = p.year ?? YEARLESS_AXIS_YEAR;
  // The first three digits of the fraction are the milliseconds (padded: `.5` is 500 ms).
  const millis = p.fraction === '' ? 0 : Number(p.fraction.slice(0, 3).padEnd(3, '0'));
  const wall = Date.UTC(year, p.month - 1, p.day, p.hour, p.minute, p.second, millis);
  // Date.UTC maps years 0..99 to 1900..1999; set the year again so every 4-digit year is itself.
  const fixed = year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
  const offsetMinutes = zoneOffsetMinutes(p.zone);
  return { iso: iso ?? printIso(p), at: fixed - (offsetMinutes ?? 0) * 60_000, offsetMinutes, yearless: p.year === null };
}

/**
 * The RecordTime of an epoch value in milliseconds: printed in UTC with `Z`, as the issue asks
 * (an epoch has no zone of its own, and UTC is its definition).
 */
export function recordTimeOfEpochMs(ms: number): RecordTime | null {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), at: date.getTime(), offsetMinutes: 0, yearless: false };
}
