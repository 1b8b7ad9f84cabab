import { recordPiecesOfBytes } from '../../extension/core';
import { maybeGunzipped } from '../../extension/cli/gzipBytes';
import { decodeUtf8 } from '../../extension/cli/textPieces';

/**
 * Bytes per piece of the whole-text reader, as the CLI used it before it read anchored pieces:
 * under V8's 128 KiB limit for ordinary heap objects, so that an ASCII piece's string is allocated
 * in the young generation (a 100 MB log in 1 MiB pieces took 100 ms of decoding, in 120 KiB
 * pieces 17 ms).
 */
export const PIECE_BYTES = 120 * 1024;

/**
 * A byte stream read whole as UTF-8 texts cut between records (the core's recordPiecesOfBytes),
 * gzip decompressed on the way, with the CLI's decoder: the tests pin the cuts that the anchored
 * reader relies on too (lastRecordCutInBytes, forcedCutInBytes, times carried across cuts).
 */
export function readTextPieces(bytes: AsyncIterable<Buffer>, pieceBytes = PIECE_BYTES): AsyncGenerator<string> {
  return recordPiecesOfBytes(maybeGunzipped(bytes), decodeUtf8, pieceBytes);
}
