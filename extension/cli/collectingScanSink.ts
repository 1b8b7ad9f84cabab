import { ownedString } from '../core';
import type { FormatContext, ScanFormatter } from './formats/scanRow';
import type { ScanRow, ScanSink } from './scanRows';

/**
 * A row kept for a format that needs every row before it can print (a table, a report, SARIF).
 * Its strings are copied: a code or RequestId sliced from a piece would keep the whole piece of a
 * large log in memory.
 */
export function keptRow(r: ScanRow): ScanRow {
  const time = r.time === null ? null : { ...r.time, iso: ownedString(r.time.iso) };
  const base = {
    line: r.line,
    column: r.column,
    code: ownedString(r.code),
    api: r.api,
    httpStatus: r.httpStatus,
    requestId: r.requestId === null ? null : ownedString(r.requestId),
    message: r.message === null ? null : ownedString(r.message),
    operation: r.operation === null ? null : ownedString(r.operation),
    time,
  };
  return r.file === undefined ? base : { file: r.file, ...base };
}

/**
 * The sink of the formats that print once every input is scanned (markdown, github, sarif):
 * rows are kept compactly and handed to the format at the end.
 */
export class CollectingScanSink implements ScanSink {
  private readonly rows: ScanRow[] = [];

  constructor(
    private readonly format: ScanFormatter,
    private readonly context: FormatContext,
    private readonly write: (text: string) => void,
  ) {}

  fileStart(): void {}

  row(row: ScanRow): void {
    this.rows.push(keptRow(row));
  }

  fileEnd(): void {}

  end(): void {
    this.write(this.format(this.rows, this.context));
  }
}
