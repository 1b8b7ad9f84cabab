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

/** The bytes of one list's inside (`8, -108, 3` or `8 148 3`), or null when a value is not a byte. */
function listBytes(inner: string): Uint8Array | null {
  const tokens = (inner.includes(',') ? inner.split(',') : inner.trim().split(/\s+/)).map((t) => t.trim());
  if (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
  if (tokens.length === 0) return null;
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const v = elementValue(tokens[i]!);
    if (v === null) return null;
    out[i] = v;
  }
  return out;
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
