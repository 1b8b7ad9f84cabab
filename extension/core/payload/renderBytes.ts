import { encodeBase64 } from './base64';
import { bytesToHex } from './hex';
import type { ByteStyle } from './types';

/** Printable ASCII as itself in a quoted literal, except the quote and the backslash. */
function escapeBytes(bytes: Uint8Array, quote: '"' | "'"): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (c === quote || c === '\\') out += '\\' + c;
    else if (b >= 0x20 && b < 0x7f) out += c;
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else out += '\\x' + b.toString(16).padStart(2, '0');
  }
  return out;
}

function list(bytes: Uint8Array, each: (b: number) => string): string {
  return Array.from(bytes, each).join(', ');
}

/**
 * Prints bytes for a test fixture or a log: `base64` (standard, padded), `hex` (lowercase),
 * `escaped` (a double-quoted string with two-digit `\xNN` escapes, as Go, Python and JavaScript
 * read it), `java` (`new byte[]{...}`, signed), `go` (`[]byte{0x08, ...}`), `python`
 * (`b'...'`, as Python's repr prints bytes) or `json` (an array of numbers 0-255).
 */
export function renderBytes(bytes: Uint8Array, style: ByteStyle): string {
  switch (style) {
    case 'base64':
      return encodeBase64(bytes);
    case 'hex':
      return bytesToHex(bytes);
    case 'escaped':
      return `"${escapeBytes(bytes, '"')}"`;
    case 'java':
      return `new byte[]{${list(bytes, (b) => String(b > 127 ? b - 256 : b))}}`;
    case 'go':
      return `[]byte{${list(bytes, (b) => '0x' + b.toString(16).padStart(2, '0'))}}`;
    case 'python': {
      // Python's repr switches to double quotes when the bytes hold a ' and no ".
      const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
      return `b${quote}${escapeBytes(bytes, quote)}${quote}`;
    }
    case 'json':
      return `[${Array.from(bytes).join(',')}]`;
  }
}
