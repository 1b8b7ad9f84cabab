import { api } from '../../../proto/gen/error';
import type { KmsErrorFields } from '../shared/kmsErrorFields';
import { bytesToHex } from './hex';
import { DEFAULT_MAX_BYTES, type DecodeFailure, type DecodeOptions, type DecodeOutcome, type PayloadFormat } from './types';
import { walkWire } from './wireWalk';

/** The limit in force: DEFAULT_MAX_BYTES unless a positive limit is given. */
export function maxBytesOf(options?: DecodeOptions): number {
  const limit = options?.maxBytes;
  return limit !== undefined && Number.isFinite(limit) && limit >= 0 ? limit : DEFAULT_MAX_BYTES;
}

/** The refusal of a body above the limit: nothing of it is read. */
export function tooLarge(format: PayloadFormat, byteLength: number, maxBytes: number): DecodeFailure {
  return {
    ok: false,
    format,
    kind: 'too-large',
    reason: `the payload is ${byteLength} bytes, above the ${maxBytes}-byte limit (KMS refuses requests above 3 MB with HTTP 413)`,
    offset: 0,
    partial: {},
    leftover: byteLength,
    byteLength,
  };
}

/**
 * Decodes a KMS instance API error body (a raw protobuf `Error`) as `format`. The fields come
 * from the static code generated from proto/kms/error.proto; a wire walk adds where each field
 * lay, the unknown fields, and on malformed bytes the offset, reason and fields read before it.
 * Never throws.
 */
export function decodeBytesAs(bytes: Uint8Array, format: PayloadFormat, options?: DecodeOptions): DecodeOutcome {
  const maxBytes = maxBytesOf(options);
  if (bytes.length > maxBytes) return tooLarge(format, bytes.length, maxBytes);
  const hex = bytesToHex(bytes);
  const walk = walkWire(bytes);
  if (walk.fault) {
    const { kind, reason, offset } = walk.fault;
    return { ok: false, format, kind, reason, offset, partial: walk.fields, leftover: bytes.length - offset, byteLength: bytes.length, hex };
  }
  let error: KmsErrorFields;
  try {
    const decoded = api.Error.decode(bytes);
    // Plain JSON values only: the generated class instance stays inside the core.
    error = { StatusCode: decoded.StatusCode, ErrorCode: decoded.ErrorCode, ErrorMessage: decoded.ErrorMessage, RequestId: decoded.RequestId };
  } catch (err) {
    // The walk accepts what protobufjs accepts; this is a guard, not an expected path.
    const reason = `protobuf decoding failed: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, format, kind: 'truncated', reason, offset: 0, partial: walk.fields, leftover: bytes.length, byteLength: bytes.length, hex };
  }
  return {
    ok: true,
    format,
    error,
    fields: walk.spans,
    unknownFields: walk.spans.filter((s) => s.name === undefined),
    empty: bytes.length === 0,
    byteLength: bytes.length,
    hex,
  };
}

/**
 * Decodes raw `Error` bytes, e.g. an HTTP response body or a binary file. Bodies above
 * `maxBytes` (DEFAULT_MAX_BYTES by default) are refused. Never throws.
 */
export function decodeErrorBytes(bytes: Uint8Array, options?: DecodeOptions): DecodeOutcome {
  return decodeBytesAs(bytes, 'binary', options);
}
