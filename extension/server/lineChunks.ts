import type { TextPieces } from './textPieces';

/**
 * Characters of text a chunk holds at least (a chunk ends at the first line break after this).
 * At V8's largest regular object (128 KB), so each chunk's string is a large object, in a mapping
 * of its own fitted to 4 KB pages and unmapped when the chunk is replaced. 64 KB strings went to
 * 256 KB old-space pages three to a page: 78 MB committed for 60 MB live with a 50 MB log open.
 * Larger chunks save a little more (1.6 MB at 256 KB) but an edit copies and rescans its chunk:
 * 0.3 ms at this size, 0.6 ms at 256 KB.
 */
export const CHUNK_CHARS = 128 * 1024;

/** Lines joined with their terminators, and where each line starts in that text. */
interface Chunk {
  readonly text: string;
  readonly starts: Uint32Array;
  /** Whether every terminator is a lone `\n`: the text is then its lines joined by `\n`. */
  readonly lfOnly: boolean;
}

/**
 * A document's lines stored compactly: chunks of about 128 KB of joined text, each with a table
 * of line starts. An array of one string per line costs a string header (and often a view into
 * the whole original text) per line, some 25 MB more for a 50 MB log; here a line costs 4 bytes
 * on top of its characters. An edit rebuilds only the chunks it touches; the first line and
 * offset of each chunk (a few hundred numbers) are then recomputed.
 */
export class LineChunks {
  private chunks: Chunk[];
  private firstLines: number[] = [];
  private firstOffsets: number[] = [];
  private lines = 0;
  private chars = 0;

  /**
   * `text` may come as pieces that each end with a line break (TextPieces, from a large message):
   * each piece is then one chunk as it is, with no copy. `chunkChars` is for tests, to make many
   * small chunks.
   */
  constructor(
    text: string | TextPieces,
    private readonly chunkChars = CHUNK_CHARS,
  ) {
    if (typeof text === 'string') {
      this.chunks = chunksOf(text, true, chunkChars);
    } else {
      const last = text.pieces.length - 1;
      this.chunks = text.pieces.flatMap((piece, i) => {
        // Line starts the message reader found are this piece's chunk as chunksOf would cut it
        // (an ASCII piece with only \n breaks), without a second search; the document's last
        // piece is left to chunksOf for its final line.
        const starts = text.lineStarts[i];
        if (starts && i !== last && piece.length > 0) return [{ text: piece, starts, lfOnly: true }];
        return chunksOf(piece, i === last, Number.POSITIVE_INFINITY);
      });
    }
    this.recount(0);
  }

  get lineCount(): number {
    return this.lines;
  }

  get length(): number {
    return this.chars;
  }

  /** Line `line`'s text without its terminator (`line` must be in range). */
  lineAt(line: number): string {
    const [chunk, i] = this.find(line);
    return chunk.text.slice(chunk.starts[i]!, contentEnd(chunk, i));
  }

  lineLength(line: number): number {
    const [chunk, i] = this.find(line);
    return contentEnd(chunk, i) - chunk.starts[i]!;
  }

  /** Line `line`'s terminator: '', '\n', '\r' or '\r\n'. */
  breakAt(line: number): string {
    const [chunk, i] = this.find(line);
    return chunk.text.slice(contentEnd(chunk, i), lineEnd(chunk, i));
  }

  /** The offset of line `line`'s first character. */
  lineStart(line: number): number {
    const c = this.chunkOfLine(line);
    return this.firstOffsets[c]! + this.chunks[c]!.starts[line - this.firstLines[c]!]!;
  }

  /** The line that contains `offset` (0 <= offset <= length). */
  lineOfOffset(offset: number): number {
    const c = lastAtMost(this.firstOffsets, offset, this.chunks.length);
    const { starts } = this.chunks[c]!;
    return this.firstLines[c]! + lastAtMost(starts, offset - this.firstOffsets[c]!, starts.length);
  }

