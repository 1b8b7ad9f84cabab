import { scanText } from '../core';
import type { StringPool } from '../core/recognize/ownedStrings';
import { ownedString } from '../core/recognize/ownedStrings';
import { timed, timedIterable } from './cliTimings';
import { fileRecordPieces, type ByteRange } from './fileRecordPieces';
import { LineCursor } from './lineCursor';
import type { ScanRow } from './scanRow';

/** The occurrences of one range of a file, with lines counted from the range's first line. */
export interface SegmentRows {
  readonly rows: ScanRow[];
  /** Line feeds in the range: what the lines of the ranges after it are shifted by. */
  readonly lineCount: number;
}

/**
 * Scans one piece of text and appends its occurrences with lines and columns from `lines`. The
 * rows' strings are copies (messages shared through `pool`): a slice would keep its whole piece
 * of the file alive, and rows outlive their pieces.
 */
export function scanPieceRows(text: string, lines: LineCursor, pool: StringPool, rows: ScanRow[]): void {
  lines.startPiece(text);
  for (const o of scanText(text)) {
    rows.push({
      line: lines.lineOf(o.start),
      column: lines.columnOf(o.start),
      code: o.code,
      api: o.api,
      httpStatus: o.httpStatus,
      requestId: o.requestId === null ? null : ownedString(o.requestId),
      message: o.message === null ? null : pool.get(o.message),
      operation: o.operation === null ? null : pool.get(o.operation),
    });
  }
}

/**
 * Scans bytes `range` of the open file `fd` (which must start and end between records) piece by
 * piece of `pieceBytes`; `onRead(bytes)` follows the reading. Lines are 1-based from the range's first line.
 */
export function scanSegment(fd: number, range: ByteRange, pool: StringPool, pieceBytes: number, onRead?: (bytes: number) => void): SegmentRows {
  const lines = new LineCursor();
  const rows: ScanRow[] = [];
  for (const piece of timedIterable('read', fileRecordPieces(fd, range, pieceBytes, onRead))) timed('scan', () => scanPieceRows(piece, lines, pool, rows));
  return { rows, lineCount: lines.linesCounted() };
}
