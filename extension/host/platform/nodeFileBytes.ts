// Node-only: imported by the desktop entry (extension.ts) alone, never by the browser bundle.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { LogByteSource } from '../logScan/logBytes';

/**
 * Reads `file:` URIs as Node streams, 1 MiB at a time, whatever the file's size: a 2 GB
 * production log is scanned in the memory of a few pieces.
 */
export const nodeFileBytes: LogByteSource = {
  handles: (uri) => uri.scheme === 'file',
  async *read(uri, onProgress, token) {
    const { size } = await stat(uri.fsPath);
    const stream = createReadStream(uri.fsPath, { highWaterMark: 1 << 20 });
    let read = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (token.isCancellationRequested) break;
        read += chunk.length;
        onProgress(read, size);
        yield chunk;
      }
    } finally {
      stream.destroy();
    }
  },
};
