import type { Lang, Occurrence, RecordTime } from '../../core';

/**
 * One occurrence found by `kms-errors scan`, as every output format reads it: 1-based line and
 * column, its context, and the time of its record (null when the record has none).
 */
export interface ScanRow {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly api: Occurrence['api'];
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly message: string | null;
  readonly time: RecordTime | null;
}

/** What a format needs besides the rows. */
export interface FormatContext {
  /** The input as named to the user: the path given, or `<stdin>`. */
  readonly name: string;
  /** The path for annotations and SARIF locations, or null for standard input. */
  readonly path: string | null;
  readonly lang: Lang;
  /** Annotation level of `--format github`. */
  readonly level: GithubLevel;
}

/** GitHub Actions annotation levels (workflow commands `::notice`, `::warning`, `::error`). */
export type GithubLevel = 'notice' | 'warning' | 'error';

/** A format: rows in, the whole output text out. */
export type ScanFormatter = (rows: readonly ScanRow[], context: FormatContext) => string;
