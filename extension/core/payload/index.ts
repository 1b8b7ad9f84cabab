/** Payload decoding and encoding: the KMS instance API's protobuf `Error` in every form people find it. */
export * from './types';
export type { KmsErrorFields } from '../shared/kmsErrorFields';
export { decodeErrorBytes } from './decodeBytes';
export { decodePayloadText } from './decodeText';
export { encodeError } from './encode';
export { renderBytes } from './renderBytes';
export { entryForError } from './payloadEntry';
export { looksBinary } from './detect';
export { decodeBase64, encodeBase64 } from './base64';
export { bytesToHex, decodeHex } from './hex';
