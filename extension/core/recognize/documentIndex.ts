import { joinedLinesOf, recordLinesAt, type JoinedLineSource, type LineRange } from './lineRecords';
import { ownedFields, StringPool, type OccurrenceFields } from './ownedStrings';
import { roleOfLineIn } from './records';
import { scanRange } from './scanText';
import type { LineSource, Occurrence } from './types';
import { lineContaining } from './lineContaining';

export type { OccurrenceFields } from './ownedStrings';

/** An occurrence located relative to its record's first line, so edits above it change nothing in it. */
export interface RecordOccurrence {
  readonly fields: OccurrenceFields;
  /** Lines counted from the record's first line; characters from the start of that line. */
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/**
 * A record that holds occurrences: lines [startLine, endLine) of the current document. When an
 * edit above it shifts it, the index makes a new record around the same `occurrences` array, so
 * that array's identity names "these occurrences, unchanged" (consumers may cache by it).
 */
export interface IndexedRecord {
  readonly startLine: number;
  readonly endLine: number;
  readonly occurrences: readonly RecordOccurrence[];
}

/**
 * Characters scanned at once when a large range is scanned. Below V8's largest regular object
 * (128 KB), so a batch joined from lines, or from two chunks of an editor's document, is a young
 * object the scavenger frees at once instead of a mapping of its own (1 MB batches measured some
 * 130 ms of a 50 MB document's indexing in copies and page faults).
 */
const BATCH_CHARS = 60 * 1024;

/**
 * The occurrences of one open document, kept up to date by rescanning only the records an edit
 * touches. Records hold lines, and occurrences hold lines relative to their record, so records
 * after an edit are shifted by the change in line count without reading their text or touching
 * their occurrences.
 */
export class DocumentIndex {
  private list: IndexedRecord[] = [];
  private readonly pool = new StringPool();
  /** Lines [0, scannedTo) are indexed; the rest is scanned by `scanOn`. */
  private scannedTo = 0;
  /** Whether the scan reached the document's end (changes then keep the index whole). */
  private done = false;
  private found = 0;

  /**
   * Scans the whole `source` once, a batch of records at a time; with `lazy`, scans nothing yet:
   * `scanOn` then indexes the document from its start, a batch at a time, so the first
   * occurrences (a first publication of diagnostics) are known long before the last.
   */
  constructor(
    private readonly source: JoinedLineSource,
    options: { readonly lazy?: boolean } = {},
  ) {
    if (!options.lazy) this.scanOn({});
  }

  /** Whether every line of the source is indexed (always, once an index is not lazy or has scanned to the end). */
  get complete(): boolean {
    return this.done;
  }

  /** Occurrences indexed so far. */
  get occurrenceCount(): number {
    return this.found;
  }

  /**
   * Indexes on from where the scan stopped, batch by batch, until at least `occurrences`
   * occurrences are indexed, or about `chars` more characters are scanned, or the document
   * ends (no limit: to the end). Returns whether the index is complete.
   */
  scanOn(limit: { readonly occurrences?: number; readonly chars?: number }): boolean {
    const end = this.source.lineCount;
    let chars = 0;
    while (this.scannedTo < end) {
      if (limit.occurrences !== undefined && this.found >= limit.occurrences) break;
      if (limit.chars !== undefined && chars >= limit.chars) break;
      const to = this.batchEnd(this.scannedTo, end);
      chars += (to < end ? this.source.offsetAt(to) : Infinity) - this.source.offsetAt(this.scannedTo);
      this.scanBatch({ startLine: this.scannedTo, endLine: to }, this.list);
      this.scannedTo = to;
    }
    this.done = this.scannedTo >= end;
    return this.done;
  }

