import { ownedString } from '../core';
import { BufferedOutput, type ScanRow, type ScanSink } from './scanRows';

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
    // Each row is indented two levels, as inside the whole document.
    this.out.add(`${this.rows === 0 ? '\n' : ',\n'}    ${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`);
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
