import { entryOfRow, oneLineMeaning, type Lang } from '../../core';
import type { ScanRow } from './scanRow';

/** The short title of an occurrence in CI output: `KMS Rejected.Throttling`. */
export function occurrenceTitle(row: ScanRow): string {
  return `KMS ${row.code === '' ? `HTTP ${row.httpStatus ?? '?'}` : row.code}`;
}

/** `meaning (HTTP 429, RequestId 0a1b...)`: what CI annotations and SARIF results say. */
export function occurrenceMessage(row: ScanRow, lang: Lang): string {
  const facts = [row.httpStatus === null ? null : `HTTP ${row.httpStatus}`, row.requestId === null ? null : `RequestId ${row.requestId}`].filter(
    (f): f is string => f !== null,
  );
  const meaning = oneLineMeaning(entryOfRow(row), lang, row.message);
  return facts.length > 0 ? `${meaning} (${facts.join(', ')})` : meaning;
}

/** A path as CI tools want it: forward slashes, no leading `./`. */
export function portablePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
