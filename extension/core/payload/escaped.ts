/**
 * Bytes printed as an escaped string: `\x08\x94...` (Python, Go, JavaScript), octal `\010\224`
 * (C, Python), named escapes (`\b`, `\n`), `\u0008` (JSON, Java), printable characters as
 * themselves, optionally quoted as Python `b'...'`, C/Go `"..."`, or several quoted pieces
 * joined by whitespace or `+`.
 */

/**
 * Units of escaped text, one number each: a byte given by an escape as itself (0-255), a
 * character given as itself or by \u as its code point negated minus one (`~cp`), so that a
 * multi-megabyte string makes one array of numbers rather than millions of objects.
 */
type Units = number[];

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

/** The value of up to `max` digits of `radix` at `at`, and how many there were. */
function digitsAt(body: string, at: number, max: number, radix: number): { value: number; count: number } {
  let value = 0;
  let count = 0;
  while (count < max && at + count < body.length) {
    const d = parseInt(body[at + count]!, radix);
    if (Number.isNaN(d)) break;
    value = value * radix + d;
    count++;
  }
  return { value, count };
}

function unescape(body: string, units: Units): void {
  for (let i = 0; i < body.length; i++) {
    const cp = body.codePointAt(i)!;
    if (cp !== 0x5c || i + 1 >= body.length) {
      units.push(~cp);
      if (cp > 0xffff) i++;
      continue;
    }
    const n = body[i + 1]!;
    const named = NAMED[n];
    if (named !== undefined) {
      units.push(named);
      i += 1;
    } else if (LITERAL_AFTER_BACKSLASH.has(n)) {
      units.push(~n.charCodeAt(0));
      i += 1;
    } else if (n === 'x' && digitsAt(body, i + 2, 2, 16).count > 0) {
      const d = digitsAt(body, i + 2, 2, 16);
      units.push(d.value);
      i += 1 + d.count;
    } else if (digitsAt(body, i + 1, 3, 8).count > 0 && digitsAt(body, i + 1, 3, 8).value <= 0xff) {
      const d = digitsAt(body, i + 1, 3, 8);
      units.push(d.value);
      i += d.count;
    } else if (n === 'u' && digitsAt(body, i + 2, 4, 16).count === 4) {
      units.push(~digitsAt(body, i + 2, 4, 16).value);
      i += 5;
    } else if (n === 'U' && digitsAt(body, i + 2, 8, 16).count === 8 && digitsAt(body, i + 2, 8, 16).value <= 0x10ffff) {
      units.push(~digitsAt(body, i + 2, 8, 16).value);
      i += 9;
    } else {
      // Python keeps an unknown escape as written; so do we.
      units.push(~0x5c);
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
  const units: Units = [];
  for (const piece of pieces ?? [trimmed]) unescape(piece, units);
  const utf8: number[] = [];
  let highLatin1 = false;
  let beyondLatin1 = false;
  for (const u of units) {
    if (u >= 0) utf8.push(u);
    else {
      const cp = ~u;
      encodeUtf8(cp, utf8);
      if (cp > 0xff) beyondLatin1 = true;
      else if (cp > 0x7f) highLatin1 = true;
    }
  }
  const readings = [Uint8Array.from(utf8)];
  if (highLatin1 && !beyondLatin1) readings.push(Uint8Array.from(units, (u) => (u >= 0 ? u : ~u)));
  return readings;
}
