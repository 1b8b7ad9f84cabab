import { lineContaining } from '../recognize/lineContaining';
import { scanRange } from '../recognize/scanText';
import type { Occurrence } from '../recognize/types';
import type { TextPiece } from './recordPieces';

/** Where an occurrence is in the whole input: 0-based lines, UTF-16 columns from the line start. */
export interface PiecePosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Scans one piece of an input cut between records (see lastRecordCutInBytes, RecordPieceCutter)
 * and calls `emit` for each occurrence, in order, with its position in the whole input. Returns
 * the number of line ends in the piece, so the caller knows the next piece's first line: lines
 * are walked once, for both. The occurrence's offsets are into `piece.text`: a consumer that
 * keeps its strings beyond the call should own them (ownedString), or it keeps the piece alive.
 */
export function forEachPieceOccurrence(piece: TextPiece, emit: (o: Occurrence, at: PiecePosition) => void): number {
  const text = piece.text;
  const starts = [0];
  let scanned = 0;
  // Finds line starts up to `offset` only: most of a piece holds no occurrence.
  const walk = (offset: number): void => {
    while (scanned < text.length && starts[starts.length - 1]! <= offset) {
      const nl = text.indexOf('\n', scanned);
      if (nl < 0) {
        scanned = text.length;
        return;
      }
      starts.push(nl + 1);
      scanned = nl + 1;
    }
  };
  const lineOf = (offset: number): number => {
    walk(offset);
    return lineContaining(starts, offset);
  };
  scanRange(text, 0, text.length, (o) => {
    const line = lineOf(o.start);
    const endLine = lineOf(o.end);
    emit(o, {
      line: piece.firstLine + line,
      column: o.start - starts[line]!,
      endLine: piece.firstLine + endLine,
      endColumn: o.end - starts[endLine]!,
    });
  });
  // The line ends after the last occurrence are only counted.
  let lines = starts.length - 1;
  for (let i = text.indexOf('\n', scanned); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