  /** The text from offset `from` to offset `to`. */
  textBetween(from: number, to: number): string {
    if (to <= from) return '';
    const parts: string[] = [];
    for (let c = lastAtMost(this.firstOffsets, from, this.chunks.length); c < this.chunks.length; c++) {
      const base = this.firstOffsets[c]!;
      if (base >= to) break;
      parts.push(this.chunks[c]!.text.slice(Math.max(0, from - base), to - base));
    }
    return parts.join('');
  }

  /**
   * Lines [first, end) joined by `\n` (the last one without its terminator) and each line's start
   * in that text, as recognition's joinLines gives them, but sliced from the chunks: no line is
   * read on its own, and lines within one chunk are not even copied. Undefined when a chunk has
   * `\r` terminators (joinLines then drops them, a slice would not).
   */
  joinedLines(first: number, end: number): { text: string; lineStarts: Uint32Array } | undefined {
    if (end <= first) return { text: '', lineStarts: new Uint32Array(0) };
    const cFirst = this.chunkOfLine(first);
    const cLast = this.chunkOfLine(end - 1);
    for (let c = cFirst; c <= cLast; c++) if (!this.chunks[c]!.lfOnly) return undefined;
    const base = this.lineStart(first);
    const lineStarts = new Uint32Array(end - first);
    let i = 0;
    for (let c = cFirst; c <= cLast; c++) {
      const { starts } = this.chunks[c]!;
      const shift = this.firstOffsets[c]! - base;
      const from = c === cFirst ? first - this.firstLines[c]! : 0;
      const to = c === cLast ? end - this.firstLines[c]! : starts.length;
      for (let l = from; l < to; l++) lineStarts[i++] = starts[l]! + shift;
    }
    const last = this.chunks[cLast]!;
    const lastEnd = this.firstOffsets[cLast]! + contentEnd(last, end - 1 - this.firstLines[cLast]!);
    return { text: this.textBetween(base, lastEnd), lineStarts };
  }

  /**
   * Replaces `count` lines from `first` by the lines of `text` (each with its terminator). When
   * they reach the document's end, `text`'s last line is a line even without a terminator;
   * otherwise `text` ends with one (or is empty). Returns how many lines `text` holds.
   */
  replace(first: number, count: number, text: string): number {
    const ca = this.chunkOfLine(first);
    const cb = count > 0 ? this.chunkOfLine(first + count - 1) : ca;
    const a = this.chunks[ca]!;
    const b = this.chunks[cb]!;
    const firstInA = first - this.firstLines[ca]!;
    const afterInB = first + count - this.firstLines[cb]!;
    const prefix = a.text.slice(0, a.starts[firstInA]!);
    const suffix = afterInB < b.starts.length ? b.text.slice(b.starts[afterInB]!) : '';
    const rebuilt = chunksOf(prefix + text + suffix, cb === this.chunks.length - 1, this.chunkChars);
    this.chunks.splice(ca, cb - ca + 1, ...rebuilt);
    const before = this.lines;
    this.recount(ca);
    return this.lines - (before - count);
  }

  private find(line: number): [Chunk, number] {
    const c = this.chunkOfLine(line);
    return [this.chunks[c]!, line - this.firstLines[c]!];
  }

  private chunkOfLine(line: number): number {
    return lastAtMost(this.firstLines, line, this.chunks.length);
  }

  /** Recomputes each chunk's first line and offset from chunk `from` on. */
  private recount(from: number): void {
    this.firstLines.length = this.chunks.length;
    this.firstOffsets.length = this.chunks.length;
    let line = from === 0 ? 0 : this.firstLines[from - 1]! + this.chunks[from - 1]!.starts.length;
    let offset = from === 0 ? 0 : this.firstOffsets[from - 1]! + this.chunks[from - 1]!.text.length;
    for (let c = from; c < this.chunks.length; c++) {
      this.firstLines[c] = line;
      this.firstOffsets[c] = offset;
      line += this.chunks[c]!.starts.length;
      offset += this.chunks[c]!.text.length;
    }
    this.lines = line;
    this.chars = offset;
  }
}

