import { humanFormat } from './formats/humanFormat';
import { keptRow } from './collectingScanSink';
import type { ScanRow, ScanSink } from './scanRows';

/**
 * The human output: one table per input, by code, with first and last line and time (humanFormat).
 * Only the current input's rows are kept. With several inputs, clean files are left out of the
 * tables and a closing line says how many files were scanned and how many had KMS errors.
 */
export class HumanScanSink implements ScanSink {
  private current: ScanRow[] = [];
  private files = 0;
  private withErrors = 0;
  private tables = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly many: boolean,
  ) {}

  fileStart(): void {
    this.current = [];
  }

  row(row: ScanRow): void {
    this.current.push(keptRow(row));
  }

  fileEnd(name: string): void {
    const rows = this.current;
    this.current = [];
    this.files++;
    if (rows.length > 0) this.withErrors++;
    if (this.many && rows.length === 0) return;
    this.write(`${this.tables > 0 ? '\n' : ''}${humanFormat(rows, { name, path: null, lang: 'en', level: 'warning' })}`);
    this.tables++;
  }

  end(): void {
    if (!this.many) return;
    const files = `${this.files} file${this.files === 1 ? '' : 's'}`;
    this.write(`${this.tables > 0 ? '\n' : ''}Scanned ${files}: ${this.withErrors} with KMS errors.\n`);
  }
}
