import { CODE_PATTERN, GENERIC_CODES, isCodeAt, isEverydayCode, isGenericCode } from './codeWords';
import { readsAsOtherCodesMessage } from './codeNamedMessage';
import { isKmsRecord } from './kmsRecord';
import { isListedCodeName } from './namedCodes';
import { namesObjectStore } from './objectStoreRecord';
import { isInstanceQuotedWordingBehindTea } from './instanceQuotedWording';
import { findClientMessages, findMessages, type KnownMessage, type MessageHit } from './messageWords';
import { readRecordContext, type RecordContext } from './recordContext';
import { RecordBuilder } from './recordBuilder';
import { findEncodedPayloads } from './encodedPayloads';
import { isGrpcDeadlineDescription } from './grpcDeadline';
import { readRawErrorText } from './rawErrorText';
import { scanOptions } from './scanOptions';
import type { Occurrence } from './types';

/**
 * Whether the word `401 ` stands right before `at`: `401 Unauthorized` is HTTP's reason phrase;
 * KMS's Unauthorized is a 404. A word, as the expression `\b401 $` read it: `5401 ` is no status.
 */
function isReasonPhrase401(record: string, at: number): boolean {
  return at >= 4 && record.startsWith('401 ', at - 4) && (at === 4 || !/\w/.test(record[at - 5]!));
}

/**
 * Whether a path `Type::` stands right before `at`: `KmsError::Unauthorized(...)`,
 * `Self::InvalidParameter` is a Rust or C++ program's own enum variant (a key-management server
 * of its own, a wrapper's error type), never a code a server sent: no SDK prints a code that way.
 */
function isVariantPath(record: string, at: number): boolean {
  return at >= 3 && record.charCodeAt(at - 1) === 58 && record.charCodeAt(at - 2) === 58 && /\w/.test(record[at - 3]!);
}

// The codes that are one plain English word (`Unauthorized`, `Throttling`), found once.
const ENGLISH_WORD_CODES: ReadonlySet<string> = new Set([...GENERIC_CODES].filter((c) => /^[A-Z][a-z]+$/.test(c)));

function isLowerCaseLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isWordChar(c: number): boolean {
  return isLowerCaseLetter(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether a code that is one English word is used as that word, starting a sentence: a space and
 * a lower-case word follow it (`Unauthorized validateConfig attempt by user`, `Unauthorized
 * access`, requests' `401 Client Error: Unauthorized for url:`, `Throttling requests to ...`). A
 * server's code is followed by punctuation, a quote, the line's end or its message, which starts
 * in upper case (`Throttling: Request was denied ...`, `Error: Unauthorized The AccessKey ID ...`);
 * a logfmt key after it (`code=Throttling msg=...`) is a field, not prose, so a word followed by
 * `=` or `:` does not count. Capitalized in the middle of a sentence (`if the Throttling error is
 * returned`) the word names the code, as docs do, and still counts. Asked only for the generic
 * codes a record holds.
 */
function isEnglishWordInProse(record: string, code: string, at: number): boolean {
  let i = at + code.length;
  if (record.charCodeAt(i) !== 32 || !isLowerCaseLetter(record.charCodeAt(i + 1)) || !ENGLISH_WORD_CODES.has(code)) return false;
  if (at >= 2 && record.charCodeAt(at - 1) === 32 && (isLowerCaseLetter(record.charCodeAt(at - 2)) || record.charCodeAt(at - 2) === 44)) return false;
  i += 2;
  while (isWordChar(record.charCodeAt(i))) i++;
  const after = record.charCodeAt(i);
  return after !== 61 && after !== 58;
}

// Where a record spells the message out when it is not a catalog wording: Go's `Message:`, JSON
// and logfmt fields, the Rust formatter's `message:`.
// Global, to search from the code on in place (no copy of the rest of the record): no code starts
// with one of the keys, so a match never starts at the code, where `\b` would read differently.
const MESSAGE_FIELD = /\b(?:ErrorMessage|Message|message|msg)["']?\s*[:=]\s*["']?([^"'\r\n]{1,300})/g;

/** The message a field spells out after `at`, if any. */
function messageFieldAfter(record: string, at: number): string | null {
  MESSAGE_FIELD.lastIndex = at;
  return MESSAGE_FIELD.exec(record)?.[1]?.trim() ?? null;
}

/** Whether a code of one of the entries that send `known` was found as a word in this record. */
function hasCodeOf(out: RecordBuilder, known: KnownMessage): boolean {
  for (const e of known.entries) if (out.hasCode(e.code)) return true;
  return false;
}

/** Whether one of the entries that send `known` has `code`. */
function sendsCode(known: KnownMessage, code: string): boolean {
  for (const e of known.entries) if (e.code === code) return true;
  return false;
}

/** The message found exactly at [start, end), if any. */
function wholeMessageAt(messages: readonly MessageHit[], start: number, end: number): MessageHit | undefined {
  for (const m of messages) if (m.start === start && m.end === end) return m;
  return undefined;
}

/** The catalog message sent with `code` in this record, if any: the first after the code, else before. */
function messageFor(code: string, at: number, messages: readonly MessageHit[]): MessageHit | undefined {
  // One pass, no filtered copy: called for every code of every record the full scan parses.
  let last: MessageHit | undefined;
  for (const m of messages) {
    if (!sendsCode(m.known, code)) continue;
    if (m.start >= at) return m;
    last = m;
  }
  return last;
}

/**
 * Whether an everyday-word code is printed with the wording only KMS sends for it (a vendor table's
 * `InvalidParam | The Param Date is invalid.`): other software's `InvalidParam` never comes with
 * KMS's sentence, so the pair is KMS context of its own. Gateway-wide codes get no such pass: every
 * gateway sends their wording.
 */
function hasKmsWording(ctx: RecordContext, messages: readonly MessageHit[], code: string, at: number): boolean {
  if (ctx.otherCloud || scanOptions.disabledRules.has('kmsWording') || !isEverydayCode(code)) return false;
  const hit = messageFor(code, at, messages);
  return hit !== undefined && !hit.known.sharedWording && !(hit.bare && hit.known.quotedOnly);
}

/**
 * Whether one of the record's generic codes (offsets and lengths in `generic`) is an everyday code
 * printed with the wording only KMS sends for it: that error is KMS's, so its record is, as a
 * KMS-specific code makes it (a transfer SDK's constants: `"InvalidParam"`, `"Unauthorized"` and
 * `"The Param Date is invalid."` side by side, nothing else naming the service).
 */
function hasKmsWordedCode(record: string, ctx: RecordContext, messages: readonly MessageHit[], generic: readonly number[]): boolean {
  for (let i = 0; i < generic.length; i += 2) {
    const at = generic[i]!;
    if (!isReasonPhrase401(record, at) && hasKmsWording(ctx, messages, record.slice(at, at + generic[i + 1]!), at)) return true;
  }
  return false;
}

/** A code found as a word, with the catalog message it was sent with if the record holds one. */
function addCode(record: string, ctx: RecordContext, out: RecordBuilder, messages: readonly MessageHit[], claimed: MessageHit[], code: string, at: number): void {
  // A word that is a code and, whole, another code's message (the instance API's
  // UnsupportedOperation sends "Rejected.UnsupportedOperation", a gateway code too) is one
  // error: the instance message where the record reads it so (codeNamedMessage.ts), else the code.
  const whole = wholeMessageAt(messages, at, at + code.length);
  if (whole && !sendsCode(whole.known, code)) {
    if (readsAsOtherCodesMessage(record, ctx, whole.known)) return;
    claimed.push(whole);
  }
  const hit = messageFor(code, at, messages);
  if (hit) claimed.push(hit);
  const known = hit?.known ?? null;
  const text = hit ? record.slice(hit.start, hit.end) : messageFieldAfter(record, at);
  out.add('code', code, known, at, at + code.length, text);
}

/**
 * Every KMS error in one record's text: catalog codes (the everyday-word ones only with KMS
 * context), known messages printed without their code (behind a Tea exception or with KMS
 * context), and `Error` bodies. Offsets are `base` plus offsets into `record`.
 */
export function scanRecord(record: string, base = 0): Occurrence[] {
  const ctx = readRecordContext(record);
  const messages = findMessages(record);
  // Read only for a generic code, so the context searches run for those records alone (a plain
  // variable, not a closure: tsx names closures with a defineProperty call each).
  let kms: boolean | undefined;
  // Start offsets and lengths of the generic codes found, decided after the loop.
  let generic: number[] | undefined;
  const out = new RecordBuilder(record, base, ctx);
  // Messages taken by a code or a body: a record has a few, so an array beats a Set.
  const claimed: MessageHit[] = [];

  // A decoded body with a generic code and no request id is another project's protobuf message
  // as often as ours: it needs the record's KMS context like the code would.
  for (const p of findEncodedPayloads(record, ctx)) {
    if (isGenericCode(p.fields.ErrorCode) && p.fields.RequestId.length < 8 && !(kms ??= isKmsRecord(ctx, messages))) continue;
    out.addBody(p);
  }

  CODE_PATTERN.lastIndex = 0;
  for (let m = CODE_PATTERN.exec(record); m; m = CODE_PATTERN.exec(record)) {
    const code = m[0];
    const at = m.index;
    if (!isCodeAt(record, at, code.length)) {
      CODE_PATTERN.lastIndex = at + 1;
      continue;
    }
    // A body printed as text is KMS context enough: its length bytes were checked.
    const raw = readRawErrorText(record, at, at + code.length);
    if (raw) {
      out.addBody(raw);
      for (const hit of messages) if (hit.start >= raw.start && hit.end <= raw.end) claimed.push(hit);
      CODE_PATTERN.lastIndex = Math.max(CODE_PATTERN.lastIndex, raw.end);
      continue;
    }
    // Generic codes wait until the record's KMS-specific codes are known: one is KMS context.
    if (isGenericCode(code)) (generic ??= []).push(at, code.length);
    else addCode(record, ctx, out, messages, claimed, code, at);
  }
  if (generic) {
    kms ??= isKmsRecord(ctx, messages);
    const kmsCodeFound = out.found.some((f) => f.kind === 'code');
    if (!kms && !scanOptions.disabledRules.has('kmsCode')) kms = kmsCodeFound || hasKmsWordedCode(record, ctx, messages, generic);
    for (let i = 0; i < generic.length; i += 2) {
      const at = generic[i]!;
      const code = record.slice(at, at + generic[i + 1]!);
      if (!kms && !hasKmsWording(ctx, messages, code, at)) continue;
      if (isReasonPhrase401(record, at) || isVariantPath(record, at) || isEnglishWordInProse(record, code, at)) continue;
      // "watching for InvalidAccessKeyId or InvalidAccessKeyId.NotFound error codes": prose naming codes (namedCodes.ts).
      if (!scanOptions.disabledRules.has('listedCodeNames') && !kmsCodeFound && !messageFor(code, at, messages) && isListedCodeName(record, at, code.length)) continue;
      addCode(record, ctx, out, messages, claimed, code, at);
    }
  }

  for (const hit of messages) {
    if (claimed.includes(hit) || out.insideBody(hit.start, hit.end)) continue;
    // The full scan parses a record for a message only after these anchors: keep the same rule.
    if (!(ctx.teaException || ctx.kmsWord)) continue;
    // A shared wording needs KMS context, except the instance API's own quoted sentences behind a
    // Tea exception name (instanceQuotedWording.ts).
    if (hit.known.generic && !ctx.kmsContext && (scanOptions.disabledRules.has('instanceQuotedWording') || !isInstanceQuotedWordingBehindTea(hit, ctx))) continue;
    // The same message as a code already found in this record is that error's message, not another error.
    if (hasCodeOf(out, hit.known)) continue;
    // The object stores' NoSuchKey sentence where the record names the store (its code, an OSS
    // host or SDK): OSS's Darabonba SDK prints it behind the same Tea exception (objectStoreRecord.ts).
    if (hit.known.sharedWithObjectStores && !scanOptions.disabledRules.has('objectStore') && namesObjectStore(record)) continue;
    const known = hit.known;
    out.add('message', known.entries[0]!.code, known, hit.start, hit.end, record.slice(hit.start, hit.end));
  }
  // A client-side failure (the endpoint not resolving, TLS, a timeout) is what a KMS record says
  // when no server error came: looked for only then, and only in a record that says KMS.
  if (out.found.length === 0 && (ctx.teaException || ctx.kmsWord) && ctx.kmsContext && !ctx.otherCloud) {
    for (const hit of findClientMessages(record)) {
      if (isGrpcDeadlineDescription(record, hit.start)) continue;
      out.add('message', hit.known.entries[0]!.code, hit.known, hit.start, hit.end, record.slice(hit.start, hit.end));
    }
  }
  return out.found.length > 1 ? out.found.sort((a, b) => a.start - b.start) : out.found;
}
