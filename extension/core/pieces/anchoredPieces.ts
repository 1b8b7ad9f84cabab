import { LineLiteralFilter } from '../literalScan/lineLiteralFilter';
import { ANCHOR_LITERALS } from '../recognize/anchors';
import { MAX_CARRY } from '../time/carriedTime';
import type { Utf8Decode } from './bytePieces';
import { nextRecordStartInBytes, recordStartInBytes, recordsAboveInBytes } from './byteRecords';
import { forcedCutInBytes, lastRecordCutInBytes, type TextPiece } from './recordPieces';

/** A piece of the input that holds an anchor, with what lies above it for a carried time. */
export interface AnchoredPiece extends TextPiece {
  /**
   * The whole records just above the piece (MAX_CARRY of them, or up to a blank line), decoded
   * when asked: the `before` of recordTimeOfPiece. Valid only until the next batch is asked for.
   */
  readonly before: () => string;
}

/** The least bytes the filter scans per call by default (half the reader's first buffer). */
export const BATCH_BYTES = 512 * 1024;
// Pieces closer than this are scanned as one. Only touching ones are: on the 100 MB benchmark log,
// joining across gaps of 2 KB, 8 KB and 32 KB made the run 6%, 17% and 37% slower than 17k
// separate pieces (a gap's text costs the scan more than a piece of its own).
const JOIN_GAP = 0;
// A time carried down from above the reader's buffer is looked for in this much text at most.
const MAX_TAIL_CHARS = 64 * 1024;
const LF = 0x0a;

/**
 * Reads a stream of UTF-8 byte chunks (a file, a gunzip stream) and yields, a batch for each
 * stretch read (often an empty one), only the pieces that can hold an occurrence: the whole
 * records around every line with an anchor literal (ANCHOR_LITERALS, found by LineLiteralFilter in
 * WebAssembly before anything is decoded), and the record above each, with the piece's first line
 * in the input. Every anchor of the full scan starts with such a literal and pieces are cut
 * between records, so scanning these pieces (forEachPieceOccurrence, with recordTimeOfPiece and
 * the piece's `before`) finds what a scan of the whole text finds, while the lines between them
 * are only counted. For readers whose output is occurrences (the CLI's scan, Scan Log File), not
 * every line (the editor's index). `batchBytes`: how much is read before the filter runs (tests
 * make it small to cut everywhere).
 */
export async function* anchoredPiecesOfBytes(chunks: AsyncIterable<Uint8Array>, decode: Utf8Decode, batchBytes = BATCH_BYTES): AsyncGenerator<readonly AnchoredPiece[]> {
  const filter = new LineLiteralFilter(ANCHOR_LITERALS);
  let input = filter.input(2 * batchBytes);
  let length = 0;
  // The line of input[0] in the whole input, and the records just above it.
  let firstLine = 0;
  let tail = '';

  /** The text above `start`: the records a time may be carried from (recordTimeOfPiece's `before`). */
  const textAbove = (start: number): string => {
    const above = recordsAboveInBytes(input, start, MAX_CARRY, 0);
    const text = decode(input, above.start, start);
    return above.complete ? text : tail + text;
  };

  /** The pieces of input[0, end), which ends between two records or at the end of the input. */
  function piecesUpTo(end: number): AnchoredPiece[] {
    const pieces: AnchoredPiece[] = [];
    const hits = filter.scan(0, end);
    let pieceStart = -1;
    let pieceEnd = 0;
    let pieceLine = 0;
    const piece = (start: number, stop: number, line: number): AnchoredPiece => ({ text: decode(input, start, stop), firstLine: firstLine + line, before: () => textAbove(start) });
    for (let i = 0; i < hits.count; i++) {
      const at = hits.offsetAt(i);
      // A line of a record already in the piece.
      if (at < pieceEnd) continue;
      const lineStart = at === 0 ? 0 : input.lastIndexOf(LF, at - 1) + 1;
      const record = recordStartInBytes(input, lineStart, pieceEnd);
      const recordEnd = nextRecordStartInBytes(input, lineStart, end);
      if (pieceStart >= 0 && record.start <= pieceEnd + JOIN_GAP) {
        pieceEnd = recordEnd;
        continue;
      }
      if (pieceStart >= 0) pieces.push(piece(pieceStart, pieceEnd, pieceLine));
      // The record above comes too: a record without a time of its own (a Java exception under
      // its log line) then finds it in the piece, and `before` is rarely decoded.
      const above = recordsAboveInBytes(input, record.start, 1, pieceEnd);
      pieceStart = above.start;
      pieceEnd = recordEnd;
      pieceLine = hits.lineAt(i) - record.lines - above.lines;
    }
    if (pieceStart >= 0) pieces.push(piece(pieceStart, pieceEnd, pieceLine));
    firstLine += hits.lineEnds;
    return pieces;
  }

  for await (const chunk of chunks) {
    if (length + chunk.length > input.length) input = filter.input(length + chunk.length);
    input.set(chunk, length);
    length += chunk.length;
    if (length < batchBytes) continue;
    // Up to the last record start; a run of continuation lines with none is cut at a line end
    // once it is long (as recordPiecesOfBytes does), so memory stays bounded.
    const cut = lastRecordCutInBytes(input, length) || (length >= 4 * batchBytes ? forcedCutInBytes(input, length) : 0);
    if (cut === 0) continue;
    yield piecesUpTo(cut);
    const above = textAbove(cut);
    tail = above.length < MAX_TAIL_CHARS ? above : '';
    input.copyWithin(0, cut, length);
    length -= cut;
  }
  if (length > 0) yield piecesUpTo(length);
}
