import { decodePayloadText } from '../payload/decodeText';
import { decodeBase64ErrorFields } from '../payload/errorFields';
import { findEntries } from '../catalog/lookup';
import type { KmsErrorFields } from '../shared/kmsErrorFields';
import { codeUnitAt } from '../shared/codeUnitAt';

/**
 * Error bodies printed as base64 or hex inside a record. A run of base64 or hex characters is
 * decoded only when it contains `DEg` or `DEh` (hex: `0312`), so the many ids, hashes
 * and tokens in a log cost one search, not one decode each. Bodies without a StatusCode (the
 * server sets it) are not looked for in base64 or hex; printed as text they are found by their
 * code.
 */

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

// The characters of a base64 run (standard and URL-safe alphabets). Hex digits are among them.
const RUN_CHAR = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_CHAR[ch.charCodeAt(0)] = 1;
const MIN_RUN = 20;
const HEX_RUN = /^[0-9a-fA-F]+$/;

function isRunChar(c: number): boolean {
  return c < 128 && RUN_CHAR[c] === 1;
}

// RUN_CHAR as a sticky expression: the rest of a run from an offset in one native search. A
// body runs on for a couple of hundred characters after its literal, which a loop would read
// one call at a time (in the interpreter, for most of a one-shot scan's records with a body).
const RUN_REST = /[A-Za-z0-9+/_-]*/y;

/** Where the run of RUN_CHAR characters that goes on at `at` ends. */
function runEndFrom(record: string, at: number): number {
  RUN_REST.lastIndex = at;
  RUN_REST.test(record);
  return RUN_REST.lastIndex;
}

/** The literals nextPayloadLiteral finds. */
export const PAYLOAD_LITERALS: readonly string[] = ['DEg', 'DEh'];

const g_ = 'g'.charCodeAt(0);
const h_ = 'h'.charCodeAt(0);

/**
 * The next `DEg` or `DEh` at or after `from`, or -1: literals every base64 body with an HTTP
 * status contains, whatever its code. The body starts 08 <status varint> 12 <code length>, and
 * for statuses 384 to 511 the varint's second byte is 03, so the first 3 bytes encode to 4
 * characters ending in `D`, and the next begin `Eg` or `Eh` (a code length under or over 16).
 * One `indexOf` stream for both, shared by the full scan's anchors, the line test of lookups and
 * the search for bodies inside a record.
 */
export function nextPayloadLiteral(record: string, from: number): number {
  for (let i = record.indexOf('DE', from); i >= 0; i = record.indexOf('DE', i + 1)) {
    const c = codeUnitAt(record, i + 2);
    if (c === g_ || c === h_) return i;
  }
  return -1;
}

/** The first of the literals a run must hold at or after `from`: DEg/DEh, and `0312` if `hex`. */
function nextLiteral(record: string, from: number, hex: boolean): number {
  const at = nextPayloadLiteral(record, from);
  if (!hex) return at;
  const i = record.indexOf('0312', from);
  return i >= 0 && (at < 0 || i < at) ? i : at;
}

// Most records hold no body: one shared empty answer, not an array each.
const NONE: readonly EncodedPayload[] = [];

/**
 * The base64 and hex `Error` bodies with a catalog code in `record`. Hex is looked for only in
 * records that name KMS: hex digits are everywhere in logs, and a hex literal to search for
 * (the `0312` after the status) would start with a digit, which costs the full scan a third more.
 * A run is the longest stretch of base64 characters (at least 20, then up to two `=`) around one
 * of the literals: found from the literal outwards, the rest of the record is never tried as a
 * run start (a run expression over the whole record cost 3 µs a record).
 */
export function findEncodedPayloads(record: string, ctx: { readonly kmsWord: boolean }): readonly EncodedPayload[] {
  const hex = record.includes('0312') && ctx.kmsWord;
  let at = nextLiteral(record, 0, hex);
  if (at < 0) return NONE;
  const found: EncodedPayload[] = [];
  while (at >= 0) {
    let start = at;
    while (start > 0 && isRunChar(codeUnitAt(record, start - 1))) start--;
    let end = runEndFrom(record, at);
    if (end - start < MIN_RUN) {
      at = nextLiteral(record, at + 1, hex);
      continue;
    }
    for (let pad = 0; pad < 2 && codeUnitAt(record, end) === 0x3d; pad++) end++;
    at = nextLiteral(record, end, hex);
    const run = record.slice(start, end);
    const isHex = HEX_RUN.test(run);
    if (isHex ? !(hex && run.includes('0312')) : nextPayloadLiteral(run, 0) < 0) continue;
    const fields = decodeRun(run, isHex);
    if (!fields || findEntries(fields.ErrorCode).length === 0) continue;
    found.push({ start, end, format: isHex ? 'hex' : 'base64', fields });
  }
  return found;
}
