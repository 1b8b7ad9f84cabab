import { explainEntry, getEntry, type ApiSurface, type CatalogEntry, type Lang, type Occurrence } from '../core';

/** What the host's words about an occurrence need: the terminal's tooltips, Scan Log File's diagnostics. */
export type DescribedFields = Pick<Occurrence, 'kind' | 'code' | 'httpStatus' | 'message' | 'operation' | 'entryKeys'>;

/** The likeliest catalog entry of an occurrence (the first of its entryKeys the catalog has). */
export function likeliestEntry(o: Pick<Occurrence, 'entryKeys'>): CatalogEntry | undefined {
  for (const key of o.entryKeys) {
    const colon = key.indexOf(':');
    const entry = getEntry(key.slice(0, colon) as ApiSurface, key.slice(colon + 1));
    if (entry) return entry;
  }
  return undefined;
}

/** How an occurrence is named: its code, or `HTTP 413` for the code-less row. */
export function occurrenceTitle(o: Pick<Occurrence, 'code' | 'httpStatus'>): string {
  return o.code !== '' ? o.code : `HTTP ${o.httpStatus ?? '?'}`;
}

/** The HTTP status the record gave, else the catalog's, else null. */
export function statusOf(o: DescribedFields): number | null {
  return o.httpStatus ?? likeliestEntry(o)?.httpStatus ?? null;
}

/**
 * One line about an occurrence, as the language server's diagnostics say it:
 * `Forbidden.KeyNotFound · HTTP 404 · KMS instance API: <meaning>`.
 */
export function occurrenceSentence(o: DescribedFields, lang: Lang): string {
  const entry = likeliestEntry(o);
  const name = occurrenceTitle(o);
  if (!entry) return name;
  const e = explainEntry(entry, { lang, ...(o.message !== null ? { message: o.message } : {}), ...(o.operation !== null ? { operation: o.operation } : {}) });
  const status = o.httpStatus ?? e.httpStatus;
  return `${name}${status === null ? '' : ` · HTTP ${status}`} · ${e.apiLabel}: ${e.meaning}`;
}
