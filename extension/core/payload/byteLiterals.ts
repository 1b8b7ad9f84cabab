/**
 * Byte arrays written as source code or data: JSON `[8, 148, 3]`, Java `new byte[]{8, -108, 3}`
 * (signed, with or without `(byte)` casts), Go `[]byte{0x08, 0x94}`, C `{0x08, 0x94}` and the
 * output of `xxd -i`, Python lists and `bytes([...])`. Elements are decimal, `0x` hex, octal
 * `0o`, or binary `0b`, from -128 (Java's signed bytes) to 255, with an optional type suffix.
 * Go's `fmt.Println` of a []byte, `[8 148 3]`, separates the values by spaces instead of commas.
 */

const ELEMENT = /^(?:\(\s*(?:byte|unsigned\s+char|char|uint8_t|u8)\s*\)\s*)?([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)(?:u8|i8|[uUlL]{1,3})?$/;

function elementValue(token: string): number | null {
  const m = ELEMENT.exec(token.trim());
  if (!m) return null;
  const digits = m[2] ?? '';
  const radix = /^0[xX]/.test(digits) ? 16 : /^0[oO]/.test(digits) ? 8 : /^0[bB]/.test(digits) ? 2 : 10;
  const value = (m[1] === '-' ? -1 : 1) * parseInt(radix === 10 ? digits : digits.slice(2), radix);
  return value >= -128 && value <= 255 ? value & 0xff : null;
}

/** Blanks out C, Java and Go comments and Python/shell `#` comments, in one linear pass. */
function stripComments(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    let end = -1;
    if (c === '/' && next === '*') end = text.indexOf('*/', i + 2) + 2;
    else if ((c === '/' && next === '/') || c === '#') end = text.indexOf('\n', i);
    else continue;
    out += text.slice(from, i) + ' ';
    // An unclosed comment runs to the end of the text.
    from = end <= 1 || end < i ? text.length : end;
    i = from - 1;
  }
  return out + text.slice(from);
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The value of a plain element, `-108`, `148` or `0x94`, read from character codes; null for
 * anything else (casts, suffixes, other radixes), which the full pattern then reads.
 */
function plainValue(s: string, from: number, to: number): number | null {
  let i = from;
  const negative = s.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let value = 0;
  if (to - i > 2 && s.charCodeAt(i) === 0x30 && (s.charCodeAt(i + 1) | 0x20) === 0x78) {
    for (i += 2; i < to; i++) {
      const d = parseInt(s[i]!, 16);
      if (Number.isNaN(d)) return null;
      value = value * 16 + d;
    }
  } else {
    if (i >= to || to - i > 3) return null;
    for (; i < to; i++) {
      const d = s.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) return null;
      value = value * 10 + d;
    }
  }
  const signed = negative ? -value : value;
  return signed >= -128 && signed <= 255 && value < 0x1000 ? signed & 0xff : null;
}

/**
 * The bytes of one list's inside (`8, -108, 3` or Go's `8 148 3`), or null when a value is not a
 * byte. Scanned by character codes: megabyte literals would make millions of strings if split.
 */
function listBytes(inner: string): Uint8Array | null {
  const byComma = inner.includes(',');
  const out = new Uint8Array(Math.ceil(inner.length / 2) + 1);
  let n = 0;
  for (let i = 0; i < inner.length; ) {
    while (i < inner.length && isSpace(inner.charCodeAt(i))) i++;
    if (i >= inner.length) break;
    let end = i;
    while (end < inner.length && (byComma ? inner.charCodeAt(end) !== 0x2c : !isSpace(inner.charCodeAt(end)))) end++;
    let last = end;
    while (last > i && isSpace(inner.charCodeAt(last - 1))) last--;
    const value = plainValue(inner, i, last) ?? elementValue(inner.slice(i, last));
    if (value === null) return null;
    out[n++] = value;
    i = end + 1;
  }
  return n > 0 ? out.slice(0, n) : null;
}

/**
 * The bytes of the first bracketed list in the text (`[...]` or `{...}`) that holds byte values,
 * or null when none does. Lists before it may be a log's `[main]` or a type's `byte[]`. A
 * trailing comma is allowed; a literal of only empty brackets (`new byte[]{}`) is an empty body.
 */
export function decodeByteLiteral(text: string): Uint8Array | null {
  if (!/[[{]/.test(text)) return null;
  const code = stripComments(text);
  let sawEmpty = false;
  // One pass: each innermost list (no bracket inside) is tried once, so hostile nesting stays linear.
  let open = -1;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '[' || c === '{') open = i;
    else if (open >= 0 && ((c === ']' && code[open] === '[') || (c === '}' && code[open] === '{'))) {
      const inner = code.slice(open + 1, i);
      if (inner.trim() === '') sawEmpty = true;
      else {
        const bytes = listBytes(inner);
        if (bytes) return bytes;
      }
      open = -1;
    }
  }
  return sawEmpty ? new Uint8Array(0) : null;
}
