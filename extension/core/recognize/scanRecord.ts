import { entryKey } from '../catalog/catalog';
import { findEntries } from '../catalog/lookup';
import type { ApiSurface, CatalogEntry } from '../catalog/types';
import { CODE_PATTERN, isCodeAt, isGenericCode } from './codeWords';
import { findClientMessages, findMessages, type KnownMessage, type MessageHit } from './messageWords';
import { readRecordContext, type RecordContext } from './recordContext';
import { findEncodedPayloads } from './encodedPayloads';
import { readRawErrorText } from './rawErrorText';
import { scanOptions, type KmsContextRule } from './scanOptions';
import type { KmsErrorFields } from '../shared/kmsErrorFields';
import type { Occurrence } from './types';

// `401 Unauthorized` is HTTP's reason phrase; KMS's Unauthorized is a 404.
const REASON_PHRASE_401 = /\b401 $/;

// Where a record spells the message out when it is not a catalog wording: Go's `Message:`, JSON
// and logfmt fields, the Rust formatter's `message:`.
const MESSAGE_FIELD = /\b(?:ErrorMessage|Message|message|msg)["']?\s*[:=]\s*["']?([^"'\r\n]{1,300})/;

/** What the catalog and the record's fingerprint say about one code: the same for every record alike. */
interface Resolution {
  /** The code to report: the first candidate's, else the code as found. */
  readonly code: string;
  readonly api: ApiSurface | 'unknown';
  readonly entryKeys: readonly string[];
  readonly catalogStatus: number | null;
}

// Resolutions depend only on the key and, when the candidates span both surfaces, the record's
// surface, so they are computed once: a 100 MB log has thousands of records with the same few
// errors. Nested maps keyed by the strings and objects at hand: a joined key string (with a
// message of up to 90 characters) cost a concatenation, a flattening and a hash per occurrence.
// A key whose candidates lie on one surface resolves alike in every record: it is kept as `any`,
// and the record's surface (two fingerprint searches) is never read for it.
interface KeyResolutions {
  readonly candidates: readonly CatalogEntry[];
  readonly any: Resolution | null;
  readonly byApi: Map<ApiSurface | null, Resolution>;
}
const resolutions = new Map<Occurrence['kind'], Map<string, Map<KnownMessage | null, KeyResolutions>>>();

/**
 * The resolution of an occurrence found as `kind` with `code` and catalog message `known`: what a
 * resolution depends on. The record's surface is read from `ctx` only when the candidates span
 * both. No key object and no closures: the full scan resolves one occurrence per record it parses.
 */
function cached(kind: Occurrence['kind'], code: string, known: KnownMessage | null, ctx: RecordContext): Resolution {
  let byCode = resolutions.get(kind);
  if (!byCode) resolutions.set(kind, (byCode = new Map()));
  let byMessage = byCode.get(code);
  if (!byMessage) byCode.set(code, (byMessage = new Map()));
  let k = byMessage.get(known);
  if (!k) {
    const c = candidatesOf(kind, code, known);
    const oneSurface = new Set(c.map((e) => e.api)).size <= 1;
    byMessage.set(known, (k = { candidates: c, any: oneSurface ? resolve(c, code, null) : null, byApi: new Map() }));
  }
  if (k.any) return k.any;
  // Only the KMS instance API answers with a protobuf Error.
  const api = kind === 'payload' ? 'instance' : ctx.api;
  let r = k.byApi.get(api);
  if (!r) k.byApi.set(api, (r = resolve(k.candidates, code, api)));
  return r;
}

/** The candidate entries of an occurrence, likeliest first: computed once per resolution key. */
function candidatesOf(kind: Occurrence['kind'], code: string, known: KnownMessage | null): readonly CatalogEntry[] {
  if (kind === 'payload') return bodyCandidates(code);
  if (kind === 'message') return known!.entries;
  return codeCandidates(code, known);
}

