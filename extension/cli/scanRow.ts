import type { Occurrence } from '../core';

/** One occurrence as `scan --json` prints it: 1-based line and column. */
export interface ScanRow {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly api: Occurrence['api'];
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly message: string | null;
  /** The failed operation the record names (Action=, x-kms-apiname, an SDK method), or null. */
  readonly operation: string | null;
}
