import { findEntries, getEntry } from '../catalog/lookup';
import type { CatalogEntry, Lang } from '../catalog/types';
import type { SummaryRow } from '../recognize/types';

/** The catalog entry a summary row stands for: its own surface's, else the likeliest one. */
export function entryOfRow(row: Pick<SummaryRow, 'api' | 'code'>): CatalogEntry | undefined {
  if (row.api !== 'unknown') return getEntry(row.api, row.code) ?? findEntries(row.code)[0];
  return findEntries(row.code)[0] ?? (row.code === '' ? getEntry('instance', '') : undefined);
}

/**
 * An entry's meaning in one line: its first sentence (a report row, a CI annotation title), or
 * a fixed text for a code the catalog does not hold.
 */
export function oneLineMeaning(entry: CatalogEntry | undefined, lang: Lang): string {
  if (!entry) return lang === 'ja' ? 'カタログにないコードです。' : lang === 'zh-cn' ? '目录中没有此错误码。' : 'This code is not in the catalog.';
  const flat = entry.meaning[lang].replace(/\s+/g, ' ').trim();
  // A sentence ends at ". " (English) or "。" (Japanese, Chinese); abbreviations like "e.g." are rare in meanings.
  const end = flat.search(/(?<=\.)\s|(?<=。)/);
  return end > 0 ? flat.slice(0, end).trim() : flat;
}
