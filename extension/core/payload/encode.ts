import { api } from '../../../proto/gen/error';
import type { KmsErrorFields } from '../shared/kmsErrorFields';

/**
 * Encodes an `Error` as the KMS instance API sends it, with the static code generated from
 * proto/kms/error.proto. Missing fields are left out, as proto3 leaves out empty ones.
 * Throws RangeError when StatusCode is not an int32.
 */
export function encodeError(fields: Partial<KmsErrorFields>): Uint8Array {
  const status = fields.StatusCode ?? 0;
  if (!Number.isInteger(status) || status < -(2 ** 31) || status >= 2 ** 31) {
    throw new RangeError(`StatusCode must be an int32, got ${status}`);
  }
  const message = {
    StatusCode: status,
    ErrorCode: fields.ErrorCode ?? '',
    ErrorMessage: fields.ErrorMessage ?? '',
    RequestId: fields.RequestId ?? '',
  };
  // protobufjs hands back a Buffer under Node; copy into a plain Uint8Array so every runtime sees the same type.
  return Uint8Array.from(api.Error.encode(message).finish());
}
