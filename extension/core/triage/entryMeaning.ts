import { findEntries, getEntry } from '../catalog/lookup';
import { matchesTemplate } from '../catalog/messageTemplate';
import type { CatalogEntry, Lang } from '../catalog/types';
import type { SummaryRow } from '../recognize/types';

/** The catalog entry a summary row stands for: its own surface's, else the likeliest one. */
export function entryOfRow(row: Pick<SummaryRow, 'api' | 'code'>): CatalogEntry | undefined {
  if (row.api !== 'unknown') return getEntry(row.api, row.code) ?? findEntries(row.code)[0];
  return findEntries(row.code)[0] ?? (row.code === '' ? getEntry('instance', '') : undefined);
}

/**
 * An entry's meaning in one line: its first sentence (a report row, a CI annotation), the
 * meaning of the message variant `message` matches when it has its own, or a fixed text for a
 * code the catalog does not hold.
 */
export function oneLineMeaning(entry: CatalogEntry | undefined, lang: Lang, message?: string | null): string {
  if (!entry) return lang === 'ja' ? 'カタログにないコードです。' : lang === 'zh-cn' ? '目录中没有此错误码。' : 'This code is not in the catalog.';
  // The same code can mean different things by message (InvalidParam): the found message picks.
  const variant = message ? entry.messages.find((m) => m.meaning !== undefined && matchesTemplate(m.text, message.trim())) : undefined;
  const flat = (variant?.meaning ?? entry.meaning)[lang].replace(/\s+/g, ' ').trim();
  // A sentence ends at ". " (English) or "。" (Japanese, Chinese); abbreviations like "e.g." are rare in meanings.
  const end = flat.search(/(?<=\.)\s|(?<=。)/);
  return end > 0 ? flat.slice(0, end).trim() : flat;
}
