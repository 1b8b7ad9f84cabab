import { forcedCutInBytes, lastRecordCutInBytes } from '../core';
import { maybeGunzipped } from './gzipBytes';

/**
 * Bytes per piece: large enough that the scan's per-piece cost vanishes, small enough that the
 * byte buffer, one decoded piece and the scan's garbage stay far under the 400 MB a 1 GiB scan
 * may use (see bench/scanLargeBench.ts).
 */
export const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a byte stream (a file, standard input) as UTF-8 texts cut between records (see the
 * core's lastRecordCutInBytes), gzip decompressed on the way when the bytes say gzip. Bytes are
 * cut before they are decoded, so each piece is decoded once into one flat string and no string
 * is ever concatenated. Every text but the last is at least `pieceBytes` long (in bytes); memory
 * stays about three pieces whatever the input's size.
 */
export async function* readTextPieces(bytes: AsyncIterable<Buffer>, pieceBytes = PIECE_BYTES): AsyncGenerator<string> {
  let buffer = Buffer.allocUnsafe(2 * pieceBytes);
  let length = 0;
  for await (const chunk of maybeGunzipped(bytes)) {
    if (length + chunk.length > buffer.length) {
      // A record longer than the buffer (rare: a huge single line): grow, keep what is pending.
      const bigger = Buffer.allocUnsafe(Math.max(2 * buffer.length, length + chunk.length));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    chunk.copy(buffer, length);
    length += chunk.length;
    if (length < pieceBytes) continue;
    let cut = lastRecordCutInBytes(buffer, length);
    if (cut === 0 && length >= 2 * pieceBytes) cut = forcedCutInBytes(buffer, length);
    if (cut === 0) continue;
    const text = buffer.toString('utf8', 0, cut);
    buffer.copyWithin(0, cut, length);
    length -= cut;
    yield text;
  }
  if (length > 0) yield buffer.toString('utf8', 0, length);
}
