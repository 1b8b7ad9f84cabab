import { CATALOG } from '../catalog/catalog';
import { parseMessageTemplate } from '../catalog/messageTemplate';
import type { CatalogEntry } from '../catalog/types';
import { isGenericCode, keepsOwnWording } from './codeWords';
import { MessageSearch, type MessageHit } from './messageSearch';

/** One distinct server message text, with the catalog entries that send it. */
export interface KnownMessage {
  readonly text: string;
  /** The literal pieces around the template's holes (one piece for a fixed message). */
  readonly literals: readonly string[];
  readonly entries: readonly CatalogEntry[];
  /** Wording other services use too: it identifies a KMS error only with KMS context. */
  readonly generic: boolean;
  /** Listed among the sentences other services send too (`Internal Failure.`), not just sent by generic codes. */
  readonly sharedWording: boolean;
  /** Its bare spelling is another service's sentence: found bare, it is no KMS wording by itself. */
  readonly quotedOnly: boolean;
  /** The object stores send it word for word for their own error: KMS's message where it stands, no KMS context for other codes. */
  readonly sharedWithObjectStores: boolean;
}

/**
 * Messages whose wording is not KMS's alone (other Alibaba Cloud services and other clouds send
 * the same sentences). Every other catalog message is specific enough to be KMS context itself.
 */
const GENERIC_MESSAGES: ReadonlySet<string> = new Set([
  'Internal Failure.',
  'Internal Failure',
  'An internal error occurred.',
  'The specified parameter is not valid.',
  'The specified parameter "< parameter name >" is not valid.',
  'The parameter "< parameter name >" is needed but not provided.',
  'The parameter  %s  needed but no provided.',
  'The parameter  %s  is invalid.',
  'You are not authorized to perform the operation.',
  'This action is not supported.',
  'The resource is not found.',
  'The resource already exists.',
  'QPS Limit Exceeded',
  'The secret quota is exceeded.',
  'This AccessKey is not enabled.',
  // Per-operation wordings of the gateway's API metadata that name nothing of KMS.
  'Internal  Failure',
  'The specified parameter is invalid.',
  'The parameter needed but no provided.',
  'Resource not found',
  'Resource not found.',
  'Policy not found.',
  'Unsupported operation.',
  'param mismatch',
  'Create order failed.',
  'Request was denied due to request throttling.',
  'Real name authentication is needed.',
  'Current user is indebted.',
  'Current user is indebted Overdue.',
  'This http method is not supported.',
  'The specified AccessKey ID does not exist.',
]);

/**
 * Wordings whose bare spelling (the hole's quotes dropped: messageSearch's unquotedLiterals) is
 * another service's own sentence. The instance API checks its headers with the log service's
 * wordings, and the log service's error table words its own InvalidContentType `Content-Type type
 * is unsupported.`, the type bare where the instance API quotes it (`Content-Type "text/plain" is
 * unsupported.`): only the quoted spelling says KMS beside the code (scanRecord's hasKmsWording);
 * the bare one still counts in a record with KMS context. (The log service's `Request time exceeds
 * server time more than 15 minutes.` has no hole to tell them apart: see recognize-pending/README.md.)
 */
const QUOTED_SPELLING_ONLY: ReadonlySet<string> = new Set(['Content-Type "<type>" is unsupported.']);

/**
 * Catalog wordings the object stores send word for word for an error of their own: the NoSuchKey
 * of S3, OSS, MinIO and every S3-compatible store says `The specified key does not exist.` of an
 * object's key, as the instance API says it of a KMS key (Forbidden.KeyNotFound). Where it stands
 * it is still read as KMS's message (after a Tea exception name, beside its code), but it does not
 * make a record's other codes KMS's (kmsRecord.ts): MinIO's S3 error table lists it beside the
 * store's own RequestTimeTooSkewed and SignatureDoesNotMatch.
 */
const OBJECT_STORE_WORDINGS: ReadonlySet<string> = new Set(['The specified key does not exist.']);

