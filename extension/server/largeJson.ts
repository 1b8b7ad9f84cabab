import { isAscii } from 'node:buffer';
import { TextPieces } from './textPieces';

const QUOTE = 0x22;
const BACKSLASH = 92;
const NEWLINE_ESCAPE = Buffer.from('\\n', 'latin1');
/** Bytes of a string literal looked at before it counts as large; also the bytes decoded at a time. */
const WINDOW = 64 * 1024;
/** Characters of decoded text gathered into one piece: V8's largest regular object, see lineChunks.ts. */
const PIECE_CHARS = 128 * 1024;
/** Stands for a large string in the skeleton JSON; no text a client sends starts with a NUL and this. */
const PLACEHOLDER = '\u0000kms-errors-large-string:';

/** Whether the character at `i` of `w` is escaped: an odd run of backslashes before it (`w` starts outside any escape). */
function escaped(w: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && w.charCodeAt(j) === BACKSLASH) j--;
  return (i - 1 - j) % 2 === 1;
}

/** The first unescaped `"` in `w`, or -1. */
function closingQuote(w: string): number {
  for (let i = w.indexOf('"'); i >= 0; i = w.indexOf('"', i + 1)) if (!escaped(w, i)) return i;
  return -1;
}

/** Whether the byte at `i` is escaped: an odd run of backslashes from `from` up to it (`from` starts outside any escape). */
function escapedByte(body: Buffer, from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && body[j] === BACKSLASH) j--;
  return (i - 1 - j) % 2 === 1;
}

/** The offset just after the last `\n` escape in bytes [from, limit), or -1. */
function afterLastNewlineEscape(body: Buffer, from: number, limit: number): number {
  for (let i = body.lastIndexOf(NEWLINE_ESCAPE, limit - 2); i >= from; i = i > from ? body.lastIndexOf(NEWLINE_ESCAPE, i - 1) : -1) {
    if (!escapedByte(body, from, i)) return i + 2;
  }
  return -1;
}

/**
 * The JSON string literal content at bytes [from, to), decoded: the bytes around it are made the
 * quotes for the moment (the byte before `from` is the opening quote or the `n` of an escape
 * already decoded; the one at `to` is put back), so the literal is decoded from the buffer as one
 * string, latin1 when ASCII, and parsed, with no concatenation. Throws when the content holds an
 * unescaped quote (the string ends inside it) or an invalid escape.
 */
function decodeLiteral(body: Buffer, from: number, to: number): string {
  const after = body[to]!;
  body[from - 1] = QUOTE;
  body[to] = QUOTE;
  try {
    const literal = body.toString(isAscii(body.subarray(from, to)) ? 'latin1' : 'utf8', from - 1, to + 1);
    return JSON.parse(literal) as string;
  } finally {
    body[to] = after;
  }
}

/** The first unescaped `"` in bytes [from, limit), or -1: only where the string ends. */
function closingQuoteIn(body: Buffer, from: number, limit: number): number {
  const quote = closingQuote(body.toString('latin1', from, limit));
  return quote < 0 ? -1 : from + quote;
}

/**
 * The string literal whose content starts at `from`, decoded window by window, each window cut
 * after a `\n` escape so every piece ends with a line feed; pieces are gathered to about
 * PIECE_CHARS. Returns the pieces and the offset of the closing quote. A window is parsed
 * without first looking for the closing quote in it: a window that holds it fails to parse, and
 * only then is the quote looked for.
 */
function largeString(body: Buffer, from: number): { pieces: string[]; end: number } {
  const pieces: string[] = [];
  let gathered: string[] = [];
  let chars = 0;
  const gather = (text: string, last: boolean): void => {
    gathered.push(text);
    chars += text.length;
    if (!last && chars < PIECE_CHARS) return;
    pieces.push(gathered.length === 1 ? gathered[0]! : gathered.join(''));
    gathered = [];
    chars = 0;
  };
  const finish = (at: number, quote: number) => {
    gather(decodeLiteral(body, at, quote), true);
    return { pieces, end: quote };
  };
  let at = from;
  for (let size = WINDOW; ; ) {
    const limit = Math.min(body.length, at + size);
    const cut = afterLastNewlineEscape(body, at, limit);
    if (cut < 0) {
      const quote = closingQuoteIn(body, at, limit);
      if (quote >= 0) return finish(at, quote);
      if (limit >= body.length) throw new SyntaxError('Unterminated string in JSON');
      // A line longer than the window: look further.
      size *= 2;
      continue;
    }
    let text: string;
    try {
      text = decodeLiteral(body, at, cut);
    } catch (error) {
      const quote = closingQuoteIn(body, at, cut);
      if (quote >= 0) return finish(at, quote);
      throw error;
    }
    gather(text, false);
    at = cut;
    size = WINDOW;
  }
}

/** The closing quote of the string literal whose content starts at `from`, if within WINDOW bytes. */
function smallStringEnd(body: Buffer, from: number): number {
  for (let size = 256; ; size *= 4) {
    const limit = Math.min(body.length, from + Math.min(size, WINDOW));
    const quote = closingQuote(body.toString('latin1', from, limit));
    if (quote >= 0) return from + quote;
    if (limit >= body.length || size >= WINDOW) return -1;
  }
}

/**
 * JSON.parse of a UTF-8 message body, except that each string of more than 64 KB is returned
 * as TextPieces (its text in pieces of about 128 KB, each ending with a line feed). Parsing a
 * 50 MB didOpen whole makes a 50 MB decoded string, then a 50 MB `text` string, which the
 * document then copies again into its chunks; here the body's bytes go straight into the pieces
 * the document keeps. Everything around the large strings (a few hundred bytes of a didOpen) is
 * parsed by JSON.parse, with a placeholder where each large string was.
 */
export function parseWithLargeStrings(body: Buffer): unknown {
  const skeleton: string[] = [];
  const large: TextPieces[] = [];
  let pos = 0;
  while (pos < body.length) {
    const open = body.indexOf(QUOTE, pos);
    if (open < 0) {
      skeleton.push(body.toString('utf8', pos));
      break;
    }
    const end = smallStringEnd(body, open + 1);
    if (end >= 0) {
      skeleton.push(body.toString('utf8', pos, end + 1));
      pos = end + 1;
      continue;
    }
    skeleton.push(body.toString('utf8', pos, open), JSON.stringify(PLACEHOLDER + large.length));
    const { pieces, end: close } = largeString(body, open + 1);
    large.push(new TextPieces(pieces));
    pos = close + 1;
  }
  if (large.length === 0) return JSON.parse(skeleton.join(''));
  return JSON.parse(skeleton.join(''), (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(PLACEHOLDER) ? large[Number(value.slice(PLACEHOLDER.length))] : value,
  );
}
