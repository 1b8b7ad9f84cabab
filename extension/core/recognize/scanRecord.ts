import { entryKey } from '../catalog/catalog';
import { findEntries } from '../catalog/lookup';
import type { ApiSurface, CatalogEntry } from '../catalog/types';
import { CODE_PATTERN, GENERIC_CODES } from './codeWords';
import { findMessages, type MessageHit } from './messageWords';
import { readRecordContext, type RecordContext } from './recordContext';
import type { Occurrence } from './types';

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

  CODE_PATTERN.lastIndex = 0;
  for (let m = CODE_PATTERN.exec(record); m; m = CODE_PATTERN.exec(record)) {
    const code = m[0];
    const at = m.index;
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
    if (!(ctx.teaException || ctx.kmsContext)) continue;
    if (hit.known.generic && !ctx.kmsContext) continue;
    // The same message as a code already found in this record is that error's message, not another error.
    if (found.some((f) => f.kind === 'code' && hit.known.entries.some((e) => e.code === f.code))) continue;
    const entries = hit.known.entries;
    found.push(occurrence(hit.start, hit.end, 'message', entries[0]!.code, entries, ctx, record.slice(hit.start, hit.end)));
  }
  return found.sort((a, b) => a.start - b.start);
}
