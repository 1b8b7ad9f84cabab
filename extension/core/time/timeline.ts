/**
 * Occurrences counted over time, in buckets sized for the span (a second to a week), or over
 * lines when the log has no times. Only these counts cross to the side bar: a 50 MB log's
 * summary carries at most MAX_BUCKETS buckets, never its occurrences.
 */

/** One occurrence as the timeline needs it. */
export interface TimelinePoint {
  readonly code: string;
  /** RecordTime.at, or null when its record has no time. */
  readonly at: number | null;
  /** The zone offset of its record's time, to print bucket bounds in the log's own clock. */
  readonly offsetMinutes: number | null;
  readonly yearless: boolean;
  /** 0-based line of the occurrence. */
  readonly line: number;
}

/** One bucket: [start, end) on the axis, a count per code (aligned with Timeline.codes). */
export interface TimelineBucket {
  readonly start: number;
  readonly end: number;
  readonly counts: readonly number[];
  /** 0-based line of the bucket's first occurrence in the document, or -1 for an empty bucket. */
  readonly firstLine: number;
}

/**
 * The timeline of a document. `axis` 'time': start/end are RecordTime.at milliseconds; 'line':
 * start/end are 0-based lines. `codes` are ordered by total count, most frequent first.
 */
export interface Timeline {
  readonly axis: 'time' | 'line';
  /** Bucket width: milliseconds or lines. */
  readonly step: number;
  readonly codes: readonly string[];
  readonly buckets: readonly TimelineBucket[];
  /** Offset (minutes) of the log's clock, for printing bounds; 0 when it gave no zone. */
  readonly offsetMinutes: number;
  /** The times carry no year (syslog, klog): bounds are printed without one. */
  readonly yearless: boolean;
  /** Occurrences left out of a time axis because their record has no time. */
  readonly untimed: number;
}

/** At most this many buckets: enough to see a burst, few enough to stay readable in a side bar. */
export const MAX_BUCKETS = 60;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Bucket widths people read at a glance: a bound like 10:02 or 10:15, never 10:07:13. */
export const TIME_STEPS: readonly number[] = [
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY,
];

/** The smallest step of `steps` (or a multiple of the last) that covers [min, max] in `maxBuckets`. */
function stepFor(min: number, max: number, steps: readonly number[], maxBuckets: number): number {
  for (const step of steps) {
    if (Math.floor(max / step) - Math.floor(min / step) + 1 <= maxBuckets) return step;
  }
  const last = steps[steps.length - 1]!;
  return last * Math.ceil((max - min + 1) / (last * (maxBuckets - 1)));
}

/** 1, 2, 5, 10, 20, 50... lines. */
function lineSteps(span: number): number[] {
  const steps: number[] = [];
  for (let base = 1; base <= Math.max(1, span); base *= 10) steps.push(base, 2 * base, 5 * base);
  return steps;
}

/**
 * Buckets the points. A time axis when at least half of them have a time (the others are
 * counted in `untimed`), otherwise a line axis over all of them. Empty buckets are kept, so
 * a quiet hour shows as a gap.
 */
export function buildTimeline(points: readonly TimelinePoint[], maxBuckets = MAX_BUCKETS): Timeline {
  const timed = points.filter((p) => p.at !== null);
  const byTime = timed.length > 0 && timed.length * 2 >= points.length;
  const used = byTime ? timed : points;
  const value = byTime ? (p: TimelinePoint) => p.at! : (p: TimelinePoint) => p.line;
  const totals = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const p of used) {
    totals.set(p.code, (totals.get(p.code) ?? 0) + 1);
    const v = value(p);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const codes = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const zoned = timed.find((p) => p.offsetMinutes !== null);
  const base = { codes, offsetMinutes: zoned?.offsetMinutes ?? 0, yearless: timed.some((p) => p.yearless), untimed: byTime ? points.length - timed.length : 0 };
  if (used.length === 0) return { axis: 'line', step: 1, buckets: [], ...base };
  // Buckets align to the log's own clock (a bound at 10:00 local, not 10:00 UTC).
  const shift = byTime ? base.offsetMinutes * MINUTE : 0;
  const step = stepFor(min + shift, max + shift, byTime ? TIME_STEPS : lineSteps(max - min), maxBuckets);
  const first = Math.floor((min + shift) / step);
  const count = Math.floor((max + shift) / step) - first + 1;
  const index = new Map(codes.map((c, i) => [c, i]));
  const counts = Array.from({ length: count }, () => new Array<number>(codes.length).fill(0));
  const firstLines = new Array<number>(count).fill(-1);
  for (const p of used) {
    const b = Math.floor((value(p) + shift) / step) - first;
    counts[b]![index.get(p.code)!]!++;
    if (firstLines[b] === -1 || p.line < firstLines[b]!) firstLines[b] = p.line;
  }
  const buckets = counts.map((c, i) => ({ start: (first + i) * step - shift, end: (first + i + 1) * step - shift, counts: c, firstLine: firstLines[i]! }));
  return { axis: byTime ? 'time' : 'line', step, buckets, ...base };
}
