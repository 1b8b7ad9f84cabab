import { findByStatus, findEntries } from '../catalog/lookup';
import type { CatalogEntry } from '../catalog/types';
import type { KmsErrorFields } from '../shared/kmsErrorFields';

/**
 * The catalog entry that explains a decoded `Error`: by ErrorCode on the KMS instance API (the
 * API that sends protobuf bodies) before the shared gateway, narrowed by the HTTP status in
 * StatusCode when the code has entries with several statuses. A body without a code is the
 * documented code-less answer for its status (413 when StatusCode is empty too, as an empty
 * body is). Undefined when the catalog does not know the code.
 */
export function entryForError(error: Partial<KmsErrorFields>): CatalogEntry | undefined {
  const code = (error.ErrorCode ?? '').trim();
  const status = error.StatusCode ?? 0;
  if (code === '') {
    const byStatus = findByStatus(status === 0 ? 413 : status, 'instance').filter((e) => e.code === '');
    return byStatus[0];
  }
  const entries = findEntries(code);
  const instance = entries.filter((e) => e.api === 'instance');
  const pool = instance.length > 0 ? instance : entries;
  return pool.find((e) => e.httpStatus === status) ?? pool[0];
}
