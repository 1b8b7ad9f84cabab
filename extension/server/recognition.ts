import type { IndexedRecord } from '../core/recognize/documentIndex';
import type { DocumentSummary, LineSource, Occurrence } from '../core/recognize/types';

/**
 * What the server asks of recognition (core/recognize), as one seam: the wiring is written and
 * tested against this, and recognizeAdapter.ts binds it to the core's functions.
 */
export interface Recognition {
  /**
   * An index of every occurrence in a document, kept current by `applyChange`. A `lazy` one has
   * scanned nothing yet: `scanOn` indexes it from the start (see OccurrenceIndex.complete).
   */
  createIndex(source: LineSource, options?: { readonly lazy?: boolean }): OccurrenceIndex;
  /** Occurrences whose record touches `line`, reading only that line's neighbourhood. */
  occurrencesNearLine(source: LineSource, line: number): readonly Occurrence[];
  /** The summary with times and timeline, from the index's records (core/triage). */
  summarize(uri: string, records: readonly IndexedRecord[], source: LineSource): DocumentSummary;
  /** Does the summary's per-record work ahead of a request (record times), when the server is idle. */
  prepareSummary?(records: readonly IndexedRecord[], source: LineSource): void;
}

/** The occurrences of one document, updated line range by line range as it is edited. */
export interface OccurrenceIndex {
  /** Whether every line is indexed. A lazy index is not until `scanOn` reaches the end. */
  readonly complete: boolean;
  /**
   * Indexes on until at least `occurrences` occurrences are indexed, about `chars` more
   * characters are scanned, or the document ends (no limit: to the end). Returns `complete`.
   */
  scanOn(limit: { readonly occurrences?: number; readonly chars?: number }): boolean;
  /** Every occurrence, in document order (a lazy index is completed first). */
  all(): readonly Occurrence[];
  /**
   * The same occurrences grouped by record, positioned by line relative to their record, as far
   * as indexed: an edit leaves the occurrences array of every record it did not rescan as it was.
   */
  records(): readonly IndexedRecord[];
  /**
   * Lines `startLine..endLine` (inclusive, old numbering) were replaced by `newLineCount` lines;
   * the source already holds the new text. Only the records around them are scanned again.
   * The index must be complete before the source changes (a lazy one is indexed anew otherwise).
   */
  applyChange(startLine: number, endLine: number, newLineCount: number): void;
}
