/**
 * What one SDK family's error record looks like, as the recognition engine reads it. A format
 * names the lines that continue its records and the fields it can read; the engine (anchors,
 * record bounds, catalog lookup, the KMS rule) stays generic and asks the formats in order.
 */

/**
 * One field reader: `pattern`'s group 1 is the value. It runs only when the record contains one
 * of `guard` (case-sensitive literals): `includes` is far cheaper than an expression, and most
 * records lack most formats' keys, so a format costs the records that are not its own a few
 * memchr-speed searches.
 */
export interface FieldReader {
  readonly guard: readonly string[];
  readonly pattern: RegExp;
}

/** One SDK family's record shape and the fields read from it. */
export interface RecordFormat {
  /** A short name for tests and documentation: `goServerError`. */
  readonly name: string;
  /**
   * Line prefixes (after leading ANSI escapes) that continue the record above: the unindented
   * lines of a Go `SDK.ServerError` block, Terraform's `│ ` box. Indented lines always continue.
   */
  readonly continuations?: readonly string[];
  /** The HTTP status the record states. */
  readonly status?: FieldReader;
  /** The request id the record states (placeholders are refused by the engine). */
  readonly requestId?: FieldReader;
  /** The failed operation the record states, as the API spells it (`Decrypt`). */
  readonly operation?: FieldReader;
  /** A shape only KMS answers with (the gateway body's `HttpStatus` field): KMS context. */
  readonly kmsSignal?: FieldReader;
  /** Suffixes an SDK appends to the code (`Forbidden.KeyNotFoundError`): the code is read without. */
  readonly codeSuffixes?: readonly string[];
}
