/**
 * Base64 in both directions without Buffer or atob (the core also runs in the webview, and
 * atob rejects URL-safe text). Decoding accepts the standard and URL-safe alphabets, padding or
 * none, and text wrapped over lines (MIME, PEM-style logs).
 */

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUE[STANDARD.charCodeAt(i)] = i;
VALUE['-'.charCodeAt(0)] = 62;
VALUE['_'.charCodeAt(0)] = 63;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * The bytes of base64 text, or null when the text is not base64: a character outside both
 * alphabets, padding in the middle, or a length that no encoder produces.
 */
export function decodeBase64(text: string): Uint8Array | null {
  // One pass, four characters at a time into a 24-bit group, straight into the output.
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let o = 0;
  let group = 0;
  let n = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 0x3d /* = */) {
      padding++;
      continue;
    }
    const v = c < 128 ? (VALUE[c] as number) : -1;
    if (v < 0 || padding > 0) return null;
    group = (group << 6) | v;
    if (++n % 4 === 0) {
      out[o++] = group >> 16;
      out[o++] = (group >> 8) & 0xff;
      out[o++] = group & 0xff;
      group = 0;
    }
  }
  const rest = n % 4;
  if (padding > 2 || rest === 1 || (padding > 0 && (n + padding) % 4 !== 0)) return null;
  if (rest === 2) out[o++] = (group >> 4) & 0xff;
  if (rest === 3) {
    out[o++] = (group >> 10) & 0xff;
    out[o++] = (group >> 2) & 0xff;
  }
  return out.slice(0, o);
}

const STANDARD_CODES = new TextEncoder().encode(STANDARD);
const PAD = 0x3d;
const ascii = new TextDecoder();

/** Standard padded base64 of `bytes` (RFC 4648 §4), as logs and JSON usually carry it. */
export function encodeBase64(bytes: Uint8Array): string {
  // Character codes into one buffer, decoded once: string concatenation is far slower on megabytes.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  const code = (v: number) => STANDARD_CODES[v & 63] as number;
  for (; i + 3 <= bytes.length; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = code(v >> 18);
    out[o++] = code(v >> 12);
    out[o++] = code(v >> 6);
    out[o++] = code(v);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const v = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = code(v >> 18);
    out[o++] = code(v >> 12);
    out[o++] = rest === 2 ? code(v >> 6) : PAD;
    out[o++] = PAD;
  }
  return ascii.decode(out);
}
