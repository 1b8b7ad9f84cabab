import type { Lang } from '../../extension/core/catalog/types';
import { bucketBounds, bucketCounts } from '../../extension/core/time/timelineLabels';
import type { Timeline, TimelineBucket } from '../../extension/core/time/timeline';
import { t } from '../strings';

/** How many codes get a colour of their own; the rest are stacked as one "other codes" series. */
export const SERIES_COLOURS = 6;

/** A code as the page names it (the code-less 413 row has none). */
export function codeName(code: string, lang: Lang): string {
  return code === '' ? t(lang, 'noCode') : code;
}

/**
 * A bucket's accessible label and tooltip: `Rejected.Throttling: 340 between 10:02 and 10:03`,
 * every code of the bucket with its count, most frequent first.
 */
export function bucketLabel(timeline: Timeline, bucket: TimelineBucket, lang: Lang): string {
  const counts = bucketCounts(timeline, bucket)
    .map((c) => `${codeName(c.code, lang)}: ${c.count}`)
    .join(t(lang, 'countSeparator'));
  const { from, to } = bucketBounds(timeline, bucket);
  return t(lang, timeline.axis === 'time' ? 'bucketBetween' : 'bucketLines', counts, from, to);
}

/** The series (colour class index) of each code: its rank, or SERIES_COLOURS for "other". */
export function seriesOf(timeline: Timeline): number[] {
  return timeline.codes.map((_, i) => Math.min(i, SERIES_COLOURS));
}
