import { forcedCutInBytes, lastRecordCutInBytes } from './recordPieces';

/** Decodes UTF-8 bytes [start, end) of `bytes` (Buffer#toString in Node, TextDecoder elsewhere). */
export type Utf8Decode = (bytes: Uint8Array, start: number, end: number) => string;

/**
 * Reads a stream of UTF-8 byte chunks (a file, a gunzip stream) as texts cut between records.
 * Bytes are cut before they are decoded (see lastRecordCutInBytes), so each piece is decoded
 * once into one flat string and no string is ever concatenated. Every text but the last holds at
 * least `pieceBytes` bytes; memory stays about three pieces whatever the input's size. The CLI's
 * `scan` and the editor's Scan Log File read through this one loop.
 */
export async function* recordPiecesOfBytes(chunks: AsyncIterable<Uint8Array>, decode: Utf8Decode, pieceBytes: number): AsyncGenerator<string> {
  let buffer = new Uint8Array(2 * pieceBytes);
  let length = 0;
  for await (const chunk of chunks) {
    if (length + chunk.length > buffer.length) {
      // A record longer than the buffer (rare: a huge single line): grow, keep what is pending.
      const bigger = new Uint8Array(Math.max(2 * buffer.length, length + chunk.length));
      bigger.set(buffer.subarray(0, length));
      buffer = bigger;
    }
    buffer.set(chunk, length);
    length += chunk.length;
    if (length < pieceBytes) continue;
    let cut = lastRecordCutInBytes(buffer, length);
    if (cut === 0 && length >= 2 * pieceBytes) cut = forcedCutInBytes(buffer, length);
    if (cut === 0) continue;
    const text = decode(buffer, 0, cut);
    buffer.copyWithin(0, cut, length);
    length -= cut;
    yield text;
  }
  if (length > 0) yield decode(buffer, 0, length);
}