/** The index of the last element of `sorted[0..length)` that is <= `value` (0 if none). */
function lastAtMost(sorted: ArrayLike<number>, value: number, length: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where line `i` of `chunk` ends, its terminator included. */
function lineEnd(chunk: Chunk, i: number): number {
  return i + 1 < chunk.starts.length ? chunk.starts[i + 1]! : chunk.text.length;
}

/** Where line `i` of `chunk` ends, its terminator excluded (lines hold no \r or \n). */
function contentEnd(chunk: Chunk, i: number): number {
  const start = chunk.starts[i]!;
  let end = lineEnd(chunk, i);
  if (end > start && chunk.text.charCodeAt(end - 1) === LF) end--;
  if (end > start && chunk.text.charCodeAt(end - 1) === CR) end--;
  return end;
}

const LF = 10;
const CR = 13;

/**
 * Cuts `text` (whole lines with their terminators) into chunks. At the document's end the text
 * after the last terminator is a line, even when empty; elsewhere there is none.
 */
function chunksOf(text: string, documentEnd: boolean, chunkChars: number): Chunk[] {
  const chunks: Chunk[] = [];
  // Line starts of the chunk being cut, in a scratch array shared by every call (no array grown
  // line by line for each chunk).
  let count = 0;
  const push = (start: number) => {
    if (count === scratch.length) {
      const larger = new Uint32Array(2 * scratch.length);
      larger.set(scratch);
      scratch = larger;
    }
    scratch[count++] = start;
  };
  let chunkStart = 0;
  let at = 0;
  const cut = (end: number) => {
    // `' ' + slice` flattened and sliced again owns its characters: a chunk must not keep the
    // whole opened text alive as a view into it. A chunk that is the whole text (an edit's
    // rebuilt chunk, a small document, a piece of a large message) is kept as it is: it pins
    // nothing else, and a copy of a large-object-space string costs a fresh mapping.
    const piece = text.slice(chunkStart, end);
    const lineStarts = scratch.slice(0, count);
    if (chunkStart > 0) for (let i = 0; i < count; i++) lineStarts[i]! -= chunkStart;
    chunks.push({ text: piece.length < 13 || piece.length === text.length ? piece : (' ' + piece).slice(1), starts: lineStarts, lfOnly: !crs || !piece.includes('\r') });
    count = 0;
    chunkStart = end;
  };
  // The next \n and \r at or after `at`, each searched again only once passed (most logs have
  // no \r at all: then one native search per line).
  const crs = text.includes('\r');
  let nextLf = -1;
  let nextCr = crs ? -1 : text.length;
  while (at < text.length) {
    push(at);
    if (nextLf < at) nextLf = indexOrEnd(text, '\n', at);
    if (nextCr < at) nextCr = indexOrEnd(text, '\r', at);
    const nl = Math.min(nextLf, nextCr);
    if (nl >= text.length) {
      at = text.length;
      break;
    }
    at = nl + (nl === nextCr && text.charCodeAt(nl + 1) === LF ? 2 : 1);
    if (at - chunkStart >= chunkChars) cut(at);
  }
  // The document's last line: after a final terminator (or in an empty document) an empty one.
  if (documentEnd && (count === 0 || scratch[count - 1] !== at) && (text.length === 0 || isBreak(text.charCodeAt(text.length - 1)))) push(at);
  if (count > 0) cut(text.length);
  return chunks;
}

/** Line starts of the chunk chunksOf is cutting (it grows as needed and is reused). */
let scratch = new Uint32Array(1 << 14);

/** `text.indexOf(needle, from)`, or the text's length when there is none. */
function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
}

function isBreak(ch: number): boolean {
  return ch === LF || ch === CR;
}