/** The surface, candidate entries (likeliest first) and catalog status for one code in its record. */
function resolve(candidates: readonly CatalogEntry[], fallbackCode: string, recordApi: ApiSurface | null): Resolution {
  const surfaces = new Set(candidates.map((e) => e.api));
  let api: ApiSurface | 'unknown' = 'unknown';
  if (surfaces.size === 1) api = candidates[0]!.api;
  else if (recordApi && surfaces.has(recordApi)) api = recordApi;
  const entries = api === 'unknown' ? candidates : [...candidates].sort((a, b) => Number(b.api === api) - Number(a.api === api));
  const statuses = new Set(entries.filter((e) => api === 'unknown' || e.api === api).map((e) => e.httpStatus));
  return {
    code: candidates[0]?.code ?? fallbackCode,
    api,
    entryKeys: entries.map(entryKey),
    catalogStatus: statuses.size === 1 ? [...statuses][0]! : null,
  };
}

/** The candidates of a code found as a word, narrowed to those that send its message if any do. */
function codeCandidates(code: string, known: KnownMessage | null): readonly CatalogEntry[] {
  const candidates = findEntries(code);
  if (!known) return candidates;
  const narrowed = candidates.filter((e) => known.entries.includes(e));
  return narrowed.length > 0 ? narrowed : candidates;
}

/** The candidates of a body's code: the instance API's entries first (only it sends bodies). */
function bodyCandidates(code: string): readonly CatalogEntry[] {
  const candidates = findEntries(code, 'instance');
  return candidates.length > 0 ? candidates : findEntries(code);
}

/** Builds occurrences of one record, with offsets of the whole text (`base` is the record's start). */
class RecordBuilder {
  readonly found: Occurrence[] = [];
  constructor(
    private readonly record: string,
    private readonly base: number,
    private readonly ctx: RecordContext,
  ) {}

  /** An occurrence found as `kind` (a body is a 'payload', and only a payload has a body). */
  add(
    kind: Occurrence['kind'],
    code: string,
    known: KnownMessage | null,
    start: number,
    end: number,
    message: string | null,
    body?: { format: string; fields: KmsErrorFields },
  ): void {
    const ctx = this.ctx;
    const r = cached(kind, code, known, ctx);
    // One error, one occurrence: the code's other mentions in its record (a `Recommend` URL's
    // `q=CODE`, a `Data` JSON, its message) are the same error. The mention that is not a URL
    // parameter is where the occurrence stands.
    if (kind !== 'payload') {
      const i = this.indexOfCode(r.code);
      if (i >= 0) {
        if (!this.isUrlParameter(this.found[i]!.start - this.base) || this.isUrlParameter(start)) return;
        this.found.splice(i, 1);
      }
    }
    const start_ = start + this.base;
    const end_ = end + this.base;
    const recordEnd = this.base + this.record.length;
    // Two literals rather than a spread of an optional `payload`: one fixed shape each, no
    // temporary object (the full scan builds one per occurrence).
    const o: Occurrence = body
      ? {
          start: start_,
          end: end_,
          kind,
          code: r.code,
          api: r.api,
          httpStatus: (body.fields.StatusCode > 0 ? body.fields.StatusCode : null) ?? ctx.httpStatus ?? r.catalogStatus,
          requestId: (body.fields.RequestId || ctx.requestId) ?? null,
          message,
          operation: ctx.operation,
          entryKeys: r.entryKeys,
          payload: { format: body.format, fields: body.fields },
          recordStart: this.base,
          recordEnd,
        }
      : {
          start: start_,
          end: end_,
          kind,
          code: r.code,
          api: r.api,
          httpStatus: ctx.httpStatus ?? r.catalogStatus,
          requestId: ctx.requestId,
          message,
          operation: ctx.operation,
          entryKeys: r.entryKeys,
          recordStart: this.base,
          recordEnd,
        };
    this.found.push(o);
  }

  /** An `Error` body: its own fields first, the record's context for what it lacks. */
  addBody(p: { start: number; end: number; format: string; fields: KmsErrorFields }): void {
    const code = p.fields.ErrorCode;
    this.add('payload', code, null, p.start, p.end, p.fields.ErrorMessage || null, p);
  }

  /** The index of this record's code or message occurrence of `code`, or -1. */
  private indexOfCode(code: string): number {
    for (let i = 0; i < this.found.length; i++) if (this.found[i]!.kind !== 'payload' && this.found[i]!.code === code) return i;
    return -1;
  }

  /** Whether the mention at `at` (record offset) is a URL's query value (`?q=CODE`, `Keyword=CODE`). */
  private isUrlParameter(at: number): boolean {
    return this.record.charCodeAt(at - 1) === 0x3d /* = */;
  }

