// The whole-text scan and the CLI's reader (anchored pieces of bytes) as comparable rows: line,
// column, what was found and its record's time. Shared by the tests that check the two agree.
import { anchoredPiecesOfBytes, forEachPieceOccurrence, lineIndexOf, recordTimeOfPiece, recordTimeOfText, scanText } from '../../extension/core';

const decode = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');

/** Every occurrence of the whole text: line, column, what was found and its record's time. */
export function wholeScan(text: string): string[] {
  const lineOf = lineIndexOf(text);
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return scanText(text).map((o) => {
    const line = lineOf(o.start);
    const time = recordTimeOfText(text, o.recordStart, o.recordEnd);
    return `${line}:${o.start - starts[line]!} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId} ${o.operation} ${time?.iso ?? '-'}`;
  });
}

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The same through anchored pieces read in `chunk`-byte chunks and `batch`-byte batches. */
export async function anchoredScan(bytes: Buffer, chunk: number, batch: number): Promise<{ rows: string[]; pieces: number; chars: number }> {
  const rows: string[] = [];
  let pieces = 0;
  let chars = 0;
  for await (const found of anchoredPiecesOfBytes(chunksOf(bytes, chunk), decode, batch)) {
    for (const piece of found) {
      pieces++;
      chars += piece.text.length;
      forEachPieceOccurrence(piece, (o, at) => {
        const time = recordTimeOfPiece(piece.text, o.recordStart, o.recordEnd, piece.before);
        rows.push(`${at.line}:${at.column} ${o.code} ${o.api} ${o.httpStatus} ${o.requestId} ${o.operation} ${time?.iso ?? '-'}`);
      });
    }
  }
  return { rows, pieces, chars };
}
