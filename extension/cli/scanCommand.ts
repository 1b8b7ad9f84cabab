import { forEachPieceOccurrence, LANGS, recordTimeOfPiece, type Lang, type RecordTime } from '../core';
import { timed, timedAsync } from './cliTimings';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { CollectingScanSink } from './collectingScanSink';
import { FAIL_ON_EXIT, parseFailOn, type FailOn } from './formats/failOn';
import { COLLECTED_FORMATS, GITHUB_LEVELS, SCAN_FORMAT_NAMES, type ScanFormatName } from './formats/scanFormats';
import type { FormatContext, GithubLevel } from './formats/scanRow';
import { HumanScanSink } from './humanScanSink';
import { fileFilter } from './inputGlobs';
import { JsonScanSink } from './jsonScanSink';
import { parseCommandArgs } from './parseCommandArgs';
import { failureReason, inputBytes, resolveInputs, type ScanInput } from './scanInputs';
import { ScanProgress } from './scanProgress';
import { scanRowOf, type ScanRow, type ScanSink } from './scanRows';
import { readAnchoredPieces } from './textPieces';

const USAGE =
  `kms-errors scan [PATH|-]... [--json] [--format ${SCAN_FORMAT_NAMES.join('|')}] [--level ${GITHUB_LEVELS.join('|')}] ` +
  `[--fail-on CODE,...|any] [--lang ${LANGS.join('|')}] [--include GLOB]... [--exclude GLOB]...`;

/** Scans one input into `sink` and returns the rows found; rows carry `file` when the scan has several inputs. */
async function scanInput(input: ScanInput, many: boolean, io: CliIo, sink: ScanSink, progress: ScanProgress): Promise<number> {
  const file = many ? input.name : undefined;
  let found = 0;
  progress.startFile(input.name);
  // Only the pieces that can hold an error are decoded and scanned; each knows its first line.
  const pieces = readAnchoredPieces(inputBytes(input, io, (n) => progress.add(n)))[Symbol.asyncIterator]();
  for (;;) {
    const next = await timedAsync('read', () => pieces.next());
    if (next.done) break;
    for (const piece of next.value) {
      const text = piece.text;
      // Time is read once per record, after the scan found an error in it (occurrences of one
      // record share it), so the scan's own loop stays as fast as before.
      let lastRecord = -1;
      let lastTime: RecordTime | null = null;
      timed('scan', () =>
        forEachPieceOccurrence(piece, (o, at) => {
          if (o.recordStart !== lastRecord) {
            lastRecord = o.recordStart;
            lastTime = recordTimeOfPiece(text, o.recordStart, o.recordEnd, piece.before);
          }
          found++;
          sink.row(scanRowOf(o, at, file, lastTime));
        }),
      );
    }
  }
  return found;
}

/** Wraps a sink to learn whether a row matched `--fail-on`. */
function failOnWatch(sink: ScanSink, failOn: FailOn): { sink: ScanSink; hit: () => boolean } {
  let hit = false;
  return {
    sink: {
      fileStart: (name) => sink.fileStart(name),
      row: (row: ScanRow) => {
        if (!hit && failOn(row)) hit = true;
        sink.row(row);
      },
      fileEnd: (name) => sink.fileEnd(name),
      end: () => sink.end(),
    },
    hit: () => hit,
  };
}

function sinkFor(format: ScanFormatName, many: boolean, context: FormatContext, write: (text: string) => void): ScanSink {
  if (format === 'json') return new JsonScanSink(write);
  if (format === 'human') return new HumanScanSink(write, many);
  return new CollectingScanSink(COLLECTED_FORMATS[format], context, write);
}

/**
 * `kms-errors scan`: finds KMS errors in log or source files, folders (recursively, through
 * --include/--exclude globs) and standard input, gzip or plain, with the context and time of their
 * log record, in one of SCAN_FORMAT_NAMES. `--json` rows are written as found, so memory does not
 * grow with the input. Exit 0 when errors were found, 1 when none, 2 when an input could not be
 * read (the others are still scanned); with `--fail-on`, 1 when a listed code (any, for `any`) was
 * found and 0 otherwise, whatever the format (2 still wins when an input could not be read).
 */
export const scanCommand: CliCommand = {
  name: 'scan',
  usage: USAGE,
  summary:
    'Find KMS errors in files, folders (*.log, *.log.N, *.txt, *.out and their .gz unless --include/--exclude say otherwise) or stdin, gzip or plain, ' +
    'with HTTP status, request id and time; --format for reports and CI (markdown, github, sarif).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        level: { type: 'string', default: 'warning' },
        'fail-on': { type: 'string' },
        lang: { type: 'string', default: 'en' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
      },
      Number.MAX_SAFE_INTEGER,
      { format: SCAN_FORMAT_NAMES, level: GITHUB_LEVELS, lang: LANGS },
    );
    const format = (values.format?.toLowerCase() ?? (values.json ? 'json' : 'human')) as ScanFormatName;
    if (values.json && format !== 'json') throw new UsageError(`--json and --format ${format} are two different outputs: pick one`);
    const failOn = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
    if (positionals.some((p) => p === '')) throw new UsageError('empty file name');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const resolved = await resolveInputs(positionals, fileFilter(values.include ?? [], values.exclude ?? []));
    let failed = resolved.failures.length;
    const report = (name: string, reason: string) => io.stderr(`kms-errors scan: cannot read ${name}: ${reason}\n`);
    for (const f of resolved.failures) report(f.name, f.reason);
    if (resolved.inputs.length === 0 && failed > 0) return EXIT.usage;

    const single = resolved.inputs.length === 1 ? resolved.inputs[0] : undefined;
    const context: FormatContext = {
      name: single ? single.name : `${resolved.inputs.length} files`,
      path: single && single.kind === 'file' ? single.name : null,
      lang: values.lang!.toLowerCase() as Lang,
      level: values.level!.toLowerCase() as GithubLevel,
    };
    const base = sinkFor(format, resolved.many, context, io.stdout);
    const watched = failOn ? failOnWatch(base, failOn) : undefined;
    const sink = watched ? watched.sink : base;
    const total = resolved.inputs.reduce((n, i) => n + (i.kind === 'file' ? i.size : 0), 0);
    const progress = new ScanProgress(io, resolved.inputs.length, total);
    let found = 0;
    for (const input of resolved.inputs) {
      sink.fileStart(input.name);
      try {
        found += await scanInput(input, resolved.many, io, sink, progress);
      } catch (err) {
        progress.clear();
        report(input.name, failureReason(err));
        failed++;
      }
      sink.fileEnd(input.name);
    }
    progress.clear();
    timed('output', () => sink.end());
    if (failed > 0) return EXIT.usage;
    if (watched) return watched.hit() ? FAIL_ON_EXIT : EXIT.ok;
    return found > 0 ? EXIT.ok : EXIT.notFound;
  },
};
