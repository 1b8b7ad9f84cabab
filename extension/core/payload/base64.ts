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
  const sextets = new Uint8Array(text.length);
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
    sextets[n++] = v;
  }
  if (padding > 2 || n % 4 === 1 || (padding > 0 && (n + padding) % 4 !== 0)) return null;
  const out = new Uint8Array(Math.floor((n * 6) / 8));
  let o = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = ((sextets[i] as number) << 18) | ((sextets[i + 1] as number) << 12) | ((sextets[i + 2] as number) << 6) | (sextets[i + 3] as number);
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  const rest = n - i;
  if (rest >= 2) {
    const v = ((sextets[i] as number) << 18) | ((sextets[i + 1] as number) << 12) | (rest === 3 ? (sextets[i + 2] as number) << 6 : 0);
    out[o++] = v >> 16;
    if (rest === 3) out[o++] = (v >> 8) & 0xff;
  }
  return out;
}

/** Standard padded base64 of `bytes` (RFC 4648 §4), as logs and JSON usually carry it. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    chunk += STANDARD[v >> 18]! + STANDARD[(v >> 12) & 63]! + STANDARD[(v >> 6) & 63]! + STANDARD[v & 63]!;
    // Join in slices: one ever-growing string is slow for multi-megabyte bodies.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const v = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    chunk += STANDARD[v >> 18]! + STANDARD[(v >> 12) & 63]! + (rest === 2 ? STANDARD[(v >> 6) & 63]! : '=') + '=';
  }
  parts.push(chunk);
  return parts.join('');
}
