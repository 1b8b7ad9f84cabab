import { EventEmitter } from 'node:events';
import { Socket, type OnReadOpts, type SocketConstructorOpts } from 'node:net';

/** Bytes a read may fill: a 50 MB didOpen in reads of up to 1 MiB instead of some 800 of 64 KB. */
const READ_BYTES = 1024 * 1024;

/**
 * Standard input as 'data' events over one buffer, reused for every read (net.Socket's `onread`):
 * in place of `process.stdin`, whose stream hands over a freshly allocated 64 KB buffer per read.
 * With the server's environment (serverExecArgv.ts) each such buffer is a mapping of its own,
 * faulted in page by page and unmapped again: a 50 MB didOpen cost some 800 mappings and 12,800
 * page faults before the document itself was built. A chunk is valid only during its 'data'
 * event, so the listener copies what it keeps (StdioMessageReader does). 'end', 'close' and
 * 'error' are the socket's. Descriptor 0 must be a pipe or a socket, as an editor starts a
 * language server; when it is not (a file, a terminal) `process.stdin` is read instead, whose
 * events are passed on.
 */
export class StdinReads extends EventEmitter {
  constructor(fd: number, fallback: () => NodeJS.ReadableStream) {
    super();
    let source: NodeJS.ReadableStream;
    try {
      const callback = (n: number, buffer: Uint8Array): boolean => {
        this.emit('data', (buffer as Buffer).subarray(0, n));
        return true; // keep reading
      };
      const onread: OnReadOpts = { buffer: Buffer.allocUnsafe(READ_BYTES), callback };
      // Node's Socket constructor takes `onread` too (lib/net.js), though @types/node lists it only for connect().
      source = new Socket({ fd, readable: true, writable: false, onread } as SocketConstructorOpts);
    } catch {
      source = fallback();
      source.on('data', (chunk: Buffer) => this.emit('data', chunk));
    }
    for (const event of ['error', 'end', 'close']) source.on(event, (...args: unknown[]) => this.emit(event, ...args));
  }
}
