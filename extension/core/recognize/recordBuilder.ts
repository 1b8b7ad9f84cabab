import type { KmsErrorFields } from '../shared/kmsErrorFields';
import type { KnownMessage } from './messageWords';
import type { RecordContext } from './recordContext';
import { cached } from './resolution';
import type { Occurrence } from './types';

/** Builds occurrences of one record, with offsets of the whole text (`base` is the record's start). */
export class RecordBuilder {
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

  /**
   * Whether the mention at `at` (record offset) is a URL's query value (`?q=CODE`, `Keyword=CODE`,
   * and percent-encoded inside another link, `q%3DCODE`: percentEncoding.ts).
   */
  private isUrlParameter(at: number): boolean {
    const r = this.record;
    return r.charCodeAt(at - 1) === 0x3d /* = */ || (at >= 3 && r.charCodeAt(at - 3) === 0x25 /* % */ && r.charCodeAt(at - 2) === 0x33 /* 3 */ && (r.charCodeAt(at - 1) | 0x20) === 0x64 /* d or D */);
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
