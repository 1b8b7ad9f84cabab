import { StringDecoder } from 'node:string_decoder';
import { RecordPieceCutter, type TextPiece } from '../core';
import { maybeGunzipped } from './gzipBytes';

/**
 * Characters per piece: large enough that the scan's per-piece cost vanishes, small enough that
 * a piece, the read buffers and the decoder's output stay far under the 400 MB a 1 GiB scan may
 * use (see bench/scanLargeBench.ts).
 */
export const PIECE_CHARS = 16 * 1024 * 1024;

/**
 * Reads a byte stream (a file, standard input) as UTF-8 text pieces cut between records, gzip
 * decompressed on the way when the bytes say gzip. Memory stays about three pieces, whatever the
 * input's size; every piece but the last is at least `pieceChars` long.
 */
export async function* readTextPieces(bytes: AsyncIterable<Buffer>, pieceChars = PIECE_CHARS): AsyncGenerator<TextPiece> {
  const decoder = new StringDecoder('utf8');
  const cutter = new RecordPieceCutter(pieceChars);
  for await (const chunk of maybeGunzipped(bytes)) {
    for (const piece of cutter.push(decoder.write(chunk))) yield piece;
  }
  for (const piece of cutter.push(decoder.end())) yield piece;
  const last = cutter.end();
  if (last) yield last;
}
