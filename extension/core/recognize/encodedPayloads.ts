import { ALL_CODES } from '../catalog/lookup';
import { encodeBase64 } from '../payload/base64';
import { decodePayloadText } from '../payload/decodeText';
import { findEntries } from '../catalog/lookup';
import type { KmsErrorFields } from './types';

/**
 * Error bodies printed as base64 or hex inside a record. A run of base64 or hex characters is
 * decoded only when it contains the encoding of a catalog code's first letters, so the many
 * ids, hashes and tokens in a log cost one search, not one decode each.
 *
 * In an `Error`, the code (field 2) starts 2 bytes into the body when StatusCode is unset, and 5
 * bytes in when it holds an HTTP status (tag + 2-byte varint + tag + length): both are 2 modulo 3,
 * so the code's letters from the second on sit on a base64 boundary and encode the same way in
 * every body. In hex, every byte is two characters, so the code's first letters always show.
 */

function base64Of(ascii: string): string {
  return encodeBase64(new TextEncoder().encode(ascii));
}

function hexOf(ascii: string): string {
  return [...ascii].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

const STEMS = [...new Set(ALL_CODES.filter((c) => c.length >= 7).map((c) => c.slice(1, 7)))];

/** Literals whose presence makes a record worth searching for encoded bodies (8 characters each). */
export const PAYLOAD_ANCHORS: readonly string[] = [
  ...new Set([
    ...STEMS.flatMap((s) => {
      const b = base64Of(s);
      return [b, b.replace(/\+/g, '-').replace(/\//g, '_')];
    }),
    ...[...new Set(ALL_CODES.map((c) => c.slice(0, 4)))].flatMap((s) => [hexOf(s), hexOf(s).toUpperCase()]),
  ]),
];

const RUN = /[A-Za-z0-9+/_-]{20,}={0,2}|(?:[0-9a-fA-F]{2}){10,}/g;

/** An encoded body found in a record. */
export interface EncodedPayload {
  readonly start: number;
  readonly end: number;
  readonly format: string;
  readonly fields: KmsErrorFields;
}

/** The base64 and hex `Error` bodies with a catalog code in `record`. */
export function findEncodedPayloads(record: string): EncodedPayload[] {
  if (!PAYLOAD_ANCHORS.some((a) => record.includes(a))) return [];
  const found: EncodedPayload[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(record); m; m = RUN.exec(record)) {
    const run = m[0];
    if (!PAYLOAD_ANCHORS.some((a) => run.includes(a))) continue;
    const isHex = /^[0-9a-fA-F]+$/.test(run);
    const outcome = decodePayloadText(run, { format: isHex ? 'hex' : 'base64' });
    if (!outcome.ok || findEntries(outcome.error.ErrorCode).length === 0) continue;
    found.push({ start: m.index, end: m.index + run.length, format: outcome.format, fields: outcome.error });
  }
  return found;
}
