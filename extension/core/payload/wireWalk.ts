import type { KmsErrorFields } from '../shared/kmsErrorFields';
import type { DecodeFailureKind, FieldSpan, WireType } from './types';

/**
 * A bounds-checked walk over protobuf wire format. protobufjs decodes the fields but discards
 * where they were and stops with a bare exception on malformed input; this walk records each
 * field's byte range and, on malformed input, the exact offset, reason and the fields read so far.
 * It never allocates from a length prefix: every length is checked against the input first.
 */

/** Where the walk stopped and why, when the bytes are not well-formed. */
export interface WireFault {
  readonly kind: DecodeFailureKind;
  readonly reason: string;
  readonly offset: number;
}

/** The result of a walk: the spans and fields read, and a fault if one stopped the walk. */
export interface WireWalk {
  readonly spans: readonly FieldSpan[];
  readonly fields: Partial<KmsErrorFields>;
  readonly fault?: WireFault;
}

const MAX_FIELD_NUMBER = 2 ** 29 - 1;
// protobufjs's own recursion limit; deeper nesting is refused rather than walked.
const MAX_GROUP_DEPTH = 100;
const STRING_FIELDS: Readonly<Record<number, 'ErrorCode' | 'ErrorMessage' | 'RequestId'>> = { 2: 'ErrorCode', 3: 'ErrorMessage', 4: 'RequestId' };
// As protobufjs decodes strings: strict, and a leading U+FEFF is kept as part of the value.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const NAMES: Readonly<Record<number, keyof KmsErrorFields>> = { 1: 'StatusCode', ...STRING_FIELDS };

/** `field 3 (ErrorMessage)` for the schema's fields, `field 9` for others. */
function label(field: number): string {
  const name = NAMES[field];
  return name ? `field ${field} (${name})` : `field ${field}`;
}

interface Varint {
  /** The value as a double: exact up to 2^53, which is far beyond any length we accept. */
  readonly value: number;
  /** The low 32 bits as a signed int32, as protobuf reads an int32 field. */
  readonly int32: number;
  readonly next: number;
}

/** Reads a varint at `pos`, or returns null when it runs past the end or past 10 bytes. */
function readVarint(bytes: Uint8Array, pos: number): Varint | null {
  let value = 0;
  let low = 0;
  for (let i = 0; i < 10; i++) {
    const b = bytes[pos + i];
    if (b === undefined) return null;
    const part = (b & 0x7f) * 2 ** (7 * i);
    value += part;
    if (i < 5) low += part;
    if ((b & 0x80) === 0) return { value, int32: low | 0, next: pos + i + 1 };
  }
  return null;
}

interface Tag {
  readonly field: number;
  readonly wireType: WireType;
  readonly next: number;
}

function readTag(bytes: Uint8Array, pos: number): Tag | WireFault {
  const v = readVarint(bytes, pos);
  if (!v) return { kind: 'bad-varint', reason: `the tag at byte ${pos} is not a complete varint`, offset: pos };
  const field = Math.floor(v.value / 8);
  const wireType = v.value % 8;
  if (field === 0 || field > MAX_FIELD_NUMBER) return { kind: 'bad-tag', reason: `byte ${pos} holds field number ${field}, which protobuf does not allow`, offset: pos };
  if (wireType > 5) return { kind: 'bad-tag', reason: `byte ${pos} holds wire type ${wireType}, which does not exist`, offset: pos };
  return { field, wireType: wireType as WireType, next: v.next };
}

/** Skips the value of a field whose tag ended at `pos`; returns the position after it or a fault. */
function skipValue(bytes: Uint8Array, tag: Tag, start: number): number | WireFault {
  const remaining = bytes.length - tag.next;
  switch (tag.wireType) {
    case 0: {
      const v = readVarint(bytes, tag.next);
      return v ? v.next : { kind: 'bad-varint', reason: `${label(tag.field)} at byte ${start} has an incomplete varint value`, offset: start };
    }
    case 1:
    case 5: {
      const size = tag.wireType === 1 ? 8 : 4;
      if (size > remaining) return { kind: 'truncated', reason: `${label(tag.field)} at byte ${start} needs ${size} bytes but only ${remaining} remain`, offset: start };
      return tag.next + size;
    }
    case 2: {
      const len = readVarint(bytes, tag.next);
      if (!len) return { kind: 'bad-varint', reason: `${label(tag.field)} at byte ${start} has an incomplete length`, offset: start };
      const left = bytes.length - len.next;
      if (len.value > left) return { kind: 'truncated', reason: `${label(tag.field)} at byte ${start} declares ${len.value} bytes but only ${left} remain`, offset: start };
      return len.next + len.value;
    }
    case 3:
      return skipGroup(bytes, tag, start);
    case 4:
      return { kind: 'bad-group', reason: `byte ${start} ends group ${tag.field}, which was never started`, offset: start };
  }
}

/** Skips a group iteratively (a stack, not recursion), so hostile nesting cannot blow the stack. */
function skipGroup(bytes: Uint8Array, open: Tag, start: number): number | WireFault {
  const stack = [open.field];
  let pos = open.next;
  while (stack.length > 0) {
    if (pos >= bytes.length) return { kind: 'truncated', reason: `group ${open.field} at byte ${start} is never closed`, offset: start };
    const tag = readTag(bytes, pos);
    if ('kind' in tag) return tag;
    if (tag.wireType === 3) {
      if (stack.length >= MAX_GROUP_DEPTH) return { kind: 'bad-group', reason: `groups nest deeper than ${MAX_GROUP_DEPTH} at byte ${pos}`, offset: start };
      stack.push(tag.field);
      pos = tag.next;
    } else if (tag.wireType === 4) {
      if (stack.pop() !== tag.field) return { kind: 'bad-group', reason: `byte ${pos} ends group ${tag.field}, which is not the open group`, offset: start };
      pos = tag.next;
    } else {
      const next = skipValue(bytes, tag, pos);
      if (typeof next !== 'number') return { ...next, offset: start };
      pos = next;
    }
  }
  return pos;
}

/**
 * Walks `bytes` as an `Error` message: every field's span, the four fields (last one wins, as
 * protobuf merges), and the first fault. Never throws.
 */
export function walkWire(bytes: Uint8Array): WireWalk {
  const spans: FieldSpan[] = [];
  const fields: { -readonly [K in keyof KmsErrorFields]?: KmsErrorFields[K] } = {};
  let pos = 0;
  while (pos < bytes.length) {
    const start = pos;
    const tag = readTag(bytes, pos);
    if ('kind' in tag) return { spans, fields, fault: tag };
    const end = skipValue(bytes, tag, start);
    if (typeof end !== 'number') return { spans, fields, fault: end };
    const stringName = STRING_FIELDS[tag.field];
    let name: keyof KmsErrorFields | undefined;
    if (tag.field === 1 && tag.wireType === 0) {
      name = 'StatusCode';
      fields.StatusCode = (readVarint(bytes, tag.next) as Varint).int32;
    } else if (stringName && tag.wireType === 2) {
      name = stringName;
      const len = readVarint(bytes, tag.next) as Varint;
      try {
        fields[stringName] = utf8.decode(bytes.subarray(len.next, end));
      } catch {
        return { spans, fields, fault: { kind: 'invalid-utf8', reason: `${label(tag.field)} at byte ${start} is not valid UTF-8`, offset: start } };
      }
    }
    spans.push({ field: tag.field, wireType: tag.wireType, offset: start, length: end - start, ...(name ? { name } : {}) });
    pos = end;
  }
  return { spans, fields };
}
