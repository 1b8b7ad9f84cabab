import { recordLinesAt } from '../recognize/lineRecords';
import { lineRole, lineStartOf, recordAt, roleOfLine } from '../recognize/records';
import type { LineSource } from '../recognize/types';
import { recordTime, recordTimeInText } from './recordTime';
import type { RecordTime } from './timestampParts';

/**
 * How many records up a time may be carried. Logback and log4j print an exception on the lines
 * after the timestamped one, and the record rules (records.ts) make `com.aliyun.tea.TeaException:`
 * a record of its own; it is the same event, so it takes the time of the record right above it.
 * The carry stops at a blank line and after this many records, so a time never leaks far.
 */
export const MAX_CARRY = 8;

/**
 * The time of a record, else of the closest record above it with no blank line between
 * (see MAX_CARRY). `previous` gives the record just above one, or null at a blank line or the top.
 */
export function carriedTime<R>(record: R, timeOf: (r: R) => RecordTime | null, previous: (r: R) => R | null): RecordTime | null {
  return timeOf(record) ?? timeFromRecordsAbove(record, timeOf, previous);
}

/** carriedTime for a record known to have no time of its own: the time of the closest record above. */
function timeFromRecordsAbove<R>(record: R, timeOf: (r: R) => RecordTime | null, previous: (r: R) => R | null): RecordTime | null {
  let current = previous(record);
  for (let hop = 1; current !== null && hop <= MAX_CARRY; hop++) {
    const time = timeOf(current);
    if (time) return time;
    current = previous(current);
  }
  return null;
}

interface TextRecord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The text above a piece, for a time carried across the cut: the piece before, or a function
 * that decodes it only when a record at the top of the piece has no time of its own.
 */
export type TextAbove = string | (() => string) | undefined;

/** The record just above `r` in its text, or, at the top of a piece, the last record of the text above it. */
function textRecordAbove(r: TextRecord, before: TextAbove): TextRecord | null {
  if (r.start > 0) {
    const above = lineStartOf(r.text, r.start - 1);
    if (lineRole(r.text, above) === 'blank') return null;
    const { start, end } = recordAt(r.text, above);
    return { text: r.text, start, end };
  }
  // Pieces are cut between records, so the piece before ends with a whole record (and a line
  // end); no piece before that one is looked at.
  const text = typeof before === 'function' ? before() : before;
  if (text === undefined || text === '') return null;
  return textRecordAbove({ text, start: text.length, end: text.length }, undefined);
}

/** The time of the record [recordStart, recordEnd) of `text`, carried from above when it has none. */
export function recordTimeOfText(text: string, recordStart: number, recordEnd: number): RecordTime | null {
  return recordTimeOfPiece(text, recordStart, recordEnd, undefined);
}

/**
 * recordTimeOfText for a text read in pieces cut between records (recordPiecesOfBytes,
 * anchoredPiecesOfBytes, whose `before` decodes the records above only when asked): a record
 * at the top of `text` without a time of its own takes it from the end of `before`, the piece
 * read just before, as it would in the whole text. So where a reader cuts its pieces never
 * changes a time (a carry spans at most MAX_CARRY records, well within one piece).
 */
export function recordTimeOfPiece(text: string, recordStart: number, recordEnd: number, before: TextAbove): RecordTime | null {
  // Most records have a time of their own: read it before building the carry's record and closures.
  const own = recordTimeInText(text, recordStart, recordEnd);
  if (own) return own;
  return timeFromRecordsAbove<TextRecord>(
    { text, start: recordStart, end: recordEnd },
    (r) => recordTimeInText(r.text, r.start, r.end),
    (r) => textRecordAbove(r, before),
  );
}

interface LineRecord {
  readonly startLine: number;
  readonly endLine: number;
}

/** The time a record on lines [startLine, endLine) of `source` gives itself, without carrying. */
export function ownTimeOfLines(source: LineSource, startLine: number, endLine: number): RecordTime | null {
  return recordTime((i) => (startLine + i < endLine ? source.lineAt(startLine + i) : undefined));
}

function recordAbove(source: LineSource, r: LineRecord): LineRecord | null {
  if (r.startLine <= 0 || roleOfLine(source.lineAt(r.startLine - 1)) === 'blank') return null;
  return recordLinesAt(source, r.startLine - 1);
}

/** The time of the record on lines [startLine, endLine) of `source`, carried from above when it has none. */
export function recordTimeOfLines(source: LineSource, startLine: number, endLine: number): RecordTime | null {
  return carriedTime<LineRecord>({ startLine, endLine }, (r) => ownTimeOfLines(source, r.startLine, r.endLine), (r) => recordAbove(source, r));
}

/** The time carried down to a record that starts at `startLine` and has none of its own. */
export function timeFromAbove(source: LineSource, startLine: number): RecordTime | null {
  const above = recordAbove(source, { startLine, endLine: startLine + 1 });
  return above ? recordTimeOfLines(source, above.startLine, above.endLine) : null;
}