  /** Whether an occurrence of `code` found as a word is already in this record. */
  hasCode(code: string): boolean {
    for (const f of this.found) if (f.kind === 'code' && f.code === code) return true;
    return false;
  }

  /** Whether [start, end) (record offsets) lies inside a body already found. */
  insideBody(start: number, end: number): boolean {
    for (const f of this.found) if (f.kind === 'payload' && start + this.base >= f.start && end + this.base <= f.end) return true;
    return false;
  }
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

/** A code found as a word, with the catalog message it was sent with if the record holds one. */
function addCode(record: string, ctx: RecordContext, out: RecordBuilder, messages: readonly MessageHit[], claimed: MessageHit[], code: string, at: number): void {
  // A word that is a code and, whole, another code's message (the instance API's
  // UnsupportedOperation sends "Rejected.UnsupportedOperation", a gateway code too) is one
  // error: the gateway's code in a gateway record, else the instance message it always was.
  const whole = wholeMessageAt(messages, at, at + code.length);
  if (whole && !sendsCode(whole.known, code)) {
    if (ctx.api !== 'openapi') return;
    claimed.push(whole);
  }
  const hit = messageFor(code, at, messages);
  if (hit) claimed.push(hit);
  const known = hit?.known ?? null;
  const text = hit ? record.slice(hit.start, hit.end) : (MESSAGE_FIELD.exec(record.slice(at))?.[1]?.trim() ?? null);
  out.add('code', code, known, at, at + code.length, text);
}

/**
 * Whether a record says KMS, as a generic code needs (the precision rule): a KMS host, header,
 * SDK package or class or the word KMS (ctx.kmsContext), a KMS-only operation as the request's
 * operation, or a catalog message only KMS sends; and never when it names another cloud.
 */
function isKmsRecord(ctx: RecordContext, messages: readonly MessageHit[]): boolean {
  if (scanOptions.disabledRules.size > 0) return isKmsRecordWithout(ctx, messages, scanOptions.disabledRules);
  if (ctx.otherCloud) return false;
  return ctx.kmsContext || ctx.kmsOperation || messages.some((m) => !m.known.generic);
}

function isKmsRecordWithout(ctx: RecordContext, messages: readonly MessageHit[], off: ReadonlySet<KmsContextRule>): boolean {
  if (off.has('genericCodes')) return true;
  if (!off.has('otherCloud') && ctx.otherCloud) return false;
  return (
    (!off.has('kmsContext') && ctx.kmsContext) ||
    (!off.has('kmsOperation') && ctx.kmsOperation) ||
    (!off.has('kmsMessage') && messages.some((m) => !m.known.generic))
  );
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
    if (!kms && !scanOptions.disabledRules.has('kmsCode')) kms = out.found.some((f) => f.kind === 'code');
    for (let i = 0; kms && i < generic.length; i += 2) {
      const at = generic[i]!;
      if (REASON_PHRASE_401.test(record.slice(Math.max(0, at - 4), at))) continue;
      addCode(record, ctx, out, messages, claimed, record.slice(at, at + generic[i + 1]!), at);
    }
  }

  for (const hit of messages) {
    if (claimed.includes(hit) || out.insideBody(hit.start, hit.end)) continue;
    // The full scan parses a record for a message only after these anchors: keep the same rule.
    if (!(ctx.teaException || ctx.kmsWord)) continue;
    if (hit.known.generic && !ctx.kmsContext) continue;
    // The same message as a code already found in this record is that error's message, not another error.
    if (hasCodeOf(out, hit.known)) continue;
    const known = hit.known;
    out.add('message', known.entries[0]!.code, known, hit.start, hit.end, record.slice(hit.start, hit.end));
  }
  // A client-side failure (the endpoint not resolving, TLS, a timeout) is what a KMS record says
  // when no server error came: looked for only then, and only in a record that says KMS.
  if (out.found.length === 0 && (ctx.teaException || ctx.kmsWord) && ctx.kmsContext && !ctx.otherCloud) {
    for (const hit of findClientMessages(record)) {
      out.add('message', hit.known.entries[0]!.code, hit.known, hit.start, hit.end, record.slice(hit.start, hit.end));
    }
  }
  return out.found.length > 1 ? out.found.sort((a, b) => a.start - b.start) : out.found;
}
