/** The two bytes every gzip member starts with (RFC 1952). */
function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Corrupt or truncated gzip data, with the reason in words. */
export class GzipError extends Error {}

async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  // DecompressionStream is in browsers and in Node 18+: one implementation for both hosts.
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // A failure to read the file is reported as itself, not as bad gzip data.
  let sourceError: unknown;
  const feeding = (async () => {
    const it = chunks[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await it.next();
      } catch (err) {
        sourceError = err;
        await writer.abort(err).catch(() => undefined);
        return;
      }
      if (next.done) break;
      try {
        await writer.write(next.value as Uint8Array<ArrayBuffer>);
      } catch {
        // The stream failed on bad data: the reader below reports it.
        return;
      }
    }
    await writer.close().catch(() => undefined);
  })();
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
  } catch (err) {
    if (sourceError !== undefined) throw sourceError;
    throw new GzipError(`not valid gzip data (${(err as Error).message})`);
  } finally {
    reader.releaseLock();
    await feeding;
  }
}

/**
 * `chunks` gunzipped as a stream when they start with gzip's magic bytes (whatever the file is
 * called), else as they are.
 */
export async function* maybeGunzipChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest = (async function* () {
    yield first.value;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  if (isGzip(first.value)) yield* gunzip(rest);
  else yield* rest;
}
