import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';
import { LargeJsonParser } from './largeJson';
import { TextPieces } from './textPieces';

/** Bodies from this size are parsed with their large strings left in pieces (see largeJson.ts). */
const LARGE_BODY = 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Headers are a few dozen bytes; more without their end is not LSP. */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Replaces TextPieces by strings everywhere except where the server takes pieces: the `text` of
 * didOpen's document and of didChange's changes. Every other handler sees plain JSON values.
 */
function withPiecesWhereTaken(message: Record<string, unknown>): Message {
  const method = message.method;
  const params = message.params as Record<string, unknown> | undefined;
  const keep = new Set<unknown>();
  if (method === 'textDocument/didOpen') keep.add((params?.textDocument as { text?: unknown } | undefined)?.text);
  if (method === 'textDocument/didChange' && Array.isArray(params?.contentChanges)) for (const c of params.contentChanges as { text?: unknown }[]) keep.add(c?.text);
  const visit = (value: unknown): unknown => {
    if (value instanceof TextPieces) return keep.has(value) ? value : value.join();
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = visit(v);
    return value;
  };
  return visit(message) as Message;
}

/**
 * An LSP message reader for a byte stream (stdio), in place of the library's, which keeps the
 * ~800 chunks of a 50 MB didOpen until it is whole, joins them into one buffer, decodes that into
 * one string and parses it into another. Here a small body is copied into one buffer of its
 * Content-Length as it arrives; a large one is fed to LargeJsonParser chunk by chunk, which turns
 * its document text into the line-aligned pieces the document keeps, so the message is never
 * held whole. Messages are delivered in order, as they end.
 */
export class StdioMessageReader extends AbstractMessageReader implements MessageReader {
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** The body being read: its length, the bytes so far, and a small one's buffer or a large one's parser. */
  private bodyLength = -1;
  private filled = 0;
  private small: Buffer | undefined;
  private large: LargeJsonParser | undefined;
  private largeError: unknown;
  private callback: DataCallback | undefined;
  /** Whether a `shutdown` request came: the end of input then ends the process with 0, else 1. */
  shutdownRequested = false;

  /** `readable`: what emits the bytes ('data', 'error', 'end', 'close'): a stream, or StdinReads. */
  constructor(private readonly readable: Pick<NodeJS.EventEmitter, 'on' | 'off'>) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    const onError = (error: Error) => this.fireError(error);
    let closed = false;
    // 'end' and 'close' both come when the client goes: the connection hears of it once.
    const onClose = () => {
      if (closed) return;
      closed = true;
      this.fireClose();
    };
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    this.readable.on('end', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('close', onClose);
      this.readable.off('end', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      at = this.bodyLength >= 0 ? this.readBody(chunk, at) : this.readHeader(chunk, at);
    }
  }

  /** Takes header bytes from `chunk` at `at`; once the header ends, prepares the body. Returns where it stopped. */
  private readHeader(chunk: Buffer, at: number): number {
    this.header.push(chunk.subarray(at));
    this.headerBytes += chunk.length - at;
    const joined = this.header.length === 1 ? this.header[0]! : Buffer.concat(this.header);
    const end = joined.indexOf(HEADER_END);
    if (end < 0) {
      // A copy: the chunk's bytes may be reused once this returns (StdinReads).
      this.header = [Buffer.from(joined)];
      if (this.headerBytes > MAX_HEADER_BYTES) this.resetWith(new Error('Message header too long or without its end (\\r\\n\\r\\n)'));
      return chunk.length;
    }
    const consumed = end + HEADER_END.length - (this.headerBytes - (chunk.length - at));
    const headers = joined.toString('ascii', 0, end);
    this.header = [];
    this.headerBytes = 0;
    const length = /(?:^|\r\n)content-length:\s*(\d+)\s*(?:\r\n|$)/i.exec(headers)?.[1];
    if (length === undefined) {
      this.fireError(new Error(`Header must provide a Content-Length property.\n${headers}`));
      return at + consumed;
    }
    this.bodyLength = Number(length);
    this.filled = 0;
    if (this.bodyLength >= LARGE_BODY) {
      this.large = new LargeJsonParser();
      this.largeError = undefined;
    } else {
      this.small = Buffer.allocUnsafe(this.bodyLength);
    }
    if (this.bodyLength === 0) this.deliver();
    return at + consumed;
  }

  /** Copies body bytes from `chunk` at `at`; delivers the message once whole. Returns where it stopped. */
  private readBody(chunk: Buffer, at: number): number {
    const n = Math.min(chunk.length - at, this.bodyLength - this.filled);
    if (this.small) {
      chunk.copy(this.small, this.filled, at, at + n);
    } else if (this.largeError === undefined) {
      try {
        this.large!.push(chunk.subarray(at, at + n));
      } catch (error) {
        // The rest of the body is still read, so the next message starts where it should.
        this.largeError = error;
      }
    }
    this.filled += n;
    if (this.filled === this.bodyLength) this.deliver();
    return at + n;
  }

  private deliver(): void {
    const { small, large, largeError } = this;
    this.bodyLength = -1;
    this.small = undefined;
    this.large = undefined;
    let message: Message;
    try {
      if (largeError !== undefined) throw largeError;
      message = large ? withPiecesWhereTaken(large.finish() as Record<string, unknown>) : (JSON.parse(small!.toString('utf8')) as Message);
    } catch (error) {
      this.fireError(error);
      return;
    }
    if ((message as { method?: unknown }).method === 'shutdown') this.shutdownRequested = true;
    this.callback?.(message);
  }

  private resetWith(error: Error): void {
    this.header = [];
    this.headerBytes = 0;
    this.fireError(error);
  }
}
