/**
 * Byte arrays written as source code or data: JSON `[8, 148, 3]`, Java `new byte[]{8, -108, 3}`
 * (signed, with or without `(byte)` casts), Go `[]byte{0x08, 0x94}`, C `{0x08, 0x94}` and the
 * output of `xxd -i`, Python lists and `bytes([...])`. Elements are decimal, `0x` hex, octal
 * `0o`, or binary `0b`, from -128 (Java's signed bytes) to 255, with an optional type suffix.
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

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ').replace(/#[^\n]*/g, ' ');
}

/**
 * The bytes of the first bracketed list in the text (`[...]` or `{...}`), or null when it is not
 * a list of byte values. A trailing comma is allowed; an empty list is an empty body.
 */
export function decodeByteLiteral(text: string): Uint8Array | null {
  if (!/[[{]/.test(text)) return null;
  const code = stripComments(text);
  const brackets = /[[{]\s*([\]}])?/g;
  let list: RegExpExecArray | null = null;
  let sawEmpty = false;
  // Skip the empty brackets of a type (`byte[]`, `char foo[]`) to reach the values.
  for (let m = brackets.exec(code); m; m = brackets.exec(code)) {
    if (m[1] === undefined) {
      list = m;
      break;
    }
    sawEmpty = true;
  }
  // Only empty brackets (`[]`, `new byte[]{}`, `[]byte{}`): a literal of no bytes, an empty body.
  if (!list) return sawEmpty ? new Uint8Array(0) : null;
  const open = list.index;
  const close = code.indexOf(code[open] === '[' ? ']' : '}', open);
  if (close < 0) return null;
  // Text before the list may name a type or variable; text with another list inside is not ours.
  const inner = code.slice(open + 1, close);
  if (/[[{]/.test(inner)) return null;
  const tokens = inner.split(',').map((t) => t.trim());
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
