import { forEachPieceOccurrence } from '../core';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { HumanScanSink } from './humanScanSink';
import { fileFilter } from './inputGlobs';
import { JsonScanSink } from './jsonScanSink';
import { parseCommandArgs } from './parseCommandArgs';
import { failureReason, inputBytes, resolveInputs, type ScanInput } from './scanInputs';
import { ScanProgress } from './scanProgress';
import { scanRowOf, type ScanSink } from './scanRows';
import { readTextPieces } from './textPieces';

const USAGE = 'kms-errors scan [PATH|-]... [--json] [--include GLOB]... [--exclude GLOB]...';

/** Scans one input into `sink` and returns the rows found; rows carry `file` when the scan has several inputs. */
async function scanInput(input: ScanInput, many: boolean, io: CliIo, sink: ScanSink, progress: ScanProgress): Promise<number> {
  const file = many ? input.name : undefined;
  let found = 0;
  progress.startFile(input.name);
  let firstLine = 0;
  for await (const text of readTextPieces(inputBytes(input, io, (n) => progress.add(n)))) {
    firstLine += forEachPieceOccurrence({ text, firstLine }, (o, at) => {
      found++;
      sink.row(scanRowOf(o, at, file));
    });
  }
  return found;
}

/**
 * `kms-errors scan`: finds KMS errors in log or source files, folders (recursively, through
 * --include/--exclude globs) and standard input, gzip or plain, with the context of their log
 * record. Rows are written as found, so memory does not grow with the input. Exit 0 when errors
 * were found, 1 when none, 2 when an input could not be read (the others are still scanned).
 */
export const scanCommand: CliCommand = {
  name: 'scan',
  usage: USAGE,
  summary:
    'Find KMS errors in files, folders (*.log, *.log.N, *.txt, *.out and their .gz unless --include/--exclude say otherwise) or stdin, gzip or plain; --json for machines.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean', default: false }, include: { type: 'string', multiple: true }, exclude: { type: 'string', multiple: true } },
      Number.MAX_SAFE_INTEGER,
    );
    if (positionals.some((p) => p === '')) throw new UsageError('empty file name');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    const resolved = await resolveInputs(positionals, fileFilter(values.include ?? [], values.exclude ?? []));
    let failed = resolved.failures.length;
    const report = (name: string, reason: string) => io.stderr(`kms-errors scan: cannot read ${name}: ${reason}\n`);
    for (const f of resolved.failures) report(f.name, f.reason);
    if (resolved.inputs.length === 0 && failed > 0) return EXIT.usage;

    const sink: ScanSink = values.json ? new JsonScanSink(io.stdout) : new HumanScanSink(io.stdout, resolved.many);
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
    sink.end();
    if (failed > 0) return EXIT.usage;
    return found > 0 ? EXIT.ok : EXIT.notFound;
  },
};
