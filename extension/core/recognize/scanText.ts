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

/**
 * Scans `text` from `from` to `to` (record starts before `to` are scanned whole), calling `emit`
 * for each occurrence with offsets into `text`. Returns the offset after the last record parsed.
 */
export function scanRange(text: string, from: number, to: number, emit: (o: Occurrence) => void): number {
  let floor = from;
  forEachAnchor(text, from, to, (at) => {
    const record = recordAt(text, at, floor);
    for (const o of scanRecord(text.slice(record.start, record.end), record.start)) emit(o);
    const nl = text.indexOf('\n', record.end);
    // The next record starts on the line after this one, never inside it.
    floor = nl < 0 ? text.length : nl + 1;
    return floor;
  });
  return floor;
}
