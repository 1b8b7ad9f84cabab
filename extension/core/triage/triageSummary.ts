import { SummaryBuilder } from '../recognize/summarize';
import type { DocumentSummary, Occurrence } from '../recognize/types';
import { buildTimeline } from '../time/timeline';
import type { RecordTime } from '../time/timestampParts';

/** One occurrence with what the triage summary needs: where it is, what it is, when its record was. */
export interface TriagePoint {
  readonly code: string;
  readonly api: Occurrence['api'];
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  /** 0-based line. */
  readonly line: number;
  readonly time: RecordTime | null;
}

export { MAX_REQUEST_IDS } from '../recognize/summarize';

/**
 * The document summary with time: one row per (code, API surface) with its count, most frequent
 * HTTP status, first and last line, earliest and latest record time (ISO, as the log wrote them)
 * and its first distinct RequestIds; plus the timeline of all points. Rows are sorted by count,
 * then code. Cost: one pass over the points, then at most MAX_BUCKETS buckets.
 */
export function triageSummary(uri: string, points: readonly TriagePoint[]): DocumentSummary {
  const builder = new SummaryBuilder(true);
  for (const p of points) builder.add(p, p.line, p.time, p.requestId);
  const timeline = buildTimeline(
    points.map((p) => ({ code: p.code, at: p.time?.at ?? null, offsetMinutes: p.time?.offsetMinutes ?? null, yearless: p.time?.yearless ?? false, line: p.line })),
  );
  return { ...builder.build(uri), timeline };
}
