import type { Occurrence, PiecePosition, RecordTime } from '../core';

/**
 * One occurrence as `scan` reports it: 1-based line and column. `file` is present when the scan
 * has several inputs (the path as given, joined with the path inside a folder).
 */
export interface ScanRow {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly api: Occurrence['api'];
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly message: string | null;
  /** The failed operation the record names (Action=, x-kms-apiname, an SDK method), or null. */
  readonly operation: string | null;
  /** The time of the row's record (carried from the record above when it has none), or null. */
  readonly time: RecordTime | null;
}

/** The row for `o` found at `at` (0-based) in `file` (undefined for a single-input scan), its record's time `time`. */
export function scanRowOf(o: Occurrence, at: PiecePosition, file: string | undefined, time: RecordTime | null): ScanRow {
  // Two literal shapes instead of spreads: this runs for every occurrence of a 1 GiB log.
  return file === undefined
    ? { line: at.line + 1, column: at.column + 1, code: o.code, api: o.api, httpStatus: o.httpStatus, requestId: o.requestId, message: o.message, operation: o.operation, time }
    : { file, line: at.line + 1, column: at.column + 1, code: o.code, api: o.api, httpStatus: o.httpStatus, requestId: o.requestId, message: o.message, operation: o.operation, time };
}

/**
 * Where `scan` sends what it finds, one input at a time, as it finds it: rows are never all held,
 * so a 1 GiB log is scanned in bounded memory. Each output format (`--json`, the human tables)
 * is one sink.
 */
export interface ScanSink {
  /** Before the rows of an input. */
  fileStart(name: string): void;
  row(row: ScanRow): void;
  /** After the last row of an input (also when it failed part way). */
  fileEnd(name: string): void;
  /** After every input: the sink completes its output (a JSON document is closed). */
  end(): void;
}

/** Collects output text and hands it on in blocks, so a million rows are not a million writes. */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(
    private readonly write: (text: string) => void,
    private readonly blockChars = 1 << 18,
  ) {}

  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.blockChars) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
