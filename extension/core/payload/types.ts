import type { KmsErrorFields } from '../shared/kmsErrorFields';

/**
 * The shapes of payload decoding and encoding. Everything in an outcome is plain JSON (numbers,
 * strings, arrays), so the host can post it to the webview and the CLI can print it unchanged.
 */

/** The text forms a KMS `Error` body is found in; `binary` is the raw body itself. */
export type PayloadFormat = 'base64' | 'hex' | 'dump' | 'escaped' | 'bytes' | 'binary';

/** Every payload format, in the order auto-detection prefers them when two readings tie. */
export const PAYLOAD_FORMATS: readonly PayloadFormat[] = ['dump', 'bytes', 'escaped', 'hex', 'base64', 'binary'];

/** The styles renderBytes prints bytes in: text encodings and source-code literals. */
export type ByteStyle = 'base64' | 'hex' | 'escaped' | 'java' | 'go' | 'python' | 'json';

/** Every byte style, for argument checking and menus. */
export const BYTE_STYLES: readonly ByteStyle[] = ['base64', 'hex', 'escaped', 'java', 'go', 'python', 'json'];

/** The protobuf wire types: 0 varint, 1 fixed64, 2 length-delimited, 3/4 group start/end, 5 fixed32. */
export type WireType = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * One field as it sits on the wire. `offset` and `length` cover the whole field, tag included,
 * so a hex view can highlight exactly the bytes that made it.
 */
export interface FieldSpan {
  readonly field: number;
  readonly wireType: WireType;
  readonly offset: number;
  readonly length: number;
  /** The `Error` field's name when field number and wire type match the schema. */
  readonly name?: keyof KmsErrorFields;
}

/** Why decoding stopped. */
export type DecodeFailureKind =
  /** The body is larger than the size limit: nothing was read. */
  | 'too-large'
  /** The text is not in the forced format, or in no format we know. */
  | 'unrecognized-text'
  /** A varint runs past the end or past 10 bytes. */
  | 'bad-varint'
  /** Field number 0, above 2^29-1, or wire type 6/7. */
  | 'bad-tag'
  /** A length, fixed-size value or group runs past the end of the body. */
  | 'truncated'
  /** An end-group tag without its start, or a group nested too deep. */
  | 'bad-group'
  /** A string field that is not valid UTF-8 (the official SDKs reject those too). */
  | 'invalid-utf8';

/** A decoded `Error` and where each of its fields lay. */
export interface DecodeSuccess {
  readonly ok: true;
  readonly format: PayloadFormat;
  readonly error: KmsErrorFields;
  /** Every field on the wire, in order, repeated ones included (the last one wins). */
  readonly fields: readonly FieldSpan[];
  /** Fields the schema does not know (or known numbers with the wrong wire type). */
  readonly unknownFields: readonly FieldSpan[];
  /** The body had no bytes: every field is empty, as for the documented code-less 413 answer. */
  readonly empty: boolean;
  readonly byteLength: number;
  /** The body as lowercase hex, two digits a byte, for a hex view. */
  readonly hex: string;
}

/** Why a body is not an `Error`, where decoding stopped, and what was read before. */
export interface DecodeFailure {
  readonly ok: false;
  /** The form the text was read as; 'binary' for bytes, or when no form applied. */
  readonly format: PayloadFormat;
  readonly kind: DecodeFailureKind;
  readonly reason: string;
  /** Byte offset where decoding stopped (0 when the text itself was not understood). */
  readonly offset: number;
  /** The fields decoded before the failure. */
  readonly partial: Partial<KmsErrorFields>;
  /** How many bytes were left unread from `offset` on. */
  readonly leftover: number;
  readonly byteLength: number;
  /** The body as lowercase hex, when it was read and is within the size limit. */
  readonly hex?: string;
}

/** The result of every decode: never an exception. */
export type DecodeOutcome = DecodeSuccess | DecodeFailure;

/** Options shared by the decoders. */
export interface DecodeOptions {
  /** Refuse bodies above this many bytes; DEFAULT_MAX_BYTES when absent. */
  readonly maxBytes?: number;
}

/** Options of decodePayloadText. */
export interface DecodeTextOptions extends DecodeOptions {
  /** Force one text form; 'auto' (the default) tries each and keeps the best reading. */
  readonly format?: 'auto' | PayloadFormat;
}

/**
 * The default size limit: the documented 3 MB request cap (HTTP 413 above it) plus room for
 * framing, so that any real error body passes and a runaway input is refused early.
 */
export const DEFAULT_MAX_BYTES = 3 * 1024 * 1024 + 64 * 1024;
