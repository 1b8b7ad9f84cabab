import type { DocumentSummary, Occurrence, SummaryRow } from './types';
import { lineContaining } from './lineContaining';
import { ownedString } from './ownedStrings';

/**
 * The per-document summary: one row per (code, API surface), with how often it occurs, its most
 * frequent HTTP status and its first and last line. Rows are sorted by count (descending), then
 * code. `lineOf` turns an offset into a 0-based line (the document's own line index).
 */
export function summarize(uri: string, occurrences: readonly Occurrence[], lineOf: (offset: number) => number): DocumentSummary {
  const builder = new SummaryBuilder();
  for (const o of occurrences) builder.add(o, lineOf(o.start));
  return builder.build(uri);
}

/** What a summary needs of one occurrence. */
export type SummarizedFields = Pick<Occurrence, 'code' | 'api' | 'httpStatus'>;

/** What a row needs of a record's time (core/time's RecordTime): the instant, and the text to show. */
export interface SummarizedTime {
  readonly at: number;
  readonly iso: string;
}

/** RequestIds kept per code: enough for a support ticket, few enough to paste. */
export const MAX_REQUEST_IDS = 5;

interface RowAcc {
  readonly code: string;
  readonly api: Occurrence['api'];
  count: number;
  firstLine: number;
  lastLine: number;
  first: SummarizedTime | null;
  last: SummarizedTime | null;
  readonly statuses: Map<number | null, number>;
  readonly requestIds: string[];
}

/**
 * The summary built one occurrence at a time, for scans that never hold all their occurrences
 * (a log streamed in pieces): memory grows with the distinct codes, not with the occurrences.
 * Strings are copied (ownedString), so a code sliced from a piece does not keep that piece alive.
 * `withTimes` (the triage summary): each row also carries its earliest and latest record time and
 * its first MAX_REQUEST_IDS distinct RequestIds, from what `add` is given.
 */
export class SummaryBuilder {
  private readonly rows = new Map<string, RowAcc>();
  private total = 0;

  constructor(private readonly withTimes = false) {}

  /** Counts `o`, found on the 0-based `line`, in a record of `time` that names `requestId`. */
  add(o: SummarizedFields, line: number, time: SummarizedTime | null = null, requestId: string | null = null): void {
    const key = `${o.api}\u0000${o.code}`;
    let acc = this.rows.get(key);
    if (!acc) {
      acc = { code: ownedString(o.code), api: o.api, count: 0, firstLine: line, lastLine: line, first: null, last: null, statuses: new Map(), requestIds: [] };
      this.rows.set(ownedString(key), acc);
    }
    this.total++;
    acc.count++;
    if (line < acc.firstLine) acc.firstLine = line;
    if (line > acc.lastLine) acc.lastLine = line;
    acc.statuses.set(o.httpStatus, (acc.statuses.get(o.httpStatus) ?? 0) + 1);
    if (time) {
      if (!acc.first || time.at < acc.first.at) acc.first = time;
      if (!acc.last || time.at > acc.last.at) acc.last = time;
    }
    if (requestId && acc.requestIds.length < MAX_REQUEST_IDS && !acc.requestIds.includes(requestId)) acc.requestIds.push(ownedString(requestId));
  }

  /** The summary so far, rows in bySummaryOrder. */
  build(uri: string): DocumentSummary {
    const result: SummaryRow[] = [...this.rows.values()].map((a) => {
      const row: SummaryRow = { code: a.code, api: a.api, httpStatus: mostFrequentStatus(a.statuses), count: a.count, firstLine: a.firstLine, lastLine: a.lastLine };
      return this.withTimes ? { ...row, firstTime: a.first?.iso ?? null, lastTime: a.last?.iso ?? null, requestIds: a.requestIds } : row;
    });
    result.sort(bySummaryOrder);
    return { uri, total: this.total, rows: result };
  }
}

/** The order of summary rows everywhere: by count (descending), then code, then API surface. */
export function bySummaryOrder(a: SummaryRow, b: SummaryRow): number {
  return b.count - a.count || a.code.localeCompare(b.code) || a.api.localeCompare(b.api);
}

/** The status seen most often among a code's occurrences; a known status beats `null` at equal counts. */
export function mostFrequentStatus(statuses: ReadonlyMap<number | null, number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [status, count] of statuses) {
    // A known status beats "unknown" at equal counts.
    if (count > bestCount || (count === bestCount && best === null)) {
      best = status;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A `lineOf` for a whole text: binary search over its line starts (built once, O(n)).
 */
export function lineIndexOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => lineContaining(starts, offset);
}
