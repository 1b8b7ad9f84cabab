import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { lineRole } from '../core/recognize/records';

/** Files up to this size are read whole; larger ones are read in pieces of this size. */
export const STREAM_THRESHOLD = 64 * 1024 * 1024;

/** A piece of a text cut between two records, with the 0-based line its first character is on. */
export interface TextPiece {
  readonly text: string;
  readonly firstLine: number;
}

/**
 * Where to cut `text` so that no record is split: the start of the last line that starts a
 * record (or is blank), not counting the last line, which may be incomplete. 0 when there is no
 * such line; then the caller reads more before scanning.
 */
export function lastRecordCut(text: string): number {
  let end = text.lastIndexOf('\n');
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (lineRole(text, start) !== 'continues') return start;
    end = start - 1;
  }
  return 0;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a file as pieces of text that each end between two records, so every record's context
 * stays in one piece. `onProgress(bytesRead, totalBytes)` is called after each read.
 */
export async function* readRecordPieces(
  path: string,
  chunkBytes = STREAM_THRESHOLD,
  onProgress?: (read: number, total: number) => void,
): AsyncGenerator<TextPiece> {
  const handle = await open(path, 'r');
  try {
    const total = (await handle.stat()).size;
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkBytes, total || 1)));
    let pending = '';
    let line = 0;
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      read += bytesRead;
      onProgress?.(read, total);
      pending += decoder.write(buffer.subarray(0, bytesRead));
      const cut = lastRecordCut(pending);
      // A piece that ends inside a record would lose context; with no cut yet, keep reading.
      if (cut === 0) continue;
      const piece = pending.slice(0, cut);
      pending = pending.slice(cut);
      yield { text: piece, firstLine: line };
      line += countLines(piece);
    }
    pending += decoder.end();
    if (pending !== '') yield { text: pending, firstLine: line };
  } finally {
    await handle.close();
  }
}
