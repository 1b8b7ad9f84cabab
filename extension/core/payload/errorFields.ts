import type { KmsErrorFields } from '../shared/kmsErrorFields';
import { decodeBase64 } from './base64';
import { DEFAULT_MAX_BYTES } from './types';
import { walkWire } from './wireWalk';
import { asciiErrorFields } from './asciiErrorFields';

// TextDecoder drops a string's leading byte order mark (EF BB BF), protobufjs keeps it: bytes
// holding one anywhere take the full path.
function holdsBom(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) return true;
  }
  return false;
}

/**
 * The four fields of base64 text (no quotes, no whitespace) holding an `Error` body, or null when
 * the fast path cannot tell. The full scan decodes every base64 body of a log; decodePayloadText
 * also renders hex, lists spans and runs protobufjs after the walk, which costs about three times
 * the walk alone. When this returns fields they are the ones decodePayloadText(text, { format:
 * 'base64' }) returns: the same bytes, the same wire walk (which accepts what protobufjs does), and
 * defaults for absent fields as protobufjs gives. On null the caller uses decodePayloadText.
 */
export function decodeBase64ErrorFields(text: string): KmsErrorFields | null {
  // The ASCII bodies servers send take a cheaper road to the same answer (see asciiErrorFields.ts).
  const quick = asciiErrorFields(text);
  return quick !== undefined ? quick : walkedErrorFields(text);
}

/** decodeBase64ErrorFields by the byte walk: the general path, exported for the agreement test. */
export function walkedErrorFields(text: string): KmsErrorFields | null {
  const bytes = text.length <= DEFAULT_MAX_BYTES * 2 ? decodeBase64(text) : null;
  if (!bytes || bytes.length === 0 || bytes.length > DEFAULT_MAX_BYTES) return null;
  const walk = walkWire(bytes);
  if (walk.fault) return null;
  // protobufjs reads fields 1-4 whatever their wire type; the walk names only the expected
  // types. A known field number with another type is left to the full path.
  for (const s of walk.spans) if (s.field <= 4 && s.name === undefined) return null;
  const f = walk.fields;
  if (holdsBom(bytes)) return null;
  return { StatusCode: f.StatusCode ?? 0, ErrorCode: f.ErrorCode ?? '', ErrorMessage: f.ErrorMessage ?? '', RequestId: f.RequestId ?? '' };
}
