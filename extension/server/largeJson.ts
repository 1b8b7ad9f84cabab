import { isAscii } from 'node:buffer';
import { JsonStringDecoder, type DecodedPiece } from './jsonStringDecoder';
import { TextPieces } from './textPieces';

const QUOTE = 0x22;
const BACKSLASH = 92;
const NEWLINE_ESCAPE = Buffer.from('\\n', 'latin1');
/** Bytes of a string literal looked at before it counts as large; also the bytes decoded at a time. */
const WINDOW = 64 * 1024;
/** Characters of decoded text gathered into one piece: above V8's largest regular object, see lineChunks.ts. */
const PIECE_CHARS = 128 * 1024;
/** Stands for a large string in the skeleton JSON; no text a client sends starts with a NUL and this. */
const PLACEHOLDER = '\u0000kms-errors-large-string:';

/** Whether the byte at `i` is escaped: an odd run of backslashes from `from` up to it (`from` starts outside any escape). */
function escapedByte(bytes: Buffer, from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && bytes[j] === BACKSLASH) j--;
  return (i - 1 - j) % 2 === 1;
}

/** The first unescaped `"` in bytes [from, limit), or -1 (read as latin1: one character per byte). */
function closingQuoteIn(bytes: Buffer, from: number, limit: number): number {
  const w = bytes.toString('latin1', from, limit);
  for (let i = w.indexOf('"'); i >= 0; i = w.indexOf('"', i + 1)) if (!escapedByte(bytes, from, from + i)) return from + i;
  return -1;
}

/** The offset just after the last `\n` escape in bytes [from, limit), or -1. */
function afterLastNewlineEscape(bytes: Buffer, from: number, limit: number): number {
  for (let i = bytes.lastIndexOf(NEWLINE_ESCAPE, limit - 2); i >= from; i = i > from ? bytes.lastIndexOf(NEWLINE_ESCAPE, i - 1) : -1) {
    if (!escapedByte(bytes, from, i)) return i + 2;
  }
  return -1;
}

/**
 * The JSON string literal content at bytes [from, to), decoded. The bytes around it are made its
 * quotes for the moment (the byte before `from` is the opening quote or the `n` of an escape
 * already decoded; the one at `to` is put back), so the literal is decoded from the buffer as one
 * string, latin1 when ASCII, and parsed without a concatenation. Throws when the content holds an
 * unescaped quote (the string ends inside it) or an invalid escape.
 */
function decodeLiteral(bytes: Buffer, from: number, to: number): string {
  const encoding = isAscii(bytes.subarray(from, to)) ? 'latin1' : 'utf8';
  if (to >= bytes.length) return JSON.parse(`"${bytes.toString(encoding, from, to)}"`) as string;
  const after = bytes[to]!;
  bytes[from - 1] = QUOTE;
  bytes[to] = QUOTE;
  try {
    return JSON.parse(bytes.toString(encoding, from - 1, to + 1)) as string;
  } finally {
    bytes[to] = after;
  }
}

/** Decoded windows of one large string, joined into pieces of about PIECE_CHARS. */
class PieceGatherer {
  readonly pieces: string[] = [];
  /** The line starts of pieces the decoder made (see TextPieces), by piece. */
  readonly lineStarts: (Uint32Array | undefined)[] = [];
  private gathered: string[] = [];
  private chars = 0;

  add(text: string, last: boolean): void {
    this.gathered.push(text);
    this.chars += text.length;
    if (!last && this.chars < PIECE_CHARS) return;
    this.flush();
  }

  /** Adds a whole piece (it ends with a line feed, unless it is the last), after what was gathered. */
  addPiece(piece: DecodedPiece): void {
    this.flush();
    this.lineStarts[this.pieces.length] = piece.lineStarts;
    this.pieces.push(piece.text);
  }

  /** The string's text, in its pieces. */
  textPieces(): TextPieces {
    return new TextPieces(this.pieces, this.lineStarts);
  }

