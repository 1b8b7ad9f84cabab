import type { KmsErrorFields } from '../../../extension/core/shared/kmsErrorFields';
import { encodeError } from '../../../extension/core/payload';

/** A KMS Error body, optionally followed by unknown length-delimited fields (numbers 5 and up). */
export function errorBody(fields: Partial<KmsErrorFields>, unknown: readonly { field: number; text: string }[] = []): Uint8Array {
  const parts: number[] = [...encodeError(fields)];
  for (const { field, text } of unknown) {
    const bytes = new TextEncoder().encode(text);
    parts.push(...varint((field << 3) | 2), ...varint(bytes.length), ...bytes);
  }
  return Uint8Array.from(parts);
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

/** A documented instance API error, as the server sends it. */
export const KEY_NOT_FOUND: KmsErrorFields = {
  StatusCode: 404,
  ErrorCode: 'Forbidden.KeyNotFound',
  ErrorMessage: 'The specified key does not exist.',
  RequestId: '6f3a2c1e-8b7d-4e2f-9a10-3c5d7e9f1b24',
};
