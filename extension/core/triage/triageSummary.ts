import { bySummaryOrder, mostFrequentStatus } from '../recognize/summarize';
import type { DocumentSummary, Occurrence, SummaryRow } from '../recognize/types';
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

/** RequestIds kept per code: enough for a support ticket, few enough to paste. */
export const MAX_REQUEST_IDS = 5;

interface Acc {
  readonly code: string;
  readonly api: Occurrence['api'];
  count: number;
  firstLine: number;
  lastLine: number;
  first: RecordTime | null;
  last: RecordTime | null;
  readonly statuses: Map<number | null, number>;
  readonly requestIds: string[];
}

/**
 * The document summary with time: one row per (code, API surface) with its count, most frequent
 * HTTP status, first and last line, earliest and latest record time (ISO, as the log wrote them)
 * and its first distinct RequestIds; plus the timeline of all points. Rows are sorted by count,
 * then code. Cost: one pass over the points, then at most MAX_BUCKETS buckets.
 */
export function triageSummary(uri: string, points: readonly TriagePoint[]): DocumentSummary {
  const rows = new Map<string, Acc>();
  for (const p of points) {
    const key = `${p.api}\u0000${p.code}`;
    let acc = rows.get(key);
    if (!acc) {
      acc = { code: p.code, api: p.api, count: 0, firstLine: p.line, lastLine: p.line, first: null, last: null, statuses: new Map(), requestIds: [] };
      rows.set(key, acc);
    }
    acc.count++;
    if (p.line < acc.firstLine) acc.firstLine = p.line;
    if (p.line > acc.lastLine) acc.lastLine = p.line;
    acc.statuses.set(p.httpStatus, (acc.statuses.get(p.httpStatus) ?? 0) + 1);
    if (p.time) {
      if (!acc.first || p.time.at < acc.first.at) acc.first = p.time;
      if (!acc.last || p.time.at > acc.last.at) acc.last = p.time;
    }
    if (p.requestId && acc.requestIds.length < MAX_REQUEST_IDS && !acc.requestIds.includes(p.requestId)) acc.requestIds.push(p.requestId);
  }
  const result: SummaryRow[] = [...rows.values()].map((a) => ({
    code: a.code,
    api: a.api,
    httpStatus: mostFrequentStatus(a.statuses),
    count: a.count,
    firstLine: a.firstLine,
    lastLine: a.lastLine,
    firstTime: a.first?.iso ?? null,
    lastTime: a.last?.iso ?? null,
    requestIds: a.requestIds,
  }));
  result.sort(bySummaryOrder);
  const timeline = buildTimeline(
    points.map((p) => ({ code: p.code, at: p.time?.at ?? null, offsetMinutes: p.time?.offsetMinutes ?? null, yearless: p.time?.yearless ?? false, line: p.line })),
  );
  return { uri, total: points.length, rows: result, timeline };
}
