import { entryKey } from '../../extension/core/catalog/catalog';
import { answersOperation, documentedOperations } from '../../extension/core/catalog/entryOperations';
import type { ApiSurface, CatalogEntry } from '../../extension/core/catalog/types';
import { LANGS } from '../../extension/core/catalog/types';

/** The reference's filters; 'all' means no filter. Status 'none' picks entries without a documented status. */
export interface ReferenceFilter {
  readonly query: string;
  readonly status: 'all' | 'none' | number;
  readonly api: 'all' | ApiSurface;
  readonly operation: 'all' | string;
}

/** No filter at all. */
export const NO_FILTER: ReferenceFilter = { query: '', status: 'all', api: 'all', operation: 'all' };

/** One entry with the lower-cased text that search looks through, built once. */
export interface IndexedEntry {
  readonly key: string;
  readonly entry: CatalogEntry;
  readonly haystack: string;
}

/**
 * Indexes entries for search: code, aliases, every message text, and the meaning in every
 * language, so a Japanese or Chinese word finds an entry whatever the display language is.
 */
export function indexEntries(entries: readonly CatalogEntry[]): readonly IndexedEntry[] {
  return entries.map((entry) => ({
    key: entryKey(entry),
    entry,
    haystack: [
      entry.code,
      ...(entry.aliases ?? []),
      String(entry.httpStatus ?? ''),
      ...entry.messages.map((m) => m.text),
      ...LANGS.map((l) => entry.meaning[l]),
      ...entry.messages.flatMap((m) => (m.meaning ? LANGS.map((l) => m.meaning![l]) : [])),
    ]
      .join('\n')
      .toLowerCase(),
  }));
}

/**
 * The entries that pass every filter. The query is split on whitespace and every word must
 * occur. An operation filter keeps entries documented for that operation and the common errors
 * (no operations listed), since any operation can answer those.
 */
export function filterEntries(index: readonly IndexedEntry[], filter: ReferenceFilter): readonly IndexedEntry[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return index.filter(({ entry, haystack }) => {
    if (filter.api !== 'all' && entry.api !== filter.api) return false;
    if (filter.status === 'none' && entry.httpStatus !== null) return false;
    if (typeof filter.status === 'number' && entry.httpStatus !== filter.status) return false;
    if (filter.operation !== 'all' && !answersOperation(entry, filter.operation)) return false;
    return words.every((w) => haystack.includes(w));
  });
}

/** The distinct HTTP statuses of the entries, ascending. */
export function statusesOf(entries: readonly CatalogEntry[]): readonly number[] {
  return [...new Set(entries.flatMap((e) => (e.httpStatus === null ? [] : [e.httpStatus])))].sort((a, b) => a - b);
}

/** Whether any entry lacks a documented status (offers the "no documented status" filter). */
export function hasEntriesWithoutStatus(entries: readonly CatalogEntry[]): boolean {
  return entries.some((e) => e.httpStatus === null);
}

/**
 * Every operation whose documentation names one of the entries (their messages' operations
 * included: a common code is listed in many operations' tables), alphabetically.
 */
export function operationsOf(entries: readonly CatalogEntry[]): readonly string[] {
  return [...new Set(entries.flatMap(documentedOperations))].sort((a, b) => a.localeCompare(b));
}
