import type { Lang } from '../../core';
import type { ScanRow } from '../scanRows';

export type { ScanRow } from '../scanRows';

/** What a format needs besides the rows. */
export interface FormatContext {
  /** The input as named to the user: the path given, or `<stdin>`. */
  readonly name: string;
  /** The path for annotations and SARIF locations, or null for standard input; a row's own `file` (several inputs) comes first. */
  readonly path: string | null;
  readonly lang: Lang;
  /** Annotation level of `--format github`. */
  readonly level: GithubLevel;
}

/** GitHub Actions annotation levels (workflow commands `::notice`, `::warning`, `::error`). */
export type GithubLevel = 'notice' | 'warning' | 'error';

/** A format: rows in, the whole output text out. */
export type ScanFormatter = (rows: readonly ScanRow[], context: FormatContext) => string;
