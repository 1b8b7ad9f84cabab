import { distance } from 'fastest-levenshtein';
import { CATALOG, entryKey } from './catalog';
import type { ApiSurface, CatalogEntry } from './types';

const byLowerCode = new Map<string, CatalogEntry[]>();
const byKey = new Map<string, CatalogEntry>();
for (const entry of CATALOG) {
  byKey.set(entryKey(entry), entry);
  for (const name of [entry.code, ...(entry.aliases ?? [])]) {
    if (name === '') continue;
    const lower = name.toLowerCase();
    const list = byLowerCode.get(lower) ?? [];
    list.push(entry);
    byLowerCode.set(lower, list);
  }
}

/** Every distinct code and alias in the catalog, in their documented spelling. */
export const ALL_CODES: readonly string[] = [
  ...new Set(CATALOG.flatMap((e) => [e.code, ...(e.aliases ?? [])]).filter((c) => c !== '')),
];

/**
 * The entries for a code, matched case-insensitively on the code and its aliases, the KMS
 * instance API first. `api` narrows to one surface. An unknown code gives an empty list.
 */
export function findEntries(code: string, api?: ApiSurface): readonly CatalogEntry[] {
  const found = byLowerCode.get(code.trim().toLowerCase()) ?? [];
  return api ? found.filter((e) => e.api === api) : found;
}

/** The one entry with this exact key, or undefined. */
export function getEntry(api: ApiSurface, code: string): CatalogEntry | undefined {
  return byKey.get(entryKey({ api, code }));
}

/** The entries answered with an HTTP status, the KMS instance API first. */
export function findByStatus(status: number, api?: ApiSurface): readonly CatalogEntry[] {
  return CATALOG.filter((e) => e.httpStatus === status && (!api || e.api === api));
}

/**
 * Known codes close to a mistyped one, closest first: `Forbiden.KeyNotFound` suggests
 * `Forbidden.KeyNotFound`. Compared case-insensitively by edit distance, so a code that differs
 * only in case is the closest of all.
 */
export function suggestCodes(code: string, max = 3): readonly string[] {
  const wanted = code.trim().toLowerCase();
  if (wanted === '') return [];
  // Allow roughly one edit in three characters: enough for typos, not for unrelated words.
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return ALL_CODES.map((c) => ({ c, d: distance(wanted, c.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}
