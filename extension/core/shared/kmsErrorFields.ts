/**
 * The four fields of the protobuf `Error` (the KMS instance API's error body), with protobuf's
 * names, as plain JSON. Both `payload` (which decodes and encodes bodies) and `recognize` (which
 * finds bodies in text) speak it, so it lives below both: neither imports the other for it.
 */
export interface KmsErrorFields {
  readonly StatusCode: number;
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
  readonly RequestId: string;
}
