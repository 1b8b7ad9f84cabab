import { recordPiecesOfBytes } from '../core';
import { maybeGunzipped } from './gzipBytes';

/**
 * Bytes per piece: large enough that the scan's per-piece cost vanishes, small enough that the
 * byte buffer, one decoded piece and the scan's garbage stay far under the 400 MB a 1 GiB scan
 * may use (see bench/scanLargeBench.ts).
 */
export const PIECE_BYTES = 8 * 1024 * 1024;

// Buffer's decoder is about twice as fast as TextDecoder here, and makes one-byte strings of ASCII.
const decodeUtf8 = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);

/**
 * Reads a byte stream (a file, standard input) as UTF-8 texts cut between records (the core's
 * recordPiecesOfBytes), gzip decompressed on the way when the bytes say gzip.
 */
export function readTextPieces(bytes: AsyncIterable<Buffer>, pieceBytes = PIECE_BYTES): AsyncGenerator<string> {
  return recordPiecesOfBytes(maybeGunzipped(bytes), decodeUtf8, pieceBytes);
}
