import { decodePayloadText } from '../payload/decodeText';
import { decodeBase64ErrorFields } from '../payload/errorFields';
import { findEntries } from '../catalog/lookup';
import type { KmsErrorFields } from './types';

/**
 * Error bodies printed as base64 or hex inside a record. A run of base64 or hex characters is
 * decoded only when it contains one of PAYLOAD_LITERALS (hex: `0312`), so the many ids, hashes
 * and tokens in a log cost one search, not one decode each. Bodies without a StatusCode (the
 * server sets it) are not looked for in base64 or hex; printed as text they are found by their
 * code.
 */

/**
 * Literals every base64 body with an HTTP status contains, whatever its code: the body starts
 * 08 <status varint> 12 <code length>, and for statuses 384 to 511 the varint's second byte is
 * 03, so the first 3 bytes encode to 4 characters ending in `D`, and the next begin `Eg` or `Eh`
 * (a code length under or over 16).
 */
export const PAYLOAD_LITERALS: readonly string[] = ['DEg', 'DEh'];

const RUN = /[A-Za-z0-9+/_-]{20,}={0,2}|(?:[0-9a-fA-F]{2}){10,}/g;

/** The fields of a run read as `Error`: base64 by the fields-only fast path when it can tell. */
function decodeRun(run: string, isHex: boolean): KmsErrorFields | null {
  const fast = isHex ? null : decodeBase64ErrorFields(run);
  if (fast) return fast;
  const outcome = decodePayloadText(run, { format: isHex ? 'hex' : 'base64' });
  return outcome.ok ? outcome.error : null;
}

/** An encoded body found in a record. */
export interface EncodedPayload {
  readonly start: number;
  readonly end: number;
  readonly format: string;
  readonly fields: KmsErrorFields;
}

/**
 * The base64 and hex `Error` bodies with a catalog code in `record`. Hex is looked for only in
 * records that name KMS: hex digits are everywhere in logs, and a hex literal to search for
 * (the `0312` after the status) would start with a digit, which costs the full scan a third more.
 */
export function findEncodedPayloads(record: string, ctx: { readonly kmsWord: boolean }): EncodedPayload[] {
  const base64 = PAYLOAD_LITERALS.some((a) => record.includes(a));
  if (!base64 && !(record.includes('0312') && ctx.kmsWord)) return [];
  const found: EncodedPayload[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(record); m; m = RUN.exec(record)) {
    const run = m[0];
    const isHex = /^[0-9a-fA-F]+$/.test(run);
    if (isHex ? !(run.includes('0312') && ctx.kmsWord) : !PAYLOAD_LITERALS.some((a) => run.includes(a))) continue;
    const fields = decodeRun(run, isHex);
    if (!fields || findEntries(fields.ErrorCode).length === 0) continue;
    found.push({ start: m.index, end: m.index + run.length, format: isHex ? 'hex' : 'base64', fields });
  }
  return found;
}
