import type { ApiSurface } from '../catalog/types';
import type { KmsErrorFields } from '../shared/kmsErrorFields';

export type { KmsErrorFields };

/**
 * The contract between recognition (core/recognize) and its consumers: the language server
 * (hover, diagnostics, summary), the CLI's `scan`, and the webview's summary section.
 * Offsets are UTF-16 code-unit offsets into the scanned text, as LSP and JavaScript count them.
 */

/** How an occurrence was found. */
export type OccurrenceKind =
  /** A catalog code (or alias) as a word: `Forbidden.KeyNotFound`. */
  | 'code'
  /** A known server message without its code (Java, PHP and C# SDKs print only the message). */
  | 'message'
  /** An encoded `Error` payload (base64, hex, escaped bytes) or a raw body printed as text. */
  | 'payload';


/** One KMS error found in text, with the context read from its own log record. */
export interface Occurrence {
  /** Start offset (inclusive) of the matched text. */
  readonly start: number;
  /** End offset (exclusive) of the matched text. */
  readonly end: number;
  readonly kind: OccurrenceKind;
  /** The catalog code, in its documented spelling; '' for the code-less 413 row. */
  readonly code: string;
  /** Which API surface the record points to, or 'unknown' when nothing in the record tells. */
  readonly api: ApiSurface | 'unknown';
  /** The HTTP status from the record (httpCode, "code: 404", StatusCode), else the catalog's, else null. */
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  /** The server message as found in the record, or null. */
  readonly message: string | null;
  /** The failed operation when the record names it (x-kms-apiname, Action), else null. */
  readonly operation: string | null;
  /** Candidate catalog entries as `entryKey`s (`instance:Forbidden.KeyNotFound`), likeliest first. */
  readonly entryKeys: readonly string[];
  /** For kind 'payload': the decoded fields and the text form they were read from. */
  readonly payload?: { readonly format: string; readonly fields: KmsErrorFields };
  /** The record (a log entry, possibly several lines) the context was read from: [start, end). */
  readonly recordStart: number;
  readonly recordEnd: number;
}

/**
 * Read access to a document by line, so that a lookup at a position touches only that line and
 * its record, never the whole text. Lines exclude their terminators.
 */
export interface LineSource {
  readonly lineCount: number;
  lineAt(line: number): string;
  /** The offset of the first character of `line` in the whole text. */
  offsetAt(line: number): number;
}

/** One row of a document's summary: a code, how often, and where it first and last appears. */
export interface SummaryRow {
  readonly code: string;
  readonly api: ApiSurface | 'unknown';
  readonly httpStatus: number | null;
  readonly count: number;
  /** 0-based lines of the first and last occurrence. */
  readonly firstLine: number;
  readonly lastLine: number;
}

/**
 * The per-document summary: the language server's `kmsErrors/summary` request answers it, the
 * side bar shows it, and `kms-errors scan` prints it. Rows are sorted by count, then code.
 */
export interface DocumentSummary {
  readonly uri: string;
  readonly total: number;
  readonly rows: readonly SummaryRow[];
}

/** The custom LSP request for a document's summary: params `{ uri }`, result DocumentSummary. */
export const SUMMARY_REQUEST = 'kmsErrors/summary';
