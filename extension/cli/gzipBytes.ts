import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** The two bytes every gzip member starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** A read failure to report with the input's name: "truncated gzip data", "no such file"... */
export class InputError extends Error {}

/** Whether `head` starts like gzip data. Judged by content, not by the file name. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The reason zlib gives, in words that say what is wrong with the file. */
function gzipReason(err: NodeJS.ErrnoException): string {
  if (err.code === 'Z_BUF_ERROR') return 'truncated gzip data (unexpected end of file)';
  return `corrupt gzip data (${err.message})`;
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (first.length > 0) yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Copies of the chunks: a stream buffers ahead, and readers may reuse their buffer. */
async function* copied(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of source) yield Buffer.from(chunk);
}

async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflate = createGunzip();
  // pipeline forwards a read error of the source into the inflater, so one loop sees both.
  pipeline(Readable.from(copied(source)), inflate, () => undefined);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code === 'string' && e.code.startsWith('Z_')) throw new InputError(gzipReason(e));
    throw err;
  }
}

/**
 * The bytes of `source`, gunzipped as a stream when they start with gzip's magic bytes (a
 * rotated `app.log.3.gz`, or `zcat`-less `cat app.log.gz | kms-errors scan -`), else as they are.
 * Concatenated gzip members are read one after another, as gunzip does. Corrupt or truncated
 * gzip data throws InputError with the reason. A chunk of `source` may be reused by its reader
 * once the next one is asked for; plain chunks are passed on as they are, so the consumer must
 * be done with each before asking for the next (anchoredPiecesOfBytes copies them at once).
 */
export async function* maybeGunzipped(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  // The magic needs two bytes; a pipe may deliver one at a time. The head is a copy: the reader
  // may reuse its buffer for the next chunk.
  let head: Buffer = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await it.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  const all = prepend(head, it);
  if (isGzip(head)) yield* gunzip(all);
  else yield* all;
}
