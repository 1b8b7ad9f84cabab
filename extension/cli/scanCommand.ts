import { stat } from 'node:fs/promises';
import { LANGS, lineIndexOf, recordTimeOfText, scanText, type Lang, type RecordTime } from '../core';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { FAIL_ON_EXIT, parseFailOn } from './formats/failOn';
import { GITHUB_LEVELS, SCAN_FORMAT_NAMES, SCAN_FORMATS, type ScanFormatName } from './formats/scanFormats';
import type { GithubLevel, ScanRow } from './formats/scanRow';
import { parseCommandArgs } from './parseCommandArgs';
import { readRecordPieces, STREAM_THRESHOLD, type TextPiece } from './recordChunks';

const USAGE = `kms-errors scan [FILE|-] [--json] [--format ${SCAN_FORMAT_NAMES.join('|')}] [--level ${GITHUB_LEVELS.join('|')}] [--fail-on CODE,...|any] [--lang ${LANGS.join('|')}]`;

/** Scans one piece and appends its occurrences with whole-file lines and columns. */
function scanPiece(piece: TextPiece, rows: ScanRow[]): void {
  const lineOf = lineIndexOf(piece.text);
  // Time is read after the scan, once per record (occurrences of one record share it), so the
  // scan's own loop stays as fast as before.
  let lastRecord = -1;
  let lastTime: RecordTime | null = null;
  for (const o of scanText(piece.text)) {
    if (o.recordStart !== lastRecord) {
      lastRecord = o.recordStart;
      lastTime = recordTimeOfText(piece.text, o.recordStart, o.recordEnd);
    }
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
      time: lastTime,
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

/**
 * `kms-errors scan`: finds KMS errors in a log or source file (or standard input) with the
 * context of their log record, in one of SCAN_FORMATS. Exit 0 when errors were found, 1 when
 * none, 2 when the input cannot be read; with `--fail-on`, 1 when a listed code (any, for `any`)
 * was found and 0 otherwise, whatever the format.
 */
export const scanCommand: CliCommand = {
  name: 'scan',
  usage: USAGE,
  summary: 'Find KMS errors in a log or source file, with HTTP status, request id and time; --format for reports and CI (markdown, github, sarif).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        level: { type: 'string', default: 'warning' },
        'fail-on': { type: 'string' },
        lang: { type: 'string', default: 'en' },
      },
      1,
      { format: SCAN_FORMAT_NAMES, level: GITHUB_LEVELS, lang: LANGS },
    );
    const format = (values.format?.toLowerCase() ?? (values.json ? 'json' : 'human')) as ScanFormatName;
    if (values.json && format !== 'json') throw new UsageError(`--json and --format ${format} are two different outputs: pick one`);
    const failOn = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
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
    const context = { name, path: file === '-' ? null : file, lang: values.lang!.toLowerCase() as Lang, level: values.level!.toLowerCase() as GithubLevel };
    io.stdout(SCAN_FORMATS[format](rows, context));
    if (failOn) return rows.some(failOn) ? FAIL_ON_EXIT : EXIT.ok;
    return rows.length > 0 ? EXIT.ok : EXIT.notFound;
  },
};
