import type { KmsErrorFields } from '../shared/kmsErrorFields';
import { DEFAULT_MAX_BYTES } from './types';

/**
 * The common case of decodeBase64ErrorFields, cheaply: standard-alphabet base64 whose `Error`
 * fields are plain ASCII, as every body the server sends for a catalog error is. The full scan
 * decodes every base64 body of a log; the general path builds a byte array, a list of spans and
 * calls TextDecoder once per string field (about 6 µs a body), where here one native `atob` call
 * gives the bytes as a Latin-1 string whose ASCII fields are slices of it.
 *
 * Returns undefined whenever it cannot tell ("ask the general path"), and otherwise exactly what
 * the general path returns:
 * - the bytes: `atob` succeeds only on text that decodeBase64 decodes to the same bytes (standard
 *   alphabet, `=` only as the final one or two characters of a length divisible by 4, never a
 *   length of 4n+1; the leftover bits of a short group are dropped by both; both skip spaces,
 *   tabs and line breaks). URL-safe text makes it throw, and a form feed (which `atob` skips and
 *   decodeBase64 refuses) is declined: undefined. The general path's size limits hold here too.
 * - the walk: only tags of one byte, field 1 as a varint of up to 5 bytes (its low 32 bits as a
 *   signed int32, as protobufjs reads it), fields 2-4 as length-delimited ASCII, other fields as
 *   varints, fixed64, fixed32 or length-delimited values that fit. Anything else (groups, a
 *   field 1-4 of another wire type, field 0, a value past the end, a byte over 0x7f in a string
 *   field, any byte 0xef that could start a byte order mark) is left to the general path.
 * - absent fields default as protobufjs gives them (0 and ''), the last of a repeated field wins.
 */

// The core runs in Node and in the webview: both have `atob`, read through globalThis so the core
// names no environment global; without it every body takes the general path.
const atob: ((data: string) => string) | undefined = typeof globalThis.atob === 'function' ? globalThis.atob.bind(globalThis) : undefined;

/** The low 32 bits of a varint of at most 5 bytes at `pos` as an int32 and its end, or -1 end. */
let varintEnd = -1;
function readSmallVarint(bin: string, pos: number): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = bin.charCodeAt(pos + i);
    if (Number.isNaN(b)) break;
    value += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) {
      varintEnd = pos + i + 1;
      return value;
    }
  }
  varintEnd = -1;
  return 0;
}

/** Whether bin[from, to) is ASCII. */
function isAscii(bin: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bin.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The four `Error` fields of base64 `text`, or undefined when the general path must decide. */
export function asciiErrorFields(text: string): KmsErrorFields | undefined {
  if (!atob || text.length > DEFAULT_MAX_BYTES * 2 || text.includes('\f')) return undefined;
  let bin: string;
  try {
    bin = atob(text);
  } catch {
    return undefined;
  }
  const n = bin.length;
  if (n === 0 || n > DEFAULT_MAX_BYTES || bin.indexOf('\xef') >= 0) return undefined;
  let status = 0;
  let code = '';
  let message = '';
  let requestId = '';
  let pos = 0;
  while (pos < n) {
    const tag = bin.charCodeAt(pos);
    const field = tag >> 3;
    const wireType = tag & 7;
    if (tag > 0x7f || field === 0) return undefined;
    pos++;
    if (field === 1) {
      if (wireType !== 0) return undefined;
      const v = readSmallVarint(bin, pos);
      if (varintEnd < 0) return undefined;
      status = v | 0;
      pos = varintEnd;
      continue;
    }
    if (wireType === 2) {
      const len = readSmallVarint(bin, pos);
      if (varintEnd < 0 || varintEnd + len > n) return undefined;
      const start = varintEnd;
      pos = start + len;
      if (field > 4) continue;
      if (!isAscii(bin, start, pos)) return undefined;
      const value = bin.slice(start, pos);
      if (field === 2) code = value;
      else if (field === 3) message = value;
      else requestId = value;
      continue;
    }
    if (field <= 4) return undefined;
    if (wireType === 0) {
      let i = pos;
      while (i < n && i - pos < 10 && bin.charCodeAt(i) > 0x7f) i++;
      if (i >= n || i - pos >= 10) return undefined;
      pos = i + 1;
    } else if (wireType === 1 || wireType === 5) {
      pos += wireType === 1 ? 8 : 4;
      if (pos > n) return undefined;
    } else {
      return undefined;
    }
  }
  return { StatusCode: status, ErrorCode: code, ErrorMessage: message, RequestId: requestId };
}
