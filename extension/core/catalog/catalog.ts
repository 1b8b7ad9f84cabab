import { INSTANCE_KEY_ERRORS } from './instanceKeyErrors';
import { INSTANCE_REQUEST_ERRORS } from './instanceRequestErrors';
import { INSTANCE_SERVICE_ERRORS } from './instanceServiceErrors';
import { OPENAPI_REQUEST_ERRORS } from './openapiRequestErrors';
import { OPENAPI_RESOURCE_ERRORS } from './openapiResourceErrors';
import type { CatalogEntry } from './types';

/**
 * Every entry of the catalog: the KMS instance API first (what this product is about), then the
 * shared gateway, whose code names overlap. Order within a surface is by HTTP status.
 */
export const CATALOG: readonly CatalogEntry[] = [
  ...byStatus([...INSTANCE_REQUEST_ERRORS, ...INSTANCE_KEY_ERRORS, ...INSTANCE_SERVICE_ERRORS]),
  ...byStatus([...OPENAPI_REQUEST_ERRORS, ...OPENAPI_RESOURCE_ERRORS]),
];

function byStatus(entries: CatalogEntry[]): CatalogEntry[] {
  // A stable sort keeps the documented row order inside one status.
  return entries.sort((a, b) => (a.httpStatus ?? 999) - (b.httpStatus ?? 999));
}

/** The key of an entry, unique across the catalog: `instance:Forbidden.KeyNotFound`. */
export function entryKey(entry: Pick<CatalogEntry, 'api' | 'code'>): string {
  return `${entry.api}:${entry.code}`;
}

/** How an entry is named to people: its code, or "(no code) HTTP 413" for the code-less row. */
export function entryTitle(entry: CatalogEntry): string {
  return entry.code === '' ? `(no code) HTTP ${entry.httpStatus ?? '?'}` : entry.code;
}
