import type { KmsErrorFields } from '../shared/kmsErrorFields';
import type { Occurrence } from './types';

/** An occurrence without its offsets: what stays true when lines above it are edited. */
export type OccurrenceFields = Omit<Occurrence, 'start' | 'end' | 'recordStart' | 'recordEnd'>;

/**
 * A copy of `s` that owns its characters. V8 makes `slice` of a long string a view (a "sliced
 * string") that keeps its whole parent alive: a request id sliced from the text of a scan would
 * keep that text (up to the whole document) in memory for as long as the occurrence lives. A JSON
 * round trip is the copy that measured flat in Node 20 (`' ' + s` then `slice(1)` is a view again,
 * and a Map key keeps the very string it was given).
 */
export function ownedString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Shares one owned copy between equal strings: a log repeats the same few messages thousands of times. */
export class StringPool {
  private readonly pool = new Map<string, string>();
  constructor(private readonly limit = 10_000) {}

  /** The pooled copy of `s`, which owns its characters. */
  get(s: string): string {
    const pooled = this.pool.get(s);
    if (pooled !== undefined) return pooled;
    const owned = ownedString(s);
    // Distinct strings beyond the limit (every line a new message) are copied but not pooled.
    if (this.pool.size < this.limit) this.pool.set(owned, owned);
    return owned;
  }
}

/**
 * The fields of `o` with every string owned (see ownedString): messages, codes and operations
 * through `pool`, request ids (unique per record) copied.
 */
export function ownedFields(o: Occurrence, pool: StringPool): OccurrenceFields {
  const fields: OccurrenceFields = {
    kind: o.kind,
    code: pool.get(o.code),
    api: o.api,
    httpStatus: o.httpStatus,
    requestId: o.requestId === null ? null : ownedString(o.requestId),
    message: o.message === null ? null : pool.get(o.message),
    operation: o.operation === null ? null : pool.get(o.operation),
    entryKeys: o.entryKeys,
    ...(o.payload ? { payload: { format: pool.get(o.payload.format), fields: ownedErrorFields(o.payload.fields, pool) } } : {}),
  };
  return fields;
}

function ownedErrorFields(f: KmsErrorFields, pool: StringPool): KmsErrorFields {
  return { StatusCode: f.StatusCode, ErrorCode: pool.get(f.ErrorCode), ErrorMessage: pool.get(f.ErrorMessage), RequestId: ownedString(f.RequestId) };
}
