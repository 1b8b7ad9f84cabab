import { entryKey } from '../catalog/catalog';
import { findEntries } from '../catalog/lookup';
import type { ApiSurface, CatalogEntry } from '../catalog/types';
import { CODE_PATTERN, GENERIC_CODES, isCodeAt } from './codeWords';
import { findMessages, type MessageHit } from './messageWords';
import { readRecordContext, type RecordContext } from './recordContext';
import { findEncodedPayloads } from './encodedPayloads';
import { readRawErrorText } from './rawErrorText';
import type { KmsErrorFields, Occurrence } from './types';

// `401 Unauthorized` is HTTP's reason phrase; KMS's Unauthorized is a 404.
const REASON_PHRASE_401 = /\b401 $/;

// Where a record spells the message out when it is not a catalog wording: Go's `Message:`, JSON
// and logfmt fields, the Rust formatter's `message:`.
const MESSAGE_FIELD = /\b(?:ErrorMessage|Message|message|msg)["']?\s*[:=]\s*["']?([^"'\r\n]{1,300})/;

/** What the catalog and the record's fingerprint say about one code: the same for every record alike. */
interface Resolution {
  readonly api: ApiSurface | 'unknown';
  readonly entryKeys: readonly string[];
  readonly catalogStatus: number | null;
}

// Resolutions depend only on the candidates and the record's surface, so they are computed once:
// a 100 MB log has thousands of records with the same few errors.
const resolutions = new Map<string, Resolution>();

/** The surface, candidate entries (likeliest first) and catalog status for one code in its record. */
function resolve(key: string, candidates: readonly CatalogEntry[], recordApi: ApiSurface | null): Resolution {
  key = `${key}|${recordApi ?? ''}`;
  const cached = resolutions.get(key);
  if (cached) return cached;
  const surfaces = new Set(candidates.map((e) => e.api));
  let api: ApiSurface | 'unknown' = 'unknown';
  if (surfaces.size === 1) api = candidates[0]!.api;
  else if (recordApi && surfaces.has(recordApi)) api = recordApi;
  const entries = api === 'unknown' ? candidates : [...candidates].sort((a, b) => Number(b.api === api) - Number(a.api === api));
  const statuses = new Set(entries.filter((e) => api === 'unknown' || e.api === api).map((e) => e.httpStatus));
  const resolution: Resolution = { api, entryKeys: entries.map(entryKey), catalogStatus: statuses.size === 1 ? [...statuses][0]! : null };
  resolutions.set(key, resolution);
  return resolution;
}

/** Builds occurrences of one record, with offsets of the whole text (`base` is the record's start). */
class RecordBuilder {
  readonly found: Occurrence[] = [];
  constructor(
    private readonly record: string,
    private readonly base: number,
    private readonly ctx: RecordContext,
  ) {}

  /** `key` names how `candidates` were chosen (code and message), to reuse their resolution. */
  add(
    key: string,
    start: number,
    end: number,
    kind: Occurrence['kind'],
    candidates: readonly CatalogEntry[],
    fallbackCode: string,
    message: string | null,
    body?: { format: string; fields: KmsErrorFields },
  ): void {
    const ctx = this.ctx;
    // Only the KMS instance API answers with a protobuf Error.
    const r = resolve(key, candidates, body ? 'instance' : ctx.api);
    const bodyStatus = body && body.fields.StatusCode > 0 ? body.fields.StatusCode : null;
    const o: Occurrence = {
      start: start + this.base,
      end: end + this.base,
      kind,
      code: candidates[0]?.code ?? fallbackCode,
      api: r.api,
      httpStatus: bodyStatus ?? ctx.httpStatus ?? r.catalogStatus,
      requestId: (body?.fields.RequestId || ctx.requestId) ?? null,
      message,
      operation: ctx.operation,
      entryKeys: r.entryKeys,
      ...(body ? { payload: { format: body.format, fields: body.fields } } : {}),
      recordStart: this.base,
      recordEnd: this.base + this.record.length,
    };
    this.found.push(o);
  }

  /** An `Error` body: its own fields first, the record's context for what it lacks. */
  addBody(p: { start: number; end: number; format: string; fields: KmsErrorFields }): void {
    const candidates = findEntries(p.fields.ErrorCode, 'instance');
    this.add(`b:${p.fields.ErrorCode}`, p.start, p.end, 'payload', candidates.length > 0 ? candidates : findEntries(p.fields.ErrorCode), p.fields.ErrorCode, p.fields.ErrorMessage || null, p);
  }

  /** Whether [start, end) (record offsets) lies inside a body already found. */
  insideBody(start: number, end: number): boolean {
    return this.found.some((f) => f.kind === 'payload' && start + this.base >= f.start && end + this.base <= f.end);
  }
}

/** The catalog message sent with `code` in this record, if any: the first after the code, else before. */
function messageFor(code: string, at: number, messages: readonly MessageHit[]): MessageHit | undefined {
  const own = messages.filter((m) => m.known.entries.some((e) => e.code === code));
  return own.find((m) => m.start >= at) ?? own[own.length - 1];
}

/**
 * Every KMS error in one record's text: catalog codes (the everyday-word ones only with KMS
 * context), known messages printed without their code (behind a Tea exception or with KMS
 * context), and `Error` bodies. Offsets are `base` plus offsets into `record`.
 */
export function scanRecord(record: string, base = 0): Occurrence[] {
  const ctx = readRecordContext(record);
  const messages = findMessages(record);
  const kms = ctx.kmsContext || messages.some((m) => !m.known.generic);
  const out = new RecordBuilder(record, base, ctx);
  const claimed = new Set<MessageHit>();

  for (const p of findEncodedPayloads(record, ctx.kmsWord)) out.addBody(p);

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
    out.add(`c:${code}|${hit?.known.text ?? ''}`, at, at + code.length, 'code', candidates, code, text);
  }

  const codesFound = new Set(out.found.filter((f) => f.kind === 'code').map((f) => f.code));
  for (const hit of messages) {
    if (claimed.has(hit) || out.insideBody(hit.start, hit.end)) continue;
    // The full scan parses a record for a message only after these anchors: keep the same rule.
    if (!(ctx.teaException || ctx.kmsWord)) continue;
    if (hit.known.generic && !ctx.kmsContext) continue;
    // The same message as a code already found in this record is that error's message, not another error.
    if (hit.known.entries.some((e) => codesFound.has(e.code))) continue;
    out.add(`m:${hit.known.text}`, hit.start, hit.end, 'message', hit.known.entries, hit.known.entries[0]!.code, record.slice(hit.start, hit.end));
  }
  return out.found.sort((a, b) => a.start - b.start);
}
