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

/**
 * The summary built one occurrence at a time, for scans that never hold all their occurrences
 * (a log streamed in pieces): memory grows with the distinct codes, not with the occurrences.
 * Codes are copied (ownedString), so a code sliced from a piece does not keep that piece alive.
 */
export class SummaryBuilder {
  private readonly rows = new Map<string, { code: string; api: Occurrence['api']; count: number; firstLine: number; lastLine: number; statuses: Map<number | null, number> }>();
  private total = 0;

  /** Counts `o`, found on the 0-based `line`. */
  add(o: SummarizedFields, line: number): void {
    const key = `${o.api}\u0000${o.code}`;
    let acc = this.rows.get(key);
    if (!acc) {
      acc = { code: ownedString(o.code), api: o.api, count: 0, firstLine: line, lastLine: line, statuses: new Map() };
      this.rows.set(ownedString(key), acc);
    }
    this.total++;
    acc.count++;
    acc.firstLine = Math.min(acc.firstLine, line);
    acc.lastLine = Math.max(acc.lastLine, line);
    acc.statuses.set(o.httpStatus, (acc.statuses.get(o.httpStatus) ?? 0) + 1);
  }

  /** The summary so far, rows sorted by count (descending), then code. */
  build(uri: string): DocumentSummary {
    const result: SummaryRow[] = [...this.rows.values()].map((a) => ({
      code: a.code,
      api: a.api,
      httpStatus: mostFrequentStatus(a.statuses),
      count: a.count,
      firstLine: a.firstLine,
      lastLine: a.lastLine,
    }));
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
