import { stat } from 'node:fs/promises';
import { summarize, type DocumentSummary, type Occurrence } from '../core';
import { StringPool } from '../core/recognize/ownedStrings';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { timed } from './cliTimings';
import { scanFile } from './fileScan';
import { LineCursor } from './lineCursor';
import { parseCommandArgs } from './parseCommandArgs';
import { STREAM_THRESHOLD } from './recordChunks';
import { ScanJsonWriter } from './scanJsonWriter';
import type { ScanRow } from './scanRow';
import { scanPieceRows } from './scanSegment';

const USAGE = 'kms-errors scan [FILE|-] [--json]';

function progress(io: CliIo): ((read: number, total: number) => void) | undefined {
  if (!io.stderrIsTty) return undefined;
  return (read, total) => io.stderr(`\rscanning: ${Math.floor((read / Math.max(total, 1)) * 100)}% of ${(total / 1048576).toFixed(0)} MiB`);
}

async function scanInput(file: string, io: CliIo, rows: ScanRow[]): Promise<void> {
  if (file === '-') {
    const text = (await io.readStdin()).toString('utf8');
    timed('scan', () => scanPieceRows(text, new LineCursor(), new StringPool(), rows));
    return;
  }
  const size = (await stat(file)).size;
  const report = size > STREAM_THRESHOLD ? progress(io) : undefined;
  await scanFile(file, (row) => rows.push(row), { workerScript: io.workerScript, threads: io.scanThreads, onProgress: report });
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
      timed('output', () => {
        const writer = new ScanJsonWriter(io.stdout);
        for (const r of rows) writer.add(r);
        writer.end(counts);
      });
    } else {
      printHuman(name, rows, io);
    }
    return rows.length > 0 ? EXIT.ok : EXIT.notFound;
  },
};
