import { findMessages } from './messageWords';
import type { KmsErrorFields } from '../shared/kmsErrorFields';

function isKnownMessage(text: string): boolean {
  return findMessages(text).some((h) => h.start === 0 && h.end === text.length);
}

/**
 * A raw protobuf `Error` body printed as a string, read around a code found in it:
 * `\x08\x94\x03\x12\x15Forbidden.KeyNotFound\x1a!The specified key does not exist."$475f...`.
 * Bytes may appear as escapes (`\x1a`, `\032`, `\u001a`, `\n`), as the characters themselves, or
 * not at all: viewers strip control characters, as in the FAQ's
 * `MissingParamter AParamter x-kms-acccesskeyid does not exist in http header or body "$430c76cd-...`
 * (0x1a shown as a space, `A` = 65 = the message's length, `"` = field 4, `$` = 36). The message's
 * length byte must equal the message's length: that check is what makes this precise.
 */

/** `/\w/.test(ch)` by its character code (`\w` is `[A-Za-z0-9_]` without the `u` flag); false past the end (NaN). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** One byte of printed body: its value and where the next one starts. */
interface Unit {
  readonly value: number;
  readonly next: number;
  readonly escaped: boolean;
}

const NAMED: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, e: 27, '\\': 92, '"': 34, "'": 39 };

function readUnit(text: string, i: number): Unit | null {
  if (i >= text.length) return null;
  const c = text.charCodeAt(i);
  if (c !== 92 /* \ */) return { value: c, next: i + 1, escaped: false };
  const n = text[i + 1];
  if (n === undefined) return null;
  let m: RegExpExecArray | null;
  if (n === 'x' && (m = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2, i + 4)))) return { value: parseInt(m[0], 16), next: i + 4, escaped: true };
  if (n === 'u' && (m = /^00[0-9a-fA-F]{2}/.exec(text.slice(i + 2, i + 6)))) return { value: parseInt(m[0], 16), next: i + 6, escaped: true };
  if ((m = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))) && parseInt(m[0], 8) <= 0xff) {
    return { value: parseInt(m[0], 8), next: i + 1 + m[0].length, escaped: true };
  }
  const named = NAMED[n];
  return named === undefined ? null : { value: named, next: i + 2, escaped: true };
}

/** Reads `count` units from `at`; null when the text ends first. */
function readString(text: string, at: number, count: number): { value: string; next: number; escaped: boolean } | null {
  let s = '';
  let escaped = false;
  for (let k = 0; k < count; k++) {
    const u = readUnit(text, at);
    if (!u) return null;
    s += String.fromCharCode(u.value);
    escaped ||= u.escaped;
    at = u.next;
  }
  return { value: s, next: at, escaped };
}

/** A body read around a code: the fields, where the printed body spans, and how it was printed. */
export interface RawErrorText {
  readonly start: number;
  readonly end: number;
  readonly format: 'escaped' | 'binary';
  readonly fields: KmsErrorFields;
}

/** Where the code's tag (0x12) and length unit start, when they are printed right before it. */
function codeTagBefore(text: string, codeStart: number, codeLength: number): number | null {
  for (let s = Math.max(0, codeStart - 12); s < codeStart; s++) {
    const tag = readUnit(text, s);
    if (!tag || tag.value !== 0x12) continue;
    const len = readUnit(text, tag.next);
    if (len && len.value === codeLength && len.next === codeStart) return s;
  }
  return null;
}

/** The StatusCode field (0x08 + a varint of up to 3 bytes) printed right before `tagStart`. */
function statusBefore(text: string, tagStart: number): { status: number; start: number } | null {
  for (let s = Math.max(0, tagStart - 20); s < tagStart; s++) {
    const tag = readUnit(text, s);
    if (!tag || tag.value !== 0x08) continue;
    let value = 0;
    let at = tag.next;
    for (let k = 0; k < 3; k++) {
      const u = readUnit(text, at);
      // A character beyond 0xff (U+FFFD where a viewer could not show a byte) is no byte at all.
      if (!u || u.value > 0xff) break;
      value |= (u.value & 0x7f) << (7 * k);
      at = u.next;
      if ((u.value & 0x80) === 0) {
        if (at === tagStart) return { status: value, start: s };
        break;
      }
    }
  }
  return null;
}

