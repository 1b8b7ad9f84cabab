import { CATALOG, entryKey, type CatalogEntry } from '../core';
import type { Occurrence } from '../core/recognize/types';

const BY_KEY = new Map<string, CatalogEntry>(CATALOG.map((e) => [entryKey(e), e]));

/** The catalog entries an occurrence points to, likeliest first (its `entryKeys` order). */
export function entriesOf(occurrence: Pick<Occurrence, 'entryKeys'>): readonly CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const key of occurrence.entryKeys) {
    const entry = BY_KEY.get(key);
    if (entry) out.push(entry);
  }
  return out;
}

/** How an occurrence is named in a diagnostic or an action: its code, or `HTTP 413` for the code-less row. */
export function occurrenceName(occurrence: Pick<Occurrence, 'code' | 'httpStatus'>): string {
  return occurrence.code !== '' ? occurrence.code : `HTTP ${occurrence.httpStatus ?? '?'}`;
}