/** A message's wording without its spacing, case and final period: `Internal  Failure` is `Internal Failure.`. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase();
}

const GENERIC_FOLDED: ReadonlySet<string> = new Set([...GENERIC_MESSAGES].map(fold));

// A message that names what only KMS has (a key, alias, secret, KMS itself) is KMS's wording
// even when a gateway-wide code sends it.
const KMS_THING = /(?<!Access ?)\b(?:keys?|alias(?:es)?|secrets?|kms|dkms|cmk)\b/i;

// The names of KMS's own codes (not the generic ones): a message that is one of them names what
// only KMS has, as KMS_THING does. The instance API answers its UnsupportedOperation with
// `Rejected.UnsupportedOperation`, the gateway's code for the same refusal; no other service sends
// a KMS code's name as its wording, so the pair (a vendor table's `UnsupportedOperation |
// Rejected.UnsupportedOperation`) and the message alone behind a Tea exception say KMS.
const KMS_CODE_NAMES: ReadonlySet<string> = new Set(CATALOG.map((e) => e.code).filter((c) => c !== '' && !isGenericCode(c)));

/**
 * Whether a message identifies a KMS error only with KMS context: listed as generic; sent only by
 * codes every gateway returns (their standard wording: `The input parameter "Timestamp" that is
 * mandatory ...`) unless it names a KMS thing or one of KMS's own codes (`Rejected.UnsupportedOperation`),
 * or its code is a shared name with KMS's own wording (`Signature is not matched.`, see
 * keepsOwnWording); or a client-side failure's runtime message.
 */
function isGenericWording(text: string, entries: readonly CatalogEntry[]): boolean {
  if (GENERIC_FOLDED.has(fold(text))) return true;
  if (entries.every((e) => e.api === 'client')) return true;
  if (KMS_CODE_NAMES.has(text.trim())) return false;
  return entries.every((e) => isGenericCode(e.code) && !keepsOwnWording(e.code)) && !KMS_THING.test(text);
}

function buildKnownMessages(): KnownMessage[] {
  const byText = new Map<string, CatalogEntry[]>();
  for (const entry of CATALOG) {
    for (const m of entry.messages) {
      // A message that spells its own code (the gateway's `InternalFailure`) is found as the code.
      if (m.text === '' || m.text === entry.code) continue;
      const list = byText.get(m.text) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byText.set(m.text, list);
    }
  }
  return [...byText]
    // A "message" that is its own code printed again (the gateway's `InternalFailure`): finding
    // it in text would find the code as its own message. (Another code's name as a message, the
    // instance's `Rejected.UnsupportedOperation`, stays: see scanRecord's addCode.)
    .filter(([text, entries]) => !entries.some((e) => e.code === text.trim() || (e.aliases ?? []).includes(text.trim())))
    .map(([text, entries]) => ({
      text,
      literals: parseMessageTemplate(text).literals,
      entries,
      generic: isGenericWording(text, entries),
      sharedWording: GENERIC_FOLDED.has(fold(text)),
      quotedOnly: QUOTED_SPELLING_ONLY.has(text),
      sharedWithObjectStores: OBJECT_STORE_WORDINGS.has(text),
    }))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Every distinct catalog message, longest first so a longer variant wins at the same place. */
export const KNOWN_MESSAGES: readonly KnownMessage[] = buildKnownMessages();

/** A catalog message found in text. */
export type { MessageHit } from './messageSearch';

// Server and SDK messages, searched in every record parsed; the runtimes' messages of client-side
// failures (`no such host`, `x509: ...`), many starting with a lowercase letter that makes the
// expression stop at nearly every word, searched only where a record may need them.
const SERVER_MESSAGES = new MessageSearch(
  KNOWN_MESSAGES.filter((m) => !m.entries.every((e) => e.api === 'client')),
  { lowercaseStartsValue: true },
);
const CLIENT_MESSAGES = new MessageSearch(KNOWN_MESSAGES.filter((m) => m.entries.every((e) => e.api === 'client')));

/** The catalog's server and SDK messages in `text` (a record). */
export function findMessages(text: string): MessageHit[] {
  return SERVER_MESSAGES.find(text);
}

/** The messages of client-side failures in `text` (a record): they count only in a KMS record. */
export function findClientMessages(text: string): MessageHit[] {
  return CLIENT_MESSAGES.find(text);
}

/** Whether `text` holds the start of any catalog message (a cheap test before a record is read). */
export function mayHoldMessage(text: string): boolean {
  return SERVER_MESSAGES.mayHold(text) || CLIENT_MESSAGES.mayHold(text);
}
