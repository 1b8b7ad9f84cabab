import { findEntries } from '../catalog/lookup';
import { decodeBytesAs, maxBytesOf, tooLarge } from './decodeBytes';
import { readingsAs, textHint } from './detect';
import { PAYLOAD_FORMATS, type DecodeFailure, type DecodeOutcome, type DecodeTextOptions, type PayloadFormat } from './types';

// Dumps spend about 4.2 characters a byte (xxd); escaped text up to 4. Text beyond this many
// characters a byte cannot be within the byte limit in any form, so it is refused unread.
const MAX_CHARS_PER_BYTE = 8;
const CODE_SHAPE = /^[A-Za-z][\w.]*$/;

/**
 * How good a reading is: a known code beats a code-shaped one, which beats any well-formed one,
 * which beats one made only of unknown fields; then an HTTP status in StatusCode; then fewer
 * unknown fields.
 */
function score(outcome: DecodeOutcome): number {
  if (!outcome.ok) return 0;
  // Only unknown fields: not an Error (refused below when nothing better comes), so it never
  // outranks a reading that has Error fields, however odd their values (a dump whose ASCII
  // column shows `\0` also reads as escaped text, as protobuf made of unknown fields).
  if (!outcome.empty && outcome.fields.every((f) => f.name === undefined)) return 1;
  const code = outcome.error.ErrorCode;
  const base = outcome.empty ? 1 : code !== '' && findEntries(code).length > 0 ? 4 : CODE_SHAPE.test(code) ? 3 : 2;
  // An HTTP status (or none) in StatusCode tells a right reading from one that shifted a byte.
  const status = outcome.error.StatusCode;
  const plausible = status === 0 || (status >= 100 && status <= 599);
  return base * 1000 + (plausible ? 500 : 0) - Math.min(499, outcome.unknownFields.length);
}
const BEST = 4500;

function unrecognized(format: PayloadFormat, text: string, what: string): DecodeFailure {
  return { ok: false, format, kind: 'unrecognized-text', reason: `${what}${textHint(text)}`, offset: 0, partial: {}, leftover: 0, byteLength: 0 };
}

/**
 * Decodes an `Error` body from text in any form people find it in: base64 (standard, URL-safe,
 * unpadded, wrapped), hex, hex dumps (xxd, hexdump -C, od, Wireshark), escaped strings, byte
 * literals (JSON, Java, Go, C, Python), or raw body text. With `format: 'auto'` (the default)
 * every form the text can be read in is decoded, and the best reading wins: a well-formed
 * `Error` with a known code first; ties go to the more specific form. The outcome says which
 * form was used. Never throws.
 */
export function decodePayloadText(text: string, options?: DecodeTextOptions): DecodeOutcome {
  const maxBytes = maxBytesOf(options);
  const forced = options?.format && options.format !== 'auto' ? options.format : null;
  if (text.length > maxBytes * MAX_CHARS_PER_BYTE + 4096) {
    const failure = tooLarge(forced ?? 'binary', text.length, maxBytes);
    return { ...failure, reason: `the text is ${text.length} characters, too long to hold at most ${maxBytes} bytes in any form` };
  }
  if (text.trim() === '') return decodeBytesAs(new Uint8Array(0), forced ?? 'binary', options);

  let best: DecodeOutcome | null = null;
  let bestScore = -1;
  for (const format of forced ? [forced] : PAYLOAD_FORMATS) {
    // Any text is some bytes; reading it as the raw body is the last resort, never a rival.
    if (format === 'binary' && !forced && best?.ok) break;
    for (const reading of readingsAs(text, format, maxBytes)) {
      const outcome = decodeBytesAs(reading.bytes, reading.format, { maxBytes });
      // Among failures, the reading that got furthest explains best why the text is not an Error.
      const s = outcome.ok ? score(outcome) : 0;
      const further = !outcome.ok && best !== null && !best.ok && outcome.offset > best.offset;
      if (s > bestScore || further) {
        best = outcome;
        bestScore = s;
      }
      if (bestScore >= BEST && best) return best;
    }
  }
  if (!best) return unrecognized(forced ?? 'binary', text, forced ? `the text is not in ${forced} form` : 'the text is in no payload form');
  if (!best.ok) return { ...best, reason: best.reason + textHint(text) };
  // Random text often parses as protobuf made only of unknown fields; guessing, we do not call that an Error.
  if (!forced && !best.empty && best.fields.every((f) => f.name === undefined)) {
    return unrecognized(best.format, text, `the text reads as ${best.format} but holds none of the Error's fields`);
  }
  return best;
}
