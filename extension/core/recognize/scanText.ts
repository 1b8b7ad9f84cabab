import { forEachAnchor } from './anchors';
import { recordAt } from './records';
import { scanRecord } from './scanRecord';
import type { Occurrence } from './types';

/**
 * Every KMS error in `text`, in order, each with the context of its own log record.
 * Cheap anchors are searched first; only records that contain one are parsed, so lines without
 * a hit cost one search pass and no allocation.
 */
export function scanText(text: string): Occurrence[] {
  const out: Occurrence[] = [];
  scanRange(text, 0, text.length, (o) => out.push(o));
  return out;
}

// Records are parsed in batches of this many, after their bounds are found: the anchor search and
// the record parser each run many times in a row, with their code and data still in the CPU's
// caches, instead of alternating at every record (record bounds never depend on the parse).
const BATCH = 64;

/**
 * Scans `text` from `from` to `to` (record starts before `to` are scanned whole), calling `emit`
 * for each occurrence with offsets into `text`, in order. Returns the offset after the last record
 * parsed.
 */
export function scanRange(text: string, from: number, to: number, emit: (o: Occurrence) => void): number {
  let floor = from;
  // Start and end offsets of the records found and not yet parsed.
  const pending: number[] = [];
  const parsePending = (): void => {
    for (let i = 0; i < pending.length; i += 2) {
      const start = pending[i]!;
      for (const o of scanRecord(text.slice(start, pending[i + 1]!), start)) emit(o);
    }
    pending.length = 0;
  };
  forEachAnchor(text, from, to, (at) => {
    const record = recordAt(text, at, floor);
    pending.push(record.start, record.end);
    if (pending.length >= 2 * BATCH) parsePending();
    const nl = text.indexOf('\n', record.end);
    // The next record starts on the line after this one, never inside it.
    floor = nl < 0 ? text.length : nl + 1;
    return floor;
  });
  parsePending();
  return floor;
}
