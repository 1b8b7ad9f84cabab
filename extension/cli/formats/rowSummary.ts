import { triageSummary, type DocumentSummary } from '../../core';
import type { ScanRow } from './scanRow';

/** The core's triage summary (counts, times, RequestIds, timeline) of scanned rows. */
export function summaryOfRows(name: string, rows: readonly ScanRow[]): DocumentSummary {
  return triageSummary(
    name,
    rows.map((r) => ({ code: r.code, api: r.api, httpStatus: r.httpStatus, requestId: r.requestId, line: r.line - 1, time: r.time })),
  );
}