  /** Makes what was gathered a piece: windows end with a line feed, so it is one, if short. */
  flush(): void {
    if (this.gathered.length === 0) return;
    this.pieces.push(this.gathered.length === 1 ? this.gathered[0]! : this.gathered.join(''));
    this.gathered = [];
    this.chars = 0;
  }
}

/**
 * JSON.parse of a UTF-8 body fed in chunks as they arrive, except that each string of more than
 * 64 KB comes back as TextPieces: its text in pieces of about 128 KB that each end with a line
 * feed. Parsing a 50 MB didOpen whole takes the joined 50 MB body, a 50 MB decoded string and a
 * 50 MB `text` string, which the document then copies again into its chunks; here the bytes go
 * from the network chunks into the pieces the document keeps.
 *
 * A large string is decoded by JsonStringDecoder (WebAssembly), which makes each piece a string
 * with one copy. Where it cannot be sure to decode as JSON.parse does (see wasm/jsonString.ts),
 * or where WebAssembly is missing, the string goes on from its current piece in windows: a window
 * is cut after a `\n` escape and parsed by JSON.parse in place, with no search for the closing
 * quote first (a window that holds it fails to parse, and only then is it looked for); after one
 * such window the decoder takes over again. Everything around the large strings (a few hundred
 * bytes of a didOpen) is parsed by JSON.parse, with a placeholder where each large string was.
 */
export class LargeJsonParser {
  /** Bytes received and not yet consumed are [0, length) of `bytes`; `pos` is where parsing is. */
  private bytes = Buffer.allocUnsafe(4 * WINDOW);
  private length = 0;
  private pos = 0;
  private readonly skeleton: string[] = [];
  private readonly large: TextPieces[] = [];
  /** The large string being read, and the window size it is read with (doubled for long lines). */
  private string: PieceGatherer | undefined;
  private window = WINDOW;
  /** The WebAssembly decoder, made on the first large string; undefined where it cannot run. */
  private decoder: JsonStringDecoder | undefined;
  /** Whether the large string is being read by the decoder (else in windows, by JSON.parse). */
  private decoding = false;
  /** Where the decoder goes on; from `pos` to here is the piece it is gathering. */
  private decoded = 0;

  /** Adds the next bytes of the body and parses as far as they go. */
  push(chunk: Buffer): void {
    this.append(chunk);
    this.advance(false);
  }

  /** The parsed value, once the whole body was pushed. */
  finish(): unknown {
    this.advance(true);
    if (this.string) throw new SyntaxError('Unterminated string in JSON');
    const json = this.skeleton.join('');
    if (this.large.length === 0) return JSON.parse(json);
    return JSON.parse(json, (_key, value: unknown) => (typeof value === 'string' && value.startsWith(PLACEHOLDER) ? this.large[Number(value.slice(PLACEHOLDER.length))] : value));
  }

