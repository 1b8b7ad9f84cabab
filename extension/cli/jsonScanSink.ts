import { ownedString } from '../core';
import { BufferedOutput, type ScanRow, type ScanSink } from './scanRows';

const str = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));

/**
 * A row as `JSON.stringify(document, null, 2)` prints it two levels deep, written field by field
 * (a generic stringify with indentation was a tenth of a 1 GiB scan).
 */
function indentedRow(r: ScanRow): string {
  const file = r.file === undefined ? '' : `\n      "file": ${str(r.file)},`;
  return (
    `    {${file}\n      "line": ${r.line},\n      "column": ${r.column},\n      "code": ${str(r.code)},\n      "api": ${str(r.api)},` +
    `\n      "httpStatus": ${r.httpStatus === null ? 'null' : r.httpStatus},\n      "requestId": ${str(r.requestId)},\n      "message": ${str(r.message)},\n      "operation": ${str(r.operation)},\n      "time": ${str(r.time === null ? null : r.time.iso)}\n    }`
  );
}

/**
 * `scan --json`: `{ "occurrences": [...], "summary": { code: count } }`, written row by row as
 * rows are found. The text is exactly what `JSON.stringify(document, null, 2)` prints for the
 * whole document (the tests compare both), so scripts see no difference from a scan that held
 * every row; only the counts are kept.
 */
export class JsonScanSink implements ScanSink {
  private readonly out: BufferedOutput;
  private readonly counts: Record<string, number> = {};
  private rows = 0;

  constructor(write: (text: string) => void) {
    this.out = new BufferedOutput(write);
    this.out.add('{\n  "occurrences": [');
  }

  fileStart(): void {}

  row(row: ScanRow): void {
    this.out.add(`${this.rows === 0 ? '\n' : ',\n'}${indentedRow(row)}`);
    this.rows++;
    const count = this.counts[row.code];
    // A new key is copied: a code sliced from a piece would keep the piece in memory.
    if (count === undefined) this.counts[ownedString(row.code)] = 1;
    else this.counts[row.code] = count + 1;
  }

  fileEnd(): void {}

  end(): void {
    const summary = JSON.stringify(this.counts, null, 2).replace(/\n/g, '\n  ');
    this.out.add(`${this.rows === 0 ? '],' : '\n  ],'}\n  "summary": ${summary}\n}\n`);
    this.out.flush();
  }
}
