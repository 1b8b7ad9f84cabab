import { stat } from 'node:fs/promises';
import { lineIndexOf, scanText, summarize, type DocumentSummary, type Occurrence } from '../core';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { parseCommandArgs } from './parseCommandArgs';
import { readRecordPieces, STREAM_THRESHOLD, type TextPiece } from './recordChunks';

const USAGE = 'kms-errors scan [FILE|-] [--json]';

/** One occurrence as `scan --json` prints it: 1-based line and column. */
interface ScanRow {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly api: Occurrence['api'];
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly message: string | null;
  /** The failed operation the record names (Action=, x-kms-apiname, an SDK method), or null. */
  readonly operation: string | null;
}

/** Scans one piece and appends its occurrences with whole-file lines and columns. */
function scanPiece(piece: TextPiece, rows: ScanRow[]): void {
  const lineOf = lineIndexOf(piece.text);
  for (const o of scanText(piece.text)) {
    const line = lineOf(o.start);
    const lineStart = piece.text.lastIndexOf('\n', o.start - 1) + 1;
    rows.push({
      line: piece.firstLine + line + 1,
      column: o.start - lineStart + 1,
      code: o.code,
      api: o.api,
      httpStatus: o.httpStatus,
      requestId: o.requestId,
      message: o.message,
      operation: o.operation,
    });
  }
}

function progress(io: CliIo): ((read: number, total: number) => void) | undefined {
  if (!io.stderrIsTty) return undefined;
  return (read, total) => io.stderr(`\rscanning: ${Math.floor((read / Math.max(total, 1)) * 100)}% of ${(total / 1048576).toFixed(0)} MiB`);
}

async function scanInput(file: string, io: CliIo, rows: ScanRow[]): Promise<void> {
  if (file === '-') {
    scanPiece({ text: (await io.readStdin()).toString('utf8'), firstLine: 0 }, rows);
    return;
  }
  const size = (await stat(file)).size;
  const report = size > STREAM_THRESHOLD ? progress(io) : undefined;
  for await (const piece of readRecordPieces(file, STREAM_THRESHOLD, report)) scanPiece(piece, rows);
  if (report) io.stderr('\n');
}

/** The summary of rows by code and surface, through the core's summarize. */
function summaryOf(name: string, rows: readonly ScanRow[]): DocumentSummary {
  // summarize works on offsets; here each row's index stands for its offset and maps to its line.
  const occurrences = rows.map((r, i) => ({ start: i, code: r.code, api: r.api, httpStatus: r.httpStatus }) as Occurrence);
  return summarize(name, occurrences, (i) => rows[i]!.line - 1);
}

function printHuman(name: string, rows: readonly ScanRow[], io: CliIo): void {
  if (rows.length === 0) {
    io.stdout(`${name}: no KMS errors found.\n`);
    return;
  }
  const summary = summaryOf(name, rows);
  const lines = [`${name}: ${rows.length} KMS error${rows.length === 1 ? '' : 's'}, ${summary.rows.length} kind${summary.rows.length === 1 ? '' : 's'}`, ''];
  const width = Math.max(4, ...summary.rows.map((r) => r.code.length));
  lines.push(`${'count'.padStart(7)}  ${'code'.padEnd(width)}  ${'api'.padEnd(8)}  HTTP  first line  last line`);
  for (const r of summary.rows) {
    lines.push(
      `${String(r.count).padStart(7)}  ${r.code.padEnd(width)}  ${r.api.padEnd(8)}  ${String(r.httpStatus ?? '-').padStart(4)}  ${String(r.firstLine + 1).padStart(10)}  ${String(r.lastLine + 1).padStart(9)}`,
    );
  }
  io.stdout(lines.join('\n') + '\n');
}

/**
 * `kms-errors scan`: finds KMS errors in a log or source file (or standard input) with the
 * context of their log record. Exit 0 when errors were found, 1 when none, 2 when the input
 * cannot be read.
 */
export const scanCommand: CliCommand = {
  name: 'scan',
  usage: USAGE,
  summary: 'Find KMS errors in a log or source file, with HTTP status and request id; --json for machines.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, 1);
    const file = positionals[0] ?? '-';
    if (file === '') throw new UsageError('empty file name');
    const rows: ScanRow[] = [];
    try {
      await scanInput(file, io, rows);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
      io.stderr(`kms-errors scan: cannot read ${file}: ${why}\n`);
      return EXIT.usage;
    }
    const name = file === '-' ? '<stdin>' : file;
    if (values.json) {
      const counts: Record<string, number> = {};
      for (const r of rows) counts[r.code] = (counts[r.code] ?? 0) + 1;
      io.stdout(JSON.stringify({ occurrences: rows, summary: counts }, null, 2) + '\n');
    } else {
      printHuman(name, rows, io);
    }
    return rows.length > 0 ? EXIT.ok : EXIT.notFound;
  },
};
