import { isAscii } from 'node:buffer';
import { anchoredPiecesOfBytes, asUtf8Chunks, type AnchoredPiece } from '../core';
import { maybeGunzipped } from './gzipBytes';

// Buffer's decoder is about twice as fast as TextDecoder here, and makes one-byte strings of ASCII.
// Most log pieces are all ASCII: isAscii (SIMD) then a latin1 copy is cheaper still than decoding
// them as UTF-8, and gives the same string.
/** UTF-8 bytes [start, end) as a string (the CLI's Utf8Decode). */
export const decodeUtf8 = (bytes: Uint8Array, start: number, end: number): string => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(buffer.subarray(start, end)) ? buffer.toString('latin1', start, end) : buffer.toString('utf8', start, end);
};

/**
 * Reads a byte stream as batches of the pieces that can hold a KMS error (the core's
 * anchoredPiecesOfBytes: the lines between them are counted in WebAssembly, never decoded), gzip
 * decompressed and UTF-16 (PowerShell's `>`) transcoded on the way.
 */
export function readAnchoredPieces(bytes: AsyncIterable<Buffer>): AsyncGenerator<readonly AnchoredPiece[]> {
  return anchoredPiecesOfBytes(asUtf8Chunks(maybeGunzipped(bytes)), decodeUtf8);
}