  private append(chunk: Buffer): void {
    if (this.length + chunk.length > this.bytes.length) {
      // Keep one byte before `pos`: decodeLiteral makes it a quote.
      const keep = Math.max(0, this.pos - 1);
      this.bytes.copyWithin(0, keep, this.length);
      this.length -= keep;
      this.pos -= keep;
      this.decoded = Math.max(0, this.decoded - keep);
      if (this.length + chunk.length > this.bytes.length) {
        const larger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + chunk.length));
        this.bytes.copy(larger, 0, 0, this.length);
        this.bytes = larger;
      }
    }
    chunk.copy(this.bytes, this.length);
    this.length += chunk.length;
  }

  /** Parses what has arrived; `final` when nothing more will. */
  private advance(final: boolean): void {
    const view = this.bytes.subarray(0, this.length);
    for (;;) {
      const more = !this.string ? this.skeletonStep(view, final) : this.decoding ? this.decoderStep(view, final) : this.stringStep(view, final);
      if (!more) return;
    }
  }

  /** Outside large strings: copies structure and small strings to the skeleton. Returns whether to go on. */
  private skeletonStep(view: Buffer, final: boolean): boolean {
    const open = view.indexOf(QUOTE, this.pos);
    if (open < 0) {
      // Outside strings JSON is ASCII: any cut is a character boundary.
      this.skeleton.push(view.toString('latin1', this.pos));
      this.pos = view.length;
      return false;
    }
    this.skeleton.push(view.toString('latin1', this.pos, open));
    this.pos = open;
    const limit = Math.min(view.length, open + 1 + WINDOW);
    const end = closingQuoteIn(view, open + 1, limit);
    if (end >= 0) {
      this.skeleton.push(view.toString('utf8', open, end + 1));
      this.pos = end + 1;
      return true;
    }
    if (limit < open + 1 + WINDOW) {
      if (final) throw new SyntaxError('Unterminated string in JSON');
      return false;
    }
    this.skeleton.push(JSON.stringify(PLACEHOLDER + this.large.length));
    this.string = new PieceGatherer();
    this.window = WINDOW;
    this.pos = open + 1;
    this.startDecoder();
    return true;
  }

  /** Hands the large string to the decoder from `pos`, where it can run. */
  private startDecoder(): void {
    if (this.decoder === undefined && JsonStringDecoder.available()) this.decoder = new JsonStringDecoder(PIECE_CHARS);
    this.decoding = this.decoder !== undefined;
    this.decoded = this.pos;
  }

  /** Inside a large string, with the decoder: decodes what arrived. Returns whether to go on. */
  private decoderStep(view: Buffer, final: boolean): boolean {
    const decoder = this.decoder!;
    const stop = decoder.feed(view.subarray(this.decoded));
    const at = this.decoded + decoder.consumed;
    switch (stop) {
      case 'piece':
        this.string!.addPiece(decoder.take());
        this.pos = this.decoded = at;
        return true;
      case 'quote':
        this.string!.addPiece(decoder.take());
        this.large.push(this.string!.textPieces());
        this.string = undefined;
        this.decoding = false;
        this.pos = at + 1;
        return true;
      case 'done':
      case 'partial':
        this.decoded = at;
        if (!final) return false;
        // The body ends inside the string: the windows raise JSON.parse's error.
        break;
      case 'fallback':
        break;
    }
    decoder.reset();
    this.decoding = false;
    this.window = WINDOW;
    return true;
  }

  /** Inside a large string: decodes one window. Returns whether to go on. */
  private stringStep(view: Buffer, final: boolean): boolean {
    const limit = Math.min(view.length, this.pos + this.window);
    if (limit < this.pos + this.window && !final) return false;
    const cut = afterLastNewlineEscape(view, this.pos, limit);
    if (cut < 0) {
      const quote = closingQuoteIn(view, this.pos, limit);
      if (quote >= 0) return this.endString(view, quote);
      if (limit >= view.length && final) throw new SyntaxError('Unterminated string in JSON');
      // A line longer than the window: look further.
      this.window *= 2;
      return true;
    }
    let text: string;
    try {
      text = decodeLiteral(view, this.pos, cut);
    } catch (error) {
      const quote = closingQuoteIn(view, this.pos, cut);
      if (quote >= 0) return this.endString(view, quote);
      throw error;
    }
    this.string!.add(text, false);
    this.pos = cut;
    this.window = WINDOW;
    if (this.decoder) {
      // Past what the decoder left to JSON.parse: a piece ends here, and the decoder goes on.
      this.string!.flush();
      this.startDecoder();
    }
    return true;
  }

  private endString(view: Buffer, quote: number): boolean {
    this.string!.add(decodeLiteral(view, this.pos, quote), true);
    this.large.push(this.string!.textPieces());
    this.string = undefined;
    this.pos = quote + 1;
    return true;
  }
}

/** JSON.parse of a whole body with its large strings as TextPieces (see LargeJsonParser). */
export function parseWithLargeStrings(body: Buffer): unknown {
  const parser = new LargeJsonParser();
  parser.push(body);
  return parser.finish();
}
