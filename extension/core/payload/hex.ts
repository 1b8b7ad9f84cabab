/**
 * Hex text in both directions: continuous (`0894...`, Wireshark's "hex stream", `xxd -p`), or
 * byte by byte with spaces, commas, colons, hyphens (.NET's BitConverter) or a `0x` prefix
 * (`08 94`, `0x08,0x94`, `08:94`, `08-94`), in either case, or as Node prints a Buffer
 * (`<Buffer 08 94>`). Dumps with offsets and byte literals in source code have their own readers.
 */

const HEX_DIGITS = /^[0-9a-fA-F]*$/;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Bytes of a run of hex digits of even length (the caller checked the digits). */
function pairsToBytes(digits: string): Uint8Array {
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = hexValue(digits.charCodeAt(2 * i)) * 16 + hexValue(digits.charCodeAt(2 * i + 1));
  return out;
}

/**
 * The bytes of hex text, or null when it is not hex. Separated tokens of one or two digits are
 * one byte each (`0x8, 0x94`); otherwise the digits are read in pairs.
 */
export function decodeHex(text: string): Uint8Array | null {
  // Stops at the first character hex text cannot hold: cheap on long text of another form.
  const unwrapped = /^\s*<Buffer ([^>]*)>\s*$/.exec(text)?.[1] ?? text;
  if (/[^0-9a-fA-FxX\s,:-]/.test(unwrapped)) return null;
  const tokens = unwrapped
    .trim()
    .split(/[\s,:-]+/)
    .filter((t) => t !== '')
    .map((t) => (t.startsWith('0x') || t.startsWith('0X') ? t.slice(2) : t));
  if (tokens.some((t) => t === '' || !HEX_DIGITS.test(t))) return null;
  if (tokens.length > 1 && tokens.every((t) => t.length <= 2)) {
    return Uint8Array.from(tokens, (t) => parseInt(t, 16));
  }
  const digits = tokens.join('');
  return digits.length % 2 === 0 ? pairsToBytes(digits) : null;
}

const HEX_CODES = new TextEncoder().encode('0123456789abcdef');
const ascii = new TextDecoder();

/** Lowercase hex, two digits a byte, no separators. */
export function bytesToHex(bytes: Uint8Array): string {
  // Character codes into one buffer, decoded once: string concatenation is far slower on megabytes.
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    out[2 * i] = HEX_CODES[b >> 4] as number;
    out[2 * i + 1] = HEX_CODES[b & 15] as number;
  }
  return ascii.decode(out);
}
