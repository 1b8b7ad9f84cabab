/**
 * Bytes printed as an escaped string: `\x08\x94...` (Python, Go, JavaScript), octal `\010\224`
 * (C, Python), named escapes (`\b`, `\n`), `\u0008` (JSON, Java), printable characters as
 * themselves, optionally quoted as Python `b'...'`, C/Go `"..."`, or several quoted pieces
 * joined by whitespace or `+`.
 */

/** One unit of escaped text: a byte given by an escape, or a character given as itself or \u. */
type Unit = { readonly byte: number } | { readonly char: number };

const NAMED: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, e: 27 };
const LITERAL_AFTER_BACKSLASH = new Set(['\\', "'", '"', '?', '/', '`']);

/** Splits quoted text into the contents of its quoted pieces, or null when it is not quoted. */
function quotedPieces(text: string): string[] | null {
  const pieces: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /[\s+]/.test(text[i]!)) i++;
    if (i >= text.length) break;
    if (text[i] === 'b' || text[i] === 'B') i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return null;
    let j = i + 1;
    while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
    if (j >= text.length) return null;
    pieces.push(text.slice(i + 1, j));
    i = j + 1;
  }
  return pieces.length > 0 ? pieces : null;
}

function unescape(body: string, units: Unit[]): void {
  const chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== '\\' || i + 1 >= chars.length) {
      units.push({ char: c.codePointAt(0)! });
      continue;
    }
    const n = chars[i + 1]!;
    const ahead = chars.slice(i + 2, i + 10).join('');
    let m: RegExpExecArray | null;
    if (NAMED[n] !== undefined) {
      units.push({ byte: NAMED[n] });
      i += 1;
    } else if (LITERAL_AFTER_BACKSLASH.has(n)) {
      units.push({ char: n.charCodeAt(0) });
      i += 1;
    } else if (n === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(ahead))) {
      units.push({ byte: parseInt(m[0], 16) });
      i += 1 + m[0].length;
    } else if ((m = /^[0-7]{1,3}/.exec(n + ahead)) && parseInt(m[0], 8) <= 0xff) {
      units.push({ byte: parseInt(m[0], 8) });
      i += m[0].length;
    } else if (n === 'u' && (m = /^[0-9a-fA-F]{4}/.exec(ahead))) {
      units.push({ char: parseInt(m[0], 16) });
      i += 5;
    } else if (n === 'U' && (m = /^[0-9a-fA-F]{8}/.exec(ahead)) && parseInt(m[0], 16) <= 0x10ffff) {
      units.push({ char: parseInt(m[0], 16) });
      i += 9;
    } else {
      // Python keeps an unknown escape as written; so do we.
      units.push({ char: 0x5c });
    }
  }
}

function encodeUtf8(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/**
 * The byte readings of escaped text, or [] when it is not escaped text (unquoted text needs at
 * least one escape). Characters are UTF-8 encoded; when every character fits in a byte and some
 * are above 0x7f, a second reading takes them as Latin-1, which is how a program that decoded
 * the body as Latin-1 prints it.
 */
export function decodeEscaped(text: string): Uint8Array[] {
  const trimmed = text.trim();
  const pieces = quotedPieces(trimmed);
  if (!pieces && !/\\(?:x[0-9a-fA-F]|[0-7]|u[0-9a-fA-F]{4}|[abtnvfr])/.test(trimmed)) return [];
  const units: Unit[] = [];
  for (const piece of pieces ?? [trimmed]) unescape(piece, units);
  const utf8: number[] = [];
  let highLatin1 = false;
  let beyondLatin1 = false;
  for (const u of units) {
    if ('byte' in u) utf8.push(u.byte);
    else {
      encodeUtf8(u.char, utf8);
      if (u.char > 0xff) beyondLatin1 = true;
      else if (u.char > 0x7f) highLatin1 = true;
    }
  }
  const readings = [Uint8Array.from(utf8)];
  if (highLatin1 && !beyondLatin1) readings.push(Uint8Array.from(units, (u) => ('byte' in u ? u.byte : u.char)));
  return readings;
}
