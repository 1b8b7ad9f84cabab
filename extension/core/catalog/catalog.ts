import { CLIENT_ERRORS } from './clientErrors';
import { EXPLANATIONS } from './explanations';
import { DOCUMENTED_CODES, type DocumentedKey } from './generated/documentedCodes';
import { INSTANCE_LEGACY_ERRORS } from './instanceLegacyErrors';
import { joinEntry } from './joinEntry';
import type { CatalogEntry } from './types';

const JOINED = DOCUMENTED_CODES.map((doc) => joinEntry(doc, EXPLANATIONS[`${doc.api}:${doc.code}` as DocumentedKey]));

/**
 * Every entry of the catalog: the documented codes of the reference joined with our
 * explanations, and the few entries known from elsewhere. The KMS instance API first (what this
 * product is about), then the shared gateway, whose code names overlap. Order within a surface
 * is by HTTP status, then by code. The client-side failures (surface `client`) come last.
 */
export const CATALOG: readonly CatalogEntry[] = [
  ...byStatus([...JOINED.filter((e) => e.api === 'instance'), ...INSTANCE_LEGACY_ERRORS]),
  ...byStatus(JOINED.filter((e) => e.api === 'openapi')),
  // Failures before any server error code: last, they are about the client.
  ...CLIENT_ERRORS,
];

function byStatus(entries: CatalogEntry[]): CatalogEntry[] {
  // A stable sort keeps the code order inside one status.
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
