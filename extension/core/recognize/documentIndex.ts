import { joinLines, recordLinesAt, type LineRange } from './lineRecords';
import { scanRange } from './scanText';
import type { LineSource, Occurrence } from './types';

/** An occurrence located by line and character, so line shifts need no text. */
interface LocatedOccurrence {
  readonly fields: Omit<Occurrence, 'start' | 'end' | 'recordStart' | 'recordEnd'>;
  line: number;
  readonly character: number;
  endLine: number;
  readonly endCharacter: number;
}

/** A record that holds occurrences, by lines [startLine, endLine). */
interface IndexedRecord {
  startLine: number;
  endLine: number;
  readonly occurrences: LocatedOccurrence[];
}

/**
 * The occurrences of one open document, kept up to date by rescanning only the records an edit
 * touches. Records hold lines, not offsets, so records after an edit are shifted by the change in
 * line count without reading their text.
 */
export class DocumentIndex {
  private records: IndexedRecord[] = [];

  /** Scans the whole `source` once. */
  constructor(private readonly source: LineSource) {
    this.records = this.scanLines({ startLine: 0, endLine: source.lineCount });
  }

  /**
   * Call after the source changed: lines [startLine, endLine) of the previous version were
   * replaced by `newLineCount` lines. Rescans the records around the change and shifts the rest.
   */
  applyChange(startLine: number, endLine: number, newLineCount: number): void {
    const delta = newLineCount - (endLine - startLine);
    const count = this.source.lineCount;
    if (count === 0) {
      this.records = [];
      return;
    }
    // The region to rescan, in new line numbers: from the start of the record just above the
    // change (the change may extend it) to the end of the record just below (it may now join).
    let lo = startLine > 0 ? recordLinesAt(this.source, Math.min(startLine - 1, count - 1)).startLine : 0;
    const below = startLine + newLineCount;
    let hi = below < count ? recordLinesAt(this.source, below).endLine : count;
    hi = Math.max(hi, Math.min(below, count));
    // Old records that meet the region go too; widen the region to cover them whole.
    let changed = true;
    while (changed) {
      changed = false;
      for (const r of this.records) {
        const s = r.startLine >= endLine ? r.startLine + delta : Math.min(r.startLine, startLine);
        const e = r.endLine > endLine ? r.endLine + delta : Math.min(r.endLine, below);
        if (s < hi && e > lo) {
          if (s < lo || e > hi) changed = true;
          lo = Math.min(lo, s);
          hi = Math.max(hi, e);
        }
      }
    }
    const kept: IndexedRecord[] = [];
    const after: IndexedRecord[] = [];
    for (const r of this.records) {
      const s = r.startLine >= endLine ? r.startLine + delta : r.startLine;
      if (r.startLine < startLine && r.endLine <= lo) kept.push(r);
      else if (s >= hi && r.startLine >= endLine) after.push(shift(r, delta));
    }
    this.records = [...kept, ...this.scanLines({ startLine: lo, endLine: Math.min(hi, count) }), ...after];
  }

  /** Every occurrence, with offsets of the current document. */
  occurrences(): Occurrence[] {
    const out: Occurrence[] = [];
    for (const r of this.records) {
      const recordStart = this.source.offsetAt(r.startLine);
      const last = r.endLine - 1;
      const recordEnd = this.source.offsetAt(last) + this.source.lineAt(last).length;
      for (const o of r.occurrences) {
        out.push({
          ...o.fields,
          start: this.source.offsetAt(o.line) + o.character,
          end: this.source.offsetAt(o.endLine) + o.endCharacter,
          recordStart,
          recordEnd,
        });
      }
    }
    return out;
  }

  /** Scans lines [startLine, endLine), which must begin and end on record boundaries. */
  private scanLines(range: LineRange): IndexedRecord[] {
    if (range.endLine <= range.startLine) return [];
    const { text, lineStarts } = joinLines(this.source, range);
    const lineOf = (offset: number): number => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const records: IndexedRecord[] = [];
    scanRange(text, 0, text.length, (o) => {
      const startLine = range.startLine + lineOf(o.recordStart);
      let record = records[records.length - 1];
      if (!record || record.startLine !== startLine) {
        record = { startLine, endLine: range.startLine + lineOf(o.recordEnd) + 1, occurrences: [] };
        records.push(record);
      }
      const l = lineOf(o.start);
      const el = lineOf(o.end);
      const { start: _s, end: _e, recordStart: _rs, recordEnd: _re, ...fields } = o;
      record.occurrences.push({
        fields,
        line: range.startLine + l,
        character: o.start - lineStarts[l]!,
        endLine: range.startLine + el,
        endCharacter: o.end - lineStarts[el]!,
      });
    });
    return records;
  }
}

function shift(r: IndexedRecord, delta: number): IndexedRecord {
  if (delta === 0) return r;
  r.startLine += delta;
  r.endLine += delta;
  for (const o of r.occurrences) {
    o.line += delta;
    o.endLine += delta;
  }
  return r;
}
