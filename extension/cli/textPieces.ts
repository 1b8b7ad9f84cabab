import { isAscii } from 'node:buffer';
import { anchoredPiecesOfBytes, recordPiecesOfBytes, type AnchoredPiece } from '../core';
import { maybeGunzipped } from './gzipBytes';

/**
 * Bytes per piece: under V8's 128 KiB limit for ordinary heap objects, so that an ASCII piece's
 * string is allocated in the young generation. A bigger string gets pages of its own that the
 * system maps, faults in and unmaps again for every piece: reading a 100 MB log in 1 MiB pieces
 * took 100 ms of decoding, in 120 KiB pieces 17 ms (.exp-style measurement in the CHANGELOG).
 * Pieces much smaller than this cost the scan more per byte again (32 KiB: about 15% more CPU).
 */
export const PIECE_BYTES = 120 * 1024;

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

/**
 * Reads a byte stream as batches of the pieces that can hold a KMS error (the core's anchoredPiecesOfBytes:
 * the lines between them are counted in WebAssembly, never decoded), gzip decompressed on the way.
 */
export function readAnchoredPieces(bytes: AsyncIterable<Buffer>): AsyncGenerator<readonly AnchoredPiece[]> {
  return anchoredPiecesOfBytes(maybeGunzipped(bytes), decodeUtf8);
}
