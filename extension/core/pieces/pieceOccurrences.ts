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
 * Scans one piece (see RecordPieceCutter) and calls `emit` for each occurrence, in order, with
 * its position in the whole input. The occurrence's offsets are into `piece.text`: a consumer that
 * keeps strings from it beyond the call should own them (ownedString), or it keeps the piece alive.
 */
export function forEachPieceOccurrence(piece: TextPiece, emit: (o: Occurrence, at: PiecePosition) => void): void {
  const text = piece.text;
  // Line starts are found lazily, only up to the last occurrence: a piece without errors costs
  // the scan alone.
  const starts = [0];
  let scanned = 0;
  const lineOf = (offset: number): number => {
    while (scanned < text.length && starts[starts.length - 1]! <= offset) {
      const nl = text.indexOf('\n', scanned);
      if (nl < 0) {
        scanned = text.length;
        break;
      }
      starts.push(nl + 1);
      scanned = nl + 1;
    }
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
}
