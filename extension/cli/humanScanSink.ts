import { SummaryBuilder, type DocumentSummary } from '../core';
import type { ScanRow, ScanSink } from './scanRows';

/** The table of one input: count, code, api, HTTP status, first and last line, by code. */
export function summaryTable(name: string, summary: DocumentSummary): string {
  if (summary.total === 0) return `${name}: no KMS errors found.\n`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [`${name}: ${plural(summary.total, 'KMS error')}, ${plural(summary.rows.length, 'kind')}`, ''];
  const width = Math.max(4, ...summary.rows.map((r) => r.code.length));
  lines.push(`${'count'.padStart(7)}  ${'code'.padEnd(width)}  ${'api'.padEnd(8)}  HTTP  first line  last line`);
  for (const r of summary.rows) {
    lines.push(
      `${String(r.count).padStart(7)}  ${r.code.padEnd(width)}  ${r.api.padEnd(8)}  ${String(r.httpStatus ?? '-').padStart(4)}  ${String(r.firstLine + 1).padStart(10)}  ${String(r.lastLine + 1).padStart(9)}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The human output: one table per input, by code (the rows themselves are not printed, only
 * counted). With several inputs, clean files are left out of the tables and a closing line says
 * how many files were scanned and how many had KMS errors.
 */
export class HumanScanSink implements ScanSink {
  private current: SummaryBuilder | undefined;
  private files = 0;
  private withErrors = 0;
  private tables = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly many: boolean,
  ) {}

  fileStart(): void {
    this.current = new SummaryBuilder();
  }

  row(row: ScanRow): void {
    this.current?.add(row, row.line - 1);
  }

  fileEnd(name: string): void {
    const summary = (this.current ?? new SummaryBuilder()).build(name);
    this.current = undefined;
    this.files++;
    if (summary.total > 0) this.withErrors++;
    if (this.many && summary.total === 0) return;
    this.write(`${this.tables > 0 ? '\n' : ''}${summaryTable(name, summary)}`);
    this.tables++;
  }

  end(): void {
    if (!this.many) return;
    const files = `${this.files} file${this.files === 1 ? '' : 's'}`;
    this.write(`${this.tables > 0 ? '\n' : ''}Scanned ${files}: ${this.withErrors} with KMS errors.\n`);
  }
}