  /**
   * Call after the source changed: lines [startLine, endLine) of the previous version were
   * replaced by `newLineCount` lines. Rescans the records around the change and shifts the rest.
   */
  applyChange(startLine: number, endLine: number, newLineCount: number): void {
    const count = this.source.lineCount;
    if (!this.done) {
      // Changes are meant for a complete index (callers finish a lazy one first); this one indexes anew.
      this.list = [];
      this.found = 0;
      this.scannedTo = 0;
      this.scanOn({});
      return;
    }
    this.scannedTo = count;
    const delta = newLineCount - (endLine - startLine);
    if (count === 0) {
      this.list = [];
      this.found = 0;
      return;
    }
    // The region to rescan, in new line numbers: from the start of the record just above the
    // change (the change may extend it) to the end of the record just below (it may now join).
    let lo = startLine > 0 ? recordLinesAt(this.source, Math.min(startLine - 1, count - 1)).startLine : 0;
    const below = startLine + newLineCount;
    let hi = below < count ? recordLinesAt(this.source, below).endLine : count;
    hi = Math.max(hi, Math.min(below, count));
    // Old records mapped to new line numbers; both ends map monotonically, so the records that
    // meet the region are one run, found by binary search on the mapped end.
    const newStart = (r: IndexedRecord) => (r.startLine >= endLine ? r.startLine + delta : Math.min(r.startLine, startLine));
    const newEnd = (r: IndexedRecord) => (r.endLine > endLine ? r.endLine + delta : Math.min(r.endLine, below));
    const records = this.list;
    let first = 0;
    let high = records.length;
    while (first < high) {
      const mid = (first + high) >> 1;
      if (newEnd(records[mid]!) > lo) high = mid;
      else first = mid + 1;
    }
    // Widen the region to cover the records it meets whole.
    let next = first;
    for (; next < records.length; next++) {
      const r = records[next]!;
      const s = newStart(r);
      if (s >= hi) break;
      lo = Math.min(lo, s);
      hi = Math.max(hi, newEnd(r));
    }
    // Records that began inside the replaced lines are gone even when they map past the region.
    while (next < records.length && records[next]!.startLine < endLine) next++;
    // Records wholly inside the replaced lines map to an empty range at `startLine`: gone too.
    let kept = first;
    while (kept > 0 && records[kept - 1]!.startLine >= startLine) kept--;
    const out: IndexedRecord[] = records.slice(0, kept);
    for (let i = kept; i < next; i++) this.found -= records[i]!.occurrences.length;
    for (const r of this.scanLines({ startLine: lo, endLine: Math.min(hi, count) })) out.push(r);
    for (let i = next; i < records.length; i++) {
      const r = records[i]!;
      out.push(delta === 0 ? r : { startLine: r.startLine + delta, endLine: r.endLine + delta, occurrences: r.occurrences });
    }
    this.list = out;
  }

  /**
   * The records that hold occurrences, in document order, as far as indexed (see `complete`):
   * the array grows while a lazy index scans on, and the next change replaces it.
   */
  records(): readonly IndexedRecord[] {
    return this.list;
  }

  /** Every occurrence, with offsets of the current document. */
  occurrences(): Occurrence[] {
    const out: Occurrence[] = [];
    for (const r of this.list) for (const o of r.occurrences) out.push(occurrenceOf(this.source, r, o));
    return out;
  }

  /**
   * Scans lines [startLine, endLine), which must begin and end on record boundaries, in batches
   * of about BATCH_CHARS cut before a line that cannot continue a record (so no record is cut).
   */
  private scanLines(range: LineRange): IndexedRecord[] {
    const out: IndexedRecord[] = [];
    for (let from = range.startLine; from < range.endLine; ) {
      const to = this.batchEnd(from, range.endLine);
      this.scanBatch({ startLine: from, endLine: to }, out);
      from = to;
    }
    return out;
  }

  /**
   * Where a batch from line `from` ends: the first line at least BATCH_CHARS after it (found by
   * offsets, without reading lines), moved on past the continuation lines of its record.
   */
  private batchEnd(from: number, end: number): number {
    const target = this.source.offsetAt(from) + BATCH_CHARS;
    let lo = from + 1;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.source.offsetAt(mid) >= target) hi = mid;
      else lo = mid + 1;
    }
    let to = lo;
    while (to < end && roleOfLineIn(this.source, to) === 'continues') to++;
    return to;
  }

  private scanBatch(range: LineRange, out: IndexedRecord[]): void {
    const { text, lineStarts } = joinedLinesOf(this.source, range);
    const lineOf = (offset: number): number => lineContaining(lineStarts, offset);
    let current: { startLine: number; endLine: number; first: number; occurrences: RecordOccurrence[] } | undefined;
    const flush = () => {
      if (current) out.push({ startLine: range.startLine + current.first, endLine: current.endLine, occurrences: current.occurrences });
    };
    scanRange(text, 0, text.length, (o) => {
      const first = lineOf(o.recordStart);
      if (!current || current.first !== first) {
        flush();
        current = { startLine: range.startLine + first, endLine: range.startLine + lineOf(o.recordEnd) + 1, first, occurrences: [] };
      }
      const l = lineOf(o.start);
      const el = lineOf(o.end);
      this.found++;
      current.occurrences.push({
        fields: ownedFields(o, this.pool),
        line: l - first,
        character: o.start - lineStarts[l]!,
        endLine: el - first,
        endCharacter: o.end - lineStarts[el]!,
      });
    });
    flush();
  }
}

/** The occurrence `o` of `record`, with offsets of `source`'s current text. */
export function occurrenceOf(source: LineSource, record: IndexedRecord, o: RecordOccurrence): Occurrence {
  const last = record.endLine - 1;
  return {
    ...o.fields,
    start: source.offsetAt(record.startLine + o.line) + o.character,
    end: source.offsetAt(record.startLine + o.endLine) + o.endCharacter,
    recordStart: source.offsetAt(record.startLine),
    recordEnd: source.offsetAt(last) + source.lineAt(last).length,
  };
}