/** The raw body around the code at [codeStart, codeEnd), or null when the text is not one. */
export function readRawErrorText(text: string, codeStart: number, codeEnd: number): RawErrorText | null {
  // After the code: the message tag 0x1a (escaped, raw, shown as a space, or stripped), then its length.
  // skip = 1, then 0 (a counted loop: no array per code, the full scan asks this of every code).
  for (let skip = 1; skip >= 0; skip--) {
    let at = codeEnd;
    let escaped = false;
    if (skip) {
      const tag = readUnit(text, at);
      if (!tag || (tag.value !== 0x1a && tag.value !== 0x20)) continue;
      escaped = tag.escaped;
      at = tag.next;
    }
    const len = readUnit(text, at);
    if (!len || len.value < 8) continue;
    // Unescaped, the message's end is known at once: most codes followed by text (`Error: CODE
    // message Response: ...`) are refused here, before reading the message.
    const plainEnd = len.next + len.value;
    const backslash = text.indexOf('\\', len.next);
    const plain = !len.escaped && (backslash < 0 || backslash >= plainEnd);
    if (plain) {
      if (plainEnd > text.length) continue;
      const after = text.charCodeAt(plainEnd);
      const ridNext = after === 0x22 || (after === 0x20 && text.charCodeAt(plainEnd + 1) === 0x22);
      if (!ridNext && isWordChar(text.charCodeAt(plainEnd))) continue;
    }
    // Without a backslash in it, the message is its characters as they stand: one slice, not a
    // string built unit by unit (the full scan asks this of nearly every code it finds).
    const message = plain ? { value: text.slice(len.next, plainEnd), next: plainEnd, escaped: false } : readString(text, len.next, len.value);
    // The message is text: a length byte that points into other text would read garbage.
    if (!message || !/^[\x20-\x7e]+$/.test(message.value)) continue;
    let end = message.next;
    let requestId = '';
    // Viewers that drop control characters have been seen to leave a space before field 4.
    const gap = !message.escaped && text.charCodeAt(end) === 0x20 && text.charCodeAt(end + 1) === 0x22 ? 1 : 0;
    const tag4 = readUnit(text, end + gap);
    if (tag4 && tag4.value === 0x22) {
      const ridLen = readUnit(text, tag4.next);
      if (ridLen && ridLen.value > 0 && ridLen.value <= 64) {
        // A request id may be cut short (masked in documentation): take what is there.
        const rid = /^[A-Za-z0-9*-]*/.exec(text.slice(ridLen.next, ridLen.next + ridLen.value))![0];
        requestId = rid;
        end = ridLen.next + rid.length;
      }
    }
    // Without a request id field, only a known message proves the length byte was a length.
    // The cheap test first: isKnownMessage searches the message for every catalog wording.
    if (requestId.length < 8 && (isWordChar(text.charCodeAt(message.next)) || !isKnownMessage(message.value))) continue;
    const tagStart = codeTagBefore(text, codeStart, codeEnd - codeStart);
    const status = tagStart === null ? null : statusBefore(text, tagStart);
    escaped ||= len.escaped || message.escaped || (tagStart !== null && text.charCodeAt(tagStart) === 92);
    return {
      start: status?.start ?? tagStart ?? codeStart,
      end,
      format: escaped ? 'escaped' : 'binary',
      fields: { StatusCode: status?.status ?? 0, ErrorCode: text.slice(codeStart, codeEnd), ErrorMessage: message.value, RequestId: requestId },
    };
  }
  return null;
}
