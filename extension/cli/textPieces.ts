import { isAscii } from 'node:buffer';
import { recordPiecesOfBytes } from '../core';
import { maybeGunzipped } from './gzipBytes';

/**
 * Bytes per piece. Small pieces are faster, not only leaner: a 256 KiB piece stays in the CPU's
 * caches through the scan's passes over it (anchors, record bounds, line ends), and a 1 GiB
 * `scan --json` took about 2.5 s of user CPU with 64-256 KiB pieces against 3.4-3.9 s with 8 MiB
 * ones, at about 135 MB peak RSS instead of 175 MB (bench/scanLargeBench.ts).
 */
export const PIECE_BYTES = 256 * 1024;

// Buffer's decoder is about twice as fast as TextDecoder here, and makes one-byte strings of ASCII.
// Most log pieces are all ASCII: isAscii (SIMD) then a latin1 copy is cheaper still than decoding
// them as UTF-8, and gives the same string.
const decodeUtf8 = (bytes: Uint8Array, start: number, end: number): string => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(buffer.subarray(start, end)) ? buffer.toString('latin1', start, end) : buffer.toString('utf8', start, end);
};

/**
 * Reads a byte stream (a file, standard input) as UTF-8 texts cut between records (the core's
 * recordPiecesOfBytes), gzip decompressed on the way when the bytes say gzip.
 */
export function readTextPieces(bytes: AsyncIterable<Buffer>, pieceBytes = PIECE_BYTES): AsyncGenerator<string> {
  return recordPiecesOfBytes(maybeGunzipped(bytes), decodeUtf8, pieceBytes);
}
