/**
 * Logs saved as UTF-16 with a byte order mark, read as the UTF-8 the byte readers expect: Windows
 * PowerShell 5's `>` and `Out-File` write "Unicode" (UTF-16LE with `FF FE`), and so do Notepad's
 * and many Windows tools' "Unicode" saves. Read as UTF-8, every other byte of such a file is a
 * NUL, no code is a word and the scan found nothing, silently. Without a UTF-16 mark the bytes
 * pass through untouched (UTF-8, with or without its own mark, is what every other tool writes).
 */

/** The UTF-16 encoding a byte order mark at the start of `head` names, if any. */
export function utf16ByMark(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < 2) return null;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * `chunks` as UTF-8: transcoded as a stream when they start with a UTF-16 byte order mark (the
 * mark itself dropped; a code unit or a surrogate pair cut between chunks is joined; an unpaired
 * surrogate becomes U+FFFD, as any decoder makes it), else passed on as they are. A chunk may be
 * reused by its reader once the next is asked for, as the byte readers allow.
 */
export async function* asUtf8Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  // The mark needs two bytes; a pipe may deliver one at a time. The head is a copy: the reader
  // may reuse its buffer.
  let head: Uint8Array = new Uint8Array(0);
  while (head.length < 2) {
    const next = await it.next();
    if (next.done) break;
    head = join(head, next.value);
  }
  const encoding = utf16ByMark(head);
  if (encoding === null) {
    if (head.length > 0) yield head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    return;
  }
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  yield encoder.encode(decoder.decode(head, { stream: true }));
  for (let next = await it.next(); !next.done; next = await it.next()) yield encoder.encode(decoder.decode(next.value, { stream: true }));
  const rest = decoder.decode();
  if (rest.length > 0) yield encoder.encode(rest);
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
