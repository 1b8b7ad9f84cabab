import type { ScanRow } from './scanRow';

/** Characters gathered before they are handed to `write`: few calls, and no 4 MB string. */
const FLUSH_CHARS = 64 * 1024;

/** A JSON value as JSON.stringify writes it (a number that is not finite is null there too). */
function json(value: string | number | null): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return value === null || !Number.isFinite(value) ? 'null' : String(value);
}

/** Distinct repeated strings (codes, surfaces, messages) whose JSON is kept; a log repeats a few. */
const REPEATED_LIMIT = 10_000;

/** One row at the depth and indentation JSON.stringify(…, null, 2) gives it inside `occurrences`. */
function rowJson(r: ScanRow, repeated: (s: string | null) => string): string {
  return (
    `    {\n      "line": ${json(r.line)},\n      "column": ${json(r.column)},\n      "code": ${repeated(r.code)},\n      "api": ${repeated(r.api)},\n` +
    `      "httpStatus": ${json(r.httpStatus)},\n      "requestId": ${json(r.requestId)},\n      "message": ${repeated(r.message)},\n      "operation": ${repeated(r.operation)}\n    }`
  );
}

/**
 * Writes `scan --json`'s document, `{ "occurrences": rows, "summary": counts }`, byte for byte as
 * `JSON.stringify(document, null, 2) + '\n'` would, but row by row in pieces of about 64 KB:
 * stringifying 18,000 rows at once builds a 4 MB string (and then its UTF-8 copy) for nothing,
 * and rows can be written as soon as they are found.
 */
export class ScanJsonWriter {
  private pending = '';
  private rows = 0;
  private readonly known = new Map<string, string>();
  private readonly repeated = (s: string | null): string => {
    if (s === null) return 'null';
    let text = this.known.get(s);
    if (text === undefined) {
      text = JSON.stringify(s);
      if (this.known.size < REPEATED_LIMIT) this.known.set(s, text);
    }
    return text;
  };

  constructor(private readonly write: (text: string) => void) {}

  /** Appends one occurrence. */
  add(row: ScanRow): void {
    this.pending += this.rows++ === 0 ? '{\n  "occurrences": [\n' : ',\n';
    this.pending += rowJson(row, this.repeated);
    if (this.pending.length >= FLUSH_CHARS) this.flush();
  }

  /** Ends the document with the summary (counts by code, in their insertion order) and writes the rest. */
  end(counts: Readonly<Record<string, number>>): void {
    this.pending += this.rows === 0 ? '{\n  "occurrences": [],\n' : '\n  ],\n';
    this.pending += `  "summary": ${JSON.stringify(counts, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
    this.flush();
  }

  private flush(): void {
    if (this.pending !== '') this.write(this.pending);
    this.pending = '';
  }
}
