import type { Timeline, TimelineBucket } from './timeline';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const pad = (n: number) => String(n).padStart(2, '0');

/** The bounds of a bucket as people read them, in the log's own clock. */
export interface BucketBounds {
  readonly from: string;
  readonly to: string;
}

function dayOf(at: number, offsetMinutes: number): number {
  return Math.floor((at + offsetMinutes * MINUTE) / DAY);
}

/**
 * A point of the time axis as text: `10:02` for minute buckets, `10:02:30` below a minute, a date
 * for day buckets, and the date before the time when the timeline spans more than one day.
 */
function formatAt(at: number, timeline: Timeline, withDate: boolean): string {
  const d = new Date(at + timeline.offsetMinutes * MINUTE);
  const date = timeline.yearless
    ? `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
    : `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (timeline.step >= DAY) return date;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${timeline.step < MINUTE ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return withDate ? `${date} ${time}` : time;
}

/** Whether the timeline's buckets fall on more than one calendar day of the log's clock. */
function spansDays(timeline: Timeline): boolean {
  const { buckets, offsetMinutes } = timeline;
  if (buckets.length === 0) return false;
  return dayOf(buckets[0]!.start, offsetMinutes) !== dayOf(buckets[buckets.length - 1]!.end - 1, offsetMinutes);
}

/**
 * The bounds of `bucket` as text. Time axis: `10:02` and `10:03` (with the date when the timeline
 * spans days). Line axis: the first and last 1-based line of the bucket.
 */
export function bucketBounds(timeline: Timeline, bucket: TimelineBucket): BucketBounds {
  if (timeline.axis === 'line') return { from: String(bucket.start + 1), to: String(bucket.end) };
  const withDate = spansDays(timeline);
  return { from: formatAt(bucket.start, timeline, withDate), to: formatAt(bucket.end, timeline, withDate) };
}

/** The counts of a bucket as `code: count` pairs, the most frequent code first, empty codes left out. */
export function bucketCounts(timeline: Timeline, bucket: TimelineBucket): { code: string; count: number }[] {
  const pairs = timeline.codes.map((code, i) => ({ code, count: bucket.counts[i] ?? 0 })).filter((p) => p.count > 0);
  return pairs.sort((a, b) => b.count - a.count);
}
