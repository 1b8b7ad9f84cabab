import { entryKey } from '../catalog/catalog';
import { findEntries } from '../catalog/lookup';
import type { ApiSurface, CatalogEntry } from '../catalog/types';
import type { KnownMessage } from './messageWords';
import type { RecordContext } from './recordContext';
import type { Occurrence } from './types';

/** What the catalog and the record's fingerprint say about one code: the same for every record alike. */
export interface Resolution {
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
  /** A code's candidates before its message narrowed them to fewer surfaces, else null (see statedSurface). */
  readonly wider: readonly CatalogEntry[] | null;
  readonly widerByApi: Map<ApiSurface, Resolution>;
}
const resolutions = new Map<Occurrence['kind'], Map<string, Map<KnownMessage | null, KeyResolutions>>>();

/**
 * The resolution of an occurrence found as `kind` with `code` and catalog message `known`: what a
 * resolution depends on. The record's surface is read from `ctx` only when the candidates span
 * both. No key object and no closures: the full scan resolves one occurrence per record it parses.
 */
export function cached(kind: Occurrence['kind'], code: string, known: KnownMessage | null, ctx: RecordContext): Resolution {
  let byCode = resolutions.get(kind);
  if (!byCode) resolutions.set(kind, (byCode = new Map()));
  let byMessage = byCode.get(code);
  if (!byMessage) byCode.set(code, (byMessage = new Map()));
  let k = byMessage.get(known);
  if (!k) {
    const c = candidatesOf(kind, code, known);
    const oneSurface = new Set(c.map((e) => e.api)).size <= 1;
    const wider = kind === 'code' && known ? widerCandidates(code, c) : null;
    byMessage.set(known, (k = { candidates: c, any: oneSurface ? resolve(c, code, null) : null, byApi: new Map(), wider, widerByApi: new Map() }));
  }
  if (k.wider) {
    const stated = statedSurface(k.candidates, k.wider, ctx);
    if (stated) {
      let r = k.widerByApi.get(stated);
      if (!r) k.widerByApi.set(stated, (r = resolve(k.wider, code, stated)));
      return r;
    }
  }
  if (k.any) return k.any;
  // Only the KMS instance API answers with a protobuf Error.
  const api = kind === 'payload' ? 'instance' : ctx.api;
  let r = k.byApi.get(api);
  if (!r) k.byApi.set(api, (r = resolve(k.candidates, code, api)));
  return r;
}

/**
 * A code's full candidates when its message narrowed them to fewer surfaces (`Forbidden.NoPermission`
 * with the instance API's `This operation for "<x>" is forbidden ...`), else null: asked once per key.
 */
function widerCandidates(code: string, narrowed: readonly CatalogEntry[]): readonly CatalogEntry[] | null {
  const all = findEntries(code);
  const surfaces = (list: readonly CatalogEntry[]) => new Set(list.map((e) => e.api));
  return surfaces(all).size > surfaces(narrowed).size ? all : null;
}

/**
 * The surface the record states when it is one the code has but its message's wording does not,
 * else null. A message's wording is a weaker sign of the surface than the record's own
 * fingerprint: the gateway words some refusals like the instance API, its value bare where the
 * instance quotes it (the secrets manager's `Message: code: 403, This operation for
 * acs:kms:...:secret/team-a is forbidden by permission system. request id: ...`, the Darabonba
 * template that only the gateway's SDKs print), so the wording alone must not make it an instance
 * error. Read only for codes whose message narrowed their surfaces (see widerCandidates).
 */
function statedSurface(narrowed: readonly CatalogEntry[], wider: readonly CatalogEntry[], ctx: RecordContext): ApiSurface | null {
  // Only a surface the wording excludes can change the answer, so only its fingerprint is read
  // first (most such records are settled by the one the KMS context already read).
  for (const e of wider) if (!narrowed.some((n) => n.api === e.api) && ctx.states(e.api)) return e.api;
  return null;
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
