import { entryKey } from '../catalog/catalog';
import { findEntries } from '../catalog/lookup';
import type { ApiSurface, CatalogEntry } from '../catalog/types';
import { CODE_PATTERN, GENERIC_CODES, isCodeAt } from './codeWords';
import { findMessages, type MessageHit } from './messageWords';
import { readRecordContext, type RecordContext } from './recordContext';
import { findEncodedPayloads } from './encodedPayloads';
import { readRawErrorText } from './rawErrorText';
import type { KmsErrorFields, Occurrence } from './types';

/** An occurrence with offsets relative to its record's text and no record bounds yet. */
export type RecordOccurrence = Omit<Occurrence, 'recordStart' | 'recordEnd'>;

// `401 Unauthorized` is HTTP's reason phrase; KMS's Unauthorized is a 404.
const REASON_PHRASE_401 = /\b401 $/;

// Where a record spells the message out when it is not a catalog wording: Go's `Message:`, JSON
// and logfmt fields, the Rust formatter's `message:`.
const MESSAGE_FIELD = /\b(?:ErrorMessage|Message|message|msg)["']?\s*[:=]\s*["']?([^"'\r\n]{1,300})/;

/** The surface, candidate entries (likeliest first) and status for one code in its record. */
function resolve(
  candidates: readonly CatalogEntry[],
  ctx: RecordContext,
): { api: ApiSurface | 'unknown'; entries: readonly CatalogEntry[]; httpStatus: number | null } {
  const surfaces = new Set(candidates.map((e) => e.api));
  let api: ApiSurface | 'unknown' = 'unknown';
  if (surfaces.size === 1) api = candidates[0]!.api;
  else if (ctx.api && surfaces.has(ctx.api)) api = ctx.api;
  const entries = api === 'unknown' ? candidates : [...candidates].sort((a, b) => Number(b.api === api) - Number(a.api === api));
  const statuses = new Set(entries.filter((e) => api === 'unknown' || e.api === api).map((e) => e.httpStatus));
  const catalogStatus = statuses.size === 1 ? [...statuses][0]! : null;
  return { api, entries, httpStatus: ctx.httpStatus ?? catalogStatus };
}

function occurrence(
  start: number,
  end: number,
  kind: Occurrence['kind'],
  code: string,
  candidates: readonly CatalogEntry[],
  ctx: RecordContext,
  message: string | null,
): RecordOccurrence {
  const r = resolve(candidates, ctx);
  return {
    start,
    end,
    kind,
    code,
    api: r.api,
    httpStatus: r.httpStatus,
    requestId: ctx.requestId,
    message,
    operation: ctx.operation,
    entryKeys: r.entries.map(entryKey),
  };
}

/** An occurrence for an `Error` body: its own fields first, the record's context for what it lacks. */
function payloadOccurrence(p: { start: number; end: number; format: string; fields: KmsErrorFields }, ctx: RecordContext): RecordOccurrence {
  const { fields } = p;
  // Only the KMS instance API answers with a protobuf Error.
  const candidates = findEntries(fields.ErrorCode, 'instance');
  const entries = candidates.length > 0 ? candidates : findEntries(fields.ErrorCode);
  const withStatus: RecordContext = { ...ctx, httpStatus: fields.StatusCode > 0 ? fields.StatusCode : ctx.httpStatus, api: 'instance' };
  const o = occurrence(p.start, p.end, 'payload', entries[0]?.code ?? fields.ErrorCode, entries, withStatus, fields.ErrorMessage || null);
  return { ...o, requestId: fields.RequestId || ctx.requestId, payload: { format: p.format, fields } };
}

/** The catalog message sent with `code` in this record, if any: the first after the code, else before. */
function messageFor(code: string, at: number, messages: readonly MessageHit[]): MessageHit | undefined {
  const own = messages.filter((m) => m.known.entries.some((e) => e.code === code));
  return own.find((m) => m.start >= at) ?? own[own.length - 1];
}

/**
 * Every KMS error in one record's text: catalog codes (the everyday-word ones only with KMS
 * context), and known messages printed without their code (behind a Tea exception or with KMS
 * context). Offsets are relative to `record`.
 */
export function scanRecord(record: string): RecordOccurrence[] {
  const ctx = readRecordContext(record);
  const messages = findMessages(record);
  const kms = ctx.kmsContext || messages.some((m) => !m.known.generic);
  const found: RecordOccurrence[] = [];
  const claimed = new Set<MessageHit>();

  for (const p of findEncodedPayloads(record, ctx.kmsWord)) found.push(payloadOccurrence(p, ctx));

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
      found.push(payloadOccurrence(raw, ctx));
      for (const hit of messages) if (hit.start >= raw.start && hit.end <= raw.end) claimed.add(hit);
      CODE_PATTERN.lastIndex = Math.max(CODE_PATTERN.lastIndex, raw.end);
      continue;
    }
    if (GENERIC_CODES.has(code) && (!kms || REASON_PHRASE_401.test(record.slice(Math.max(0, at - 4), at)))) continue;
    const hit = messageFor(code, at, messages);
    let candidates = findEntries(code);
    if (hit) {
      claimed.add(hit);
      const narrowed = candidates.filter((e) => hit.known.entries.includes(e));
      if (narrowed.length > 0) candidates = narrowed;
    }
    const text = hit ? record.slice(hit.start, hit.end) : (MESSAGE_FIELD.exec(record.slice(at))?.[1]?.trim() ?? null);
    found.push(occurrence(at, at + code.length, 'code', candidates[0]?.code ?? code, candidates, ctx, text));
  }

  for (const hit of messages) {
    if (claimed.has(hit)) continue;
    if (found.some((f) => f.kind === 'payload' && hit.start >= f.start && hit.end <= f.end)) continue;
    // The full scan parses a record for a message only after these anchors: keep the same rule.
    if (!(ctx.teaException || ctx.kmsWord)) continue;
    if (hit.known.generic && !ctx.kmsContext) continue;
    // The same message as a code already found in this record is that error's message, not another error.
    if (found.some((f) => f.kind === 'code' && hit.known.entries.some((e) => e.code === f.code))) continue;
    const entries = hit.known.entries;
    found.push(occurrence(hit.start, hit.end, 'message', entries[0]!.code, entries, ctx, record.slice(hit.start, hit.end)));
  }
  return found.sort((a, b) => a.start - b.start);
}
