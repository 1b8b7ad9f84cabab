import { forcedCutInBytes, lastRecordCutInBytes } from './recordPieces';

/** Decodes UTF-8 bytes [start, end) of `bytes` (Buffer#toString in Node, TextDecoder elsewhere). */
export type Utf8Decode = (bytes: Uint8Array, start: number, end: number) => string;

/**
 * The cut of the next piece in `bytes` [0, length): the last record start within the first
 * `pieceBytes`, else (a record longer than that) the last record start in all of it, else, past
 * two pieces of one unbroken run of continuation lines, a line end; 0 when more must be read.
 */
function nextCut(bytes: Uint8Array, length: number, pieceBytes: number): number {
  const near = lastRecordCutInBytes(bytes, Math.min(length, pieceBytes));
  if (near > 0) return near;
  const far = lastRecordCutInBytes(bytes, length);
  if (far > 0) return far;
  return length >= 2 * pieceBytes ? forcedCutInBytes(bytes, length) : 0;
}

/**
 * Reads a stream of UTF-8 byte chunks (a file, a gunzip stream) as texts cut between records.
 * Bytes are cut before they are decoded (see lastRecordCutInBytes), so each piece is decoded
 * once into one flat string and no string is ever concatenated. Pieces hold about `pieceBytes`
 * bytes (at most that, unless one record is longer) whatever the size of the chunks read, so a
 * caller chooses the size of the strings it scans: under V8's 128 KiB limit for ordinary heap
 * objects, a piece is allocated in the young generation instead of in pages of its own that the
 * system maps, faults in and unmaps for every piece. Every chunk's bytes are copied once; memory
 * stays about one chunk and two pieces whatever the input's size. For a reader that needs every
 * line; the CLI's `scan` and the editor's Scan Log File read anchoredPiecesOfBytes, which
 * decodes only the records around anchor lines.
 */
export async function* recordPiecesOfBytes(chunks: AsyncIterable<Uint8Array>, decode: Utf8Decode, pieceBytes: number): AsyncGenerator<string> {
  let buffer = new Uint8Array(2 * pieceBytes);
  let length = 0;
  for await (const chunk of chunks) {
    if (length + chunk.length > buffer.length) {
      // Room for a chunk bigger than a piece, or a record longer than the buffer: grow, keep what is pending.
      const bigger = new Uint8Array(Math.max(2 * buffer.length, length + chunk.length));
      bigger.set(buffer.subarray(0, length));
      buffer = bigger;
    }
    buffer.set(chunk, length);
    length += chunk.length;
    // As many pieces as the bytes hold, then what is left moves to the front once.
    let begin = 0;
    while (length - begin >= pieceBytes) {
      const cut = nextCut(begin === 0 ? buffer : buffer.subarray(begin), length - begin, pieceBytes);
      if (cut === 0) break;
      const text = decode(buffer, begin, begin + cut);
      begin += cut;
      yield text;
    }
    if (begin > 0) {
      buffer.copyWithin(0, begin, length);
      length -= begin;
    }
  }
  if (length > 0) yield decode(buffer, 0, length);
}
