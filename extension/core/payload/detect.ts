import { decodeBase64 } from './base64';
import { decodeByteLiteral } from './byteLiterals';
import { decodeDump } from './dumps';
import { decodeEscaped } from './escaped';
import { decodeHex } from './hex';
import type { PayloadFormat } from './types';

/** One way of reading text as bytes. */
export interface Reading {
  readonly format: PayloadFormat;
  readonly bytes: Uint8Array;
}

/** Removes one pair of quotes around a value copied from JSON, a log or source code. */
function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'" || t[0] === '`') && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
}

/**
 * A raw body that was printed or pasted as text: characters up to U+00FF are taken as the bytes
 * they were read from (Latin-1, how byte-preserving tools show binary); otherwise as UTF-8.
 */
export function textToRawBytes(text: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) return new TextEncoder().encode(text);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Every reading of `text` in one format: none when the text is not in that format. */
export function readingsAs(text: string, format: PayloadFormat, maxBytes: number): Reading[] {
  const one = (bytes: Uint8Array | null): Reading[] => (bytes ? [{ format, bytes }] : []);
  switch (format) {
    case 'base64':
      return one(decodeBase64(unquote(text)));
    case 'hex':
      return one(decodeHex(unquote(text)));
    case 'dump':
      return one(decodeDump(text, maxBytes));
    case 'escaped':
      return decodeEscaped(text).map((bytes) => ({ format, bytes }));
    case 'bytes':
      return one(decodeByteLiteral(text));
    case 'binary':
      return one(textToRawBytes(text));
  }
}

/**
 * Whether file or standard-input bytes are a raw body rather than text: a NUL or another control
 * character that text does not hold, or bytes that are not UTF-8. An `Error` body starts with a
 * tag byte such as 0x08 or 0x12, so real bodies are caught by their first byte.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return true;
    if (b === 0x7f) return true;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** A hint for text that is plainly another kind of answer than a protobuf `Error`. */
export function textHint(text: string): string {
  const t = text.trimStart();
  if (/^<(?:!doctype|html|\?xml|head|body)/i.test(t)) return ' (the text looks like HTML or XML: a proxy or gateway page, or a shared-gateway XML answer, not a protobuf Error)';
  if (/^\{\s*"/.test(t)) return ' (the text looks like JSON: the shared gateway OpenAPI answers JSON, so explain its "Code" instead)';
  return '';
}
